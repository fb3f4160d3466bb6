"""Chronology: site visit, data period and report date."""

from __future__ import annotations

import re
from datetime import date

from reviewer.rules.registry import check
from reviewer.structure.enumerations import ROLE_TARGET, sentence_end
from reviewer.structure.dates import find_dates
from reviewer.structure.spans import span_bounds

REQUIRED_YEARS = 3  # 近三年


@check("DATE.ORDER", severity="high", title="日期先后矛盾")
def date_order(ctx):
    """检查内容：现场评价日期应早于报告日期；数据年份不应晚于报告日期；承诺日期应与报告日期相近（±1 年内）。
    为何重要：先出报告后去现场、或引用报告之后才可能有的数据，说明评价过程不真实。
    示例：报告日期 2026年3月20日，现场评价却写“2026年4月8日至10日”。
    """
    f = ctx.facts
    day = ctx.report_date
    if day is None:
        return
    if f.report_date.day_known:
        after = [d for d in f.site_visit if d.value > day]
    else:  # "2026年3月": only a later month is a contradiction
        after = [d for d in f.site_visit if (d.value.year, d.value.month) > (day.year, day.month)]
    if after:
        d = max(after, key=lambda x: x.value)
        yield ctx.finding("DATE.ORDER", f"现场评价日期 {d.value.isoformat()} 晚于报告日期 {day.isoformat()}。",
                          [ctx.evidence(d.block, d.quote), ctx.evidence(f.report_date.block, f.report_date.quote)])
    late = [y for y in f.data_years if y >= day.year]
    if late:
        yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，却给出了 {max(late)} 年的年度数据，此时该年度尚未结束或尚未开始。",
                          [ctx.evidence(f.report_date.block, f.report_date.quote)],
                          searched=[f"数据年份：{'、'.join(map(str, f.data_years))}"])
    for d in f.commitment_dates:
        if abs((d.value - day).days) > 366:
            yield ctx.finding("DATE.ORDER", f"承诺日期 {d.value.isoformat()} 与报告日期 {day.isoformat()} 相差超过一年。",
                              [ctx.evidence(d.block, d.quote)])
            break
    if not after:
        yield from _process_order(ctx, day)


# an evaluation step done after the report was dated ("2026年3月28日，评价组对…进行了现场复核"), unless the
# date is a plan, a deadline or a validity ("计划于", "将于", "有效期至", "…前完成")
_FUTURE_OK = re.compile(r"计划|将于|将在|将|拟|预计|有效期|有效至|截止|截至|到期|期限|届满|下次|下一|后续|回访|监督|之前完成|前完成|以前|未来|目标|力争|预期|要求|应于|须于|需于|前在"
                        # "企业需在2026年5月31日前提交…", "原定于2026年4月8日的现场复核…取消": a deadline or a cancelled plan
                        r"|需在|须在|应在|约定|原定|取消|(?<=日)前(?!往|后)"
                        # "自2026年7月1日起施行", "安排在2026年4月中旬进行", "2026年4月底前完成整改报告", "定于…起执行"
                        r"|起(?:施行|实施|执行|生效)|施行|生效|安排|定于|排期|(?:底|中旬|上旬|下旬|末)前")
_MILESTONE = re.compile(r"初稿|(?:本|评价)报告[^。；，]{0,6}(?:完成|签发|出具)|(?:报告)?编制完成|技术复核|内部复核|(?<!证)签发")
# months of data after the report date: "核查了企业2026年1—5月的能源消费台账", "2026年第二季度…监测报告"
_DATA_MONTHS = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?:(?P<m1>\d{1,2})\s*(?:月)?\s*(?:—|–|-|~|～|至)\s*(?P<m2>\d{1,2})\s*月|第?(?P<q>[一二三四1-4])季度|(?P<h>上|下)半年)"
                          r"(?![^。；，,]{0,2}(?:启动|开展|开始|实施|组织|进行|完成|启用|计划|建成|投产))"
                          r"(?=[^。；]{0,20}(?:数据|台账|报表|监测|统计|能源|产量|用电|用水|记录|能耗|产值|排放|发电|取水|用气|消耗|回收|产生量|销售|碳|调查|显示))"
                          # "Q2 2026 metering data"
                          r"|\bQ(?P<qq>[1-4])\s*(?P<y2>(?:19|20)\d{2})\b")
