"""Figures of a sentence as a sum reads them: value in a base unit, and the rounding each written figure carries.

Summable units are the shared number reader's (万kWh/kWh/度, tce/吨标准煤, 万元/元, m³, m², t, tCO₂e, %) and heads
(人) and power (MW, kW); a bare figure keeps no unit until its sum gives it one ("1,474.8＋425.0＝1,899.8 tce").
Names ("1号厂房", "Scope 2", "4层板") and intensities ("kgce/万元") are no figures to add.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.structure.numbers import NUMBER, UNIT_RE, normalise, quantities


@dataclass(frozen=True, slots=True)
class Amount:
    """A figure of a sentence, where it stands (``start``, ``end``) and how it is written."""

    value: float  # in the base unit (a bare number as written)
    unit: str | None  # base unit ("kWh", "kgce", "元", "人", "kW", "%"); None for a bare number
    scale: float  # base units per written unit: 1e4 for "万kWh", 1000 for "tce"
    start: int
    end: int
    decimals: int = 0
    rough: bool = False  # 约/近/超…, or a Chinese numeral: too loose to check a sum with

    @property
    def half(self) -> float:
        """Half a unit of the last written digit, in the base unit: the rounding a written figure carries."""
        return 0.5 * 10 ** -self.decimals * self.scale

    def inherit(self, owner: Amount) -> Amount:
        """A bare figure written in the unit of ``owner`` ("小计980万kWh（沉铜电镀420、…）")."""
        return Amount(self.value * owner.scale, owner.unit, owner.scale, self.start, self.end, self.decimals,
                      self.rough)


_LABEL_BEFORE = re.compile(r"(?:Scope|范围|No\.?|第)\s*(?:\d\s*[+＋&、和与]\s*)?$", re.I)  # "Scope 1+2", "第3季度": names
_LABEL_AFTER = re.compile(r"\s*(?:[#＃号层楼期线批级类项个家台套条处块种次段]|部分|[-—–~～至到]\s*\d{1,2}\s*月)")  # "7-12月"
_ROUGH_BEFORE = re.compile(r"(?:约|近|超过?|逾|不足|大约|将近|不到)\s*$")
_ROUGH_AFTER = re.compile(r"\s*(?:左右|以上|以下|余|多|上下)")
# units the shared number reader leaves out: heads (人, not 人次/人均/人民币) and power (MW, kW, not MWh)
_EXTRA = re.compile(r"\s*(?:(?P<p>人(?![次均/民]))|(?P<mw>MW|兆瓦)|(?P<kw>kW|千瓦))(?![·•・.]?h|时)")
_UNIT_NOTE = re.compile(r"\s*[（(]\s*(?P<u>[^（）()\d]{1,8}?)\s*[)）]")
# "用电量（万kWh）依次为88、92、…": bare figures in the unit named before them
_NOTE_LIST = re.compile(r"[（(]\s*(?P<u>[^（）()\d]{1,8}?)\s*[)）]\s*(?:[\u4e00-\u9fff]{0,6}?(?:依次|分别)(?:为|是)|为|是|[：:])\s*")
_LIST_GAP = re.compile(r"[\s、，,；;和及与]*")


def amounts(s: str) -> list[Amount]:
    """Every figure of ``s`` with a summable unit, and bare figures (unit None); names ("1号", "Scope 2") and
    intensities ("kgce/万元") left out."""
    out: list[Amount] = []
    for q in quantities(s):
        m = NUMBER.match(s, q.start)
        if not m:  # a Chinese numeral
            out.append(Amount(q.base_value or q.value, q.base_unit, 1.0, q.start, q.end, rough=True))
            continue
        shown = abs(float(m.group("num").replace(",", "").replace("，", "")))
        rough = bool(_ROUGH_BEFORE.search(s, 0, q.start) or _ROUGH_AFTER.match(s, q.end))
        unit, value, end = q.base_unit, q.base_value, q.end
        if not q.unit:
            if x := _EXTRA.match(s, q.end):
                unit, end = ("人" if x.group("p") else "kW"), x.end()
                value = q.value * (1000.0 if x.group("mw") else 1.0)
            elif (n := _UNIT_NOTE.match(s, q.end)) and (u := UNIT_RE.fullmatch(n.group("u"))):  # "1,909.8（tce）"
                (unit, value), end = normalise(q.value, u), n.end()
            elif _LABEL_BEFORE.search(s, 0, q.start) or _LABEL_AFTER.match(s, q.end):
                continue
            value = q.value if unit is None else value
        elif unit is None or "/" in unit:
            continue  # an intensity or a unit that is not summed ("85.0分" has none)
        if unit is not None and value is None:
            continue
        out.append(Amount(value, unit, abs(value) / shown if shown else 1.0, q.start, end, q.decimals, rough))
    for m in _NOTE_LIST.finditer(s):
        u = UNIT_RE.fullmatch(m.group("u"))
        if not u:
            continue
        at = m.end()
        for i, a in enumerate(out):
            if a.start < at:
                continue
            if a.unit is not None or _LIST_GAP.fullmatch(s, at, a.start) is None:
                break
            base, value = normalise(a.value, u)
            if base is None:
                break
            out[i] = Amount(value, base, value / a.value if a.value else 1.0, a.start, a.end, a.decimals, a.rough)
            at = a.end
    return out


@dataclass(frozen=True, slots=True)
class StatedSum:
    """A total stated with what the text presents as its complete list of parts."""

    total: Amount
    parts: tuple[Amount, ...]
    any_tail: bool = False  # a closing total without a count: any tail of two or more parts may be the list meant

    def fits(self, parts: tuple[Amount, ...] | None = None) -> bool:
        parts = self.parts if parts is None else parts
        # within the rounding of every written figure; a gap of exactly that much needs every figure rounded the
        # same way by a full half unit, which is no rounding but a slip
        slack = self.total.half + sum(p.half for p in parts)
        return abs(sum(p.value for p in parts) - self.total.value) < slack * (1 - 1e-6)

    def consistent(self) -> bool:
        if self.any_tail:
            return any(self.fits(self.parts[i:]) for i in range(len(self.parts) - 1))
        return self.fits()
