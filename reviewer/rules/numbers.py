"""Numbers: recomputation, sums, conflicts, impossible values, unit slips and conversion factors."""

from __future__ import annotations

import math
import re
from collections import defaultdict

from reviewer.rules.registry import check
from reviewer.structure.tables import conversion_rows, part_with, sum_problems
from reviewer.structure.arith import close, scale_of, unit_slip
from reviewer.structure.formulas import consistent, factor_conversions, per_unit_figures, stated_rates, worked_formulas
from reviewer.structure.indicators import IndicatorReader, IndicatorValue
from reviewer.structure.numbers import quantities


def indicator_values(ctx) -> list[IndicatorValue]:
    if "indicators" not in ctx.cache:
        ctx.cache["indicators"] = IndicatorReader(ctx.catalog.indicators).read(ctx.doc, ctx.facts.data_years)
    return ctx.cache["indicators"]


def _by_key(ctx) -> dict[str, list[IndicatorValue]]:
    out: dict[str, list[IndicatorValue]] = defaultdict(list)
    for v in indicator_values(ctx):
        out[v.key].append(v)
    return out


def _pick(cands: list[IndicatorValue], year: int | None) -> IndicatorValue | None:
    """The one value for ``year`` (None-year values stand for any year); None when ambiguous."""
    same = [c for c in cands if c.year == year]
    if not same and year is not None and any(c.year is not None for c in cands):
        return None  # year-specific data without this year: an undated figure is not a stand-in
    same = same or [c for c in cands if c.year is None]
    if not same and year is None and cands:
        latest = max(c.year for c in cands if c.year is not None)
        same = [c for c in cands if c.year == latest]
    if not same:
        return None
    # the same figure written with different precision ("1.23亿元" and "12,345万元") is one value:
    # keep the most precise; values that differ beyond rounding make the input ambiguous
    best = max(same, key=lambda c: _rel_precision(c) * -1)
    for c in same:
        if abs(c.value - best.value) > abs(best.value) * (_rel_precision(c) + _rel_precision(best)) + 1e-9:
            return None
    return best


def _rel_precision(v: IndicatorValue) -> float:
    """Relative rounding error of a stated value: half a unit of its last digit."""
    return 0.5 * 10 ** -v.decimals / abs(v.shown) if v.shown else 0.0


def recalc_findings(ctx):
    """(code, message, evidence) for every formula whose stated result does not recompute; read once per
    review (NUM.RECALC and NUM.UNIT both ask)."""
    if "recalc" not in ctx.cache:
        ctx.cache["recalc"] = _recalc_findings(ctx)
    return ctx.cache["recalc"]