# a whole year's figures of a year not over: "公司2026年全年实现工业总产值…", "2026年度温室气体排放报告…"
_FULL_YEAR = re.compile(r"(?P<y>(?:19|20)\d{2})\s*(?:年全年|年度全年|年度)(?![计规预目])"
                        r"(?=[^。；]{0,20}?(?:数据|产值|能耗|用电|用水|取水|排放|发电|产量|产生量|回收|投入|支出|销售|消耗|用气|实现))")
# a list of plans the period stands in ("后续工作安排：1. 2026年4月底前…；3. 2026年第四季度启动…")
_PLAN = re.compile(r"安排|计划|拟|目标|预计|规划")
# a figure of that month: "2026年4月出口印制电路板货值1,286万美元"
_FIGURE = re.compile(r"[^。；]{0,16}?(?:为|达|计|共|是)?\s*\d[\d,.]*\s*(?:万|亿|kWh|千瓦时|度|t|吨|m³|立方米|tce|美元|元|%|％)")
# a month after the report date told as done: "2026年5月，公司取得…证书", "经2026年4月复测"
_DONE = re.compile(r"已(?!经?计划|于?\s*$)|了|完成|通过|取得|获得|获颁|举办|出具|上线|投运|投入运行|并网|入选|转入|竣工|复测|实测|换成|迎来|报送")
_QUARTER_START = {"一": 1, "二": 4, "三": 7, "四": 10, "1": 1, "2": 4, "3": 7, "4": 10}


def _process_order(ctx, day):
    """Steps of the evaluation in impossible order: a visit range that ends before it starts, a report
    milestone before the visit, a past event or months of data after the report date."""
    f = ctx.facts
    visits = sorted(f.site_visit, key=lambda d: d.value)
    for a, b in zip(f.site_visit, f.site_visit[1:]):
        if a.block is b.block and a.quote != b.quote and b.quote.startswith(a.quote[:8]) and b.value < a.value:
            yield ctx.finding("DATE.ORDER", f"现场评价的结束日期 {b.value.isoformat()} 早于开始日期 {a.value.isoformat()}。", [ctx.evidence(b.block, b.quote)])
            return
    for blk in ctx.visible:
        if blk.kind.value != "paragraph" or blk is f.report_date.block:
            continue
        text = blk.text
        for dm in find_dates(text):
            clause = text[span_bounds(text, dm.start, dm.start, "。；\n")[0]: dm.end + 24]
            before = text[max(0, dm.start - 24): dm.start]
            later = dm.value > day if f.report_date.day_known else (dm.value.year, dm.value.month) > (day.year, day.month)
            if dm.day_known and later and not _FUTURE_OK.search(ROLE_TARGET.sub("", clause)) and not re.search(r"(?:至|到|—|–|-|~|～)\s*$", before):
                yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，文中却记述了 {dm.value.isoformat()} 已发生的评价事项。",
                                  [ctx.evidence_at(blk, dm.start, dm.end)])
                return
            if visits and dm.day_known and dm.value < visits[0].value and _MILESTONE.search(text[max(0, dm.start - 16): dm.end + 16]):
                yield ctx.finding("DATE.ORDER", f"报告编制节点 {dm.value.isoformat()} 早于现场评价 {visits[0].value.isoformat()}。",
                                  [ctx.evidence_at(blk, dm.start, dm.end), ctx.evidence(visits[0].block, visits[0].quote)])
                return
        for m in _DATA_MONTHS.finditer(text):
            q = m.group("q") or m.group("qq")
            first = _QUARTER_START[q] if q else (1 if m.group("h") == "上" else 7) if m.group("h") else int(m.group("m1"))
            last = first + 2 if q else first + 5 if m.group("h") else int(m.group("m2"))
            year = int(m.group("y") or m.group("y2"))
            # a month not yet over when the report was dated ("2026年1—3月" in a report of 20 March) counts too
            unfinished = f.report_date.day_known and (year, last) == (day.year, day.month) and day.day < 28
            if ((year, last) > (day.year, day.month) or unfinished) \
                    and not _FUTURE_OK.search(ROLE_TARGET.sub("", text[max(0, m.start() - 16): m.start()])) \
                    and not _PLAN.search(text, span_bounds(text, m.start(), m.start(), "。\n")[0], m.start()):
                yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，文中却引用了 {m.group(0)} 的数据。", [ctx.evidence_at(blk, m.start(), m.end())])
                return
        for m in _FULL_YEAR.finditer(text):
            start = span_bounds(text, m.start(), m.start(), "。；\n")[0]
            if int(m.group("y")) > day.year or (int(m.group("y")) == day.year and day.month < 12):
                if not _FUTURE_OK.search(ROLE_TARGET.sub("", text[start: m.end() + 12])):  # "2026年度能耗目标" is a target
                    yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，文中却给出了 {m.group(0)} 的数据，该年度尚未结束。",
                                      [ctx.evidence_at(blk, m.start(), m.end())])
                    return
        for dm in find_dates(text):
            # the report's own month not yet over counts for figures of that month ("2026年3月公司用电量108.6万kWh")
            current = f.report_date.day_known and (dm.value.year, dm.value.month) == (day.year, day.month) and day.day < 28
            if dm.day_known or ((dm.value.year, dm.value.month) <= (day.year, day.month) and not current):
                continue
            start = span_bounds(text, dm.start, dm.start, "。；\n")[0]
            told = text[dm.end: sentence_end(text, dm.end)]
            figure = _FIGURE.match(told)
            if ((_DONE.search(told) and not current) or figure) and not _FUTURE_OK.search(ROLE_TARGET.sub("", text[start: dm.end] + told[:10])) \
                    and not re.search(r"(?:至|到|—|–|-|~|～)\s*$", text[max(0, dm.start - 4): dm.start]):
                yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，文中却记述了 {dm.value.year}年{dm.value.month}月 已发生的事项。",
                                  [ctx.evidence_at(blk, dm.start, dm.end)])
                return


