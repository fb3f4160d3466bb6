"""DATE.ORDER on the evaluation's own events, paragraph by paragraph (dates read by ``structure.date_spans``):

* a span that ends before it starts ("文件审查：2026年1月25日至1月10日", "Mar. 4 – Mar. 2, 2026");
* steps in impossible order: 委托合同 → 文件审查 → 首次会议 → 现场评价 → 末次会议 → 初稿 → 内部技术审核 → 签发, a
  meeting's minutes signed before the meeting, a reply dated before what it answers;
* a step, or the evaluation's account of a year-less day ("3月25号又回厂里补拍…"), after the report date, also in
  the paragraph that states the report date;
* data read up to a day after the report ("截至2026年6月30日…累计", "台账核对至2026年4月10日止", "数据采集截止日：
  2026/3/25", "数据期为…至2026年3月31日"), and a month's records or monthly report of a month not over.

Plans, deadlines, validity ends and corrected dates stay silent."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from reviewer.structure.date_spans import EVALUATION_VOICE, DateItem, paragraph_dates, superseded
from reviewer.structure.enumerations import ROLE_TARGET

# a plan, deadline or validity: the date is not a past event ("计划于", "将于", "有效期至", "…前完成", "完成时限")
FUTURE_OK = re.compile(r"计划|将于|将在|将|拟|预计|有效期|有效至|截止|截至|到期|期限|时限|届满|下次|下一|后续|回访|监督|之前完成|前完成|以前|未来|目标|力争|预期|要求|应于|须于|需于|前在"
                       # "企业需在2026年5月31日前提交…", "原定于2026年4月8日的现场复核…取消": a deadline or a cancelled plan
                       r"|需在|须在|应在|约定|原定|取消|(?<=[日号])前(?!往|后)"
                       # "自2026年7月1日起施行", "安排在2026年4月中旬进行", "2026年4月底前完成整改报告", "定于…起执行"
                       r"|起(?:施行|实施|执行|生效)|施行|生效|安排|定于|排期|(?:底|中旬|上旬|下旬|末)前")

# the steps of an evaluation in the order they must happen (rank, name, words)
_STEPS = [
    (0, "签订委托合同", r"(?<!处置)委托合同|评价合同|合同签订|contract signed|signed the contract"),
    (1, "文件审查", r"文件审查|文件评审|资料审查|材料审查|desk review|document review"),
    (2, "首次会议", r"首次会议?|opening meeting"),
    # not the findings or photos of the visit, nor a later supplementary or follow-up visit
    (3, "现场评价", r"(?<!补充)(?<!再次)(?:现场(?:评价|核查|审核|评估)(?!发现|结果|结论|记录|意见|证据|照片)|on-site assessment|site visit)"
                    # the team's arrival, not equipment's ("组件2026年5月进场")
                    r"|(?:评价组|审核组|专家组|评价人员|我们)[^，。；]{0,16}?(?:进场|进厂|进驻)"),
    (4, "末次会议", r"末次会议?|closing meeting"),
    (5, "报告初稿", r"初稿|征求意见稿|draft report"),
    # the agency's review of the report, not a management system's internal audit
    (6, "内部技术审核", r"(?<!体系)(?<!管理)(?:内部技术(?:审核|复核)|内部(?:审核|复核)|技术(?:审核|复核|评审))|internal (?:technical )?review|^\s*审核\s*[:：]"),
    # this report's issue, not a permit's or another body's report ("许可证于…签发", "出具检测报告")
    (7, "报告签发", r"(?:本|评价|正式)报告[^，。；]{0,16}?(?:签发|出具)|(?<![测验计证估查》])报告(?:出具|签发)|签发(?:本|评价|正式)?报告"
                    r"|出具(?:本|正式|评价)?报告|正式(?:签发|出具)|批准签发|^\s*(?:批准|签发)\s*[:：]|report issued"),
]
# a step word named as the object or source of something else: "对末次会议提出的问题进行了书面回复"
_STEP_AS_OBJECT = r"(?<!对)(?<!就)(?<!针对)(?<!根据)(?<!依据)(?<!按照)(?:{})(?!提出|发现|意见|问题|要求)"
_STEP_RE = [(rank, name, re.compile(_STEP_AS_OBJECT.format(words), re.I)) for rank, name, words in _STEPS]
# what must follow the dated step before it in the paragraph: minutes signed, a reply to a request
_FOLLOW_UP = re.compile(r"纪要[^，。；]{0,24}?(?:签字|签署|确认)|(?:企业|受评价方|公司)[^，。；]{0,20}?(?:书面回复|回复|书面反馈|提交了?(?:书面)?(?:补充|整改)(?:材料|资料|证据))")
_REQUEST = re.compile(r"(?:发出|发送|形成|提出)[^，。；]{0,12}?(?:清单|通知|意见|问题)")
# an evaluation's steps lie within months of its report; older dated steps are of something else
_STEPS_BEFORE_DAYS = 240
# a verb between two step words: the later one is the step done ("对报告初稿进行了内部技术审核")
_DOING = re.compile(r"进行|开展|实施|召开")
# another round than this one, or a step planned or repeated: "上次现场评价", "评价组将于…进行现场核查", "又于…"
_OTHER_ROUND = re.compile(r"上次|上一|前次|此前|以往|曾|复评|监督评价|回访|下次|下一|将|拟|计划|预计|跟踪|复核|验证|整改|再次|又")
# pairs of steps that may overlap in practice: documents reviewed before the contract or alongside the visit
_LOOSE_PAIRS = {(0, 1), (1, 2), (1, 3), (1, 4)}
# the steps the report's own paragraph may date after its date ("编制日期：3月18日 … 批准：3月20日")
_LAST_STEPS = 6
# the stretches of a paragraph that each tell one step
_SEGMENT = re.compile(r"[。；;｜|\n☑□，]|(?<!\d)[/／](?!\d)|,(?!\s*(?:19|20)\d{2})|——")

# data read up to a day: "截至2026年6月30日", "核对至2026年4月10日止", "数据采集截止日：2026/3/25"
_CUTOFF_BEFORE = re.compile(r"(?:截至|截止(?:到|至)?|(?:核对|统计|核查|采集|更新|汇总|抽查|盘点)(?:至|到))\s*$|截止(?:日|日期|时间)\s*[:：为是]?\s*$")
_DATA_WORDS = re.compile(r"数据|台账|统计|累计|记录|报表|电量|用水量|取水量|产量|产值|排放量|核对|采集|盘点|账实")
_CUTOFF_NOT_DATA = re.compile(r"有效|到期|期限|时限|申报|整改|之前|以前|前完成|前提交|计划|预计|拟|将|合同|协议|许可|证书|要求|应|须|需")
# a stated period of data: "数据期为2023年1月1日至2026年3月31日", "统计期3月1日至3月31日"
_DATA_PERIOD = re.compile(r"(?:数据期|数据周期|统计期|统计区间|统计周期|统计时段|核查期|核查区间|数据采集期|数据区间|核算期)[^，。；\d]{0,6}$")
# the records of a month ("2026年4月份污水处理站运行记录"); of the report's own month only a whole-month document
_RECORDS = re.compile(r"^(?:份)?(?:的)?[^，。；\d]{0,12}?(?:月报|月度报告|月度报表|运行记录|台账|报表|记录|账单|发票|单据|联单|结算单|缴费单|抄表)")
_WHOLE_MONTH = re.compile(r"^(?:份)?(?:的)?[^，。；\d]{0,12}?(?:月报|月度报告|月度报表|月度统计)")
_EXAMINED = re.compile(r"抽查|核对|查阅|核查|查验|审阅|调阅|抽取|比对|检查|采信|引用|显示")


@dataclass(frozen=True, slots=True)
class _Step:
    rank: float  # 0-7 the steps in order, -1 a request, 99 a follow-up (minutes signed, a reply)
    name: str
    item: DateItem


def _after(item: DateItem, day: date, day_known: bool) -> bool:
    return item.start > day if day_known else (item.start.year, item.start.month) > (day.year, day.month)


def _clause(text: str, item: DateItem) -> str:
    start = max(text.rfind(c, 0, item.pos) for c in "。；\n") + 1
    return ROLE_TARGET.sub("", text[start: item.endpos + 12])


def _step_at(seg: str, offset: int, item: DateItem, bounds: tuple[int, int]) -> tuple[float, str] | None:
    """The step a date in segment ``seg`` (at ``offset`` in the paragraph) is the date of."""
    lo, hi = bounds
    found = []  # (position, rank, name)
    for rank, name, rx in _STEP_RE:
        for m in rx.finditer(seg):
            found.append((offset + m.start(), rank, name))
    for m in _FOLLOW_UP.finditer(seg):
        found.append((offset + m.start(), 99, "后续确认"))
    for m in _REQUEST.finditer(seg):
        found.append((offset + m.start(), -1, "发出清单"))
    found.sort()
    after = [f for f in found if item.endpos <= f[0] < hi]
    if after:
        pick = after[0]
        for nxt in after[1:]:
            if _DOING.search(seg, pick[0] - offset, nxt[0] - offset):
                pick = nxt
        return pick[1], pick[2]
    before = [f for f in found if lo <= f[0] < item.pos]
    return (before[-1][1], before[-1][2]) if before else None


def _steps(text: str, items: list[DateItem]) -> list[_Step]:
    out = []
    cuts = [0] + [m.end() for m in _SEGMENT.finditer(text)] + [len(text) + 1]
    for a, b in zip(cuts, cuts[1:]):
        inside = [it for it in items if a <= it.pos < b]
        for i, it in enumerate(inside):
            lo = inside[i - 1].endpos if i else a
            hi = inside[i + 1].pos if i + 1 < len(inside) else b
            got = _step_at(text[a:b], a, it, (lo, hi))
            if got and not _OTHER_ROUND.search(text, a, it.pos):
                out.append(_Step(got[0], got[1], it))
    return out


def _order(ctx, blk, steps: list[_Step], day: date):
    """A step dated after one it must follow, or a follow-up dated before the step it answers."""
    near = [s for s in steps if -_STEPS_BEFORE_DAYS <= (s.item.start - day).days <= 400]
    ranked = [s for s in near if 0 <= s.rank <= 7]
    for a in ranked:
        for b in ranked:
            if a.rank < b.rank and (a.rank, b.rank) not in _LOOSE_PAIRS and a.item.start > b.item.end:
                yield ctx.finding("DATE.ORDER", f"{a.name}（{a.item.start.isoformat()}）晚于其后才应进行的{b.name}（{b.item.end.isoformat()}）。",
                                  [ctx.evidence_at(blk, min(a.item.pos, b.item.pos), max(a.item.endpos, b.item.endpos))])
                return
    for i, s in enumerate(near):
        if s.rank == 99:
            prev = next((p for p in reversed(near[:i]) if p.rank != 99 and p.item.pos < s.item.pos), None)
            if prev is not None and s.item.end < prev.item.start:
                yield ctx.finding("DATE.ORDER", f"{prev.name}于 {prev.item.start.isoformat()}，对它的确认或回复却早在 {s.item.end.isoformat()}。",
                                  [ctx.evidence_at(blk, prev.item.pos, s.item.endpos)])
                return


def _data_after(ctx, blk, text: str, items: list[DateItem], day: date, day_known: bool):
    """Data read up to, or records of, a time after the report date."""
    for it in items:
        sentence = text[max(text.rfind(c, 0, it.pos) for c in "。；\n") + 1: it.endpos + 60].split("。")[0]
        if _after(it, day, day_known) and _CUTOFF_BEFORE.search(text, max(0, it.pos - 12), it.pos) \
                and _DATA_WORDS.search(sentence) and not _CUTOFF_NOT_DATA.search(sentence):
            yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，数据却截至 {it.start.isoformat()}。", [ctx.evidence_at(blk, it.pos, it.endpos)])
            return
        ends_after = it.end > day if day_known else (it.end.year, it.end.month) > (day.year, day.month)
        if it.span and ends_after \
                and _DATA_PERIOD.search(text, max(0, it.pos - 16), it.pos) and not FUTURE_OK.search(_clause(text, it)):
            yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，所述数据期却到 {it.end.isoformat()} 才结束。", [ctx.evidence_at(blk, it.pos, it.endpos)])
            return
        if not it.day_known and not it.span and not FUTURE_OK.search(_clause(text, it)) and _EXAMINED.search(sentence):
            later = (it.start.year, it.start.month) > (day.year, day.month)
            current = (it.start.year, it.start.month) == (day.year, day.month) and day_known and day < it.end
            tail = text[it.endpos: it.endpos + 20]
            if (later and _RECORDS.match(tail)) or (current and _WHOLE_MONTH.match(tail)):
                yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，文中却引用了 {it.start.year}年{it.start.month}月 的记录，该月尚未结束。",
                                  [ctx.evidence_at(blk, it.pos, it.endpos)])
                return


def event_order(ctx, day: date, day_known: bool):
    """DATE.ORDER findings from the evaluation's events, one at most."""
    for blk in ctx.visible:
        if blk.kind.value != "paragraph":
            continue
        text = blk.text
        items = paragraph_dates(text, day)
        if not items:
            continue
        for it in items:
            if it.reversed and (it.end_written or it.start.month == it.end.month):
                yield ctx.finding("DATE.ORDER", f"时间段的结束日期 {it.end.isoformat()} 早于开始日期 {it.start.isoformat()}。", [ctx.evidence_at(blk, it.pos, it.endpos)])
                return
        steps = _steps(text, items)
        last = _LAST_STEPS if blk is ctx.facts.report_date.block else 8
        for s in steps:
            if 0 <= s.rank < last and _after(s.item, day, day_known) and not FUTURE_OK.search(_clause(text, s.item)):
                yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，{s.name}却在 {s.item.start.isoformat()}。", [ctx.evidence_at(blk, s.item.pos, s.item.endpos)])
                return
        for it in items:  # the evaluation's account of a year-less day: "之后3月25号又回厂里补拍了…照片"
            if it.yearless and it.start.year == day.year and _after(it, day, day_known) and EVALUATION_VOICE.search(text) \
                    and not FUTURE_OK.search(_clause(text, it)) and not re.search(r"(?:至|到|—|–|-|~|～)\s*$", text[max(0, it.pos - 3): it.pos]):
                yield ctx.finding("DATE.ORDER", f"报告日期为 {day.isoformat()}，文中却记述了 {it.start.isoformat()} 的评价活动。", [ctx.evidence_at(blk, it.pos, it.endpos)])
                return
        found = list(_order(ctx, blk, steps, day)) or list(_data_after(ctx, blk, text, items, day, day_known))
        if found:
            yield found[0]
            return


def superseded_visit(d) -> bool:
    """Whether a site-visit date read by the facts is a corrected wrong value."""
    i = d.block.text.find(d.quote)
    return i != -1 and superseded(d.block.text, i + len(d.quote) - 1)
