"""Numbers, continued: impossible values (NUM.RANGE) and conversion and emission factors (NUM.FACTOR).

Part of the numbers family (reviewer/rules/numbers.py holds recomputation, sums, conflicts and unit slips).
"""

from __future__ import annotations

import re

from reviewer.structure.spans import span_bounds
from reviewer.rules.factor_context import (NON_NATIONAL_GRID, basis, carbon_market, factor_quantities, fuel_factor_ok, fuel_name,
                                           named_only, other_series)
from reviewer.rules.number_values import indicator_values
from reviewer.rules.range_context import SIGNED_AMOUNT, own_figure, rate_statements, zero_denominators
from reviewer.rules.registry import check
from reviewer.structure.numbers import quantities

FAMILY = "numbers"

# a fall of more than the whole: "较2023年下降108.8%", "同比降低135%"
_DROP_TEXT = re.compile(r"(?:下降|降低|减少|降幅)(?:了|为|达到?)?\s*(?P<v>\d+(?:\.\d+)?)\s*[%％]")
# "相当于片区全年用电的113.3%", "合全厂用电量的106.7%": a part of the whole's own use or consumption said as an
# equivalent (相当于, 折合, a bare or 约 合)
_SHARE_TEXT = re.compile(r"(?P<lead>占|(?:相当于|折合|(?:(?<![\u4e00-\u9fff])|(?<=约))合)(?=[\u4e00-\u9fff]{0,10}?(?:用电|用能|用水|能耗|耗电|消费量|消耗量)))(?P<of>[\u4e00-\u9fff]{1,12}?)的?\s*(?P<v>\d+(?:\.\d+)?)\s*[%％]")
_SHARE_CHANGE = re.compile(r"较|同比|环比|变化|增|减|降|提高|提升|上升|翻")
_AMOUNT_UNITS = {"kg", "kWh", "m3", "m2", "元", "kgce", "kgCO2"}
_CHANGE = re.compile(r"较|同比|环比|变化|增减|差值|增长|减少|下降|降低|节约|偏差|误差|温度|±")