@check("DATE.PERIOD", severity="medium", title="数据期不符合“近三年”要求")
def date_period(ctx):
    """检查内容：指标数据是否覆盖报告日期前连续三个完整年度（近三年），最近一年是否为报告年度的上一年（一季度的报告允许上上年）。
    为何重要：“近三年”是申报和否决条件的时间口径；只给一两年或过时数据，无法判断趋势和真实性。
    示例：2026 年的报告只列出 2024、2025 两年数据；或最新数据停留在 2022 年。
    """
    f = ctx.facts
    day = ctx.report_date
    if day is None or not f.data_years:
        return
    if any(y >= day.year for y in f.data_years):
        return  # data from the report's own year or later: DATE.ORDER reports that root cause
    years = list(f.data_years)
    latest = max(years)
    expected_latest = day.year - 1
    ev = [ctx.evidence(f.report_date.block, f.report_date.quote)]
    searched = [f"数据年份：{'、'.join(map(str, years))}"]
    if latest < expected_latest - (1 if day.month <= 3 else 0):
        yield ctx.finding("DATE.PERIOD", f"最新数据年份为 {latest} 年，报告日期为 {day.isoformat()}，数据已过时（应至少到 {expected_latest} 年）。",
                          ev, searched=searched)
        return
    span = [y for y in range(latest - REQUIRED_YEARS + 1, latest + 1)]
    missing = [y for y in span if y not in years]
    if missing:
        yield ctx.finding("DATE.PERIOD", f"数据未覆盖近三年：缺少 {'、'.join(map(str, missing))} 年数据。", ev, searched=searched)
        return
    yield from _stated_period(ctx, day)


