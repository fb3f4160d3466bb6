"""What the corpus checks share: the applicant's keys, the report's prepared passages and reuse matches (computed
once per review and cached on the context), and evidence on both sides of a comparison."""

from __future__ import annotations

from reviewer.findings import Evidence, RelatedReport
from reviewer.rules.context import quote_span

MAX_EVIDENCE = 3  # passages quoted per side of a comparison

def applicant_keys(ctx) -> dict:
    from reviewer.corpus.reuse import normalize

    f = ctx.facts
    return {"id": ctx.doc.sha256, "uscc": f.uscc, "entity": f.entity,
            "entity_key": f.uscc or normalize(f.entity or "") or ctx.doc.sha256}


def corpus_prep(ctx):
    """The report's ReportPrep (passages, band keys, values), once per review; batch ingest
    hands it in precomputed by a worker process."""
    if "corpus.prep" not in ctx.cache:
        from reviewer.corpus.reuse_index import prepare_report

        ctx.cache["corpus.prep"] = prepare_report(ctx.doc, ctx.facts, ctx.settings.rules.catalog_dir)
    return ctx.cache["corpus.prep"]


def reuse_result(ctx):
    """find_reuse once per review (cached on the context)."""
    if "corpus.reuse" not in ctx.cache:
        from reviewer.corpus.reuse import find_reuse

        prep = corpus_prep(ctx)
        ctx.cache["corpus.reuse"] = find_reuse(
            ctx.corpus, prep.passages, exclude={ctx.doc.sha256}, settings=ctx.settings.corpus,
            catalog_dir=ctx.settings.rules.catalog_dir, table_vals=prep.values, keys=prep.keys, skip=prep.catalog)
    return ctx.cache["corpus.reuse"]


def block_at(ctx, index: int):
    blocks = ctx.doc.blocks
    if 0 <= index < len(blocks) and blocks[index].index == index:
        return blocks[index]
    return next((b for b in blocks if b.index == index), None)


def _quote_for(text: str, numbers) -> str:
    """The sentence around the first shared number, else the start of the passage."""
    for n in numbers:
        for form in (n, grouped(n)):
            i = text.find(form)
            if i >= 0:
                return quote_span(text, i, i + len(form))
    return text[:160]


def grouped(n: str) -> str:
    ip, _, fp = n.partition(".")
    if len(ip) > 3 and ip.isdigit():
        ip = f"{int(ip):,}"
    return f"{ip}.{fp}" if fp else ip


def our_evidence(ctx, passage, numbers=()) -> Evidence | None:
    b = block_at(ctx, passage.block)
    if b is None:
        return None
    if passage.row is not None:
        return ctx.evidence(b, _quote_for(passage.text, numbers) if numbers else passage.text)
    return ctx.evidence(b, _quote_for(b.text, numbers))


def their_evidence(passage, numbers=()) -> Evidence:
    q = _quote_for(passage.text, numbers).strip()[:160]
    return Evidence(page=passage.page, section=passage.section, quote=q, block=passage.block)


def related_report(info: dict, evidence: list[Evidence]) -> RelatedReport:
    return RelatedReport(id=info["id"], file=info["file_name"], entity=info.get("entity"), evidence=evidence)


def who(info: dict) -> str:
    parts = [info.get("entity") or "（未识别单位）"]
    if info.get("agency"):
        parts.append(f"评价机构：{info['agency']}")
    if info.get("report_date"):
        parts.append(f"报告日期：{info['report_date']}")
    parts.append(f"文件：{info['file_name']}")
    return "，".join(parts)


def same_entity(me: dict, info: dict) -> bool:
    from reviewer.corpus.reuse import _same_entity as same

    return same(me, info)
