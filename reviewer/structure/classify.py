"""Report type, kind and regime from the title, the cover and the dates (domain brief §0, §5)."""

from __future__ import annotations

import re
from datetime import date

from reviewer.document import Document

TYPE_PATTERNS = (
    ("park", re.compile(r"绿色(?:工业)?园区")),
    ("supply_chain", re.compile(r"绿色供应链")),
    ("factory", re.compile(r"绿色工厂")),
)
KIND_PATTERNS = (
    ("third_party", re.compile(r"第三方\s*评价\s*报告|第三方评价|评价机构")),
    ("self", re.compile(r"自\s*评价\s*报告|自评价")),
)
_TITLE_RE = re.compile(r"(绿色(?:工业)?园区|绿色供应链管理(?:企业)?|绿色工厂)\s*(第三方|自)\s*评价\s*报告")
COVER_CHARS = 1500


def cover_text(doc: Document) -> str:
    """Text of the cover: blocks before the first numbered chapter, at most ~1500 chars."""
    out: list[str] = []
    n = 0
    for b in doc.visible_blocks():
        if b.page > 2 or n > COVER_CHARS:
            break
        out.append(b.text)
        n += len(b.text)
    return "\n".join(out)


def title_match(doc: Document) -> re.Match | None:
    m = _TITLE_RE.search(cover_text(doc))
    if m:
        return m
    return _TITLE_RE.search(doc.text[:20000])


def classify_type_kind(doc: Document) -> tuple[str | None, str | None]:
    m = title_match(doc)
    scope = m.group(0) if m else cover_text(doc)
    rtype = next((t for t, p in TYPE_PATTERNS if p.search(scope)), None)
    kind = next((k for k, p in KIND_PATTERNS if p.search(scope)), None)
    if rtype is None or kind is None:  # fall back to counting mentions in the whole text
        head = doc.text[:60000]
        if rtype is None:
            counts = {t: len(p.findall(head)) for t, p in TYPE_PATTERNS}
            best = max(counts, key=counts.get)
            rtype = best if counts[best] else None
        if kind is None:
            counts = {k: len(p.findall(head)) for k, p in KIND_PATTERNS}
            best = max(counts, key=counts.get)
            kind = best if counts[best] else None
    return rtype, kind


def regime_for(report_date: date | None, text_hint: str = "") -> str | None:
    """The rule set in force for a report dated ``report_date`` (brief §0)."""
    if report_date is None:
        if re.search(r"否决条件|梯度培育", text_hint):
            return "2024"
        if re.search(r"GB/T\s*36132\s*[-—–]\s*2018", text_hint):
            return "2018"
        return None
    if report_date < date(2024, 1, 30):
        return "2018"
    if report_date.year == 2024:
        return "2024"
    if report_date.year == 2025:
        return "2025"
    return "2026"
