"""Numbers: recomputation, sums, impossible values, unit slips and conversion factors (conflicts: conflicts.py)."""

from __future__ import annotations

import math
import re

from reviewer.rules.conflicts import conflict_findings
from reviewer.rules.number_values import by_key, indicator_values, pick, plain, rel_precision
from reviewer.rules.registry import check
from reviewer.structure.tables import conversion_rows, part_with, sum_problems
from reviewer.structure.arith import close, scale_of, unit_slip
from reviewer.structure.formulas import consistent, factor_conversions, per_unit_figures, recomputes_with, stated_rates, worked_formulas
from reviewer.structure.rates import shares_and_changes, stated_averages, stated_equivalents
from reviewer.structure.text_sums import text_sum_problems


def recalc_findings(ctx):
    """(code, message, evidence) for every formula whose stated result does not recompute; read once per
    review (NUM.RECALC and NUM.UNIT both ask)."""
    if "recalc" not in ctx.cache:
        ctx.cache["recalc"] = _recalc_findings(ctx)
    return ctx.cache["recalc"]


# "（合 …）", "，即 …", "折合", "换算为", "相当于", "=": where an amount may be restated in another unit
_MAY_RESTATE = re.compile(r"[（(=＝]|即|合|折|换算|相当于|也就是")
EXACT_REL = 0.005  # relative slack for arithmetic written out with all its operands ("=1,802.5+1,850.2+1,899.8=5,552.5")
ALT_REL = 0.005  # relative slack for an alternative definition's reading (on top of the inputs' own rounding)


