"""NUM.RANGE, the readings around a figure: a rate as reports write it, a per-unit figure over a zero amount,
a signed money entry.

Used by ``value_range`` in reviewer/rules/plausibility.py. The words are named patterns below.
"""

from __future__ import annotations

import re

from reviewer.structure.numbers import cn_value
from reviewer.structure.spans import span_bounds

# ---- a rate and its value -------------------------------------------------------------------------------
# the name: Chinese words ending in a rate word ("工业用水重复利用率", "光伏占比"), or an English name of a rate that
# is a part of a whole ("Solid waste utilization rate", "PV generation share"); growth-like English names are not listed
_RATE_NAME = (r"(?P<name>[\u4e00-\u9fff]{0,12}(?:率|占比|比例|比重|密度)"
              r"|(?<![A-Za-z])(?i:(?:[a-z]+\s+){0,3}(?:(?:utili[sz]ation|reuse|recycling|recovery|coverage)\s+(?:rate|ratio)|share)))")
# the words between the name and its value: a bracketed gloss ("（工业用水重复利用率）") or the closing bracket of a
# name that is itself the gloss ("Water reuse rate（工业用水重复利用率）2025年为170%"), a cell bar of a row written
# in a paragraph ("工业用水重复利用率 | 170.0% | 基准值≥60%"), a colon, the data year ("2025年为…", "：2025年 104.0%"),
# then a verb of stating or reaching ("为", "高达", "已经做到", "做到了", "is")
_RATE_GLUE = (r"\s*(?:[（(][^（）()。；]{0,30}[)）]|[)）])?\s*(?:[|｜:：]\s*)?"
              r"(?:(?:19|20)\d{2}\s*年度?\s*(?:[|｜:：]\s*)?)?"
              r"(?:已经|已|均|更是)?(?:为|达|达到了?|高达|约为?|是|做到了?|实现了?|(?:is|was|of|at|reached)\s)?\s*"
              r"(?:(?:一|二|三)级\s*)?")
# the value: digits with a percent sign, or 百分之 and a Chinese numeral ("百分之一百零四")
_RATE_VALUE = r"(?:(?P<v>-?\d+(?:\.\d+)?)\s*[%％]|百分之(?P<cn>[零〇一二两三四五六七八九十百点]+))"
RATE_TEXT = re.compile(_RATE_NAME + _RATE_GLUE + _RATE_VALUE)

# a sentence that says its figure is wrong ("初稿中误写为115%", "曾录入为155.0%，…现已修正"): no stated value
_SAID_WRONG = re.compile(r"误写|误填|误录|误记|误报|误加|错录|笔误|初稿|原稿|更正|修正")


def rate_statements(ctx, other_party: list[str]):
    """(block, match, name, value, shown) for every rate stated in text; a sentence about another party's figure
    (``other_party`` words: a peer, a benchmark, the parent company) or about a figure said to be wrong is left out."""
    for b, m in ctx.search(RATE_TEXT):
        value = float(m.group("v")) if m.group("v") is not None else cn_value(m.group("cn"))
        if value is None:
            continue
        if own_figure(b.text, m.start(), m.end(), other_party):
            yield b, m, m.group("name").strip(), value, m.group("v") or f"{value:.10g}"


def own_figure(text: str, start: int, end: int, other_party: list[str]) -> bool:
    """Whether the figure at text[start:end] is the report's own statement: its sentence names no other party and
    does not say the figure is wrong."""
    s, e = span_bounds(text, start, end)
    return not any(w in text[s:e] for w in other_party) and not _SAID_WRONG.search(text, s, e)


# ---- a per-unit figure over a zero amount ---------------------------------------------------------------------
# (indicator key, amount, the per-unit figures computed over it): "工业增加值为0万元，单位工业增加值取水量为18.5 m³/万元"
_PER_UNIT_OVER = [
    ("output_value", r"(?:工业)?(?:总)?产值", r"(?:单位|万元)(?:工业)?(?:总)?产值|产值能耗"),
    ("value_added", r"(?:工业)?增加值", r"(?:单位|万元)(?:工业)?增加值"),
    ("output", r"(?:产品)?产量", r"单位产品"),
    ("land_area", r"(?:用地|占地|土地)面积|用地|占地", r"单位(?:用地|土地)(?:面积)?|容积率|建筑系数|每平方米"),
]
# an amount of zero: the number 0 with a unit of money, area, mass or count, a few words after the name that say no
# change ("产值较上年增加0万元" is no amount); not a per-unit or per-head name ("单位产值", "人均产值")
_ZERO_AFTER = r"(?:(?!较|增|减|降|变|差|同比|环比|提|升)[^，,。；;！？\d]){0,8}?(?<![\d.])0(?:\.0+)?(?![\d.])\s*[万亿千]?(?:元|m²|m2|㎡|平方米|亩|t\b|吨|kg|件|台|套|片|只|个|箱|pcs|PCS)"
_ZERO_AMOUNT = [(key, re.compile(r"(?<!单位)(?<!万元)(?<!每)(?<!均)(?:" + amount + ")" + _ZERO_AFTER), re.compile(per_unit))
                for key, amount, per_unit in _PER_UNIT_OVER]
