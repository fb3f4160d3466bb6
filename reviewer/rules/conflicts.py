"""Numbers, conflicts: one figure stated twice with different values (NUM.CONFLICT; a unit-multiple difference is
NUM.UNIT's). Part of the numbers family."""

from __future__ import annotations

from collections import defaultdict

from reviewer.rules.number_values import by_key, written
from reviewer.rules.registry import check
from reviewer.structure.arith import scale_of, unit_slip
from reviewer.structure.indicators import IndicatorValue

FAMILY = "numbers"


def conflict_findings(ctx):
    """(code, message, evidence) for figures stated twice with different values; read once per review."""
    if "conflicts" not in ctx.cache:
        ctx.cache["conflicts"] = _conflict_findings(ctx)
    return ctx.cache["conflicts"]


def _purchased_as_total(values: dict[str, list[IndicatorValue]]) -> dict[str, list[IndicatorValue]]:
    """Bought-in electricity is the total unless the report's own photovoltaic output makes up the
    difference ("外购电量1,020万kWh" + "光伏发电量180万kWh" = "总用电量1,200万kWh")."""
    bought = values.get("purchased_electricity", [])
    if not bought:
        return values
    totals, pv = values.get("electricity", []), values.get("pv_generation", [])
    kept = [v for v in bought if not any(abs(e.value - v.value - p.value) <= 0.005 * e.value for e in totals for p in pv
                                         if e.year == v.year and p.year in (v.year, None))]
    return {**values, "electricity": totals + kept}


def _date_detail_tables(groups: dict[int | None, list[IndicatorValue]]) -> None:
    """A year-less table right after a sentence that gives the figure for one year ("2025年产生1,250 t，…明细列于下表")
    details that year: its total joins that year's group."""
    for v in list(groups[None]):
        if v.where != "table":
            continue
        lead = [t for y, ts in groups.items() if y is not None for t in ts
                if t.where == "text" and 0 < v.block.index - t.block.index <= 2]
        if len({t.year for t in lead}) == 1:
            groups[None].remove(v)
            groups[lead[0].year].append(v)
    if not groups[None]:
        del groups[None]


def _conflict_findings(ctx):
    values = _purchased_as_total(by_key(ctx, bounds=True))
    static = set(ctx.catalog.indicators.get("static_keys", []))
    out = []
    for key in ctx.catalog.indicators["conflict_keys"]:
        groups: dict[int | None, list[IndicatorValue]] = defaultdict(list)
        for v in values.get(key, []):
            groups[v.year].append(v)
        years = [y for y in groups if y is not None]
        if key in static and None in groups and years:  # the site's area needs no year: the latest year's
            groups[max(years)] = groups.pop(None) + groups[max(years)]
        elif None in groups and years:
            _date_detail_tables(groups)
        for year, vs in groups.items():
            exact = [v for v in vs if not v.bound]
            if not exact:
                continue
            base = exact[0]
            for other in exact[1:] + [v for v in vs if v.bound]:
                if other.bound:  # "超6亿元" holds while the value is at least 6亿; "近6亿元" while at most; "九百来吨" about
                    lo, hi = {"min": (other.value, float("inf")), "about": (0.9 * other.value, 1.1 * other.value)}.get(
                        other.bound, (0.9 * other.value, other.value))
                    if lo * 0.995 <= base.value <= hi * 1.005:
                        continue
                # each figure's own rounding (its last digit in its own unit): "0.0398 tce/万元" vs "36.53 kgce/万元"
                half = max(0.5 * 10 ** -v.decimals * abs(scale_of(v.value, v.shown)) for v in (other, base))
                if abs(other.value - base.value) <= max(1.5 * half, 0.005 * abs(base.value)):
                    continue
                name = ctx.catalog.indicators["indicators"][key]["names"][0]
                slip = unit_slip(other.value, base.value)
                y = f"{year}年" if year else ""
                code = "NUM.UNIT" if slip else "NUM.CONFLICT"
                out.append((code, f"{y}{name}前后数值不一致：{written(base.shown)}{base.unit} 与 {written(other.shown)}{other.unit}" +
                            ("，相差一个单位倍数，疑似单位错误。" if slip else "。"),
                            [ctx.evidence(base.block, base.quote), ctx.evidence(other.block, other.quote)]))
                break
    return out


@check("NUM.CONFLICT", severity="high", title="同一数据前后不一致")
def conflict(ctx):
    """检查内容：同一指标、同一年份在正文和表格（或不同表格）中给出的数值是否一致（按单位换算后比较，容差 0.5% 或末位舍入）；基本信息表、评分表和正文中的总分是否一致；正文中连同满分写出的单项得分（“资源高效化一级指标得分23.0分（满分30分）”）与评分表中同名、同满分的一项是否一致。园区报告中，园区的数值是园区总量（含“园区各企业”“规上工业企业”合计）；以成员企业（具名公司、某企业、重点/龙头企业、前十家）、某一产业或行业、片区、园区设施或其他园区为主语的数值，以及户均、单位面积等平均值，是另一个量，不与园区总量比较。数值也从这些写法读出：写成一段文字的表格（“表4-8 …（2025年）：指标｜单位｜数值；一般工业固体废物产生量｜t｜1,250；…”）、先写数值后写名称（“合计1,430吨，即为当年一般工业固体废物产生量”“一年产生一千五百多吨一般工业固废”“将1,500余吨一般工业固体废物“变废为宝””）、变化后达到的数值（“2025年…产生量较2024年增长8.6%，达到1,350 t”）、大写数字旁的阿拉伯数字（“壹仟伍佰贰拾吨（1,520 t）”）、空格分节（“1 520 t”）、tonnes、“年度：2025”栏目，以及比率后括号中的分子分母（“综合利用率96.0%（1,152 t/1,200 t）”）；“1,500余吨”“一千五百多吨”按下限、“九百来吨”按约数（±10%）比较。危险废物等其他种类废物的量和利用率、否定说出的量（“未利用部分50吨”）、以月份开头的句子中的各数值（“2025年12月…产生量…，综合利用量…”）、以供应商等其他单位为第一个数值主语的整句数值，不是受评价方的年度数值。
    为何重要：同一数据出现两个值，至少一个是错的；这是数据拼凑、多版本混用的直接证据。
    示例：正文“2025年综合能耗1,950.3 tce”，指标表 2025 年综合能耗却为 1,899.8 tce。
    """
    for code, msg, ev in conflict_findings(ctx):
        if code == "NUM.CONFLICT":
            yield ctx.finding(code, msg, ev)
    from reviewer.rules.scores import score_conflicts

    for msg, ev in score_conflicts(ctx):  # an item's score against the score table; the total score stated twice
        yield ctx.finding("NUM.CONFLICT", msg, ev)
