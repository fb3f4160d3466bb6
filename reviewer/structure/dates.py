"""Chinese date parsing: 2026年3月15日, 2026-03-15, 2026.3.15, 二〇二六年三月十五日."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇零○Ｏ一二三四五六七八九十"

DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?:(?P<d1>\d{1,2})\s*日)?"
    r"|[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})(?!\d))"
)
CN_DATE_RE = re.compile(rf"(?P<y>[{_CN}]{{4}})\s*年\s*(?P<m>[{_CN}]{{1,3}})\s*月\s*(?:(?P<d>[{_CN}]{{1,3}})\s*日)?")
YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年")


@dataclass(frozen=True, slots=True)
class DateMention:
    value: date
    start: int
    end: int
    text: str
    day_known: bool


def _cn_number(s: str) -> int:
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (_CN_DIGITS.get(units, 0) if units else 0)
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def _make(y: int, m: int, d: int | None) -> date | None:
    try:
        return date(y, m, d or 1)
    except ValueError:
        return None


def find_dates(text: str) -> list[DateMention]:
    """Every full or year-month date in ``text``, in order."""
    out: list[DateMention] = []
    for m in DATE_RE.finditer(text):
        month = m.group("m1") or m.group("m2")
        day = m.group("d1") or m.group("d2")
        if not month:
            continue
        value = _make(int(m.group("y")), int(month), int(day) if day else None)
        if value:
            out.append(DateMention(value, m.start(), m.end(), m.group(0), day is not None))
    for m in CN_DATE_RE.finditer(text):
        try:
            y = _cn_number(m.group("y"))
            value = _make(y, _cn_number(m.group("m")), _cn_number(m.group("d")) if m.group("d") else None)
        except (KeyError, ValueError):
            continue
        if value:
            out.append(DateMention(value, m.start(), m.end(), m.group(0), m.group("d") is not None))
    out.sort(key=lambda d: d.start)
    return out


def find_years(text: str) -> list[int]:
    return [int(y) for y in YEAR_RE.findall(text)]