def _recalc_findings(ctx):
    values = _by_key(ctx)
    rel = ctx.settings.rules.rel_tolerance
    out = []
    for f in ctx.catalog.indicators["formulas"]:
        for r in values.get(f["result"], []):
            nums = [_pick(values.get(k, []), r.year) for k in f["num"]]
            expectations = []
            for den_keys in [f["den"], *f.get("alt_den", [])]:
                dens = [_pick(values.get(k, []), r.year) for k in den_keys]
                den = sum(d.value for d in dens) if None not in dens else 0
                if None in nums or not den:
                    continue
                expectations.append((sum(n.value for n in nums) / den * (100 if f.get("percent") else 1), dens))
            if not expectations:
                continue
            # inputs carry their own rounding: propagate it into the tolerance
            rel_in = sum(_rel_precision(p) for p in nums) + max((sum(_rel_precision(d) for d in ds) for _e, ds in expectations),
                                                                  default=0.0)
            if any(close(r.value, e, decimals=r.decimals, scale=scale_of(r.value, r.shown), rel=rel + rel_in)
                   for e, _d in expectations):
                continue
            expected, dens = expectations[0]
            # another statement of the same value recomputes: the disagreement is a NUM.CONFLICT, not this
            twins = [o for o in values.get(f["result"], []) if o is not r and o.year == r.year]
            if any(close(o.value, expected, decimals=o.decimals, scale=scale_of(o.value, o.shown), rel=rel) for o in twins):
                continue
            parts = [*nums, *dens]
            ev = [ctx.evidence(r.block, r.quote)] + [ctx.evidence(p.block, p.quote) for p in parts if p.block is not r.block][:3]
            shown_expected = expected / scale_of(r.value, r.shown)
            name = ctx.catalog.indicators["indicators"][f["result"]]["names"][0]
            year = f"{r.year}年" if r.year else ""
            slip = unit_slip(r.value, expected)
            code = "NUM.UNIT" if slip else "NUM.RECALC"
            why = f"，相差约 {slip if slip >= 1 else 1 / slip:.10g} 倍，疑似单位错误" if slip else ""
            out.append((code, f"{year}{name}报告值 {r.shown:.10g}{r.unit}，按报告自身数据重算应为 {shown_expected:.4g}{r.unit}{why}。", ev))
    for row in conversion_rows(ctx.doc.logical_tables()):
        if row.ok(rel):
            continue
        slip = unit_slip(row.stated_kgce, row.expected_kgce)
        code = "NUM.UNIT" if slip else "NUM.RECALC"
        why = "，疑似实物量单位错误" if slip else ""
        out.append((code, f"{row.name}折标准煤：{row.amount_text} × {row.factor_text} 应为 {row.expected_kgce / row.result_scale:.1f}，报告值 {row.result_text}{why}。",
                    [ctx.evidence(row.block, row.quote)]))
    quoted = {e.quote for _c, _m, ev in out for e in ev}
    for b in ctx.visible:
        if b.kind.value != "paragraph":
            continue
        text = b.text  # each reader only where its sign can be: "=", a factor's "按", a rate's "%", a unit's "/"
        shown = [*(worked_formulas(b, rel) if re.search(r"[=＝≈]", text) else []),
                 *(factor_conversions(b, rel) if re.search(r"按|以|取|系数|因子", text) and "/" in text else []),
                 *(stated_rates(b, rel) if re.search(r"[%％]|容积率", text) else []),
                 *(per_unit_figures(b, rel) if "/" in text else [])]
        for a in shown:
            ev = ctx.evidence(b, a.quote)
            if consistent(a) or ev.quote in quoted or any(ev.quote in q or q in ev.quote for q in quoted):
                continue
            quoted.add(ev.quote)
            k = round(math.log10(abs(a.stated / a.expected))) if a.expected and a.stated else 0
            out.append(("NUM.RECALC", f"报告中的算式与所列数字不符：按所列数字计算应约为 {a.expected * 10 ** k:.4g}（按报告值的量级），报告值为 {a.stated:.4g}。",
                        [ev]))
    return out


@check("NUM.RECALC", severity="high", title="指标值与报告自身数据重算不符")
def recalc(ctx):
    """检查内容：用报告自己给出的分子分母重算指标：单位产值综合能耗 = 综合能耗 ÷ 工业总产值，单位产值取水量，工业用水重复利用率 = 重复用水量 ÷（重复用水量 + 取水量），固废综合利用率，容积率，建筑系数，单位用地面积产值，以及能源折标（实物量 × 折标系数）。公式在 standards/indicators.yaml；容差为报告值末位的半个单位（×1.5）或相对 1%。
    为何重要：算不对的指标要么是计算错误，要么是倒推、拼凑出来的数据。
    示例：综合能耗 1,899.8 tce、产值 52,000 万元，报告却写单位产值综合能耗 30.12 kgce/万元（应为 36.53）。
    """
    for code, msg, ev in recalc_findings(ctx):
        if code == "NUM.RECALC":
            yield ctx.finding(code, msg, ev)


@check("NUM.UNIT", severity="high", title="单位错误（数值差一个单位倍数）")
def unit_error(ctx):
    """检查内容：重算或前后比对时，数值恰好相差一个单位倍数（10、1000、10⁴、亩与 m² 的 666.67 等）——例如把“万kWh”写成“kWh”、把“亩”当“m²”。
    为何重要：单位错误会让指标差出几个数量级，是最常见也最容易被忽视的计算错误。
    示例：折标表中电力实物量写“1,200 kWh”，折标准煤却为 1,474.8 tce（按 1,200 万kWh 计算）。
    """
    for code, msg, ev in recalc_findings(ctx):
        if code == "NUM.UNIT":
            yield ctx.finding(code, msg, ev)
    for code, msg, ev in conflict_findings(ctx):
        if code == "NUM.UNIT":
            yield ctx.finding(code, msg, ev)
    yield from _implausible(ctx)


