"""The data period a report states in words (DATE.PERIOD): which full calendar years it covers, and whose it is.

The phrasings are data (standards/text_patterns.yaml ``data_period``); this module reads what they capture."""

from __future__ import annotations

import re
from datetime import date

from reviewer.rules.context import compiled
from reviewer.structure.spans import span_bounds

REQUIRED_YEARS = 3  # 近三年
_SEGMENT = "。；;\n！!"  # a statement's owner is named in its own sentence part, not across a semicolon

_EN_MONTH = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# "January 2025 – December 2025": an English month before its year, as "2025年1月"
_EN_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})", re.I)
# English ranges become 至 and lists 、 ("FY2024 and FY2025" is two years, "2019 to 2021" three)
_EN_RANGE = re.compile(r"\s*(?:\b(?:to|through)\b|–)\s*", re.I)
_EN_LIST = re.compile(r"\s*\band\b\s*", re.I)
_FY = re.compile(r"\bFY\s?(?=(?:19|20)\d{2})", re.I)
_CN_YEAR = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# "自2022年1月1日零时起，至2024年12月31日二十四时止": a start hour may stand between the first date and 起;
# "自2023年1月1日起算，截至2025年12月31日": 起算 and 截至 join a range too
_SPAN = re.compile(r"(?:FY)?(?P<y1>(?:19|20)\d{2})\s*(?:年|财年|[.．/])?度?\s*(?:(?P<m1>\d{1,2})\s*月?(?:\s*\d{1,2}\s*日|[.．/]\d{1,2})?(?:\s*(?:零|〇|0{1,2}|二十四|24)\s*(?:时|点|:00)整?)?)?\s*(?:起(?:算|计)?\s*[，,、]?\s*(?:至|到|迄|迄至|止|直至|截至|截止(?:到|至)?)?|[，,、]?\s*(?:至|到|迄|迄至|止于?|直至|终于|截至|截止(?:到|至)?|—|–|-|~|～|起至))\s*"
                   r"(?:FY)?(?P<y2>(?:19|20)\d{2})\s*(?:年|财年|[.．/])?度?\s*(?:(?P<m2>\d{1,2})\s*月?)?")
_ONE_YEAR_MONTHS = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*(?:月)?\s*(?:—|–|-|~|～|至)\s*(?P<m2>\d{1,2})\s*月")
# a year named as a whole: "2025年", "2025全年", "2025会计年度", "2024财年"
_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年|财年|会计年|自然年|全年)")
_YEAR_AT = re.compile(r"(?:19|20)\d{2}|[一二][〇零○0九]")  # where a stated period's years begin
_DIGIT_YEAR = re.compile(r"(?:19|20)\d{2}")
_BARE_YEAR = re.compile(r"((?:19|20)\d{2})(?![\d年])")
_DAY_SPAN = re.compile(r"(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*(?:至|到|—|–|-|~|～)+\s*"
                       r"(?:(?P<y2>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日")


def _cn_count(s: str) -> int:
    tens, ten, ones = s.partition("十")
    digit = "一二三四五六七八九"
    if not ten:
        return digit.index(s) + 1 if len(s) == 1 else 0
    return (digit.index(tens) + 1 if tens else 1) * 10 + (digit.index(ones) + 1 if ones else 0)