def _recalc_findings(ctx):
    values = by_key(ctx)
    rel = ctx.settings.rules.rel_tolerance
    out, reported = [], set()
    for f in ctx.catalog.indicators["formulas"]:
        for r in values.get(f["result"], []):
            nums = [pick(values.get(k, []), r.year) for k in f["num"]]
            expectations = []
            fallback = [f["fallback_den"]] if f.get("fallback_den") and not any(values.get(k) for k in f["den"]) else []
            alternatives = [tuple(a) for a in f.get("alt_den", [])]
            for den_keys in [f["den"], *f.get("alt_den", []), *fallback]:
                dens = [pick(values.get(k, []), r.year) for k in den_keys]
                den = sum(d.value for d in dens) if None not in dens else 0
                if None in nums or not den:
                    continue
                expectations.append((sum(n.value for n in nums) / den * (100 if f.get("percent") else 1), dens,
                                     tuple(den_keys) in alternatives))
            if not expectations:
                continue
            # inputs carry their own rounding: propagate it into the tolerance
            rel_in = sum(rel_precision(p) for p in nums) + max((sum(rel_precision(d) for d in ds) for _e, ds, _a in expectations),
                                                                  default=0.0)
            # another definition of the result (a PV share of purchased plus PV power) is a reading of what the
            # author meant: it holds only within the rounding of what is written, not the general slack.
            # The inputs' own rounding is in rel_in, so a small result ("折合工业用电量的0.3%" for 0.24 %) gets half a
            # unit of its last digit plus that, not the general x1.5
            scale = scale_of(r.value, r.shown)
            half = 0.5 * 10 ** -r.decimals * abs(scale) or 1.0
            if any(close(r.value, e, decimals=r.decimals, scale=scale, rel=(ALT_REL if alt else rel) + rel_in,
                         rounding=1.0 + rel_in * abs(e) / half)
                   for e, _d, alt in expectations):
                continue
            expected, dens, _alt = expectations[0]
            # another statement of the same value recomputes: the disagreement is a NUM.CONFLICT, not this
            twins = [o for o in values.get(f["result"], []) if o is not r and o.year == r.year]
            if any(close(o.value, expected, decimals=o.decimals, scale=scale_of(o.value, o.shown), rel=rel) for o in twins):
                continue
            # the same stated value in the text and in a table (with and without its year) is one slip, reported once
            once = (f["result"], round(r.value, 9), round(expected, 9))
            if once in reported:
                continue
            reported.add(once)
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
    # a rate or share (综合利用率, "工业增加值占比为58.7%") whose operand is one side of a NUM.CONFLICT or a unit
    # slip fails with it: the same edit, reported once, as the indicator formulas do (a stated result that
    # conflicts is still recomputed)
    conflicting = {e.quote for _c, _m, ev in conflict_findings(ctx) for e in ev if len(e.quote) >= 4}
    conflict_pairs = [(ev[i].quote, ev[1 - i].quote) for _c, _m, ev in conflict_findings(ctx) if len(ev) >= 2 for i in (0, 1)]
    # a sum or a conversion worked out in the text has every operand written: only their rounding is slack
    exact = min(rel, EXACT_REL)
    for b in ctx.visible:
        if b.kind.value != "paragraph":
            continue
        text = b.text  # each reader only where its sign can be: "=", a factor's "按", a rate's "%", a unit's "/"
        shown = [*(worked_formulas(b, exact) if re.search(r"[=＝≈]", text) else []),
                 *(factor_conversions(b, exact) if re.search(r"按|以|取|系数|因子", text) and "/" in text else []),
                 *(stated_rates(b, rel) if re.search(r"[%％]|容积率", text) else []),
                 *(shares_and_changes(b, rel) if re.search(r"[%％]", text) and re.search(r"占|至|到|较|比|前", text) else []),
                 *(per_unit_figures(b, rel) if "/" in text else []),
                 *(stated_averages(b, rel) if "平均" in text or "均值" in text else [])]
        for a in shown:
            ev = ctx.evidence(b, a.quote)
            if consistent(a) or ev.quote in quoted or any(ev.quote in q or q in ev.quote for q in quoted) \
                    or (a.indicator and any(q in ev.quote and not _states(q, a.stated) for q in conflicting)) \
                    or _explained_by_conflict(a, ev.quote, conflict_pairs):
                continue
            quoted.add(ev.quote)
            if a.percent:
                msg = f"报告中的比例与所列数字不符：按所列数字计算应约为 {a.expected:.3g}%，报告值为 {a.stated:.4g}%。"
            else:
                k = round(math.log10(abs(a.stated / a.expected))) if a.expected and a.stated else 0
                msg = f"报告中的算式与所列数字不符：按所列数字计算应约为 {plain(a.expected * 10 ** k)}（按报告值的量级），报告值为 {plain(a.stated)}。"
            out.append(("NUM.RECALC", msg, [ev]))
    return out


