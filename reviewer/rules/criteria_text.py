"""ELIG.CRITERIA's readings of running text beyond one pattern: whose statement it is (another party, a facility of
the applicant's, a source quoted, a party said to be unrelated), whether a branch accounts independently
(Xiamen's Art. 8 (一) admits "视同法人的独立核算单位"), and the applicant's production stopped now."""

from __future__ import annotations

import re

from reviewer.rules.context import compiled
from reviewer.structure.spans import RU_CONDITION, span_bounds

# the party a statement names as unrelated to the applicant: "该公司不从事生产，与受评价方的生产活动无关",
# "“绿源（香港）”是股东方的关联贸易公司，与本次申报主体无隶属关系"
_UNRELATED = re.compile(r"与(?:本次)?(?:申报主体|申报单位|申报企业|受评价方|本公司|我公司|公司|企业|我们|我司)[^。；，,]{0,10}?"
                        r"(?:无关|不相关|无(?:任何)?(?:隶属|股权|投资|关联)?关系|没有(?:任何)?(?:隶属)?关系)")
# who says it, not whom it is about: "设备供应商的售后工程师确认：", "据仓库保管员介绍，"
_SOURCE = re.compile(r"^(?:据|根据|经)?[^。；：:，,]{0,24}?(?:说|讲|反映|介绍|确认|表示|指出|称|提到|证实|证明|告知|透露)(?:道)?[：:，,]")
# a stop that is short, seasonal, for repairs or over: "春节放假", "临时停机约4小时", "停产一天半", "修复后恢复生产"
_SHORT_STOP = re.compile(r"(?:停|停产|停工|停机|停线|停电|停了)[^。；，,]{0,6}?[一二两三四五六七八九十几半\d]+\s*(?:个)?(?:小时|天|日|周|礼拜|星期)"
                         r"|[一二两三四五六七八九十几半\d]+\s*(?:个)?(?:小时|天|日|周|礼拜|星期)的?(?:停产|停工|停机|停线)")
_RESUMED = re.compile(r"(?<![没未无不])(?:恢复(?:生产|正常|运行|开工)?|复工|复产|重新(?:开工|投产|生产)|开线|投产后)")
# a party after a preposition is an object: "分拨给各个客户", "向一家供应商采购"
_OBJECT = re.compile(r"[给向与和把对从由](?:各个|各|每个|每家|一家|几家|[一二两三四五六七八九十几\d]+家|这些|那些|该|其他)?$")
_HISTORY = re.compile(r"曾经?|一度|那次|那年|那时|当时|当年|早年|过去|以前|此前|历史上")
# a plan, a rule, an emergency step or a choice, not what happened: "发生泄漏时全面停产", "将停产", "应立即停产"
_NOT_FACT = re.compile(r"将|拟|计划|准备|打算|预计|应当?|须|需要?|要求|可能|或|预案|应急|演练|时$|后$|的话$|一旦|是否")
# part of the plant, not all of it: "一条电镀线", "旧厂区", "三号车间", "部分产线"
_PART = re.compile(r"部分|个别|其中|一条|一台|某|旧厂|老厂|旧车间|老车间|原厂区|[一二三四五六七八九十\d]+号|[一二三四]期|新厂|分厂|子公司|分公司|淘汰|老旧|落后|型号|产品|机型|配件")
# an applicant word, for a bare "已停产" ("该型号产品已停产" is a product's)
_APPLICANT = re.compile(r"公司|企业|受评价方|受评方|申报(?:主体|单位|企业)|本厂|工厂|厂子|厂区|全厂|我们|我司|我厂|该厂|咱们")
_DENIED = re.compile(r"无|没有|未|不存在|并非|不是")
_INDEPENDENT = re.compile(r"(?:独立|单独)(?:进行)?(?:会计)?核算|视同法人")
# denied or asked ("非独立核算", "不单独核算", "是否独立核算"), or the rule's alternative ("…或视同法人的独立核算单位")
_NOT_BEFORE = re.compile(r"(?:(?:非|不|未|无|没有|并非|不是|是否)(?:实行|实施|进行|采用|作为|属于|具有|具备|为)?|或者?|或者?视同法人的)$")


def unrelated(text: str, m: re.Match) -> bool:
    """The sentence says the party it describes is unrelated to the applicant (after the statement)."""
    return bool(_UNRELATED.search(text, m.end(), span_bounds(text, m.start(), m.end(), "。；;\n")[1]))


def facility_subject(text: str, m: re.Match, facilities: re.Pattern | None) -> bool:
    """The clause is about one of the applicant's facilities, not the applicant: "该仓库不进行加工"."""
    if facilities is None:
        return False
    head = text[span_bounds(text, m.start(), m.end(), "，,；;。：:")[0]: m.start()]
    return bool(re.match(r"\s*(?:该|此|这个?|那个?|上述|这些|两处|各|其)?(?:" + facilities.pattern + r")", head))


