"""Fail-closed grounding: parse the model's JSON, keep only quotes that are verbatim report text.

A quote is accepted when, after whitespace and full/half-width punctuation
folding, it is a substring of the passage it cites; the evidence then carries
the report's own characters (not the model's), so what the user sees is
verbatim. Numbers the model writes must occur in the report.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass

from reviewer.document import Block
from reviewer.findings import Evidence
from reviewer.verify import normalize

_FENCE = re.compile(r"```(?:json)?\s*(.*?)```", re.S)
_NUMBER = re.compile(r"(?<![\d.])-?\d[\d,，]*(?:\.\d+)?")


@dataclass(frozen=True, slots=True)
class Passage:
    id: str  # "P1", "P2" … as shown to the model
    block: Block
    text: str  # verbatim slice of block.text

    @property
    def page(self) -> int:
        return self.block.page


def parse_json(text: str) -> dict | None:
    """The first JSON object in a model answer (fences, prose around it and trailing commas tolerated)."""
    if not text:
        return None
    candidates = [m.group(1) for m in _FENCE.finditer(text)] + [text]
    for cand in candidates:
        start, end = cand.find("{"), cand.rfind("}")
        if start == -1 or end <= start:
            continue
        raw = cand[start:end + 1]
        for attempt in (raw, re.sub(r",\s*([}\]])", r"\1", raw)):
            try:
                data = json.loads(attempt)
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict):
                return data
    return None


def _norm_map(text: str) -> tuple[str, list[int]]:
    """Normalised text and, for each of its characters, the index in ``text`` it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        folded = normalize(unicodedata.normalize("NFKC", ch), punctuation=True)
        for c in folded:
            out.append(c)
            where.append(i)
    return "".join(out), where


def find_verbatim(quote: str, passage_text: str) -> str | None:
    """The report's own substring matching ``quote`` under normalisation, or None."""
    needle = normalize(quote, punctuation=True)
    if len(needle) < 4:  # too short to be evidence of anything
        return None
    hay, where = _norm_map(passage_text)
    pos = hay.find(needle)
    if pos == -1:
        return None
    return passage_text[where[pos]: where[pos + len(needle) - 1] + 1]


def verify_quotes(quotes, passages: dict[str, Passage]) -> tuple[list[Evidence], int]:
    """Evidence for every quote found in its cited passage; the count of quotes that failed."""
    evidence: list[Evidence] = []
    failed = 0
    for q in quotes or []:
        if not isinstance(q, dict):
            failed += 1
            continue
        passage = passages.get(str(q.get("passage_id", "")).strip())
        text = str(q.get("quote", ""))
        exact = find_verbatim(text, passage.text) if passage else None
        if exact is None or passage.block.hidden:
            failed += 1
            continue
        evidence.append(Evidence(page=passage.page, section=passage.block.section_label, quote=exact,
                                 block=passage.block.index))
    return evidence, failed


def numbers_grounded(text: str, report_text_normalised: str) -> bool:
    """Every number of 2+ significant characters in ``text`` occurs in the report."""
    for m in _NUMBER.finditer(text):
        num = m.group(0).replace(",", "").replace("，", "")
        if len(num.strip("-.0")) < 2:
            continue
        if num not in report_text_normalised:
            return False
    return True


def report_numbers_text(doc_text: str) -> str:
    """Report text with thousands separators removed, for ``numbers_grounded``."""
    return re.sub(r"(?<=\d)[,，](?=\d{3})", "", normalize(doc_text))
