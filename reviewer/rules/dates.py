"""Chronology: site visit, data period and report date."""

from __future__ import annotations

from datetime import timedelta

from reviewer.rules.registry import check

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