# "数据期为2024年至2025年", "数据期：2025年1月1日—2025年12月31日", "数据期为近两年（2024年、2025年）"
# ("用水指标（报告期2025年，口径为…）": one indicator's year in its own bracket, not the report's data period)
_PERIOD = re.compile(r"(?<![监检])(?:数据期|数据统计期间?|数据期间|数据采集期|数据时段|数据覆盖(?:期间|期|范围)?|数据(?:范围|时间跨度|跨度)(?=为|是|[：:])|评价数据(?:取自|来源于|期|采用|选取|覆盖)|(?:评价|数据)的?时间范围"
                     r"|(?<!现场)(?<!现场的)评价(?:基准期|时段|期间)|(?<![（(])(?:基准期|报告期|统计期)|数据统计口径|实际仅对)(?:[（(][^）)]{0,20}[）)])?"
                     # "截至数据期末劳动定员…", "报告期内…": a point or a figure in the period, not the period stated
                     r"(?!末|初|内|中|之内|终了)[^。；\d二]{0,6}?(?P<rest>[^。；\n]{2,40})"
                     # "采用企业2024年度和2025年度统计数据", "以2020—2022年为数据期"
                     # ("受检使用单位2025年数据": 使用单位 is the operator of equipment, not "used")
                     r"|(?:采用|选取|选用|使用(?!单位|方|者|人|部门))(?:了)?(?:企业|受评价方|公司|工厂)?(?P<used>[^。；，,\n]{2,30}?)(?:的)?(?:统计|生产|能源|运行)?数据"
                     # "以2020—2022年为数据期", "以2024自然年为报告期", "以2025年度数据为准"
                     r"|以(?P<as>[^。；，,\n]{2,24}?)(?:(?:为|作为)(?:评价)?(?:数据期|报告期|统计期|评价期|评价周期|基准期)|(?:的)?(?:统计)?数据为准"
                     # "以2024—2025年数据作为本次评价依据", "以2022年、2023年、2024年为评价年度"
                     r"|(?:的)?(?:数据)?(?:(?:为|作为)本次评价(?:的)?(?:依据|年度|年份)|为评价(?:年度|年份)))"
                     # "评价所用数据为企业2025年度全年数据", "引用的…数据为2024、2025两个会计年度的经审计数据"
                     # (the evaluation's data, not one figure's: "单位产值能耗数据为2025年统计数据" names no period)
                     r"|(?:评价|报告)[^。；，,\n]{0,6}?(?:所用|引用|采用|使用)(?:的)?[^。；，,\n]{0,8}?数据(?:为|系)(?:企业|公司|受评价方|工厂)?(?P<are2>(?:19|20)\d{2}[^。；，,\n]{0,20}?年度?)(?:的)?[^。；，,\n]{0,8}?数据"
                     # "本次评价数据严格限定在2025年1月至12月"
                     r"|(?:评价|本次)[^。；，,\n]{0,4}?数据(?:严格)?(?:限定|限于|仅限于?)(?:在|于)?(?P<limit>(?:19|20)\d{2}[^。；，,\n]{0,20})"
                     # "评价周期为…", "核查期为2023年1月至2023年12月", "数据年份：2021/2022/2023", "统计口径为2022年全年",
                     # "近三年数据以2019年至2021年为准", "数据均为2022年度数据", "仅对企业2025年1月至6月的半年运行数据进行了核查"
                     # ("按统计口径检查，2025年地区生产总值…" and "三个数据年度的…依次为2023年…" name no period)
                     r"|(?:评价周期|(?<!现场)核查期(?=为|是|[：:])|数据年[份度]\s*(?=为|是|[：:])|统计口径(?:为|是)(?=\s*(?:19|20)\d{2}))[^。；\d二]{0,4}?(?P<cycle>[^。；\n]{2,40})"
                     r"|(?:选取|选定|确定)(?P<pick>(?:19|20)\d{2}[^。；，,\n]{0,30}?)(?:为|作为)(?:本次)?(?:评价|数据|统计|报告|核查)(?:周期|期间|期|基准期)"
                     r"|近(?:三|3)年(?:的)?(?:数据|指标)(?:均|全部|都)?以(?P<as2>[^。；，,\n]{2,24}?)为准"
                     r"|(?<=数据)(?:均|全部|都)(?:为|系|是)(?P<are>(?:19|20)\d{2}[^。；，,\n]{0,16}?)(?:的)?(?:统计|生产|能源|运行)?数据"
                     r"|仅对(?:企业|公司|受评价方|工厂)?(?P<only>(?:19|20)\d{2}[^。；，,\n]{0,24}?)(?:的)?(?:半年|全年|季度)?(?:运行|统计|生产|能源)?(?:数据|情况)"
                     # "本报告对企业2021—2023年度的运行数据进行了核查与评价", "绩效数据仅取自企业2024年度统计报表"
                     r"|对(?:企业|公司|受评价方|工厂)?(?P<on>(?:19|20)\d{2}\s*年?度?\s*(?:至|到|—|–|-|~|～|、|和)\s*(?:19|20)\d{2}\s*年度?)(?:的)?(?:[^。；，,\n]{0,12}?(?:运行|统计|生产|能源|绩效|环境))?数据(?:进行了?|开展了?)(?:核查|评价|审核)"
                     r"|(?:仅|只)(?:取自|来自|摘自)(?:企业|公司|受评价方|工厂)?(?P<source>(?:19|20)\d{2}[^。；，,\n]{0,16}?)(?:的)?(?:统计)?(?:报表|台账)"
                     # the 近三年 named with its years: "近三年（2020—2022年）", "2021/2022/2023（近三年）",
                     # "2021年、2022年、2023年三个年度的…，作为近三年…" (a window with months is the negative list's)
                     r"|近(?:三|3)年度?\s*[（(](?P<near>[^）)月\n]{4,30})[）)]"
                     r"|(?P<near2>(?:19|20)\d{2}[^。；（(\n月]{2,30}?)\s*[（(]近(?:三|3)年[）)]"
                     r"|(?P<near3>(?:19|20)\d{2}[^。；\n月]{2,40}?)作为近(?:三|3)年"
                     # "covers operating data for calendar years 2019 to 2021"
                     r"|data (?:for|from|of|covering) (?:the )?(?:calendar |fiscal )?years? (?P<en>(?:19|20)\d{2} ?(?:to|through|-|–|and) ?(?:19|20)\d{2})"
                     # "Assessment period: FY2024–FY2025"
                     r"|(?:assessment|reporting|evaluation|data|review) period(?:\s*\([a-z ]{1,12}\))?(?: is| was| covers| covered)?\s*[:：]?\s*"
                     r"(?P<enp>(?:[a-z]{3,9}\.?\s+)?(?:FY)?(?:19|20)\d{2}[^。；\n]{0,30})", re.I)
