"""Arithmetic a report shows in its own words: worked formulas ("A÷B=C") and conversions by a
stated factor ("节电86万kWh，按0.1229 kgce/kWh折算，节约标准煤165.3 tce").

Each is recomputed from the numbers as written (万/亿 applied). Units are not converted: a
result may differ from the bare arithmetic by a power of ten (万元 against 元, kgce against
tce, % against a fraction) or by the 亩/m² factor, never otherwise.
"""

from __future__ import annotations

import itertools
import math
import re
from dataclasses import dataclass

from reviewer.document import Block
from reviewer.structure.enumerations import ROLE_TARGET
from reviewer.structure.numbers import NUMBER, UNIT_RE, UNITS, Quantity, _decimals, _unit_key, _value, quantities

_SENTENCE = re.compile(r"[^。；;\n☑☐□■　]+")  # a ticked list item ("☑ 容积率：…　☑ 建筑系数：…") is its own sentence
_EQUALS = re.compile(r"[=＝≈]")
_OPERATOR = {"+": "+", "＋": "+", "-": "-", "−": "-", "－": "-", "×": "*", "*": "*", "✕": "*", "÷": "/", "/": "/", "／": "/",
             "(": "(", "（": "(", ")": ")", "）": ")"}
_FACTOR_LEAD = re.compile(r"(?:(?:按|以|取)(?:照)?(?:当量值|等价值|折标系数|折算系数|排放因子|碳排放因子|系数|因子)?|"
                          r"(?:折标系数|折算系数|排放因子|碳排放因子)(?:为|取)?)\s*$")
# a rate named right before its percentage, and words that make it a change or a share of something unnamed
_RATE_NAME = re.compile(r"(?:率|比例|占比|比重|系数)(?:为|是|达到?|约为?|：|:)?\s*$")
_OWN_FORMULA = re.compile(r"综合利用率|处置率|利用率")
_NOT_RATE = re.compile(r"增长|下降|降低|提高|提升|同比|环比|较|目标|要求|不低于|不高于|以上|以下|分别")
_UNIT_FACTORS = (1.0, 666.6667)  # times a power of ten
_CONVERSION_UNIT = re.compile(r"(?:kgce|kgCO2)/(?:kWh|m3|MJ)$")
# a percentage of two written amounts carries only their rounding, not the general recomputation slack
# (95.0 % against 18.6 t of 20.0 t = 93.0 % is two points off, within a 2 % relative tolerance)
_RATE_SLACK = 0.002


@dataclass(frozen=True, slots=True)
class ShownArithmetic:
    block: Block
    quote: str
    stated: float  # as written, 万/亿 applied
    expected: float  # the same arithmetic on the numbers as written
    tolerance: float  # relative: the stated result's rounding plus its inputs'
    indicator: bool = False  # its operands are indicator values (综合利用率, a change between years): a conflicting operand explains it
    percent: bool = False  # a share or a rate of change: no unit slip but a fraction written as a percentage (×100)
    operands: tuple[float, ...] = ()  # a stated share's two amounts, as written (see recomputes_with)


def consistent(a: ShownArithmetic) -> bool:
    """The stated result equals the arithmetic up to a power of ten (or 亩/m²) and rounding."""
    if a.expected == 0 or a.stated == 0:
        return a.expected == a.stated
    ratio = abs(a.stated / a.expected)
    if a.percent:  # "占…的0.1%" against 0.67 %: a share's own rounding does not stretch over a power of ten;
        # an operand in the wrong unit (元 for 万元) shifts it by an exact one, which NUM.UNIT reports
        k = round(math.log10(ratio))
        return any(abs(ratio * f - 1) <= a.tolerance for f in (1, 100, 0.01)) or abs(ratio / 10 ** k - 1) <= 0.01
    for f in _UNIT_FACTORS:
        for r in (ratio * f, ratio / f):
            k = round(math.log10(r))
            if abs(r / 10 ** k - 1) <= a.tolerance:
                return True
    return False