@check("NUM.SUM", severity="high", title="合计不等于分项之和")
def sums(ctx):
    """检查内容：表格中“合计/总计”行的每个数值列是否等于其上各分项之和（按单位换算后比较；比率、系数列不参与）。
    为何重要：合计对不上，说明分项或合计至少有一个被改动过。
    示例：电力 1,474.8 + 天然气 425.0 = 1,899.8，表中合计却为 1,950.6。
    """
    for rows, parts in ctx.doc.logical_tables():
        for msg, quote in sum_problems(rows, parts[0].header_rows):
            yield ctx.finding("NUM.SUM", msg, [ctx.evidence(part_with(parts, quote), quote)])


def conflict_findings(ctx):
    """(code, message, evidence) for figures stated twice with different values; read once per review."""
    if "conflicts" not in ctx.cache:
        ctx.cache["conflicts"] = _conflict_findings(ctx)
    return ctx.cache["conflicts"]


def _conflict_findings(ctx):
    values = _by_key(ctx)
    out = []
    for key in ctx.catalog.indicators["conflict_keys"]:
        groups: dict[int | None, list[IndicatorValue]] = defaultdict(list)
        for v in values.get(key, []):
            groups[v.year].append(v)
        for year, vs in groups.items():
            base = vs[0]
            for other in vs[1:]:
                # each figure's own rounding (its last digit in its own unit): "0.0398 tce/万元" vs "36.53 kgce/万元"
                half = max(0.5 * 10 ** -v.decimals * abs(scale_of(v.value, v.shown)) for v in (other, base))
                if abs(other.value - base.value) <= max(1.5 * half, 0.005 * abs(base.value)):
                    continue
                name = ctx.catalog.indicators["indicators"][key]["names"][0]
                slip = unit_slip(other.value, base.value)
                y = f"{year}年" if year else ""
                code = "NUM.UNIT" if slip else "NUM.CONFLICT"
                out.append((code, f"{y}{name}前后数值不一致：{base.shown:.10g}{base.unit} 与 {other.shown:.10g}{other.unit}" +
                            ("，相差一个单位倍数，疑似单位错误。" if slip else "。"),
                            [ctx.evidence(base.block, base.quote), ctx.evidence(other.block, other.quote)]))
                break
    return out


@check("NUM.CONFLICT", severity="high", title="同一数据前后不一致")
def conflict(ctx):
    """检查内容：同一指标、同一年份在正文和表格（或不同表格）中给出的数值是否一致（按单位换算后比较，容差 0.5% 或末位舍入）；基本信息表、评分表和正文中的总分是否一致。
    为何重要：同一数据出现两个值，至少一个是错的；这是数据拼凑、多版本混用的直接证据。
    示例：正文“2025年综合能耗1,950.3 tce”，指标表 2025 年综合能耗却为 1,899.8 tce。
    """
    for code, msg, ev in conflict_findings(ctx):
        if code == "NUM.CONFLICT":
            yield ctx.finding(code, msg, ev)
    from reviewer.rules.scores import score_totals

    totals = score_totals(ctx)
    for other in totals[1:]:
        if abs(other[0] - totals[0][0]) > 0.051:
            ref = totals[0]
            yield ctx.finding("NUM.CONFLICT", f"总分前后不一致：{ref[0]:.10g} 分与 {other[0]:.10g} 分。",
                              [ctx.evidence(ref[1], ref[2]), ctx.evidence(other[1], other[2])])
            break


_RATE_TEXT = re.compile(r"(?P<name>[\u4e00-\u9fff]{0,12}(?:率|占比|比例|比重|密度))\s*(?:[（(][^（）()。；]{0,30}[)）])?\s*"
                        r"(?:为|达|达到|约|是|：|:)?\s*(?:(?:一|二|三)级\s*)?(?P<v>-?\d+(?:\.\d+)?)\s*[%％]")
# a fall of more than the whole: "较2023年下降108.8%", "同比降低135%"
_DROP_TEXT = re.compile(r"(?:下降|降低|减少|降幅)(?:了|为|达到?)?\s*(?P<v>\d+(?:\.\d+)?)\s*[%％]")
_SHARE_TEXT = re.compile(r"占(?P<of>[\u4e00-\u9fff]{1,12}?)的?\s*(?P<v>\d+(?:\.\d+)?)\s*[%％]")
_SHARE_CHANGE = re.compile(r"较|同比|环比|变化|增|减|降|提高|提升|上升|翻")
_AMOUNT_UNITS = {"kg", "kWh", "m3", "m2", "元", "kgce", "kgCO2"}
_CHANGE = re.compile(r"较|同比|环比|变化|增减|差值|增长|减少|下降|降低|节约|偏差|误差|温度|±")


