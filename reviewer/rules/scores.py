"""Scores: item scores vs maxima vs totals, and the conclusion vs scores and basic requirements."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.registry import check
from reviewer.structure.fields import ticked
from reviewer.structure.numbers import parse_number
from reviewer.structure.tables import part_with, total_label

_PASS = re.compile(r"(?<![不未没])(?:符合|满足|达到|已达)[^。；，]{0,24}?(?:绿色(?:工厂|园区|供应链管理企业)的?(?:评价)?的?(?:要求|标准|条件|水平)|评价要求)"
                   r"|(?<!不)(?:符合|满足|达到)《[^》]{0,30}绿色[^》]{0,20}》的?(?:要求|规定)"
                   r"|评价结论为[“\"]?(?:符合|通过)|具备申报[^。；，]{0,8}?绿色(?:工厂|园区|供应链管理企业)的?条件"
                   r"|(?:可以|可|予以|应)?认定为[^。；，]{0,6}?绿色(?:工厂|园区|供应链管理企业)(?!的?(?:条件|要求))"
                   r"|(?:结论|判定|评估结果|评价结果|评定结果|审核结果|审查结果)\s*(?:为|是|[：:])\s*[“\"「]?(?:符合|通过|合格|达标)(?![^。；]*不符合)")
# a verdict that holds only once something is done is not a pass
_CONDITIONAL = re.compile(r"方可|后方|才能|整改(?:完成|到位)?(?:前|后)|待[^。；]{0,12}后|如能|若能|前不予")
_FAIL = re.compile(r"不符合绿色(?:工厂|园区|供应链)|不满足(?:绿色|基本要求)|未达到?绿色|尚未达到?绿色")
_SCORE_TEXT = re.compile(r"(?:指标|评价|综合|总)?(?:得分|合计|总分)(?:为|是|共)?\s*(\d{1,3}(?:\.\d+)?)\s*分")


class _Table:
    """A page-split score table read as one; quotes resolve to the part that holds them."""

    def __init__(self, rows, parts):
        self.rows, self.parts = rows, parts

    def part(self, quote: str):
        return part_with(self.parts, quote)


def _score_tables(ctx):
    for rows, parts in ctx.doc.logical_tables():
        if len(rows) < 3:
            continue
        h = rows[0]
        imax = next((i for i, c in enumerate(h) if re.search(r"满分|分值|标准分|权重分", c)), None)
        iscore = next((i for i, c in enumerate(h) if re.search(r"得分|实得分|评分", c) and not re.search(r"满分", c)), None)
        if imax is not None and iscore is not None:
            yield _Table(rows, parts), imax, iscore


def _n(cell: str):
    p = parse_number(cell)
    return p[0] if p and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*分?\s*", cell) else None


@check("SCORE.INCONSISTENT", severity="high", title="得分与合计、满分或结论矛盾")
def score_inconsistent(ctx):
    """检查内容：评分表中各项得分不超过满分、各项之和等于合计；结论（符合/不符合）与总分（默认及格线 60 分，可在 standards/scoring.yaml 配置）和基本要求是否符合一致。
    为何重要：结论与得分或基本要求矛盾，是评价结论不可信最直接的证据。
    示例：基本要求“☑不符合”，结论却写“符合绿色工厂评价要求”；或各项得分之和 85.0，表中合计 88.0。
    """
    problems, all_scores = _scan(ctx)
    for msg, block, quote in problems:
        yield ctx.finding("SCORE.INCONSISTENT", msg, [ctx.evidence(block, quote)])
    yield from _conclusion(ctx, all_scores)


def _scan(ctx):
    """Score tables and stated totals, read once per review: (problems, every stated total)."""
    if "score_scan" in ctx.cache:
        return ctx.cache["score_scan"]
    problems: list[tuple[str, object, str]] = []
    totals: list[tuple[float, object, str]] = []
    for b, imax, iscore in _score_tables(ctx):
        items, total_row = [], None
        i2 = next((i for i, c in enumerate(b.rows[0]) if "二级" in c), None)
        groups: list[tuple[list[str], float, float, list[float]]] = []  # two-level: (row, max, score, leaves)
        for row in b.rows[1:]:
            if len(row) <= max(imax, iscore):
                continue
            # the label is the first cell, or the second after a 序号 column
            label = row[1] if len(row) > 2 and (row[0].strip() in ("", "—", "-", "/") or row[0].strip().isdigit()) else row[0]
            if total_label(row) is not None:
                total_row = row
                continue
            mx, sc = _n(row[imax]), _n(row[iscore])
            if mx is None or sc is None:
                continue
            if i2 is not None and i2 < len(row):  # 一级 rows carry subtotals of the 二级 rows below them
                if row[0].strip() and row[0] != row[i2]:
                    groups.append((row, mx, sc, []))
                    items.append((row, mx, sc))
                elif groups:
                    groups[-1][3].append(sc)
                if sc > mx + 1e-9:
                    q = "\t".join(row[: iscore + 1])
                    problems.append((f"“{row[i2] or row[0]}”得分 {row[iscore]} 超过满分 {row[imax]}。", b.part(q), q))
                continue
            items.append((row, mx, sc))
            if sc > mx + 1e-9:
                q = "\t".join(row[: iscore + 1])
                problems.append((f"“{label}”得分 {row[iscore]} 超过满分 {row[imax]}。", b.part(q), q))
        for grow, _gmax, gsc, leaves in groups:
            if leaves and abs(sum(leaves) - gsc) > 0.051 * max(1, len(leaves) ** 0.5):
                q = "\t".join(grow[: iscore + 1])
                problems.append((f"“{grow[0]}”下各二级指标得分之和为 {sum(leaves):.1f}，一级指标得分却为 {grow[iscore]}。",
                                 b.part(q), q))
        if total_row is not None and len(items) >= 2:
            t = _n(total_row[iscore])
            if t is not None:
                tq = "\t".join(total_row[: iscore + 1])
                totals.append((t, b.part(tq), tq))
                s = sum(sc for _r, _m, sc in items)
                if abs(s - t) > 0.051 * max(1, len(items) ** 0.5):
                    problems.append((f"各项得分之和为 {s:.1f}，合计行却为 {total_row[iscore]}。", b.part(tq), tq))
    field = ctx.facts.first("total_score")
    stated: list[tuple[float, object, str]] = []
    if field:
        v = _n(field.value)
        if v is not None:
            stated.append((v, field.block, field.quote))
    for b, m in ctx.search(_SCORE_TEXT):
        if b.kind.value != "table":
            stated.append((float(m.group(1)), b, m.group(0)))
    ctx.cache["score_scan"] = (problems, totals + stated)
    return ctx.cache["score_scan"]




def score_totals(ctx) -> list[tuple[float, object, str]]:
    """Every place the total score is stated: (value, block, quote); NUM.CONFLICT compares them."""
    return _scan(ctx)[1]


def _conclusion(ctx, scores):
    concl = ctx.facts.chapters.get("conclusion")
    blocks = [b for b in ctx.visible if concl is not None and b.index >= concl.index and b.kind.value == "paragraph"][:6]
    passes = [(b, m) for b in blocks for m in [_PASS.search(b.text)]
              if m and not _FAIL.search(b.text) and not _CONDITIONAL.search(quote_span(b.text, m.start(), m.end()))]
    if not passes:
        return
    b, m = passes[0]
    basic = ctx.facts.first("basic_requirements")
    if basic and ticked(basic.value, "不符合") and not ticked(basic.value, "符合"):
        yield ctx.finding("SCORE.INCONSISTENT", "基本要求勾选为“不符合”，结论却为符合。",
                          [ctx.located(basic), ctx.evidence_at(b, m.start(), m.end())])
        return
    threshold = float(ctx.catalog.scoring.get("pass_threshold", 60))
    for pat in ctx.catalog.scoring.get("threshold_patterns", []):
        for _b, tm in ctx.search(re.compile(pat)):
            threshold = float(tm.group(1))
    low = [s for s in scores if s[0] < threshold]
    if low:
        yield ctx.finding("SCORE.INCONSISTENT", f"总分 {low[0][0]:.10g} 分低于 {threshold:.10g} 分，结论却为符合。",
                          [ctx.evidence(low[0][1], low[0][2]), ctx.evidence_at(b, m.start(), m.end())])
