"""Requirement coverage: for each applicable requirement of the governing standard, the
passages that address it (page + verbatim quote) graded covered / weak / missing.

covered: a passage names the requirement (a search term) and gives concrete evidence
  (the requirement's evidence patterns, or figures with units, or named documents);
weak:    the requirement is named only generically;
missing: no passage anywhere names any of its terms (checked exhaustively, not only top-k).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.retrieval.chunks import sentences
from reviewer.retrieval.search import DocumentIndex

_CONCRETE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万?kWh|kgce|tce|吨|t\b|m³|m2|m²|万元|元|千克|立方米|平方米|项|台|套|个|家|人次|MW|kW)"
                       r"|证书|证明|报告|台账|记录|清单|制度|合同|许可证|检测|监测|认证|验收|备案|编号|附件\s*\d")


@dataclass
class Evidence:
    page: int
    section: str
    quote: str
    block: int


@dataclass
class CoverageItem:
    requirement: dict
    status: str  # covered | weak | missing
    evidence: list[Evidence] = field(default_factory=list)
    searched: list[str] = field(default_factory=list)


def applicable_requirements(catalog, facts, doc_text: str) -> tuple[str | None, list[dict]]:
    """The catalog governing this report: its declared basis first, then the regime."""
    groups: dict[str, list[dict]] = {}
    for r in catalog.requirements:
        groups.setdefault(r["catalog"], []).append(r)
    cands = []
    for cid, reqs in groups.items():
        applies = reqs[0].get("applies") or {}
        if facts.type not in applies.get("types", []) or (facts.kind and facts.kind not in applies.get("kinds", [facts.kind])):
            continue
        basis = any(re.search(p, doc_text[:60000]) for p in applies.get("basis_patterns", []))
        regime = facts.regime in applies.get("regimes", [])
        if basis or regime:
            cands.append((basis, regime, cid, reqs))
    if not cands:
        return None, []
    cands.sort(key=lambda c: (not c[0], not c[1]))
    return cands[0][2], cands[0][3]


_TAILS = ("管理体系", "事故", "认证", "名单", "制度", "体系", "证书", "目录")


def term_pattern(terms: list[str]) -> re.Pattern:
    """Terms as reports enumerate them: "环境管理体系" also matches "质量、环境、能源管理体系",
    "环境污染事故" also "环境污染等事故" (head … tail within one clause)."""
    alts = []
    for t in sorted(set(terms), key=len, reverse=True):
        tail = next((x for x in _TAILS if t.endswith(x) and len(t) - len(x) >= 2), None)
        if tail:
            alts.append(re.escape(t[: -len(tail)]) + r"[^。；;，,]{0,24}?" + re.escape(tail))
        else:
            alts.append(re.escape(t))
    return re.compile("|".join(alts)) if alts else re.compile(r"(?!x)x")


def assess(index: DocumentIndex, doc, req: dict, k: int = 5) -> CoverageItem:
    terms = [t for t in req.get("terms", []) if t]
    tp = term_pattern(terms)
    pats = [re.compile(p) for p in req.get("evidence_patterns", [])]
    query = " ".join([req.get("text", ""), *terms[:8]])
    hits = index.search(query, k=k)
    candidates = [h.chunk for h in hits]
    # exhaustive fallback: any chunk naming a term counts, ranked or not
    named = [c for c in index.chunks if tp.search(c.text)]
    for c in named[:12]:
        if c not in candidates:
            candidates.append(c)
    best_weak: Evidence | None = None
    for c in candidates:
        for bi in c.blocks:
            b = doc.blocks[bi]
            for s in sentences(b.text) if b.kind.value != "table" else b.text.split("\n"):
                if not tp.search(s):
                    continue
                ev = Evidence(b.page, b.section_label, s[:160], b.index)
                if any(p.search(s) for p in pats) or _CONCRETE.search(s):
                    return CoverageItem(req, "covered", [ev], terms)
                best_weak = best_weak or ev
    if best_weak is not None:
        return CoverageItem(req, "weak", [best_weak], terms)
    return CoverageItem(req, "missing", [], terms)


def assess_all(index: DocumentIndex, doc, reqs: list[dict]) -> list[CoverageItem]:
    return [assess(index, doc, r) for r in reqs]