@check("NUM.RANGE", severity="high", title="不可能的数值")
def value_range(ctx):
    """检查内容：比率超过 100%（利用率、重复利用率、占比等，增长率类除外）、数量为负、分母（如工业总产值）为零。
    为何重要：不可能的数值说明数据未经核对，或由他处生搬硬套。
    示例：“工业用水重复利用率为112.5%”。
    """
    ind = ctx.catalog.indicators
    exempt = ind["rate_exempt"]
    seen: set[int] = set()
    for v in indicator_values(ctx):
        base = ind["indicators"][v.key]["base"]
        if base == "%" and v.value > 100.0001 and id(v.block) not in seen:
            seen.add(id(v.block))
            yield ctx.finding("NUM.RANGE", f"{ind['indicators'][v.key]['names'][0]}为 {v.shown:.10g}%，超过 100%。", [ctx.evidence(v.block, v.quote)])
        elif base != "%" and v.value < 0:
            yield ctx.finding("NUM.RANGE", f"{ind['indicators'][v.key]['names'][0]}为负数（{v.shown:.10g}{v.unit}）。", [ctx.evidence(v.block, v.quote)])
        elif v.key == "output_value" and v.value == 0:
            yield ctx.finding("NUM.RANGE", "工业总产值为 0，单位产值类指标无法计算。", [ctx.evidence(v.block, v.quote)])
    for b, m in ctx.search(_RATE_TEXT):
        name, v = m.group("name"), float(m.group("v"))
        if (v > 100.0001 or v < 0) and not any(e in name for e in exempt) and id(b) not in seen:
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", f"“{name}”为 {m.group('v')}%，{'超过 100%' if v > 0 else '为负数'}。",
                              [ctx.evidence_at(b, m.start(), m.end())])
    for b, m in ctx.search(_DROP_TEXT):
        if float(m.group("v")) > 100.0001 and id(b) not in seen:
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", f"下降幅度为 {m.group('v')}%，超过 100%（下降不可能超过原值）。", [ctx.evidence_at(b, m.start(), m.end())])
    yield from _rate_rows(ctx, exempt, seen)
    for b, m in ctx.search(_SHARE_TEXT):  # "占公司用电量的115.6%": a part cannot exceed its whole
        if float(m.group("v")) > 100.0001 and not _SHARE_CHANGE.search(m.group("of")) and id(b) not in seen:
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", f"“占{m.group('of')}”的比例为 {m.group('v')}%，超过 100%。",
                              [ctx.evidence_at(b, m.start(), m.end())])
    for b in ctx.visible:
        if b.kind.value == "table":
            hit = _negative_cell(b)
            if hit:
                yield ctx.finding("NUM.RANGE", f"表中数量为负数：“{hit}”。", [ctx.evidence(b, hit)])
                return
            continue
        for q in quantities(b.text):
            if q.value < 0 and q.base_unit in _AMOUNT_UNITS:
                before = b.text[max(0, q.start - 8): q.start]
                if not _CHANGE.search(before):
                    yield ctx.finding("NUM.RANGE", f"数量为负数：“{b.text[q.start:q.end]}”。",
                                      [ctx.evidence_at(b, q.start, q.end)])
                    return


def _rate_rows(ctx, exempt: list[str], seen: set[int]):
    """A table row for a rate ("可再生能源利用率 | % | 132.6") with a value above 100 %."""
    for b in ctx.visible:
        if b.kind.value != "table" or not b.rows or id(b) in seen:
            continue
        percent_cols = {i for i, c in enumerate(b.rows[0]) if re.search(r"[%％]", c)}
        for row in b.rows[1:]:
            if not row or not re.search(r"(?:率|占比|比例|比重)(?:[（(][^）)]*[)）])?\s*$", row[0]) or any(e in row[0] for e in exempt):
                continue
            percent = "%" in row[0] or "％" in row[0] or any(c.strip() in ("%", "％") for c in row[1:]) or percent_cols
            for i, c in enumerate(row[1:], start=1):
                m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([%％])?\s*", c)
                if m and (m.group(2) or (percent and (i in percent_cols or not percent_cols))) and float(m.group(1)) > 100.0001:
                    seen.add(id(b))
                    q = "\t".join(row[: i + 1])
                    yield ctx.finding("NUM.RANGE", f"“{row[0]}”为 {m.group(1)}%，超过 100%。", [ctx.evidence(b, q)])
                    break
            if id(b) in seen:
                break