def _figure(quote: str) -> float | None:
    """The last written figure of a quote that is not a year ("2024年度\t869100" -> 869100)."""
    nums = [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", quote)]
    nums = [n for n in nums if not (n.is_integer() and 1990 <= n <= 2100)]
    return nums[-1] if nums else None


def _explained_by_conflict(a, quote: str, pairs: list[tuple[str, str]]) -> bool:
    """A stated share whose sentence holds one side of a NUM.CONFLICT (or a unit slip) and that recomputes with
    the other side: the same edit, reported once as the conflict ("工业增加值1016682万元…占比为58.7%", the table's
    869100 gives 58.7 %)."""
    for mine, other in pairs:
        if mine not in quote or _states(mine, a.stated):
            continue  # the conflict is about the share itself, not one of its amounts
        x, y = _figure(mine), _figure(other)
        if x and y and any(recomputes_with(a, i, y / x) for i in range(len(a.operands))):
            return True
    return False


def _states(quote: str, value: float) -> bool:
    """Whether ``quote`` writes ``value`` (as its digits: "1,899.8" for 1899.8)."""
    return any(abs(float(n.replace(",", "")) - value) < 1e-9 for n in re.findall(r"\d[\d,]*(?:\.\d+)?", quote))


@check("NUM.RECALC", severity="high", title="指标值与报告自身数据重算不符")
def recalc(ctx):
    """检查内容：用报告自己给出的分子分母重算指标：单位产值综合能耗 = 综合能耗 ÷ 工业总产值，单位产值取水量，工业用水重复利用率 = 重复用水量 ÷（重复用水量 + 取水量），固废综合利用率，容积率，建筑系数，单位用地面积产值，以及能源折标（实物量 × 折标系数）。公式在 standards/indicators.yaml；容差为报告值末位的半个单位（×1.5）或相对 2%（rules.rel_tolerance，可配置）；文中写出全部数字的算式和折标式只留各数字自身的舍入和 0.5%。
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
    for b in ctx.visible:
        if b.kind.value == "paragraph" and _MAY_RESTATE.search(b.text):  # only where a restatement's sign can be
            for quote, first, second in stated_equivalents(b):
                if not second or abs(first / second - 1) <= 0.02:
                    continue
                slip = unit_slip(first, second, tol=0.05) or (15.0 if abs(first / second / 15 - 1) < 0.05 or abs(second / first / 15 - 1) < 0.05 else None)
                if slip:
                    yield ctx.finding("NUM.UNIT", f"“{quote}”前后两个数值按单位换算不相等，相差约 {max(first / second, second / first):.4g} 倍，疑似单位写错。",
                                      [ctx.evidence(b, quote)])


@check("NUM.SUM", severity="high", title="合计不等于分项之和")
def sums(ctx):
    """检查内容：表格中“合计/总计”行的每个数值列是否等于其上各分项之和（按单位换算后比较；比率、系数列不参与）；正文中连同分项写出的合计也要等于分项之和：“A a、B b，合计X”（两者合计、三项合计、全年合计、员工总数）、“X由A a和B b两部分构成”“X为A a与B b之和”“X分为…三部分”“合计X：…”“X，明细为：…”、算式“a＋b＝X”“X（a＋b＋c）”，以及写成一段文字的表格（“能源品种｜折标准煤｜电力｜1,474.8｜…｜合计｜…”）。分项须以完整清单给出（写明项数，或列举后紧接合计词），单位换算后比较（万kWh 与 kWh、tce 与吨标准煤、万元与元、人、MW），容差为各数字及合计末位的半个单位之和。“其中/主要/…等”列出的部分项、占比（合计为 100% 者除外）、增长率、平均值、未写累计的逐年数值、约数、得分（由 SCORE.INCONSISTENT 检查）以及更正或说明尾差的语句不参与。
    为何重要：合计对不上，说明分项或合计至少有一个被改动过。
    示例：电力 1,474.8 + 天然气 425.0 = 1,899.8，表中合计却为 1,950.6；正文“电力折标准煤1,474.8 tce，天然气折标准煤425.0 tce，两者合计1,989.8 tce”。
    """
    for rows, parts in ctx.doc.logical_tables():
        for msg, quote in sum_problems(rows, parts[0].header_rows):
            yield ctx.finding("NUM.SUM", msg, [ctx.evidence(part_with(parts, quote), quote)])
    for b in ctx.visible:  # totals stated in running text with their parts
        if b.kind.value == "paragraph":
            for msg, quote in text_sum_problems(b.text):
                yield ctx.finding("NUM.SUM", msg, [ctx.evidence(b, quote)])


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
        # the factor its own unit suggests first: "1,381,600亩" is m² written as 亩, not ten times too large
        factors = sorted(UNIT_FACTORS, key=lambda k: abs(k - 666.6667) > 1) if "亩" in v.unit else UNIT_FACTORS
        fix = next((k for k in factors for cand in (v.value / k, v.value * k) if lo_hi[0] <= cand <= lo_hi[1]), None)
        if fix is None:
            continue
        seen.add(v.key)
        name = ctx.catalog.indicators["indicators"][v.key]["names"][0]
        name = name.removeprefix("厂区") if ctx.facts.type == "park" else name  # a park's 用地面积
        yield ctx.finding("NUM.UNIT", f"{name} {v.shown:.10g}{v.unit} 明显超出合理范围，按单位换算相差约 {fix:.10g} 倍，疑似单位写错。",
                          [ctx.evidence(v.block, v.quote)])
