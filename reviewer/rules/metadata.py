"""The file's own metadata against the report."""

from __future__ import annotations

import re
from datetime import date, timedelta

from reviewer.rules.registry import check
from reviewer.structure.identifiers import same_legal_person

_ORG_WORDS = re.compile(r"公司|集团|研究院|研究所|中心|事务所|协会|大学|学院|委员会|局")
CREATED_GRACE_DAYS = 1  # time zones and same-day exports


def _related(org: str, names: list[str]) -> bool:
    return any(same_legal_person(org, n) for n in names if n)


@check("FAB.METADATA", severity="medium", title="文件元数据与报告不符")
def metadata(ctx):
    """检查内容：文件属性中的作者/单位是否为受评价主体和评价机构以外的其他单位；文件创建时间是否晚于报告落款日期（DOCX 为中风险；PDF 可能是签署后导出，为低风险）。
    为何重要：元数据记录了文件真正的出处；另一家单位编写、或报告日期之后很久才创建的文件，提示代写、倒签或套用。
    示例：第三方报告的文件作者为“福建某某环境咨询有限公司”，既不是企业也不是评价机构。
    """
    meta = ctx.doc.meta
    f = ctx.facts
    names = [f.entity or "", f.agency or ""]
    # organisations the report itself names on its first pages (cover, seal lines) are not "another" one
    early = "\n".join(b.text for b in ctx.visible if b.page <= 3)
    names += re.findall(r"[\u4e00-\u9fff（）()]{4,30}?(?:有限公司|研究院|中心)", early)
    anchor = f.report_date or f.title
    ev = [ctx.evidence(anchor.block, anchor.quote)] if anchor else []
    for label, value in (("作者", meta.author), ("单位", meta.company), ("最后修改者", meta.last_modified_by)):
        if value and _ORG_WORDS.search(value) and len(value) >= 5 and not _related(value, names):
            yield ctx.finding("FAB.METADATA", f"文件属性中的{label}为“{value}”，既不是受评价主体也不是评价机构。", ev,
                              searched=[f"文件元数据 {label}：{value}"])
            return
    day = ctx.report_date
    if day and f.report_date and not f.report_date.day_known:  # "2026年3月": the month's last day
        nxt = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
        day = nxt - timedelta(days=1)
    created = _iso_date(meta.created)
    if day and created:
        if created > day + timedelta(days=CREATED_GRACE_DAYS):
            late = (created - day).days
            if ctx.doc.format == "pdf":  # a PDF is often exported after signing: lower weight
                yield ctx.finding("FAB.METADATA", f"PDF 文件创建时间 {created.isoformat()} 比报告日期 {day.isoformat()} 晚 {late} 天"
                                  "（如为签署后另行导出可忽略；否则提示倒签）。", ev, severity="low",
                                  searched=[f"文件元数据 创建时间：{meta.created}"])
            else:
                yield ctx.finding("FAB.METADATA", f"文档创建时间 {created.isoformat()} 比报告日期 {day.isoformat()} 晚 {late} 天，"
                                  "报告在落款日期之后才开始编写，提示倒签。", ev, searched=[f"文件元数据 创建时间：{meta.created}"])


def _iso_date(v: str | None) -> date | None:
    if not v:
        return None
    try:
        return date.fromisoformat(v[:10])
    except ValueError:
        return None
