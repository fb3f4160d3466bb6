"""Tolerant numeric comparison: rounding as written, and unit-factor slips."""

from __future__ import annotations

UNIT_FACTORS = (10.0, 100.0, 1000.0, 1e4, 1e5, 1e6, 1e7, 1e8, 666.6667)


def close(stated: float, expected: float, *, decimals: int, scale: float = 1.0, rel: float = 0.01, rounding: float = 1.5) -> bool:
    """``stated`` (base units) equals ``expected`` within half a unit of the last written digit
    (times ``scale`` = base units per written unit, x ``rounding``: 1.5 for rounded inputs) or ``rel``."""
    if expected == 0:
        return abs(stated) <= 0.5 * 10 ** -decimals * abs(scale) * rounding
    half_digit = 0.5 * 10 ** -decimals * abs(scale) * rounding
    return abs(stated - expected) <= max(half_digit, rel * abs(expected))


def unit_slip(stated: float, expected: float, tol: float = 0.02) -> float | None:
    """The factor (10, 1000, 1e4, 666.67 ...) by which ``stated`` is off, if it is one."""
    if not stated or not expected:
        return None
    r = abs(stated / expected)
    for k in UNIT_FACTORS:
        for cand in (k, 1 / k):
            if abs(r / cand - 1) < tol:
                return cand
    return None


def scale_of(value: float, shown: float) -> float:
    return value / shown if shown else 1.0