_YEAR_NEAR = re.compile(r"((?:19|20)\d{2})\s*年")


def _window(b, start: int, end: int, before: int = 40, after: int = 12) -> str:
    if b.kind.value == "table":  # the row, plus the header of the column the value stands in
        line_start = b.text.rfind("\n", 0, start) + 1
        line_end = b.text.find("\n", end)
        row = b.text[line_start: line_end if line_end != -1 else len(b.text)]
        col = b.text[line_start:start].count("\t")
        header = b.rows[0][col] if b.rows and col < len(b.rows[0]) else ""
        return f"{header}\t{row}"
    return b.text[max(0, start - before): end + after]


@check("NUM.FACTOR", severity="medium", title="折标系数或排放因子错误")
def factors(ctx):
    """检查内容：电力折标系数（GB/T 2589-2020 当量值 0.1229 kgce/kWh；使用等价值须明确写出“等价值”且在合理范围内）、天然气等燃料折标系数、全国电网二氧化碳排放因子（生态环境部、国家统计局发布值，按数据年份核对）。数值表在 standards/factors.yaml，可配置。
    为何重要：系数用错，综合能耗和碳排放整体失真；当量值与等价值混用、排放因子年份张冠李戴都很常见。
    示例：“电力按当量值0.404 kgce/kWh折算”；“2023年全国电力平均二氧化碳排放因子0.5703 kgCO₂/kWh”（应为 0.5306）。
    """
    fac = ctx.catalog.factors
    elec = fac["energy"]["electricity_equivalent"]
    lo, hi = fac["electricity_equivalent_primary_range"]
    grid = fac["grid_co2"]
    known = {round(v, 4) for series in ("national_average", "national_excl_traded_nonfossil", "fossil")
             for v in grid.get(series, {}).values()} | {round(v, 4) for v in grid.get("carbon_market", {}).get("values", [])}
    fuels = {n: spec for spec in fac["energy"].values() for n in spec.get("names", []) if spec.get("unit") != "kWh"}
    reported: set[tuple[str, float]] = set()
    for b in ctx.visible:
        for q in _factor_quantities(b.text):
            win = _window(b, q.start, q.end)
            key = (q.base_unit, round(q.value, 4))
            clause = _clause(b.text, q.start, q.end) if b.kind.value != "table" else win
            if key in reported or _NOT_USED.search(clause):
                continue  # "曾误按0.404 kgce/kWh折算，已更正", "本报告未采用该系数": named, not used
            problem = None
            if q.base_unit == "kgce/kWh":
                v = q.base_value
                if abs(v - elec["factor"]) <= elec["tolerance"]:
                    if re.search(r"等价值?\s*(?:为|取|按|：|:)?\s*$", b.text[max(0, q.start - 8): q.start]):
                        reported.add(key)  # 0.1229 is the 当量值: as an 等价值 it mixes the two bases
                        yield ctx.finding("NUM.FACTOR", f"{q.value:.10g} kgce/kWh 是电力当量值，报告却写作等价值。", [ctx.evidence_at(b, q.start, q.end)])
                    continue
                if "等价" in win and lo <= v <= hi:
                    continue
                problem = (f"电力折标系数 {q.value:.10g} kgce/kWh 不是 GB/T 2589-2020 的当量值 {elec['factor']}"
                           + ("；如按等价值折算须明确说明并采用当年供电标准煤耗。" if "等价" not in win else "，也不在等价值的合理范围内。"))
            elif q.base_unit and q.base_unit.startswith("kgce/") and q.base_unit != "kgce/元":
                name = next((n for n in sorted(fuels, key=len, reverse=True) if n in clause), None)
                spec = fuels.get(name) if name else None
                if spec is None or spec.get("confidence") == "uncertain":
                    continue
                rng = spec.get("range")
                ok = (rng[0] <= q.base_value <= rng[1]) if rng else abs(q.base_value - spec["factor"]) <= 0.02 * spec["factor"]
                if not ok:
                    problem = f"{name}折标系数 {q.value:.10g} {q.unit} 与 GB/T 2589-2020 参考值 {spec['factor']} 不符。"
            elif q.base_unit == "kgCO2/kWh":
                v = round(q.base_value, 4)
                before = b.text[max(0, q.start - 40): q.start] if b.kind.value != "table" else win
                before = re.split(r"[。；;！？]", before)[-1]  # the factor's own sentence: not a year from the one before
                after_q = re.split(r"[。；;！？]", b.text[q.end: q.end + 40])[0] if b.kind.value != "table" else ""
                years = _YEAR_NEAR.findall(before) or _YEAR_NEAR.findall(after_q[:30])
                if re.search(r"(?<!缺)省|区域|华东|华北|华中|华南|西北|东北|西南|电网公司", clause if b.kind.value != "table" else win):
                    continue  # a provincial or regional factor: not the national series this table holds
                year = int(years[-1]) if years else None
                nat = grid.get("national_average", {})
                if year in nat and ("全国" in win or "区域" not in win and "省" not in win):
                    exp = nat[year]
                    others = {round(s.get(year), 4) for s in (grid.get("national_excl_traded_nonfossil", {}), grid.get("fossil", {})) if s.get(year)}
                    if abs(v - exp) > grid["tolerance"] and v not in others:
                        problem = f"{year} 年全国电力平均二氧化碳排放因子应为 {exp} kgCO₂/kWh，报告采用 {q.value:.10g}。"
                elif year is not None and year not in nat and "全国" in win and \
                        any(abs(v - x) <= grid["tolerance"] for y2, x in nat.items() if y2 != year):
                    other = next(y2 for y2, x in nat.items() if abs(v - x) <= grid["tolerance"])
                    problem = f"{q.value:.10g} kgCO₂/kWh 是 {other} 年的全国电力平均二氧化碳排放因子，报告却标为 {year} 年。"
                elif v not in known and "全国" in win:
                    problem = f"电力二氧化碳排放因子 {q.value:.10g} kgCO₂/kWh 不是已发布的全国电力平均排放因子" + \
                        ("，且未注明年份。" if year is None else "。")
            if problem:
                reported.add(key)
                yield ctx.finding("NUM.FACTOR", problem, [ctx.evidence_at(b, q.start, q.end)])