def covered_years(rest: str) -> list[int] | None:
    """Full calendar years a stated data period covers, or None when it states no years."""
    # "二〇二二年度" is 2022; a count after a year ("2023—2025三个自然年") is left as it is
    rest = re.sub(r"[一二][〇零○0九][〇零○一二三四五六七八九]{2}", lambda y: y.group(0).translate(_CN_YEAR), rest)
    rest = re.sub(r"[一二三四五六七八九十]{1,3}(?=[月日])", lambda d: str(_cn_count(d.group(0))), rest)  # "十二月", "三十一日"
    m = _SPAN.search(rest)
    if m:
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        first = y1 if (m.group("m1") or "1") in ("1", "01") else y1 + 1
        last = y2 if (m.group("m2") or "12") == "12" else y2 - 1
        return list(range(first, last + 1))
    m = _ONE_YEAR_MONTHS.search(rest)
    if m:
        return [int(m.group("y"))] if (m.group("m1"), m.group("m2")) in (("1", "12"), ("01", "12")) else []
    if re.fullmatch(r"\W*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\W*", rest):
        return None  # "数据覆盖期：2022年1月1日" with its end on the next line: a start date, not a period
    years = sorted({int(y) for y in _YEAR.findall(rest)})
    if not years and re.match(r"\W*(?:19|20)\d{2}\s*(?:[、，,/／]\s*(?:19|20)\d{2}\s*)+(?![\d.])", rest):
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", rest.split("（")[0].split("(")[0])]  # "2021/2022/2023（近三年）"
    if years:  # "近三年（2023、2024、2025年）": a list that names 年 once, at its end
        years = sorted(set(years) | {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*(?=[、，,和及与/／]\s*(?:19|20)\d{2})", rest)})
    return years or None


def short_stay(stated: str) -> bool:
    """Whether the stated span is a few days or weeks given to the day (under two months): a visit, not a data period."""
    m = _DAY_SPAN.search(stated)
    if not m:
        return False
    try:
        a = date(int(m.group("y1")), int(m.group("m1")), int(m.group("d1")))
        b = date(int(m.group("y2") or m.group("y1")), int(m.group("m2") or m.group("m1")), int(m.group("d2")))
    except ValueError:
        return False
    return 0 <= (b - a).days < 62


def _english(stated: str) -> str:
    """An English stated period in the Chinese form covered_years reads ("January 2025 to September 2025" → "2025年1月至2025年9月")."""
    stated = _EN_MONTH_YEAR.sub(lambda x: f"{x.group(2)}年{_EN_MONTH[x.group(1).lower()]}月", stated)
    stated = _EN_LIST.sub("、", _EN_RANGE.sub("至", _FY.sub("", stated)))
    return _BARE_YEAR.sub(r"\1年", stated)  # "FY2025" alone is the year 2025


def _named_before(text: str, start: int, end: int) -> list[int] | None:
    """The years of the nearest clause before ``end`` (back to ``start``) that names a period: what
    "上述两个年度", "这一时间段" or "…，作为本次评价的数据期" point back to."""
    for clause in reversed(re.split(r"[，,]", text[start:end])):
        if not short_stay(clause) and (years := covered_years(clause)):
            return years
    return None


def _not_own(p: dict, text: str, start: int, at: int, day: date) -> bool:
    """Whether the last owner named before ``at`` in the sentence part is another evaluation or one indicator
    ("上一轮评价（…，数据期2020—2022年）", "指单项指标所对应的2025年度"), not this evaluation."""
    part = text[start:at]
    other = [m for m in compiled(p["earlier"], re.I).finditer(part) if not m.group("y") or int(m.group("y")) < day.year]
    if not other:
        return False
    own = [m.end() for m in compiled(p["own"], re.I).finditer(part)]
    return not own or max(own) <= other[-1].start()


def stated_period(ctx, day: date):
    """The data period the report states in words, when it is shorter than 近三年 or out of date."""
    p = ctx.catalog.data_period
    if not p.get("statements"):
        return
    pat = compiled("|".join(p["statements"]), re.I)
    if not pat.search(ctx.joined()):
        return
    back, count = compiled(p["back_reference"], re.I), compiled(p["short_count"], re.I)
    three, work = compiled(p["three_years"], re.I), compiled(p["work"], re.I)
    for b in ctx.visible:
        text, pos = b.text, 0
        while m := pat.search(text, pos):
            pos = m.start() + 1  # what a match passed over may hide a period ("上一轮…数据期为…，本次评价数据期为…")
            group = next(k for k, v in m.groupdict().items() if v is not None)
            stated = m.group(group)
            first = _YEAR_AT.search(stated)
            at = m.start(group) + (first.start() if first else 0)  # whose period: the owner named last before its years
            if short_stay(stated):
                continue  # "评价期间（2025年11月13日—2025年11月14日）": days of work on site, not a data period
            if work.match(m.group(0)) and any(int(y) >= day.year for y in _DIGIT_YEAR.findall(stated)):
                continue  # "评价期为2025年12月至2026年3月": the evaluation's own work up to the report
            start = span_bounds(text, m.start(), m.start(), _SEGMENT)[0]
            if _not_own(p, text, start, at, day):
                continue
            english = group in ("en", "enp", "count_en")
            years, shown = covered_years(_english(stated) if english else stated), None
            if years is None:
                if group == "lead" or back.search(stated):
                    years = _named_before(text, start, m.start())
                elif count.search(stated) and not three.search(text, *span_bounds(text, m.start(), m.end(), _SEGMENT)):
                    years, shown = [], count.search(stated).group(0)
                if years is None:
                    continue
            pos = m.end()
            expected_latest = day.year - 1 - (1 if day.month <= 3 and years and max(years) == day.year - 2 else 0)
            want = list(range(expected_latest - REQUIRED_YEARS + 1, expected_latest + 1))
            missing = [y for y in want if y not in years]
            if missing:
                ev = [ctx.evidence_at(b, m.start(), m.end())]
                if shown:  # a count names no years to list as missing
                    yield ctx.finding("DATE.PERIOD", f"报告写明的数据期为“{shown}”，不足报告日期 {day.isoformat()} 前的近三年。", ev)
                    return
                shown = "、".join(map(str, years)) if years else "不足一个完整年度"
                yield ctx.finding("DATE.PERIOD", f"报告写明的数据期（{shown}）未覆盖报告日期 {day.isoformat()} 前的近三年，缺少 {'、'.join(map(str, missing))} 年。", ev)
                return
