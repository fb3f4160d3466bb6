"""What a check receives: the document, its facts, settings and the standards catalog."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Iterable

from reviewer.document import Block, Document
from reviewer.findings import Evidence, Finding
from reviewer.settings import Settings
from reviewer.structure.extract import compact
from reviewer.structure.facts import Located, ReportFacts

_SENTENCE_END = "。！？；\n"
MAX_QUOTE = 160


@dataclass
class ReviewContext:
    doc: Document
    facts: ReportFacts
    settings: Settings
    catalog: object
    cache: dict = field(default_factory=dict)
    corpus: object | None = None  # reviewer.corpus.Store when the review compares against a corpus

    @cached_property
    def visible(self) -> list[Block]:
        return [b for b in self.doc.blocks if not b.hidden]

    @cached_property
    def template(self):
        """The report template for its type, kind and regime (standards/templates.yaml), or None."""
        f = self.facts
        return self.catalog.templates_for(f.type, f.kind, f.regime) if f.type and f.kind else None

    @cached_property
    def commitment_start(self) -> int | None:
        """Position in ``visible`` of the block opening the truthfulness/agency commitment."""
        if self.template is None:
            return None
        pats = [re.compile(p) for p in self.template.commitment.patterns]
        return next((i for i, b in enumerate(self.visible)
                     if any(p.search(compact(b.text[:80])) for p in pats)), None)  # "承　诺"

    @cached_property
    def report_date(self):
        return self.facts.report_date.value if self.facts.report_date else None

    # ---- evidence -------------------------------------------------------
    def evidence(self, block: Block, quote: str | None = None) -> Evidence:
        """Evidence from a block; ``quote`` must be a substring of the block text."""
        q = quote if quote is not None else block.text
        if len(q) > MAX_QUOTE:
            q = q[:MAX_QUOTE]
        at = block.text.find(q.strip()) if block.page_break_at is not None else 0
        return Evidence(page=block.page_at(max(at, 0)), section=block.section_label, quote=q.strip(), block=block.index)

    def evidence_at(self, block: Block, start: int, end: int, *, sentence: bool = True) -> Evidence:
        """Evidence for ``block.text[start:end]``, widened to its sentence (bounded)."""
        return self.evidence(block, quote_span(block.text, start, end, sentence=sentence))

    def located(self, loc: Located) -> Evidence:
        return self.evidence(loc.block, loc.quote)

    def finding(
        self,
        code: str,
        message: str,
        evidence: Iterable[Evidence] = (),
        *,
        severity: str | None = None,
        title: str | None = None,
        searched: list[str] | None = None,
        requirement: str | None = None,
        source: str = "rule",
    ) -> Finding:
        from reviewer.rules.registry import REGISTRY

        spec = REGISTRY.checks[code]
        return Finding(
            code=code,
            severity=severity or spec.severity,
            title=title or spec.title,
            message=message,
            source=source,
            requirement=requirement,
            evidence=list(evidence),
            searched=searched,
        )

    # ---- search ---------------------------------------------------------
    def joined(self, *, hidden: bool = False) -> str:
        """The visible (or all) block texts joined by newlines, built once per review."""
        key = "joined_all" if hidden else "joined_visible"
        if key not in self.cache:
            self.cache[key] = "\n".join(b.text for b in (self.doc.blocks if hidden else self.visible))
        return self.cache[key]

    def search(self, pattern: re.Pattern | str, *, hidden: bool = False) -> Iterable[tuple[Block, re.Match]]:
        """Every match of ``pattern`` in visible (or all) block texts."""
        pat = compiled(pattern) if isinstance(pattern, str) else pattern
        if not _multiline(pat.pattern, pat.flags).search(self.joined(hidden=hidden)):
            return  # one scan of the whole text rules out most patterns; per block only when it may match
        for b in self.doc.blocks if hidden else self.visible:
            for m in pat.finditer(b.text):
                yield b, m


@lru_cache(maxsize=4096)
def compiled(pattern: str, flags: int = 0) -> re.Pattern:
    """A catalog pattern compiled once per process: the standards data hold some hundreds of patterns, more than
    the re module's own cache keeps (512), which would otherwise recompile them in every review."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=4096)
def _multiline(pattern: str, flags: int) -> re.Pattern:
    """The pattern over the blocks joined by newlines: ^/$ still match at each block's edges, so a
    pattern that matches in some block also matches there (the converse need not hold)."""
    return compiled(pattern, flags | re.M)


def quote_span(text: str, start: int, end: int, *, sentence: bool = True, limit: int = MAX_QUOTE) -> str:
    """A verbatim slice around [start, end): the enclosing sentence if short enough."""
    if not sentence:
        return text[start:end]
    s = start
    while s > 0 and text[s - 1] not in _SENTENCE_END and start - s < limit // 2:
        s -= 1
    e = end
    while e < len(text) and text[e] not in _SENTENCE_END and e - end < limit // 2:
        e += 1
    if e < len(text) and text[e] in "。！？；":
        e += 1
    return text[s:e].strip()
