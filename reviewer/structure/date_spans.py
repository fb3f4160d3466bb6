"""The dates of one paragraph as events: full dates, dates written without a year ("3月23号", "1月15日签订委托合同"
after "2026年评价进度："), spans ("2026年3月2日至4日", "Mar. 30 – Apr. 1, 2026", "2026.3.2—3.4"), and which of them a
correction supersedes ("原误写为“2026年3月24日”，经核实更正为…")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from reviewer.structure.dates import DateMention, YEAR_RE, find_dates

# a month and day without a year; not "2026年3月2日" (read whole) nor "3号楼", "5号线"
_YEARLESS = re.compile(r"(?<![\d./\-])(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*(?:日|号(?!楼|线|机|库|罐|池|炉|文|令|公告|室|仓|车间|厂房))")
# the days of a span after a month ("2026年3月26–27日": the month read alone, then "26–27日")
_DAY_SPAN = re.compile(r"\s*(?P<a>\d{1,2})\s*(?:至|到|—|–|-|~|～)\s*(?P<b>\d{1,2})\s*[日号]")
# between the two ends of a span
_SPAN_JOIN = re.compile(r"\s*(?:至|到|—|–|-|~|～|to|through)\s*")
# the end of a span written short: "至4日", "至3月4日", "—3.4" (after 2026.3.2), "–4, 2026" (after Mar. 2)
_TAIL = re.compile(r"(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*(?:日|号)"
                   r"|(?:(?P<m2>\d{1,2})[./])?(?P<d2>\d{1,2})(?![\d./年月])")
# a year-less date counted from another year or none: "次年3月", "每年3月31日前", "每月25日抄表"
_NOT_THIS_YEAR = re.compile(r"(?:次年|翌年|上年|去年|前年|明年|每年|每月|逐年|历年|当年|同年以后)\s*$")
# the paragraph is the evaluation's own account: its year-less dates are of the report's year
EVALUATION_VOICE = re.compile(r"评价组|评价机构|本机构|我们|他们|进场|进厂|回厂|到厂|首次会|末次会|现场评价|现场核查|本报告|报告(?:初稿|签发|出具)")
# a correction: the dates before the corrected value are superseded ("原记为…，现更正为…", "原稿误作…，实际…为…")
_CORRECTION = re.compile(r"更正|勘误|笔误|误写|误作|误记|误填|录入错误|有误|订正")
_CORRECTED_VALUE = re.compile(r"更正为|改正为|订正为|修正为|改为|应为|实为|实际[^，。；“”]{0,8}为|以[^，。；]{0,12}为准")
# a year-less date this far after the report belongs to an earlier year
_GUESS_AFTER_DAYS = 45


@dataclass(frozen=True, slots=True)
class DateItem:
    start: date
    end: date  # the last day it covers: the span's end, or the month's last day for "2026年2月"
    pos: int
    endpos: int
    day_known: bool
    yearless: bool = False  # the year was taken from the paragraph or the report
    span: bool = False
    end_written: bool = False  # the span's end has its own year or month ("至2026年2月10日", "至1月10日")

    @property
    def reversed(self) -> bool:
        return self.span and self.end < self.start


def month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def superseded(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` is the wrong value a correction replaces."""
    s = max(text.rfind(c, 0, pos) for c in "。\n") + 1
    e = min((i for i in (text.find(c, pos) for c in "。\n") if i != -1), default=len(text))
    sentence = text[s:e]
    if not _CORRECTION.search(sentence):
        return False
    value = _CORRECTED_VALUE.search(sentence)
    return value is None or pos - s < value.start()


def _year_before(text: str, pos: int, mentions: list[DateMention]) -> tuple[int | None, DateMention | None]:
    """The last year written before ``pos`` and the dated mention it came with (None for a bare "2026年")."""
    best, year, mention = -1, None, None
    for m in YEAR_RE.finditer(text, 0, pos):
        if m.start() > best:
            best, year, mention = m.start(), int(m.group(1)), None
    for dm in mentions:
        if dm.end <= pos and dm.start >= best:
            best, year, mention = dm.start, dm.value.year, dm
    return year, mention


def _yearless(text: str, mentions: list[DateMention], day: date | None) -> list[DateMention]:
    out = []
    for m in _YEARLESS.finditer(text):
        if any(dm.start <= m.start() < dm.end for dm in mentions) or _NOT_THIS_YEAR.search(text, max(0, m.start() - 6), m.start()):
            continue
        month, d = int(m.group("m")), int(m.group("d"))
        year, prev = _year_before(text, m.start(), mentions)
        if year is None:
            if day is None or not EVALUATION_VOICE.search(text):
                continue
            year = day.year
            guessed = True
        else:
            guessed = False
            last = max((x for x in out if x.end <= m.start()), key=lambda x: x.start, default=prev)
            if last is not None and last.value.year == year and last.value.month > month:
                continue  # "2025年12月28日…，1月10日…": the next year, or a slip; not read
        try:
            value = date(year, month, d)
        except ValueError:
            continue
        if guessed and (value - day).days > _GUESS_AFTER_DAYS:
            continue
        out.append(DateMention(value, m.start(), m.end(), m.group(0), True))
    return out


def paragraph_dates(text: str, day: date | None) -> list[DateItem]:
    """Every date of ``text`` with its span, in order; a year-less date takes the year written before it, or the
    report's year (``day``) in the evaluation's own account; superseded dates are left out."""
    full = find_dates(text)
    loose = _yearless(text, full, day)
    mentions = sorted(full + loose, key=lambda m: m.start)
    by_start = {m.start: m for m in mentions}
    out: list[DateItem] = []
    consumed: set[int] = set()
    for m in mentions:
        if m.start in consumed or superseded(text, m.start):
            continue
        yearless = m in loose
        end, endpos, span, written = (m.value if m.day_known else month_end(m.value)), m.end, False, False
        join = _SPAN_JOIN.match(text, m.end)
        days = None if m.day_known else _DAY_SPAN.match(text, m.end)
        if days:
            try:
                start, end = m.value.replace(day=int(days.group("a"))), m.value.replace(day=int(days.group("b")))
            except ValueError:
                continue
            out.append(DateItem(start, end, m.start, days.end(), True, yearless, True, False))
            continue
        if join and join.end() in by_start:  # "2026年2月25日至2026年2月10日", "Mar. 4 – Mar. 2, 2026"
            nxt = by_start[join.end()]
            consumed.add(nxt.start)
            end = nxt.value if nxt.day_known else month_end(nxt.value)
            endpos, span, written = nxt.end, True, True
        elif join and m.day_known:
            tail = _TAIL.match(text, join.end())
            if tail:
                month = tail.group("m") or tail.group("m2")
                try:
                    end = m.value.replace(month=int(month or m.value.month), day=int(tail.group("d") or tail.group("d2")))
                except ValueError:
                    end = m.value
                else:
                    if month and int(month) < m.value.month:
                        end = end.replace(year=end.year + 1)  # "12月25日至1月5日"
                    endpos, span, written = tail.end(), True, bool(month)
        out.append(DateItem(m.value, end, m.start, endpos, m.day_known, yearless, span, written))
    return out
