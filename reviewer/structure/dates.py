"""Date parsing: 2026年3月15日 (or 3月15号), 2026-03-15, 2026.3.15, 二〇二六年三月十五日, Mar. 15, 2026."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "〇零○Ｏ一二三四五六七八九十"

DATE_RE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?:(?P<d1>\d{1,2})\s*(?:日|号(?!楼|线|机|库|罐|池|炉|文|令|公告|室|仓|车间|厂房)))?"
    r"|[-./](?P<m2>\d{1,2})[-./](?P<d2>\d{1,2})(?!\d))"
)
CN_DATE_RE = re.compile(rf"(?P<y>[{_CN}]{{4}})\s*年\s*(?P<m>[{_CN}]{{1,3}})\s*月\s*(?:(?P<d>[{_CN}]{{1,3}})\s*日)?")
# English notation: "Mar. 30, 2026", "March 30 2026", "Apr. 1" (its year from a span's end: "Mar. 30 – Apr. 1, 2026")
EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
EN_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
EN_DATE_RE = re.compile(rf"\b(?P<mon>{EN_MONTH})\.?\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d))?")
# "25 March 2026", "1st Apr. 2026"
EN_DMY_RE = re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{EN_MONTH})\.?,?\s+(?P<y>(?:19|20)\d{{2}})(?!\d)")
# "in Feb. 2026": a month
EN_MONTH_RE = re.compile(rf"\b(?P<mon>{EN_MONTH})\.?\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)")
# between the two ends of an English span ("Mar. 30 – Apr. 1, 2026", "Mar. 2–4, 2026")
EN_SPAN_GAP = re.compile(rf"\s*(?:–|—|-|~|to|through)\s*(?:{EN_MONTH}\.?\s*)?\d{{1,2}}(?:st|nd|rd|th)?\s*,?\s*(?P<y>(?:19|20)\d{{2}})(?!\d)")
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
    out.extend(_english_dates(text))
    out.sort(key=lambda d: d.start)
    return out


def _english_dates(text: str) -> list[DateMention]:
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in EN_DATE_RE.finditer(text):
        month = EN_MONTHS.index(m.group("mon")[:3].lower()) + 1
        year = m.group("y")
        if not year:  # the start of a span takes the year written after its end
            gap = EN_SPAN_GAP.match(text, m.end())
            if not gap:
                continue
            year = gap.group("y")
        value = _make(int(year), month, int(m.group("d")))
        if value:
            out.append(DateMention(value, m.start(), m.end(), m.group(0), True))
            taken.append((m.start(), m.end()))
    for m in EN_DMY_RE.finditer(text):
        value = _make(int(m.group("y")), EN_MONTHS.index(m.group("mon")[:3].lower()) + 1, int(m.group("d")))
        if value and not any(a <= m.start() < b for a, b in taken):
            out.append(DateMention(value, m.start(), m.end(), m.group(0), True))
            taken.append((m.start(), m.end()))
    for m in EN_MONTH_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        value = _make(int(m.group("y")), EN_MONTHS.index(m.group("mon")[:3].lower()) + 1, None)
        if value:
            out.append(DateMention(value, m.start(), m.end(), m.group(0), False))
    return out


def find_years(text: str) -> list[int]:
    return [int(y) for y in YEAR_RE.findall(text)]
