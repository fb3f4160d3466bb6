"""Requirement coverage against the governing standard (retrieval-based; see reviewer/retrieval)."""

from __future__ import annotations

from reviewer.rules.registry import check


def coverage_items(ctx):
    """Computed once per review and shared by both checks and the checklist."""
    if "coverage" not in ctx.cache:
        ctx.cache["coverage"] = (None, [])
        if ctx.settings.retrieval.enabled and ctx.facts.type:
            from reviewer.retrieval.coverage import applicable_requirements, assess_all
            from reviewer.retrieval.session import document_index

            cid, reqs = applicable_requirements(ctx.catalog, ctx.facts, ctx.doc.text)
            only = set(ctx.settings.retrieval.requirements_only)
            if only:
                reqs = [r for r in reqs if r["id"] in only]
            if reqs:
                index = document_index(ctx.doc, ctx.catalog, ctx.settings)
                ctx.cache["coverage"] = (cid, assess_all(index, ctx.doc, reqs))
    return ctx.cache["coverage"][1]


def _label(req: dict) -> str:
    return f"{req.get('standard') or ''} {req.get('clause', '')}".strip()


@check("CLAUSE.MISSING", severity="medium", title="标准要求在报告中找不到对应内容")
def clause_missing(ctx):
    """检查内容：按报告声明的评价依据和适用年度确定标准要求目录（standards/requirements/），对每条要求检索全文；报告中任何位置都没有提到该要求的检索词时报告缺失，并列出检索词。基本要求（必备项）为中风险，其他指标为低风险；来源不确定的要求为提示。
    为何重要：评价报告应逐项回应标准要求；缺项说明评价不完整，评价结论缺乏依据。
    示例：依据 GB/T 36132-2025 的报告中，全文没有“工业用水重复利用率”“水重复利用”等任何表述。
    """
    for item in coverage_items(ctx):
        if item.status != "missing":
            continue
        req = item.requirement
        sev = "medium" if req.get("mandatory") and req.get("confidence") != "uncertain" else \
            ("low" if req.get("confidence") != "uncertain" or req.get("mandatory") else "info")
        yield ctx.finding("CLAUSE.MISSING", f"未找到对“{req['text']}”（{req.get('clause', '')}）的任何表述。",
                          severity=sev, searched=item.searched, requirement=_label(req), source="retrieval")


@check("CLAUSE.WEAK", severity="low", title="标准要求只有笼统表述，缺少具体事实或数据")
def clause_weak(ctx):
    """检查内容：报告提到了某条标准要求，但相关段落没有数据、证书、文件编号等具体证据（每条要求的证据特征在 standards/requirements/ 中定义）。
    为何重要：只有笼统表述（“已建立”“符合要求”）而无证据的内容无法核查，常见于套用模板的报告。
    示例：“企业建立了能源管理体系。”——没有认证证书、编号或有效期。
    """
    for item in coverage_items(ctx):
        if item.status != "weak":
            continue
        req = item.requirement
        sev = "low" if req.get("confidence") != "uncertain" else "info"
        ev = [ctx.evidence(ctx.doc.blocks[e.block], e.quote) for e in item.evidence]
        yield ctx.finding("CLAUSE.WEAK", f"对“{req['text']}”只有笼统表述，未见具体数据或证明材料（应有：{'、'.join(req.get('evidence', [])[:3])}）。",
                          ev, severity=sev, searched=item.searched, requirement=_label(req), source="retrieval")