_EN_MONTH = {m: i for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
# "January 2025 – December 2025": an English month before its year, as "2025年1月"
_EN_MONTH_YEAR = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d{2})", re.I)
_CN_YEAR = str.maketrans("〇零○一二三四五六七八九", "000123456789")
_SPAN = re.compile(r"(?:FY)?(?P<y1>(?:19|20)\d{2})\s*(?:年|财年|[.．/])?度?\s*(?:(?P<m1>\d{1,2})\s*月?(?:\s*\d{1,2}\s*日|[.．/]\d{1,2})?)?\s*(?:起\s*[，,、]?\s*(?:至|到|迄|迄至|止|直至)?|[，,、]?\s*(?:至|到|迄|迄至|止于?|直至|终于|—|–|-|~|～|起至))\s*"
                   r"(?:FY)?(?P<y2>(?:19|20)\d{2})\s*(?:年|财年|[.．/])?度?\s*(?:(?P<m2>\d{1,2})\s*月?)?")
_ONE_YEAR_MONTHS = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*(?:月)?\s*(?:—|–|-|~|～|至)\s*(?P<m2>\d{1,2})\s*月")


def _cn_count(s: str) -> int:
    tens, ten, ones = s.partition("十")
    digit = "一二三四五六七八九"
    if not ten:
        return digit.index(s) + 1 if len(s) == 1 else 0
    return (digit.index(tens) + 1 if tens else 1) * 10 + (digit.index(ones) + 1 if ones else 0)


def _covered_years(rest: str) -> list[int] | None:
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
    years = sorted({int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", rest)})
    if not years and re.match(r"\W*(?:19|20)\d{2}\s*(?:[、，,/／]\s*(?:19|20)\d{2}\s*)+(?![\d.])", rest):
        years = [int(y) for y in re.findall(r"(?:19|20)\d{2}", rest.split("（")[0].split("(")[0])]  # "2021/2022/2023（近三年）"
    if years:  # "近三年（2023、2024、2025年）": a list that names 年 once, at its end
        years = sorted(set(years) | {int(y) for y in re.findall(r"((?:19|20)\d{2})\s*(?=[、，,和及与/／]\s*(?:19|20)\d{2})", rest)})
    return years or None


_DAY_SPAN = re.compile(r"(?P<y1>(?:19|20)\d{2})\s*年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日\s*(?:至|到|—|–|-|~|～)+\s*"
                       r"(?:(?P<y2>(?:19|20)\d{2})\s*年\s*)?(?:(?P<m2>\d{1,2})\s*月\s*)?(?P<d2>\d{1,2})\s*日")


def _short_stay(stated: str) -> bool:
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


def _stated_period(ctx, day):
    """The data period the report states in words, when it is shorter than 近三年 or out of date."""
    for b, m in ctx.search(_PERIOD):
        stated = next(g for g in m.groups() if g)
        if _short_stay(stated):
            continue  # "评价期间（2025年11月13日—2025年11月14日）": days of work on site, not a data period
        if m.group("enp"):
            stated = _EN_MONTH_YEAR.sub(lambda x: f"{x.group(2)}年{_EN_MONTH[x.group(1).lower()]}月", stated)
        years = _covered_years(re.sub(r"\s*(?:to|through|–|and)\s*", "至", stated) if m.group("en") or m.group("enp") else stated)
        if years is None:
            continue
        expected_latest = day.year - 1 - (1 if day.month <= 3 and years and max(years) == day.year - 2 else 0)
        want = list(range(expected_latest - REQUIRED_YEARS + 1, expected_latest + 1))
        missing = [y for y in want if y not in years]
        if missing:
            shown = "、".join(map(str, years)) if years else "不足一个完整年度"
            yield ctx.finding("DATE.PERIOD", f"报告写明的数据期（{shown}）未覆盖报告日期 {day.isoformat()} 前的近三年，缺少 {'、'.join(map(str, missing))} 年。",
                              [ctx.evidence_at(b, m.start(), m.end())])
            return