# an output that is not the products' ("副产品产量", "污泥产量", "蒸汽产量"): no denominator of a per-product figure
_NOT_PRODUCT = r"副|废[\u4e00-\u9fff]{0,3}|污泥|蒸汽|热力?|电|气|水|渣"
# a nonzero figure right after a per-unit name (within its clause)
_FIGURE = re.compile(r"[^，,、。；;！？\d]{0,14}?(?<![\d.])(\d[\d,]*(?:\.\d+)?)")
# between the zero amount and the per-unit figure: another scope ("二期车间产值0万元，全厂单位产值综合能耗…") or a
# contrast; before the zero: a condition ("若产值为0…")
_OTHER_SCOPE = re.compile(r"全厂|全公司|本公司|公司|企业|本厂|整体|其余|其他|其它|一期|二期|三期|全部|合计|但|而|另")
_CONDITION = re.compile(r"若|如果|假如|假设|倘若|如为|一旦")
# a division by zero written out with a nonzero result: "1,899.8 tce÷0万元＝36.53 kgce/万元"
_DIVIDE_BY_ZERO = re.compile(r"(?:÷|除以)\s*0(?:\.0+)?(?![\d.])\s*[^\d＝=，,。；;]{0,8}[＝=]\s*(?P<r>\d[\d,]*(?:\.\d+)?)")


def zero_denominators(ctx):
    """(block, start, end, message) for a per-unit figure stated over an amount of zero in the same sentence, or a
    division by zero written out with a result; one per paragraph. A zero amount qualified as a part ("出口产值",
    "新增用地": standards/indicators.yaml part_qualifiers) is no denominator."""
    qualifiers = {**ctx.catalog.indicators.get("part_qualifiers", {}), "output": _NOT_PRODUCT}
    parts = {k: re.compile(f"(?:{v})$") for k, v in qualifiers.items()}
    for b in ctx.visible:
        if b.kind.value != "table":
            hit = _zero_denominator(b.text, parts) or _division_by_zero(b.text)
            if hit:
                yield (b, *hit)


def _zero_denominator(text: str, parts: dict[str, re.Pattern]) -> tuple[int, int, str] | None:
    for key, amount, per_unit in _ZERO_AMOUNT:
        for z in amount.finditer(text):
            s, e = span_bounds(text, z.start(), z.end())
            if _CONDITION.search(text, s, z.start()) or key in parts and parts[key].search(text, max(s, z.start() - 6), z.start()):
                continue
            for p in per_unit.finditer(text, s, e):
                if p.start() < z.end() and z.start() < p.end():
                    continue  # the amount's own name ("单位产值…" is no 产值)
                between = text[z.end(): p.start()] if p.start() >= z.end() else text[p.end(): z.start()]
                f = _FIGURE.match(text, p.end(), e)
                if f and float(f.group(1).replace(",", "")) > 0 and not _OTHER_SCOPE.search(between):
                    return z.start(), z.end(), f"“{z.group(0).strip()}”：分母为 0，同句以其为分母的{p.group(0)}指标无法计算。"
    return None


def _division_by_zero(text: str) -> tuple[int, int, str] | None:
    d = next((d for d in _DIVIDE_BY_ZERO.finditer(text) if float(d.group("r").replace(",", "")) > 0), None)
    return (d.start(), d.end(), f"除数为 0：“{d.group(0)}”，结果无法计算。") if d else None


# ---- a money entry that may be negative -----------------------------------------------------------------------------
# an adjustment, write-off, refund, profit or balance: "红字冲销调整金额-3.6万元", "净利润-120万元"
SIGNED_AMOUNT = re.compile(r"调整|冲销|冲减|冲回|红字|核减|抵减|退款|退还|退回|利润|亏损|盈亏|损益|净额|余额|结余|差额")
