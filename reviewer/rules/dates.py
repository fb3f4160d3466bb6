"""Chronology: site visit, data period and report date."""

from __future__ import annotations

import re

from reviewer.rules.data_period import REQUIRED_YEARS, stated_period
from reviewer.rules.date_events import FUTURE_OK as _FUTURE_OK, event_order, superseded_visit
from reviewer.structure.date_spans import superseded
from reviewer.rules.registry import check
from reviewer.structure.enumerations import ROLE_TARGET, sentence_end
from reviewer.structure.dates import find_dates
from reviewer.structure.spans import span_bounds


@check("DATE.ORDER", severity="high", title="日期先后矛盾")
def date_order(ctx):
    """检查内容：现场评价等评价环节（委托合同、文件审查、首次会议、末次会议、报告初稿、内部技术审核）不应晚于报告日期，并按此先后进行（会议纪要不早于会议，回复不早于所回复的清单），时间段不应结束早于开始；数据年份、数据截至日（“截至…”“核对至…止”“数据期…至…”）及所引记录、月报的月份不应晚于报告日期（月报须该月已结束）；承诺日期应与报告日期相近（±1 年内）。不写年份的日期（“3月23号”）取段内年份或评价所在年份，英文日期（“Mar. 30 – Apr. 1, 2026”）同样读取；计划、时限、有效期、下次评价和已更正的原日期（“原误写为…更正为…”）不算。
    为何重要：先出报告后去现场、步骤颠倒或引用报告之后才可能有的数据，说明评价过程不真实。
    示例：报告日期 2026年3月20日，现场评价却写“2026年4月8日至10日”；末次会议 3月1日、首次会议 3月2日；“数据期为2023年1月1日至2026年3月31日”。
    """
    f = ctx.facts
    day = ctx.report_date
    if day is None:
        return
    if f.report_date.day_known:
        after = [d for d in f.site_visit if d.value > day and not superseded_visit(d)]
    else:  # "2026年3月": only a later month is a contradiction
        after = [d for d in f.site_visit if (d.value.year, d.value.month) > (day.year, day.month) and not superseded_visit(d)]
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
        found = list(_process_order(ctx, day))
        yield from found or event_order(ctx, day, f.report_date.day_known)


# a date after the report is an evaluation step done too late ("2026年3月28日，评价组对…进行了现场复核") unless
# _FUTURE_OK (date_events.FUTURE_OK) reads a plan, deadline or validity; a report milestone must follow the visit
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
            if superseded(text, dm.start):
                continue  # "原记为2026年3月24日，现更正为…": the wrong value a correction replaces
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
    yield from stated_period(ctx, day)