@check("NUM.RANGE", severity="high", title="不可能的数值")
def value_range(ctx):
    """检查内容：比率超过 100%（利用率、重复利用率、占比等，增长率类除外；也读“百分之一百零四”、英文名称、正文里用“|”分隔的表行）、数量为负（调整、冲销、利润等金额除外）、分母为零（工业总产值、工业增加值、产量、用地面积为 0 而同句仍给出以其为分母的单位指标，或算式除以 0）。同行、对标企业等他方的数值和写明有误已更正的数值不计。
    为何重要：不可能的数值说明数据未经核对，或由他处生搬硬套。
    示例：“工业用水重复利用率为112.5%”；“2025年工业增加值为0万元，单位工业增加值取水量为18.5 m³/万元”。
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
            seen.add(id(v.block))
            yield ctx.finding("NUM.RANGE", "工业总产值为 0，单位产值类指标无法计算。", [ctx.evidence(v.block, v.quote)])
    for b, m, name, v, shown in rate_statements(ctx, ind["not_a_value_sentence"]):
        if (v > 100.0001 or v < 0) and not any(e in name for e in exempt) and id(b) not in seen:
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", f"“{name}”为 {shown}%，{'超过 100%' if v > 0 else '为负数'}。",
                              [ctx.evidence_at(b, m.start(), m.end())])
    for b, m in ctx.search(_DROP_TEXT):
        if float(m.group("v")) > 100.0001 and id(b) not in seen:
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", f"下降幅度为 {m.group('v')}%，超过 100%（下降不可能超过原值）。", [ctx.evidence_at(b, m.start(), m.end())])
    yield from _rate_rows(ctx, exempt, seen)
    for b, m in ctx.search(_SHARE_TEXT):  # "占公司用电量的115.6%": a part cannot exceed its whole
        if float(m.group("v")) > 100.0001 and not _SHARE_CHANGE.search(m.group("of")) and id(b) not in seen \
                and own_figure(b.text, m.start(), m.end(), ind["not_a_value_sentence"]):
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", f"“{m.group('lead')}{m.group('of')}”的比例为 {m.group('v')}%，超过 100%。",
                              [ctx.evidence_at(b, m.start(), m.end())])
    for b, start, end, message in zero_denominators(ctx):  # "工业增加值为0万元，单位工业增加值取水量为18.5 m³/万元"
        if id(b) not in seen:
            seen.add(id(b))
            yield ctx.finding("NUM.RANGE", message, [ctx.evidence_at(b, start, end)])
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
                if not _CHANGE.search(before) and not SIGNED_AMOUNT.search(before):
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
    """检查内容：电力折标系数（GB/T 2589-2020 当量值 0.1229 kgce/kWh；使用等价值须明确写出“等价值”且在合理范围内，数值自身标注的口径优先于句中其他标注）、天然气等燃料折标系数（按句中最近的品种名核对；与另一品种参考值更接近的视为混用，如汽油按柴油系数）、全国电网二氧化碳排放因子（生态环境部、国家统计局发布值，按数据年份核对；称作“全国电力平均”的数值须是平均因子本身，化石能源电力或不含市场化交易电量的因子须写明其名称）。也读“每千瓦时电力折合……千克标准煤”“0.5366，单位kgCO₂/kWh”“tce/千m³”、全角斜线等写法。只是提及而未采用的系数不报：已更正、未采用或未引用、自称有误、“千万别把……写成……”之类的提醒、单位换算等式、注明为碳市场口径的碳市场因子、省级区域或境外（含港澳台）因子。数值表在 standards/factors.yaml，可配置。
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
        for q in factor_quantities(b.text, tuple(fuels)):
            win = _window(b, q.start, q.end)
            key = (q.base_unit, round(q.value, 4))
            clause = _clause(b.text, q.start, q.end) if b.kind.value != "table" else win
            if key in reported or named_only(b.text, clause, q.start):
                continue  # "曾误按0.404 kgce/kWh折算，已更正", "本报告未采用该系数", "千万别把…写成1.229 kgce/kWh": named, not used
            problem = None
            if q.base_unit == "kgce/kWh":
                v = q.base_value
                label, own_label = basis(b.text, q.start, q.end) if b.kind.value != "table" else (None, False)
                if abs(v - elec["factor"]) <= elec["tolerance"]:
                    if label == "等价" and own_label:
                        reported.add(key)  # 0.1229 is the 当量值: as an 等价值 it mixes the two bases
                        yield ctx.finding("NUM.FACTOR", f"{q.value:.10g} kgce/kWh 是电力当量值，报告却写作等价值。", [ctx.evidence_at(b, q.start, q.end)])
                    continue
                primary = label == "等价" if own_label else (label == "等价" or "等价" in win)  # its own 当量值 label outweighs 等价值 nearby
                if primary and lo <= v <= hi:
                    continue
                problem = (f"电力折标系数 {q.value:.10g} kgce/kWh 不是 GB/T 2589-2020 的当量值 {elec['factor']}"
                           + ("；如按等价值折算须明确说明并采用当年供电标准煤耗。" if not primary else "，也不在等价值的合理范围内。"))
            elif q.base_unit and q.base_unit.startswith("kgce/") and q.base_unit != "kgce/元":
                name = fuel_name(b, q, win, fuels)  # the nearest fuel named in the sentence (or table row) in the value's unit
                spec = fuels.get(name) if name else None
                if spec is None or spec.get("confidence") == "uncertain":
                    continue
                if not fuel_factor_ok(q.base_value, name, fuels):
                    problem = f"{name}折标系数 {q.value:.10g} {q.unit} 与 GB/T 2589-2020 参考值 {spec['factor']} 不符。"
            elif q.base_unit == "kgCO2/kWh":
                v = round(q.base_value, 4)
                before = b.text[max(0, q.start - 40): q.start] if b.kind.value != "table" else win
                before = re.split(r"[。；;！？]", before)[-1]  # the factor's own sentence: not a year from the one before
                after_q = re.split(r"[。；;！？]", b.text[q.end: q.end + 40])[0] if b.kind.value != "table" else ""
                own = re.match(r"\s*[（(]\s*((?:19|20)\d{2})\s*年", after_q)  # "0.5366 tCO2/MWh（2022年度发布值）": the factor's own year
                years = [own.group(1)] if own else _YEAR_NEAR.findall(before) or _YEAR_NEAR.findall(after_q[:30])
                if NON_NATIONAL_GRID.search(clause if b.kind.value != "table" else win) or carbon_market(b.text, q.start, v, grid):
                    continue  # a provincial, regional or foreign factor, or a carbon-market one called so: not the national average
                year = int(years[-1]) if years else None
                nat = grid.get("national_average", {})
                if year in nat and ("全国" in win or "区域" not in win and "省" not in win):
                    exp = nat[year]
                    if abs(v - exp) > grid["tolerance"] and v not in other_series(clause, grid, year):
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


def _clause(text: str, start: int, end: int) -> str:
    """The sentence around a span (to the nearest 。；!? on each side)."""
    s, e = span_bounds(text, start, end, "。；;！？\n")
    return text[s:e]


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
