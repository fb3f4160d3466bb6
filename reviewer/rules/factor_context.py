"""Reading around a conversion or emission factor for NUM.FACTOR (the check is ``factors`` in plausibility.py).

What a factor is (the notations reports use besides "0.1229 kgce/kWh"), which energy and which basis (当量值 /
等价值) it belongs to, which published series of grid factors the text names, and when a factor is only named:
a warning against it, a unit identity, a value the text itself calls wrong.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reviewer.structure.numbers import UNIT_RE, UNITS, Quantity, _unit_key, quantities
from reviewer.structure.spans import span_bounds

# -- words (data) ---------------------------------------------------------------------------------------------

# the clause says the factor was not used or was wrong: "曾误按0.404 kgce/kWh折算，已更正", "本报告未引用",
# "曾按0.3270 kgce/kWh作为当量值计算，口径有误" ("有误差" is a different word)
NOT_USED = re.compile(r"误按|误将|误用|曾误|更正|未采用|不采用|错误地|原采用|原按|改按|未引用|不引用|有误(?!差)")
# "按0.5306而非0.5810 kgCO₂/kWh计": the factor right after 而非 is the one not used ("推算值而非实测值" elsewhere says nothing)
INSTEAD_OF = re.compile(r"而非[^，,。；;]{0,12}$")
# a warning in the factor's own phrase: "千万别把1.229 tce/万kWh写成1.229 kgce/kWh", "切勿将等价值0.3030误作当量值"
WARNED = re.compile(r"(?:千万)?(?:别|不要|切勿|勿|不得|不能|不可|避免|防止)(?:再|误)?(?:把|将|写成|写作|误写|误作|用|使用|采用|取)")
# a grid factor of a province, a region, a utility or a grid outside the national series (台湾电力公司, 欧盟):
# not the national factors standards/factors.yaml holds
NON_NATIONAL_GRID = re.compile(r"(?<!缺)省|区域|华东|华北|华中|华南|西北|东北|西南|电网公司|电力公司|台湾|香港|澳门|境外|海外|欧盟|欧洲")
# the published series the text names besides the national average (the value is then checked against that series)
FOSSIL_SERIES = re.compile(r"(?<!非)化石能源")
EXCL_TRADED_SERIES = re.compile(r"不包括市场化|不含市场化|非化石能源电量|扣除[^，。；]{0,8}市场化")
# a carbon-market (企业温室气体排放核算) grid factor, named as such in the factor's own phrase
CARBON_MARKET = re.compile(r"碳市场|碳排放权交易|碳交易|重点排放单位")
# the basis a value of electricity is stated on; "热功当量" (860 kcal/kWh) and "二氧化碳当量" are other words
BASIS = re.compile(r"(?<!热功)(?<!碳)(?<!CO2)(?<!CO₂)(当量|等价)")
# the basis right after the value: "0.3050 kgce/kWh（当量值）", "按0.404算当量值", "作为电力当量值"
BASIS_AFTER = re.compile(r"\s*(?:[（(][^（）()\d]{0,6}?(?P<p>当量|等价)值?[^（）()\d=＝]{0,20}[)）]"
                         r"|(?:算|计|为|是|系|作为|作|视为|当作)\s*(?:电力?的?)?(?P<w>当量|等价))")
_SEGMENT_STOPS = "，,；;。！？\n"
_CLAUSE_STOPS = "。；;！？\n"

# -- notations of a factor ------------------------------------------------------------------------------------

_FULLWIDTH = str.maketrans("／＝", "/=")  # "0.1129千克标准煤／千瓦时": same length, so offsets hold
# a denominator the shared unit reader leaves out: "0.12143 tce/千m³", "0.1229 tce/MWh"
_DENOMINATOR = re.compile(r"\s*/\s*(?P<pre>千|万|百万|亿)?\s*(?P<den>kWh|千瓦时|MWh|兆瓦时|度|Nm³|m³|m3|标准立方米|立方米|kg|千克|t(?![a-zA-Z])|吨)", re.I)
_PRE = {"千": 1e3, "万": 1e4, "百万": 1e6, "亿": 1e8}
# the unit said apart from the number: "0.5366，单位kgCO₂/kWh", "1.229（单位吨标准煤/万千瓦时）"
_UNIT_APART = re.compile(r"\s*[，,]?\s*[（(]?\s*(?:计量)?单位\s*(?:为|是)?\s*[：:]?\s*")
# per-unit wording: "每千瓦时电力折合0.3270千克标准煤", "每使用1度电，按当量值折合0.404公斤标准煤", "每度电排放0.53千克二氧化碳"
_NUMERATOR = {"千克标准煤": ("kgce", 1.0), "公斤标准煤": ("kgce", 1.0), "千克标煤": ("kgce", 1.0), "公斤标煤": ("kgce", 1.0),
              "kgce": ("kgce", 1.0), "克标准煤": ("kgce", 1e-3), "克标煤": ("kgce", 1e-3), "gce": ("kgce", 1e-3),
              "吨标准煤": ("kgce", 1e3), "吨标煤": ("kgce", 1e3), "tce": ("kgce", 1e3),
              "千克二氧化碳": ("kgCO2", 1.0), "公斤二氧化碳": ("kgCO2", 1.0), "kgco2": ("kgCO2", 1.0), "吨二氧化碳": ("kgCO2", 1e3), "tco2": ("kgCO2", 1e3)}
_PER_DEN = {"千瓦时": ("kWh", 1.0), "kwh": ("kWh", 1.0), "度": ("kWh", 1.0), "兆瓦时": ("kWh", 1e3), "mwh": ("kWh", 1e3),
            "立方米": ("m3", 1.0), "标准立方米": ("m3", 1.0), "m³": ("m3", 1.0), "千克": ("kg", 1.0), "公斤": ("kg", 1.0),
            "kg": ("kg", 1.0), "吨": ("kg", 1e3)}
_PER_TAIL = (r"[^。；;！？\d]{0,16}?(?:折合|折算为?|折|相当于|约合|合|排放|产生)\s*(?:约|为)?\s*(?P<v>\d+(?:\.\d+)?)\s*"
             r"(?P<num>千克标准煤|公斤标准煤|千克标煤|公斤标煤|kgce|克标准煤|克标煤|gce|吨标准煤|吨标煤|tce|千克二氧化碳|公斤二氧化碳|"
             r"kg\s?CO[2₂]e?|吨二氧化碳|t\s?CO[2₂]e?)(?![/a-zA-Z])")
_PER_HEAD = r"每\s*(?:使用|消耗|消费|耗用|用)?\s*(?P<n>\d+(?:\.\d+)?|一)?\s*(?P<pre>百万|万|千)?\s*"
# electricity: the unit itself names it ("每度电", "每千瓦时电力")
_PER_ELECTRICITY = re.compile(_PER_HEAD + r"(?P<den>千瓦时|kWh|度|兆瓦时|MWh)(?:电力?|的电)?" + _PER_TAIL, re.I)
# a bare number (no unit) given as the electricity 当量值/等价值: "电力当量值0.1229、天然气1.2143", "按0.404算当量值"
_LABEL_BEFORE = re.compile(r"(?<!热功)(?<!碳)(?:当量|等价)值?\s*(?:折标系数)?\s*(?:为|取|按|是|：|:|=)?\s*$")


def factor_quantities(text: str, fuel_names: tuple[str, ...]) -> list[Quantity]:
    """The conversion and emission factors a text states (base units kgce/<unit> and kgCO2/kWh), in every
    notation above; unit identities ("1 tCO₂/MWh＝1 kgCO₂/kWh") are no factors."""
    text = text.translate(_FULLWIDTH)
    found: dict[int, Quantity] = {}
    for q in quantities(text):
        if _is_factor(q):
            found[q.start] = q
        elif q.base_unit in ("kgce", "kgCO2") and (d := _DENOMINATOR.match(text, q.end)):
            dbase, df = UNITS.get(_unit_key(d.group("den")), (None, 1.0))
            if dbase in ("kWh", "m3", "kg"):
                f = df * _PRE.get(d.group("pre") or "", 1.0)
                found[q.start] = Quantity(q.value, text[q.start + len(_num(text, q)):d.end()].strip(), f"{q.base_unit}/{dbase}",
                                          q.base_value / f, q.decimals, q.start, d.end())
        elif not q.unit:
            apart = _UNIT_APART.match(text, q.end)
            u = UNIT_RE.match(text, apart.end()) if apart and apart.group(0).strip() else None
            if u and u.group(0).strip():
                q2 = quantities(f"{_num(text, q)} {u.group(0).strip()}")
                if q2 and _is_factor(q2[0]):
                    found[q.start] = Quantity(q2[0].value, q2[0].unit, q2[0].base_unit, q2[0].base_value, q.decimals, q.start, q.end)
            elif _bare_electricity(text, q, fuel_names):
                found[q.start] = Quantity(q.value, "", "kgce/kWh", q.value, q.decimals, q.start, q.end)
    for m in _per_unit_matches(text, fuel_names):
        q = _per_quantity(m)
        if q and q.start not in found:
            found[q.start] = q
    out = sorted(found.values(), key=lambda q: q.start)
    return [q for q in out if not _identity(text, q)]


def _is_factor(q: Quantity) -> bool:
    return bool(q.base_unit) and (q.base_unit.startswith("kgce/") or q.base_unit == "kgCO2/kWh")


def _num(text: str, q: Quantity) -> str:
    m = re.match(r"[-−－]?[\d,，.]+", text[q.start:q.end])
    return m.group(0) if m else str(q.value)


def _segment_start(text: str, pos: int) -> int:
    return max(text.rfind(c, 0, pos) for c in _SEGMENT_STOPS) + 1


def _bare_electricity(text: str, q: Quantity, fuel_names: tuple[str, ...]) -> bool:
    """A decimal below 1 with no unit, labelled as the electricity 当量值 or 等价值 in its own phrase."""
    if not 0 < q.value < 1 or q.decimals == 0 or text[q.end:q.end + 1] in ("%", "％"):
        return False
    seg = text[_segment_start(text, q.start):q.start]
    if "电" not in seg or any(n in seg for n in fuel_names):  # "电力当量值0.1229、原煤当量值0.7143": the coal is no electricity
        return False
    return bool(_LABEL_BEFORE.search(seg) or BASIS_AFTER.match(text, q.end))


@lru_cache(maxsize=8)
def _per_fuel(fuel_names: tuple[str, ...]) -> re.Pattern | None:
    """Per-unit wording for a fuel named right after its unit: "每立方米天然气折合1.2143千克标准煤"."""
    if not fuel_names:
        return None
    names = "|".join(re.escape(n) for n in sorted(fuel_names, key=len, reverse=True))
    return re.compile(_PER_HEAD + rf"(?P<den>标准立方米|立方米|m³|千克|公斤|kg|吨)(?:{names})" + _PER_TAIL, re.I)


def _per_unit_matches(text: str, fuel_names: tuple[str, ...]):
    yield from _PER_ELECTRICITY.finditer(text)
    fuel = _per_fuel(fuel_names)
    if fuel:
        yield from fuel.finditer(text)


def _per_quantity(m: re.Match) -> Quantity | None:
    num = _NUMERATOR.get(re.sub(r"\s|(?<=co2)e$", "", m.group("num").lower().replace("₂", "2")))
    den = _PER_DEN.get(m.group("den").lower())
    if not num or not den:
        return None
    n = 1.0 if m.group("n") in (None, "一") else float(m.group("n"))
    if n <= 0:
        return None
    v = float(m.group("v"))
    per = n * den[1] * _PRE.get(m.group("pre") or "", 1.0)
    base = f"{num[0]}/{den[0]}"
    if num[0] == "kgCO2" and den[0] != "kWh":
        return None
    dec = len(m.group("v").split(".")[1]) if "." in m.group("v") else 0
    return Quantity(v, f"{m.group('num')}/{m.group('den')}", base, v * num[1] / per, dec, m.start("v"), m.end("num"))


def _identity(text: str, q: Quantity) -> bool:
    """"1 tCO₂/MWh=1 kgCO₂/kWh": a unit identity (a power of ten set equal to another amount), not a factor in use."""
    return bool(re.fullmatch(r"10*", _num(text, q))) and bool(
        re.search(r"(?:=|即|等于)\s*$", text[max(0, q.start - 4):q.start]) or re.match(r"\s*(?:=|即|等于)\s*\d", text[q.end:]))


# -- which energy, which basis, which series ------------------------------------------------------------------

def fuel_name(b, q: Quantity, win: str, fuels: dict) -> str | None:
    """The fuel a value belongs to, among the fuels measured in the value's unit (kgce/m3 → 天然气): the nearest
    name before it in its sentence ("汽油按1.4714 kgce/kg，柴油按1.4571 kgce/kg"), else the first one after it;
    in a table, in its row and column header (``win``)."""
    unit = q.base_unit.split("/", 1)[1]
    pat = _names_pattern(tuple(n for n, spec in fuels.items() if spec.get("unit") == unit))
    if pat is None:
        return None
    if b.kind.value == "table":
        text, lo, hi = win, 0, len(win)
        cell = win.find(b.text[q.start:q.end])
        start, end = (cell, cell + q.end - q.start) if cell >= 0 else (hi, hi)
    else:
        text, (lo, hi), start, end = b.text, span_bounds(b.text, q.start, q.end, _CLAUSE_STOPS), q.start, q.end
    before = list(pat.finditer(text, lo, start))
    if before:
        return before[-1].group(0)
    after = pat.search(text, end, hi)
    return after.group(0) if after else None


@lru_cache(maxsize=16)
def _names_pattern(names: tuple[str, ...]) -> re.Pattern | None:
    """The fuel names measured in one unit, longest first, as one pattern (built once per catalog and unit)."""
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))) if names else None


def fuel_factor_ok(v: float, name: str, fuels: dict) -> bool:
    """Within the fuel's range (天然气) or 2 % of its reference, and not nearer another fuel's reference in the same
    unit (柴油 1.4571 and 汽油 1.4714 are 1 % apart: "汽油按1.4571 kgce/kg" takes the diesel factor)."""
    spec = fuels[name]
    rng = spec.get("range")
    if rng:
        return rng[0] <= v <= rng[1]
    own = abs(v - spec["factor"])
    if own > 0.02 * spec["factor"]:
        return False
    return not any(abs(v - o["factor"]) < own for o in fuels.values()
                   if o is not spec and o.get("unit") == spec.get("unit") and o.get("confidence") != "uncertain")


def basis(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """The basis (当量 / 等价) a value of electricity is stated on, and whether the label is the value's own:
    the last label in its phrase before it, or one right after it ("（当量值）", "算当量值"); else the nearest label
    before it in its sentence (not its own)."""
    seg = _segment_start(text, start)
    own = list(BASIS.finditer(text, seg, start))
    if own:
        return own[-1].group(1), True
    after = BASIS_AFTER.match(text, end)
    if after:
        return after.group("p") or after.group("w"), True
    clause = max(text.rfind(c, 0, start) for c in _CLAUSE_STOPS) + 1
    near = list(BASIS.finditer(text, clause, start))
    return (near[-1].group(1), False) if near else (None, False)


def named_only(text: str, clause: str, start: int) -> bool:
    """The factor is named, not used: the sentence says it was not used or was wrong, the phrase warns
    against it, or it stands right after 而非."""
    return bool(NOT_USED.search(clause) or INSTEAD_OF.search(text, max(0, start - 16), start)
                or WARNED.search(text, _segment_start(text, start), start))


def other_series(clause: str, grid: dict, year: int | None) -> set[float]:
    """Values of the other published national series the sentence names for that year (化石能源电力, 不包括市场化交易的
    非化石能源电量): a value from a series the text does not name is no national average."""
    named = [s for s, pat in (("fossil", FOSSIL_SERIES), ("national_excl_traded_nonfossil", EXCL_TRADED_SERIES)) if pat.search(clause)]
    return {round(grid[s][year], 4) for s in named if year in grid.get(s, {})}


def carbon_market(text: str, start: int, v: float, grid: dict) -> bool:
    """A carbon-market grid factor called so in its own phrase ("碳市场…全国电网排放因子0.5810 tCO₂/MWh")."""
    return bool(CARBON_MARKET.search(text, _segment_start(text, start), start)) and \
        any(abs(v - x) <= grid["tolerance"] for x in grid.get("carbon_market", {}).get("values", []))
