"""Sums written out as formulas: "a＋b＝X", "X＝a＋b", "a加上b再加c，总取水量为X" (NUM.SUM in running text).

Only pure additions: a side with ×, ÷, / or a minus is a recalculation (NUM.RECALC's); every operand adds one figure
of the total's unit (a bare one takes it: "电力1,474.8＋天然气425.0＝1,899.8 tce").
"""

from __future__ import annotations

import re

from reviewer.structure.numbers import quantities
from reviewer.structure.text_amounts import Amount, StatedSum

_EQ = re.compile(r"[=＝]")
_PLUS = re.compile(r"\s*(?:[+＋]|再加上?|加上|加)\s*")
# "…再加绿化用水6,000 m³，总取水量为X": the total named after a chain that has no "＝"
_AFTER_CHAIN = re.compile(r"\s*[，,]?\s*(?:总[\u4e00-\u9fff]{0,6}?(?:为|是|达)|合\s*计|共\s*计|一共|总\s*计|等于|得到?|就是)"
                          r"[^，,。；;%％\d]{0,8}")
_NOT_PLUS = re.compile(r"[×÷*✕/－−]|\s-\s")


def _operand(s: str, amts: list[Amount], lo: int, hi: int, unit: str | None, where: str) -> Amount | None:
    """The figure an operand between ``lo`` and ``hi`` adds: of the total's unit, else a bare one; the last one
    before the first "＋" (unless more of them run on before it: "生产150,000 m³，生活24,000 m³＋…" is no formula of
    its own), the first one after the last "＋", the only one in between."""
    pick = [a for a in amts if lo <= a.start and a.end <= hi and unit and a.unit == unit] or \
           [a for a in amts if lo <= a.start and a.end <= hi and a.unit is None]
    run_on = where == "first" and not re.search(r"[：:]", s[pick[-2].end:pick[-1].start]) if len(pick) > 1 else False
    if not pick or (len(pick) > 1 and where == "mid") or run_on:
        return None
    return pick[-1] if where == "first" else pick[0]


def formula_sums(s: str, amts: list[Amount]) -> list[StatedSum]:
    """Every pure addition of ``s`` with the total it is equated to."""
    out = []
    figures = [(q.start, q.end) for q in quantities(s)]  # "kgce/kWh" in a figure is no division
    for c in re.finditer(r"[^；;]+", s):
        eqs = [e.start() for e in _EQ.finditer(s, c.start(), c.end())]
        sides = list(zip([c.start() - 1, *eqs], [*eqs, c.end()]))
        # a bare 加 only right after a figure ("420万度加310万度"), not in 增加 or 参加
        after_figure = {x.end for x in amts}
        plus = [[o for o in _PLUS.finditer(s, a + 1, b)
                 if o.group(0).strip() != "加" or len(s[:o.start()].rstrip()) in after_figure] for a, b in sides]
        for i, (a, b) in enumerate(sides):
            ops = plus[i]
            if not ops:
                continue
            totals = []
            if i > 0 and not plus[i - 1]:  # "X＝a＋b"
                totals += [x for x in amts if x.end <= a and not s[x.end:a].strip()][-1:]
            if i + 1 < len(sides) and not plus[i + 1]:  # "a＋b＝X"
                totals += [x for x in amts if b < x.start <= b + 12 and not re.search(r"[，,：:]", s[b + 1:x.start])][:1]
            elif i + 1 == len(sides):  # "a加上b再加c，总取水量为X"
                last = next((x for x in amts if x.start >= ops[-1].end() and x.end <= b), None)
                if last and (w := _AFTER_CHAIN.match(s, last.end)):
                    totals += [x for x in amts if x.start == w.end()]
                    b = w.start()
            text = "".join(" " if any(f0 <= k < f1 for f0, f1 in figures) else ch
                           for k, ch in enumerate(s[a + 1:b], a + 1))
            if not totals or _NOT_PLUS.search(text):
                continue
            edges = [a + 1, *[x for o in ops for x in (o.start(), o.end())], b]
            spans = list(zip(edges[::2], edges[1::2]))
            where = ["first", *["mid"] * (len(spans) - 2), "last"]
            for total in totals:
                chain = [_operand(s, amts, lo, hi, total.unit, w) for (lo, hi), w in zip(spans, where)]
                near = [f for f in figures if f[1] <= spans[0][1]]
                if None in chain or (near and near[-1][0] != chain[0].start):
                    continue  # the figure right before the first "＋" is no operand: "Scope 1+2 Total = …"
                if total.unit is None:  # "…＝1,899.8" after figures in tce
                    owner = next((x for x in chain if x.unit), None)
                    if owner is None:
                        continue
                    total = total.inherit(owner)
                chain = [x.inherit(total) if x.unit is None else x for x in chain]
                if all(x.unit == total.unit for x in chain) and not any(x.rough for x in [*chain, total]):
                    out.append(StatedSum(total, tuple(chain)))
    return out