def _half_unit(q: Quantity) -> float:
    """Relative rounding of a written figure: half a unit of its last digit (万/亿 do not change it)."""
    shown = q.value
    while shown and abs(shown) >= 1e4 and abs(round(shown / 1e4) * 1e4 - shown) < 1e-6 and q.decimals:
        shown /= 1e4  # "5.2亿" was written 5.2
    return 0.5 * 10 ** -q.decimals / abs(shown) if shown else 0.0


def _numbers(text: str) -> list[Quantity]:
    """Every number in a formula with the unit right after it (a minus before it is an operator)."""
    out = []
    for m in NUMBER.finditer(text):
        value = abs(_value(m))  # the sign is the formula's minus, read as an operator
        u = UNIT_RE.match(text, m.end())
        out.append(Quantity(value, u.group(0).strip() if u else "", None, None, _decimals(m.group("num")),
                            m.start("num"), u.end() if u else m.end()))
    return out


def _evaluate(tokens: list) -> float | None:
    """A tiny recursive-descent evaluator over numbers and + - * / ( )."""
    pos = 0
    apply = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
             "/": lambda a, b: a / b if b else None}

    def level(ops: tuple[str, str], operand):
        def parse():
            nonlocal pos
            v = operand()
            while v is not None and pos < len(tokens) and tokens[pos] in ops:
                op = tokens[pos]
                pos += 1
                w = operand()
                v = None if w is None else apply[op](v, w)
            return v
        return parse

    def factor():
        nonlocal pos
        if pos < len(tokens) and tokens[pos] == "(":
            pos += 1
            v = expr()
            if pos < len(tokens) and tokens[pos] == ")":
                pos += 1
                return v
            return None
        if pos < len(tokens) and isinstance(tokens[pos], float):
            pos += 1
            return tokens[pos - 1]
        return None

    expr = level(("+", "-"), level(("*", "/"), factor))
    v = expr()
    return v if pos == len(tokens) else None


def _expression(text: str) -> tuple[float, float] | None:
    """(value, relative rounding of the inputs) of an arithmetic expression written with words and units."""
    qs = _numbers(text)
    tokens: list = []
    at, rounding = 0, 0.0
    for q in qs:
        tokens += [_OPERATOR[c] for c in text[at: q.start] if c in _OPERATOR]
        tokens.append(float(q.value))
        rounding += _half_unit(q) if q.unit not in ("%", "％") or q.value != 100 else 0.0
        at = q.end
    tokens += [_OPERATOR[c] for c in text[at:] if c in _OPERATOR]
    while tokens and tokens[0] in (")",):
        tokens.pop(0)
    numbers = sum(1 for t in tokens if isinstance(t, float))
    if numbers < 2 or not any(t in ("+", "-", "*", "/") for t in tokens):
        return None
    v = _evaluate(tokens)
    if v is None:
        return None
    if v and numbers <= _CORNERS_UP_TO:
        # the inputs' rounding, propagated exactly: "42÷(42+18)" spans 0.680-0.713 (±2.9 %), not the ±5.2 % the
        # relative roundings add up to; an expression is monotone in each input, so its extremes are at the corners
        spreads = [_half_unit(q) * q.value if q.unit not in ("%", "％") or q.value != 100 else 0.0 for q in qs]
        at = [i for i, t in enumerate(tokens) if isinstance(t, float)]
        worst = 0.0
        for signs in itertools.product((-1.0, 1.0), repeat=len(at)):
            corner = list(tokens)
            for i, s, d in zip(at, signs, spreads):
                corner[i] = tokens[i] + s * d
            w = _evaluate(corner)
            if w is not None:
                worst = max(worst, abs(w - v) / abs(v))
        rounding = min(rounding, worst)
    return v, rounding


_CORNERS_UP_TO = 8  # inputs: 2^8 evaluations at most


def worked_formulas(b: Block, rel: float) -> list[ShownArithmetic]:
    """"容积率=计容建筑面积84,000 m²÷用地面积60,000 m²=1.25": the last part against the one before it."""
    out = []
    for s in _SENTENCE.finditer(b.text):
        parts = _EQUALS.split(s.group(0))
        if len(parts) < 2:
            continue
        result = quantities(parts[-1])
        if not result or result[0].start > 3:
            continue
        r = result[0]
        for expr in reversed(parts[:-1]):
            got = _expression(expr)
            if got is not None:
                out.append(ShownArithmetic(b, s.group(0).strip(), r.value, got[0], rel + _half_unit(r) * 1.5 + got[1]))
                break
    return out


