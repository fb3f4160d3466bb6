"""Numbers with units as Chinese reports write them: 1,200万kWh, 35万m³, 1.2亿元, 96.0%, 0.1229 kgce/kWh.

Every quantity is normalised to a base unit so values written in different units
can be compared (kgce, kg, kWh, 元, m³, m², kgCO2, %).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MULT = {"万": 1e4, "亿": 1e8, "千": 1e3, "百万": 1e6}
NUMBER = re.compile(r"(?<![\d.A-Za-z])(?P<sign>[-−－])?(?P<num>\d{1,3}(?:[,，]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<mult>百万|万|亿|千(?![克瓦米帕焦卡伏]))?")

# unit -> (base unit, factor to base)
UNITS: dict[str, tuple[str, float]] = {
    "tce": ("kgce", 1000.0), "吨标准煤": ("kgce", 1000.0), "吨标煤": ("kgce", 1000.0), "t标煤": ("kgce", 1000.0), "t标准煤": ("kgce", 1000.0),
    "千克标煤": ("kgce", 1.0), "kg标煤": ("kgce", 1.0), "kg标准煤": ("kgce", 1.0), "kgce": ("kgce", 1.0),
    "千克标准煤": ("kgce", 1.0), "kgce/kwh": ("kgce/kWh", 1.0), "gce/kwh": ("kgce/kWh", 0.001),
    "t": ("kg", 1000.0), "吨": ("kg", 1000.0), "tonnes": ("kg", 1000.0), "tonne": ("kg", 1000.0), "kg": ("kg", 1.0), "千克": ("kg", 1.0),
    "kwh": ("kWh", 1.0), "千瓦时": ("kWh", 1.0), "度": ("kWh", 1.0), "mwh": ("kWh", 1000.0), "兆瓦时": ("kWh", 1000.0),
    "gwh": ("kWh", 1e6), "吉瓦时": ("kWh", 1e6),
    "元": ("元", 1.0),
    "个亿": ("元", 1e8),  # "产值大概在4.8个亿": spoken hundred-millions of yuan
    "个亿元": ("元", 1e8),
    "m³": ("m3", 1.0), "m3": ("m3", 1.0), "立方米": ("m3", 1.0), "标准立方米": ("m3", 1.0), "方": ("m3", 1.0), "nm³": ("m3", 1.0), "nm3": ("m3", 1.0),
    "m²": ("m2", 1.0), "m2": ("m2", 1.0), "平方米": ("m2", 1.0), "㎡": ("m2", 1.0), "亩": ("m2", 666.6667),
    "公顷": ("m2", 10000.0), "hm²": ("m2", 10000.0), "hm2": ("m2", 10000.0),
    "km²": ("m2", 1e6), "km2": ("m2", 1e6), "平方公里": ("m2", 1e6), "平方千米": ("m2", 1e6),
    "l": ("m3", 0.001), "升": ("m3", 0.001), "gj": ("MJ", 1000.0), "吉焦": ("MJ", 1000.0), "兆焦": ("MJ", 1.0),
    "tco2": ("kgCO2", 1000.0), "tco₂": ("kgCO2", 1000.0), "kgco2": ("kgCO2", 1.0), "kgco₂": ("kgCO2", 1.0),
    "吨二氧化碳": ("kgCO2", 1000.0), "千克二氧化碳": ("kgCO2", 1.0), "tco2e": ("kgCO2", 1000.0), "tco₂e": ("kgCO2", 1000.0),
    "kgco2e": ("kgCO2", 1.0), "吨二氧化碳当量": ("kgCO2", 1000.0),
    "mj": ("MJ", 1.0),
    "%": ("%", 1.0), "％": ("%", 1.0), "‰": ("%", 0.1),
}
# kWh, kW·h (GB 3100 style), kW•h, "(kW·h)" in a denominator, and "k Wh" / "kW h" as PDF text
# extraction splits justified table cells
_KWH = r"\(?k ?W ?[·•・.]?h\)?"
_MWH = r"\(?M ?W ?[·•・.]?h\)?"
_GWH = r"\(?G ?W ?[·•・.]?h\)?"
UNIT_RE = re.compile(
    rf"\s*(?P<pre>万|亿)?\s*(?P<unit>吨标准煤|吨标煤|千克标准煤|千克标煤|kg标准?煤|t标准?煤|tce|kgce/{_KWH}|gce/{_KWH}|kgce|kg ?CO[2₂]e?/{_KWH}|t ?CO[2₂]e?/{_MWH}|t ?CO[2₂]e?|kg ?CO[2₂]e?|吨二氧化碳当量|吨二氧化碳|千克二氧化碳|"
    rf"{_KWH}|千瓦时|{_MWH}|兆瓦时|{_GWH}|吉瓦时|度|Nm³|Nm3|m³|m3|标准立方米|立方米|km²|km2|平方公里|平方千米|m²|m2|㎡|平方米|亩|公顷|hm²|hm2|kg|千克|tonnes?(?![a-zA-Z])|t(?![a-zA-Z])|吨|元|个亿元?"
    rf"|L(?![a-zA-Z])|升|GJ|吉焦|兆焦|%|％|‰|方)"
    rf"(?P<per>\s*/\s*(?P<den_pre>万|亿)?\s*(?P<den>元|千瓦时|立方米|平方米|千克|{_KWH}|kg|t|吨|m²|m2|㎡|件|台|套|m³|m3|度|MJ|GJ|亩|公顷|hm²|hm2|人))?",
    re.I,
)
_WH_SPELLING = re.compile(r"\(?([kmg]) ?w ?[·•・.]?h\)?")


def _unit_key(unit: str) -> str:
    """A unit as the UNITS table spells it: lower case, "kW·h" and "(kW·h)" as "kwh"."""
    return _WH_SPELLING.sub(r"\1wh", unit.lower().replace("co₂", "co2")).replace(" ", "")


# a trailing parenthetical of a label: its unit ("综合能耗（tce）", "电力（万kWh）") or a note
LABEL_NOTE = re.compile(r"[（(]([^()（）]{1,12})[)）]\s*$")


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float  # as written, multiplier applied (1,200万 -> 12,000,000)
    unit: str  # as written, e.g. "万kWh", "kgce/万元", "%"
    base_unit: str | None
    base_value: float | None
    decimals: int  # digits after the decimal point as written (rounding tolerance)
    start: int
    end: int


def parse_number(text: str) -> tuple[float, int] | None:
    """(value, decimals) of the first number in ``text`` (万/亿 applied), or None."""
    m = NUMBER.search(text)
    if not m:
        return None
    return _value(m), _decimals(m.group("num"))


def _value(m: re.Match) -> float:
    v = float(m.group("num").replace(",", "").replace("，", ""))
    if m.group("mult"):
        v *= _MULT[m.group("mult")]
    if m.group("sign"):
        v = -v
    return v


def _decimals(num: str) -> int:
    return len(num.split(".")[1]) if "." in num else 0


# Chinese numerals, read only right before a unit: "一千四百二十万度", "三十八万立方米", "四亿八千五百万元"
CN_NUMBER = re.compile(r"(?<![统唯单第之另同逐每任])[零〇一二两三四五六七八九十百千万亿点]{2,}")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_SMALL = {"十": 10, "百": 100, "千": 1000}


def cn_value(s: str) -> float | None:
    """The value of a Chinese numeral ("三十八万" -> 380000, "三点五万" -> 35000), or None."""
    for big, f in (("亿", 1e8), ("万", 1e4)):
        if big in s:
            head, _, rest = s.partition(big)
            hv = cn_value(head) if head else 1.0
            rv = cn_value(rest) if rest else 0.0
            return None if hv is None or rv is None else hv * f + rv
    if "点" in s:
        whole, _, frac = s.partition("点")
        w = cn_value(whole) if whole else 0.0
        if w is None or not frac or any(c not in _CN_DIGIT for c in frac):
            return None
        return w + float("0." + "".join(str(_CN_DIGIT[c]) for c in frac))
    total, num = 0, None
    for c in s:
        if c in _CN_DIGIT:
            num = _CN_DIGIT[c]
        elif c in _CN_SMALL:
            total += (1 if num is None else num) * _CN_SMALL[c]
            num = None
        else:
            return None
    return float(total + (num or 0))


def _cn_quantities(text: str) -> list[Quantity]:
    out = []
    for m in CN_NUMBER.finditer(text):
        raw, u = m.group(0).rstrip("点"), None
        while len(raw) >= 2:  # "三十六万千瓦时": the 千 belongs to the unit
            u = UNIT_RE.match(text, m.start() + len(raw))
            if u and u.group(0).strip():
                break
            raw = raw[:-1]
        if not re.search(r"[十百千万亿]", raw) or not re.search(r"[一二两三四五六七八九]", raw):
            continue  # "万一", "十分" are words; a numeral here names a digit and a magnitude
        value = cn_value(raw)
        if not u or value is None or not u.group(0).strip():
            continue
        base, bval = normalise(value, u)
        if base is not None:
            out.append(Quantity(value, u.group(0).strip(), base, bval, 0, m.start(), u.end()))
    return out


def quantities(text: str) -> list[Quantity]:
    """Every number in ``text`` with the unit that follows it (if any); Chinese numerals with a unit too."""
    cn = _cn_quantities(text) if CN_NUMBER.search(text) else []
    out: list[Quantity] = []
    for m in NUMBER.finditer(text):
        nxt = text[m.end(): m.end() + 1]
        if (nxt and nxt in "年月日") or (m.start() > 0 and text[m.start() - 1] in "/-—–"):
            continue
        value = _value(m)
        u = UNIT_RE.match(text, m.end())
        unit, base, bval, end = "", None, None, m.end()
        if u:
            unit = u.group(0).strip()
            base, bval = normalise(value, u)
            end = u.end()
        out.append(Quantity(value, unit, base, bval, _decimals(m.group("num")), m.start(), end))
    return sorted(out + cn, key=lambda q: q.start) if cn else out


def normalise(value: float, u: re.Match) -> tuple[str | None, float | None]:
    key = _unit_key(u.group("unit"))
    if "/" in key:  # compound numerator units such as kgce/kWh or tCO2/MWh
        if key.startswith("kgco2") or key.startswith("tco2"):
            return "kgCO2/kWh", value
        base, f = UNITS.get(key, (None, 1.0))
        return base, (value * f if base else None)
    base, f = UNITS.get(key, (None, 1.0))
    if base is None:
        return None, None
    v = value * f * (1e4 if u.group("pre") == "万" else 1e8 if u.group("pre") == "亿" else 1)
    if u.group("den"):
        dbase, df = UNITS.get(_unit_key(u.group("den")), (u.group("den"), 1.0))
        v /= df * {"万": 1e4, "亿": 1e8}.get(u.group("den_pre") or "", 1)
        base = f"{base}/{dbase}"
    return base, v


def quantity_of(cell: str) -> Quantity | None:
    """The single quantity a table cell states, or None."""
    qs = quantities(cell)
    return qs[0] if len(qs) == 1 else None


def unit_only(cell: str) -> re.Match | None:
    """A header or unit cell such as 'tce', '万元', 'kgce/万元' (no number)."""
    return UNIT_RE.fullmatch(cell.strip().strip("()（）")) if cell.strip() else None


UNIT_FIRST = re.compile(r"(?:产生量?|消耗量?|消费量?|用量|总量)?\s*[（(]\s*(?P<unit>[^（）()\d，,。；]{1,10})\s*[)）]\s*[：:]?\s*(?=\d)")


def unit_first(text: str, pos: int, qs: list) -> tuple[list, int]:
    """"固废〔2025年〕产生（t）1224.8", "综合能耗（tce）：1,950.5": the unit in a bracket before a bare number.
    Returns the quantity read as "1224.8 t" and a position such that ``pos + q.end`` ends at the number."""
    ub = UNIT_FIRST.match(text, pos)
    if not ub:
        return qs, pos
    qn = quantities(text[ub.end(): ub.end() + 24])
    if not qn or qn[0].start != 0 or qn[0].unit:
        return qs, pos
    num = text[ub.end(): ub.end() + qn[0].end]
    q2 = quantities(f"{num} {ub.group('unit').strip()}")
    if not q2 or q2[0].start != 0 or not q2[0].unit:
        return qs, pos
    return q2, ub.end() + qn[0].end - q2[0].end
