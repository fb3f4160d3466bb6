"""Questions about one report, answered with verbatim citations (no model needed).

Returns ``{"question", "answer", "passages": [{"page", "section", "quote", "score"}], "facts": [...]}``;
every quote is a sentence or table row copied from the report. With an LLM configured the
service may write the answer from these passages (see reviewer/llm)."""

from __future__ import annotations

import re

from reviewer.retrieval.chunks import sentences
from reviewer.retrieval.search import DocumentIndex


def _best_sentence(doc, chunk, q_tokens: set[str]) -> tuple[object, str]:
    best, best_score = None, -1.0
    for bi in chunk.blocks:
        b = doc.blocks[bi]
        parts = b.text.split("\n") if b.kind.value == "table" else sentences(b.text)
        for s in parts:
            score = sum(1 for t in q_tokens if t in s) + (0.5 if re.search(r"\d", s) else 0)
            if score > best_score:
                best, best_score = (b, s), score
    return best if best else (doc.blocks[chunk.blocks[0]], doc.blocks[chunk.blocks[0]].text[:160])


def answer_question(doc, facts, catalog, index: DocumentIndex, question: str, k: int = 5, indicators=None) -> dict:
    q_tokens = {t for t in index.tokens(question) if len(t) >= 2}
    hits = index.search(question, k=k)
    passages, seen = [], set()
    for h in hits:
        b, s = _best_sentence(doc, h.chunk, q_tokens)
        key = (b.index, s)
        if key in seen:
            continue
        seen.add(key)
        passages.append({"page": b.page, "section": b.section_label, "quote": s[:200], "score": round(h.score, 4),
                         "block": b.index})
    found = []
    named = {k for k, spec in catalog.indicators["indicators"].items() if any(n in question for n in spec["names"] if len(n) >= 3)}
    # "综合能耗" is inside "单位产值综合能耗": keep the most specific indicator the question names
    named = {k for k in named if not any(k != o and any(n in m for n in catalog.indicators["indicators"][k]["names"]
                                                          for m in catalog.indicators["indicators"][o]["names"] if m in question)
                                         for o in named)}
    for v in indicators or []:
        names = catalog.indicators["indicators"][v.key]["names"]
        if v.key in named:
            found.append({"indicator": names[0], "year": v.year, "value": v.shown, "unit": v.unit, "page": v.block.page,
                          "quote": v.quote})
    found.sort(key=lambda f: (f["indicator"], f["year"] or 0))
    if found:
        lines = [f"{f['indicator']}：{str(f['year']) + '年 ' if f['year'] else ''}{f['value']:g} {f['unit']}（第{f['page']}页）"
                 for f in _dedupe(found)]
        answer = "报告中的相关数据：" + "；".join(lines) + "。"
    elif passages:
        answer = f"未直接抽取到数值，最相关的内容见第 {passages[0]['page']} 页：“{passages[0]['quote'][:80]}”。"
    else:
        answer = "报告中未找到与该问题相关的内容。"
    return {"question": question, "answer": answer, "passages": passages, "facts": _dedupe(found)}


def _dedupe(items: list[dict]) -> list[dict]:
    dated = {(f["indicator"], f["value"]) for f in items if f["year"]}
    out, seen = [], set()
    for f in items:
        if not f["year"] and (f["indicator"], f["value"]) in dated:
            continue  # the same figure is also given with its year
        key = (f["indicator"], f["year"], f["value"])
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out