_NOT_USED = re.compile(r"误按|误将|误用|曾误|更正|未采用|不采用|而非|错误地|原采用|原按|改按")


def _clause(text: str, start: int, end: int) -> str:
    """The sentence around a span (to the nearest 。；!? on each side)."""
    s = max(text.rfind(c, 0, start) for c in "。；;！？\n") + 1
    e = min((i for i in (text.find(c, end) for c in "。；;！？\n") if i != -1), default=len(text))
    return text[s:e]


def _implausible(ctx):
    """A value far outside its plausible range that a unit factor brings back inside (258,540 亩 for
    a factory site is 172 km²; as m² it is ordinary)."""
    from reviewer.structure.arith import UNIT_FACTORS

    ranges = ctx.catalog.indicators.get("plausible", {}).get(ctx.facts.type or "", {})
    seen = set()
    for v in indicator_values(ctx):
        lo_hi = ranges.get(v.key)
        if not lo_hi or v.key in seen or lo_hi[0] <= v.value <= lo_hi[1]:
            continue
        fix = next((k for k in UNIT_FACTORS for cand in (v.value / k, v.value * k) if lo_hi[0] <= cand <= lo_hi[1]), None)
        if fix is None:
            continue
        seen.add(v.key)
        name = ctx.catalog.indicators["indicators"][v.key]["names"][0]
        yield ctx.finding("NUM.UNIT", f"{name} {v.shown:.10g}{v.unit} 明显超出合理范围，按单位换算相差约 {fix:.10g} 倍，疑似单位写错。",
                          [ctx.evidence(v.block, v.quote)])


def _negative_cell(b) -> str | None:
    """A negative amount in a table column that is not a change/difference column."""
    rows = b.rows or []
    if len(rows) < 2:
        return None
    header = rows[0]
    for row in rows[1:]:
        for j, cell in enumerate(row):
            if not re.fullmatch(r"\s*[-−－]\s*\d[\d,]*(?:\.\d+)?\s*", cell):
                continue
            head = header[j] if j < len(header) else ""
            if _CHANGE.search(head) or re.search(r"率|%|％|变化|增减|差", head):
                continue
            if re.search(r"量|产值|面积|能耗|tce|kWh|吨|万元|m³", head):
                return "\t".join(row[: j + 1])
    return None


def _factor_quantities(text: str):
    return [q for q in quantities(text) if q.base_unit and (q.base_unit.startswith("kgce/") or q.base_unit == "kgCO2/kWh")]