def _den_base(q: Quantity) -> tuple[str | None, str | None]:
    """(numerator base, denominator base) of a factor's unit such as kgce/kWh, or (None, None)."""
    if "/" not in q.unit:
        return None, None
    num_text, _, den_text = q.unit.partition("/")
    num = UNITS.get(_unit_key(num_text.strip().lstrip("万亿")), (None, 1.0))[0]
    den = UNITS.get(_unit_key(den_text.strip().lstrip("万").strip("()（）")), (None, 1.0))[0]
    return num, den


def factor_conversions(b: Block, rel: float) -> list[ShownArithmetic]:
    """An amount, then "按 <factor a/b> 折算/计", then the result in a: the result must be amount × factor."""
    out = []
    for s in _SENTENCE.finditer(b.text):
        text = s.group(0)
        qs = quantities(text)
        for i, f in enumerate(qs):
            if not _FACTOR_LEAD.search(text[max(0, f.start - 12): f.start]) or "分别" in text[:f.start]:
                continue
            num, den = _den_base(f)
            if den is None:
                continue
            before = [q for q in qs[:i] if q.base_unit and "/" not in q.unit and q.unit not in ("%", "％")]
            amount = before[-1] if len(before) == 1 and before[0].base_unit == den else None  # one amount: the one converted
            accept = {num, "kg"} if num in ("kgce", "kgCO2") else {num}
            result = next((q for q in qs[i + 1:] if q.base_unit in accept and "/" not in q.unit), None)
            if amount is None or result is None or _EQUALS.search(text[f.end: result.start]):
                continue  # a worked formula is read as such
            tol = rel + _half_unit(result) * 1.5 + _half_unit(amount) + _half_unit(f)
            out.append(ShownArithmetic(b, text.strip(), result.value, amount.value * f.value, tol))
    return out


def _rate_candidates(a: float, b: float) -> tuple[float, ...]:
    """The shares two amounts can make: part of whole, part of sum, change."""
    out = []
    for x, y in ((a, b), (b, a)):
        if y:
            out += [x / y, abs(x - y) / y]
    if a + b:
        out += [a / (a + b), b / (a + b)]
    return tuple(out)


_SLIP_FACTORS = (1e3, 1e4, 1e8, 2000 / 3)  # 千/万/亿 and 亩 ↔ m²: not 10 or 100, which a share's own mistakes make


def _unit_slip_of(stated: float, share: float, tol: float) -> bool:
    """Whether a stated share is a share of the amounts up to one operand's unit (元 for 万元, 亩 for m²)."""
    if not stated or not share:
        return False
    ratio = abs(stated / share)
    return any(abs(ratio / f - 1) <= tol or abs(ratio * f - 1) <= tol for f in _SLIP_FACTORS)


def recomputes_with(a: ShownArithmetic, i: int, factor: float) -> bool:
    """Whether a stated share recomputes when its operand ``i`` is scaled by ``factor``: the other statement
    of a conflicting amount ("工业增加值1016682万元" in the text, 869100 in the table) explains the share."""
    if not a.operands or i >= len(a.operands):
        return False
    ops = list(a.operands)
    ops[i] *= factor
    return any(abs(x * 100 - a.stated) <= max(a.tolerance * abs(a.stated), 0.051) for x in _rate_candidates(*ops))


_LATER_COMPARISON = re.compile(r"[，,]\s*(?:较|比|与|同比|相比|对比)")


