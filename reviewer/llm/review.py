"""Wiring of the LLM stage into a review: client from settings, inputs from the deterministic
stages, and the ``tool.llm`` record (model, prompt versions, calls, cache hits, dropped)."""

from __future__ import annotations

from pathlib import Path

from reviewer.llm.cache import ResponseCache
from reviewer.llm.client import GuardedClient, build_client
from reviewer.llm.grounding import Passage
from reviewer.llm.prompts import all_prompts
from reviewer.llm.stage import LLMOutcome, run_llm_stage


def llm_configured(settings) -> bool:
    return bool(settings.llm.base_url and settings.llm.model)


def guarded_client(settings, inner=None) -> GuardedClient | None:
    inner = inner or build_client(settings.llm)
    if inner is None:
        return None
    cache_path = Path(settings.home) / "llm-cache.sqlite3"
    try:
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        cache = ResponseCache(cache_path)
    except OSError:
        cache = ResponseCache(None)  # read-only home: no disk cache, still correct
    return GuardedClient(inner, settings.llm, cache)


def _weak_items(doc, coverage_items) -> list:
    out = []
    for item in coverage_items:
        if item.status != "weak":
            continue
        passages = []
        for n, e in enumerate(item.evidence, 1):
            block = doc.blocks[e.block]
            passages.append(Passage(f"P{n}", block, e.quote))
        req = item.requirement
        out.append((req["id"], req.get("text", ""), "、".join(req.get("evidence", [])), passages))
    return out[:8]


def run_for_review(client: GuardedClient, doc, facts, findings, coverage_items) -> tuple[LLMOutcome, dict]:
    facts_text = "\n".join(f"{k}: {', '.join(v.value for v in vals[:2])}" for k, vals in facts.fields.items())
    summary = (f"{facts.entity or '（未识别）'}；{facts.type or ''} {facts.kind or ''}；报告日期 "
               f"{facts.report_date.value.isoformat() if facts.report_date else '未识别'}")
    outcome = run_llm_stage(client, doc, findings, facts_text=facts_text, report_summary=summary,
                            weak_items=_weak_items(doc, coverage_items))
    info = {"model": client.model, **client.stats.as_dict(),
            "prompt_versions": {p.id: p.version for p in all_prompts()},
            "verified": outcome.verified, "dropped": outcome.dropped, "downgraded": outcome.downgraded,
            "errors": outcome.errors[:10], "opinion": outcome.opinion}
    return outcome, info


def llm_answer(client: GuardedClient, doc, question: str, passages: list[dict]) -> dict | None:
    """The model writes the answer from the retrieved passages; kept only if every quote it gives
    is verbatim in the passage it cites (and numbers it states are in the report)."""
    from reviewer.llm.client import LLMUnavailable
    from reviewer.llm.grounding import numbers_grounded, parse_json, report_numbers_text, verify_quotes
    from reviewer.llm.prompts import load_prompt
    from reviewer.llm.stage import spotlight

    ps = [Passage(f"P{i}", doc.blocks[p["block"]], p["quote"]) for i, p in enumerate(passages, 1)
          if not doc.blocks[p["block"]].hidden]
    if not ps:
        return None
    try:
        raw = client.ask(load_prompt("ask"), question=question, passages=spotlight(ps))
    except LLMUnavailable as exc:
        return {"error": str(exc)}
    data = parse_json(raw) or {}
    answer = str(data.get("answer", "")).strip()
    evidence, failed = verify_quotes(data.get("quotes"), {p.id: p for p in ps})
    if not answer or failed or not evidence or not numbers_grounded(answer, report_numbers_text(doc.text)):
        return {"dropped": True}
    return {"answer": answer, "quotes": [{"page": e.page, "quote": e.quote} for e in evidence]}