def part_time(text: str, m: re.Match, words: re.Pattern | None) -> bool:
    """A time of day or of the year before the statement in its clause: "周末没有任何生产活动"."""
    return bool(words and words.search(text, span_bounds(text, m.start(), m.end(), "，,；;。")[0], m.start()))


def other_party(q: str, upto: int, others: re.Pattern | None, history: re.Pattern | None):
    """The first other party (supplier, customer, shareholder…) named as a subject before ``upto``: not an object
    ("整体出租给其他企业使用", "向供应商采购", "分拨给各个客户"), not in a clause of history, not the source quoted ("供应商的工程师确认：")."""
    if others is None:
        return None
    source = _SOURCE.match(q)
    lo = source.end() if source and source.end() <= upto else 0
    return next((o for o in others.finditer(q, lo, max(upto, 0))
                 if not _OBJECT.search(q, max(0, o.start() - 5), o.start())
                 and not (history and history.search(q, *span_bounds(q, o.start(), o.start(), "，,；;。")))), None)


def accounts_independently(sentence: str) -> bool:
    """The sentence says the unit accounts independently ("实行独立核算、视同法人"), not denied ("非独立核算",
    "不单独核算", "是否独立核算"), answered no ("独立核算：否") nor an option left unticked."""
    for m in _INDEPENDENT.finditer(sentence):
        if _NOT_BEFORE.search(sentence, max(0, m.start() - 6), m.start()):
            continue
        if re.match(r"\s*[：:]\s*(?:否|无|×|✗)", sentence[m.end():]):
            continue
        boxes = re.findall(r"[□☐☑■√✓✔]", sentence[: m.start()])
        if boxes and boxes[-1] in "□☐":
            continue  # "☑分公司（非独立核算） □视同法人的独立核算单位": an option left unticked
        return True
    return False


def production_ceased(ctx, c: dict, others, history):
    """The applicant's own production stopped now, completely ("公司去年年底已全面停产", "处于歇业状态", "办理歇业备案",
    "申请注销排污许可证", "生产车间已全部停用"): a finding, or None. A stop whose length the paragraph states
    (连续停产14个月, 停产N个月后恢复) is ELIG.NEGATIVE_LIST's; a short, seasonal or repair stop, one that has ended,
    an earlier year's, a part of the plant's, another party's, a plan or a condition is no such stop."""
    if not c.get("ceased_patterns"):
        return None
    lengths = [compiled(p) for item in ctx.catalog.eligibility.get("negative_list", [])
               if item.get("id") == "production_stopped" for p in item["patterns"]]
    temporary = compiled(c["ceased_temporary_words"]) if c.get("ceased_temporary_words") else None
    for p in c["ceased_patterns"]:
        for b, m in ctx.search(compiled(p)):
            if b.kind.value in ("table", "heading") or b.text[m.end(): m.end() + 1] == "的":
                continue  # "已停产的旧生产线": a noun's attribute
            if any(n.search(b.text) for n in lengths) or not _stopped_now(b.text, m, temporary, ctx.report_date):
                continue  # its length stated (ELIG.NEGATIVE_LIST's); not the applicant's whole plant, now
            s, e = span_bounds(b.text, m.start(), m.end(), "。！？\n")
            if other_party(b.text[s: e], m.start() - s, others, history) or unrelated(b.text, m):
                continue  # "上游一家铜箔供应商因环保整改停产"
            return ctx.finding("ELIG.CRITERIA", "申报主体自述目前已全面停止生产，培育对象应为从事实际生产的制造型企业。",
                               [ctx.evidence_at(b, m.start(), m.end())])
    return None


def _stopped_now(text: str, m: re.Match, temporary: re.Pattern | None, day) -> bool:
    """A stop that holds now for the whole plant: not a holiday, a repair or an outage, not ended, not an earlier
    year's, not a part's, not planned, denied or a condition, and (a bare "已停产") said of the applicant."""
    s, e = span_bounds(text, m.start(), m.end(), "。！？\n")
    head = text[span_bounds(text, m.start(), m.end(), "，,；;。：:")[0]: m.start()]
    if (temporary and temporary.search(text, s, e)) or _SHORT_STOP.search(text, s, e) or _RESUMED.search(text, m.end()):
        return False  # a holiday or a repair; it ended
    if _HISTORY.search(text, s, m.start()) or _PART.search(head) or _NOT_FACT.search(head) or _DENIED.search(head) \
            or re.search(RU_CONDITION + r"|若|如果|假如|倘若", text[s: m.start()]):
        return False  # the past, a part, a plan, denied ("无解散、清算、歇业备案等情形"), a condition
    if m.group(0).startswith("已") and not _APPLICANT.search(text, s, m.start()):
        return False  # "该型号产品已停产": a bare stop needs the applicant named before it
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", text[s: m.end()])]
    return not (day and years and max(years) < day.year - 1)  # an earlier year's: history, or a long stop