def stated_rates(b: Block, rel: float) -> list[ShownArithmetic]:
    """"废水产生量15万m³，处理后回用4.5万m³，回用率35.0%": two amounts in one unit and a rate that no
    share of them gives (part of whole, part of sum or the change); each reported with its nearest share."""
    out = []
    for s in _SENTENCE.finditer(b.text):
        text = s.group(0)
        later = _LATER_COMPARISON.search(text)
        if later and re.search(r"[%％]", text[: later.start()]):
            text = text[: later.start()]  # "…占比达25.0%，较2024年的150万kWh…提高了10个百分点": the comparison is another matter
        qs = quantities(text)
        rates = [q for q in qs if q.unit in ("%", "％") and _RATE_NAME.search(text[max(0, q.start - 8): q.start])]
        far = [q for q in qs if not q.unit and re.search(r"容积率(?:为|是|：|:)?\s*$", text[max(0, q.start - 6): q.start])]
        rates, percent = (rates, 100) if rates else (far, 1)
        if len(rates) != 1 or _NOT_RATE.search(ROLE_TARGET.sub("", text)) or len(re.findall(r"率|系数|比例|占比|比重", text)) != 1:
            continue  # one rate in the sentence: with two ("容积率1.36、建筑系数61.8%") the operands are ambiguous
        r = rates[0]
        own = bool(_OWN_FORMULA.search(text[max(0, r.start - 10): r.start]))
        if own and re.search(r"贮存|库存|堆存|往年|历年|以前年度|上年结转", text):
            continue  # 综合利用率 may count stock from earlier years too: then the two amounts are not its operands
        amounts = [q for q in qs[: qs.index(r)] if q.base_unit and q.base_unit not in ("%",) and "/" not in q.unit]
        same = [q for q in qs if amounts and q.base_unit == amounts[0].base_unit and "/" not in q.unit]
        if len(amounts) != 2 or amounts[0].base_unit != amounts[1].base_unit or len(same) != 2:
            continue  # exactly two amounts of one unit in the sentence, both before the rate
        a, c = amounts
        tol = _RATE_SLACK + _half_unit(r) * 1.5 + _half_unit(a) + _half_unit(c)  # two written amounts: only their rounding
        if not a.base_value or not c.base_value:
            continue
        pairs = _rate_candidates(a.base_value, c.base_value) if percent == 100 else (a.base_value / c.base_value, c.base_value / a.base_value)
        shares = [x * percent for x in pairs]
        # a share that agrees up to a unit slip ("工业增加值654066元" for 万元, "25,010亩" for m²) is that slip,
        # which NUM.UNIT reports; otherwise the nearest share is the one the report meant
        nearest = next((x for x in shares if _unit_slip_of(r.value, x, tol)), min(shares, key=lambda x: abs(x - r.value)))
        out.append(ShownArithmetic(b, text.strip(), r.value, nearest, tol, indicator=own,
                                   operands=(a.base_value, c.base_value) if percent == 100 else ()))
    return out


def per_unit_figures(b: Block, rel: float) -> list[ShownArithmetic]:
    """"产量120万m²，综合能耗1,899.8 tce，单位产品综合能耗1.85 kgce/m²": a per-unit figure against the one
    amount of its numerator's unit and the one of its denominator's in the same sentence."""
    out = []
    for s in _SENTENCE.finditer(b.text):
        text = s.group(0)
        qs = quantities(text)
        for f in qs:
            num, den = _den_base(f)
            if num is None or den is None or "分别" in text:
                continue
            nums = [q for q in qs if q is not f and q.base_unit == num and "/" not in q.unit]
            dens = [q for q in qs if q is not f and q.base_unit == den and "/" not in q.unit]
            if len(nums) != 1 or len(dens) != 1 or not dens[0].value or _FACTOR_LEAD.search(text[max(0, f.start - 12): f.start]):
                continue
            if _CONVERSION_UNIT.match(f.base_unit or "") or re.search(r"(?:当量值|等价值|系数|因子)\s*$", text[max(0, f.start - 8): f.start]):
                continue  # "（电力采当量值0.1229 kgce/kWh）": a conversion factor, not a figure per unit
            tol = rel + _half_unit(f) * 1.5 + _half_unit(nums[0]) + _half_unit(dens[0])
            out.append(ShownArithmetic(b, text.strip(), f.value, nums[0].value / dens[0].value, tol))
    return out
