"""Numbers, shared: the report's indicator values (read once per review) and how a figure is written back to a reader."""

from __future__ import annotations

from collections import defaultdict

from reviewer.structure.indicators import IndicatorReader, IndicatorValue


def indicator_values(ctx) -> list[IndicatorValue]:
    if "indicators" not in ctx.cache:
        ctx.cache["indicators"] = IndicatorReader(ctx.catalog.indicators, ctx.facts.type).read(ctx.doc, ctx.facts.data_years)
    return ctx.cache["indicators"]


def by_key(ctx, bounds: bool = False) -> dict[str, list[IndicatorValue]]:
    """Values by indicator; a bound ("超6亿元") only where asked for, since it is no operand."""
    out: dict[str, list[IndicatorValue]] = defaultdict(list)
    for v in indicator_values(ctx):
        if bounds or not v.bound:
            out[v.key].append(v)
    return out


def pick(cands: list[IndicatorValue], year: int | None) -> IndicatorValue | None:
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
    best = max(same, key=lambda c: rel_precision(c) * -1)
    for c in same:
        if abs(c.value - best.value) > abs(best.value) * (rel_precision(c) + rel_precision(best)) + 1e-9:
            return None
    return best


def rel_precision(v: IndicatorValue) -> float:
    """Relative rounding error of a stated value: half a unit of its last digit."""
    return 0.5 * 10 ** -v.decimals / abs(v.shown) if v.shown else 0.0


def written(x: float) -> str:
    """A figure as a reader writes it: 14755700000 rather than 1.47557e+10, 36.53 rather than 36.530000."""
    text = f"{x:.10g}"
    return f"{x:.0f}" if "e" in text and abs(x) >= 1 else text


def plain(x: float) -> str:
    """Four significant digits without an exponent: 485000000 rather than 4.85e+08."""
    return f"{x:.4g}" if 1e-3 <= abs(x) < 1e6 or x == 0 else f"{float(f'{x:.4g}'):,.10g}"
