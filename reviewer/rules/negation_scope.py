"""A general reading of negation scope around a negative-list condition, behind the specific denial forms.

New writers deny a condition in shapes no pattern list foresees ("也查不到贵公司被调出的记录",
"……事件也没有", "被调出绿色制造名单，从来没有过"). A disclosure, in contrast, nearly always carries
something that says it happened: a positive count, harm or a penalty, a listing verb, a dated event, a
pending rectification, a "yes". So a paragraph's sentence that names the condition, holds a negation and
has no un-negated sign of occurrence is read as a denial. A sign of occurrence is negated when a negation
stands before it in its comma clause ("未造成人员伤亡") or after it in that clause or in a short answering
clause ("一起都没出", "，从来没有过"). Questions and answers ("是否……：是") are left to the checklist logic.
A list of conditions under a head and closed by one collective denial ("六项否决情形——……——经逐项检验均未出现")
is a denial of every item in it, whatever its own names sound like (``enclosed_denial``). A sentence that only
names the conditions, three or more of them, with no count, date, harm or "yes" anywhere in it, is a catalogue of them
(the rule's list, a check's items with answers in words no pattern knows), never a disclosure (``bare_catalogue``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.structure.spans import span_bounds

_SENTENCE_END = "。；;！？!?\n"
_ADVERSATIVE = re.compile(r"但是|但|然而|不过|可是|只是|另外|此外|同时")
_QUOTED = re.compile(r"“[^”]{0,40}”|\"[^\"]{0,40}\"|「[^」]{0,40}」|《[^》]{0,60}》")
# a negation that gives a cause or a failed check, not a denial: "因未按期公示年报", "复核未获通过而遭调出"
_CAUSE = re.compile(r"(?:因|由于|因为)[^，。；,;被遭]{0,16}?(?:未|无|不|没)[^，。；,;被遭]{0,10}"
                    r"|(?:未|没|没有)(?:按时|按期|及时|按规定|如期)[^，。；,;被遭]{0,8}|(?:未|没有?)(?:获|能)?(?:通过|合格|达标)"
                    # "动态复核没过被调了出来": a check not passed, the cause of a removal
                    r"|(?:未|没)过(?:关)?(?=被|而|遭|[，,])"
                    # "没在规定期限内报年度报告": a missed deadline, the cause of a listing
                    r"|(?:未|没|没有)在(?:规定|要求|法定)的?(?:期限|时间|日期|时限)内[^，。；,;被遭]{0,10}")
# a matter still open, named with a negation: "【未办结事项】", "未销号的问题", "两项措施未完工"
OPEN_STATE = re.compile(r"未予?(?:关闭|销号|闭环|办结|结案|完工)")
# negative words that state the condition: a rectification or removal not finished, a long stoppage
_PENDING = re.compile(r"没有?移出|未见(?:其|任何)?(?:移出|撤销|解除|屏蔽|销号)|(?:还|仍|尚)(?:没|未)(?:有)?(?:办|移出|整改|完成|执行|履行|撤|解除|销号)"
                      r"|(?:还|仍|尚)(?:没|未)(?:有)?[\u4e00-\u9fff]{0,4}完|(?:尚|还|仍|正)在(?:办|办理|走|申请|整改)"
                      r"|没有?(?:整改|改|办|执行)完|没拿到[^，。；]{0,8}完成|尚未|仍未|至今未|未完成|未整改|未履行|未按期|未移出|未提交|逾期|整改中|未到位|仍在(?:使用|运行)"
                      r"|一整年|整整一年|全年停|停了一年|一年多|十几个月"
                   # "整改至今没有完成", "更换到现在都没能到位": not finished up to now
                   r"|(?:至今|迄今|到现在|到目前|如今)(?:为止)?(?:仍|还|都|也)?(?:没有?|未能?)(?:能)?[\u4e00-\u9fff]{0,4}?(?:完成|完|到位|办结|结束|关闭)"
                   r"|整改[^，。；,;]{0,8}?(?:没有?|未能)(?:完成|到位|结束)"
                   # "仍有整改事项未予关闭": something still open
                   r"|(?:仍|尚|还)有[^，。；,;]{0,10}?(?:未|没有?)|" + OPEN_STATE.pattern)
_NEGATION = re.compile(r"未|没|无(?!法|害|组织|序|尘|缝|纸|人值守|水|机|铅|卤|锡|醛|氟|磷|极)|不(?:存在|涉及|在|属于|曾|是|再)|否"
                       r"|(?<![\d.])零|并非|查无|查不到|找不到|杜绝|从未|(?<![\d.])0(?![\d.%])")
_QUESTION = re.compile(r"是否|有无|有没有|[?？]")
# the veto's own name holds 否 but denies nothing ("查验发现（触发否决项）：…仍在经营异常名录内")
VETO_WORD = re.compile(r"否决|否定项|否定性")
# "重大安全事故—有（2024年，…）": a dash answering yes, closed by a bracket or a clause's end
_YES = re.compile(r"[：:]\s*(?:——|—)?\s*(?:是|有|存在|确有)(?![否非])|(?:——|—|－)\s*(?:是|有|存在|确有)(?=\s*(?:[（(，,；;。]|$))|[☑■√✓✔]\s*(?:是|有|存在)|这是事实|属实|确有")
# signs that it happened
_COUNT = re.compile(r"(?<![零〇0-9.])(?:[1-9]\d*|[一二两三四五六七八九十]+)\s*(?:起|次|人|名|例|宗|件|条|个多?月|天)(?!\s*(?:及|或)?以[上下])")
# counts of the conditions themselves, not of events: "否决条件共六条", "一条一条认真查过", "六条均不涉及"
_CONDITION_COUNT = re.compile(r"(?:否决|条件|情形|事项)[^，。；,;]{0,3}?(?:共|计|有|合计)?\s*(?:[1-9]\d*|[一二两三四五六七八九十]+)\s*(?:条|项|类|种)"
                              r"|(?:[1-9]\d*|[一二两三四五六七八九十]+)\s*(?:条|项|类|种)(?:否决)?(?:条件|情形|事项)?(?=\s*(?:均|都|全|逐|皆))"
                              r"|一条一条|一项一项|逐条|逐项")
_HARM = re.compile(r"死亡|身亡|遇难|死了|受伤|重伤|轻伤|截肢|骨折|中毒|送医|伤亡|经济损失|罚款|罚金|处罚|处以|通报|立案|判决|责令|召回|约谈|追缴")
# "让市场监管部门列进了经营异常名录": 让/叫/给 make the passive too, and 列进 is 列入
_LISTING = re.compile(r"(?:被|遭|已|让|叫|给)[^，。；,;]{0,12}?(?:列入|列进|列为|纳入|调出|移出|撤销|吊销|注销|认定|定性|通报|[调移剔踢]了?出(?:来|去))"
                      # "列于2023年工业节能监察整改名单之中", "至今仍载于经营异常名录"
                      r"|(?:列于|载于|载入|记载于)[^，。；,;]{0,20}?(?:名单|名录)|(?:名单|名录)(?:之中|之列)"
                      # "2024年收到工业节能监察整改通知": a notice received (a denial before it is read as usual)
                      r"|(?:收到|接到|被下达|被下发)(?:了)?[^，。；,;]{0,12}?整改(?:通知书?|要求|意见书?|指令)")
_EVENT = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月|发生|出现|出了|引发|造成|导致|致使|停了|停产|停工")
# "，从来没有过", "，没这回事": a short clause that only answers the one before
_SHORT_ANSWER = re.compile(r"[，,：:]\s*(?:也|都|均|从来|从|并|至今|近三年|一直)?(?:没|未|无|不|否|查无|零|0)[有曾]?"
                           r"(?:有|发生|出现|出|碰到|遇到|查到|见|在列|是|涉及|存在)?过?"
                           r"(?:这回事|此事|此类事|这种事|记录|相关记录|此情况|此情形)?(?=[，,。；;]|$)")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around the span, cut at an adversative ("……未发生事故，但2024年3月……")."""
    a = max(text.rfind(c, 0, start) for c in _SENTENCE_END) + 1
    ends = [i for i in (text.find(c, end) for c in _SENTENCE_END) if i != -1]
    b = min(ends) if ends else len(text)
    for x in _ADVERSATIVE.finditer(text, a, start):
        a = x.end()
    x = _ADVERSATIVE.search(text, end, b)
    return a, x.start() if x else b


def _negated_before(s: str, pos: int) -> bool:
    start = max(s.rfind(c, 0, pos) for c in "，,：:；;") + 1
    return bool(_NEGATION.search(s, start, pos))


def _negated_after(s: str, pos: int, own: tuple[int, int]) -> bool:
    ends = [i for i in (s.find(c, pos) for c in "，,：:") if i != -1]
    end = min(ends) if ends else len(s)
    answer = _SHORT_ANSWER.match(s, end)
    end = answer.end() if answer else end
    rest = "".join("〇" if own[0] <= i < own[1] else ch for i, ch in enumerate(s[pos:end], pos))
    return bool(_NEGATION.search(rest))


def scope_denies(text: str, m: re.Match) -> bool:
    """Whether the sentence around the condition ``m`` denies it: a negation and no un-negated sign that it happened."""
    groups = m.groupdict()
    if groups.get("months") or groups.get("days") or groups.get("y1"):
        return False  # a stoppage stated with its length
    a, b = _sentence(text, m.start(), m.end())
    mask = lambda x: "〇" * len(x.group(0))  # noqa: E731
    s = VETO_WORD.sub(mask, _CONDITION_COUNT.sub(mask, _CAUSE.sub(mask, _QUOTED.sub(mask, text[a:b]))))
    own = (m.start() - a, m.end() - a)
    if _QUESTION.search(s) or _YES.search(s) or _PENDING.search(s):
        return False
    for pat in (_COUNT, _HARM, _LISTING, _EVENT):
        for x in pat.finditer(s):
            if pat is _EVENT and x.start() < own[1] and x.end() > own[0]:
                continue  # "发生" inside the condition's own words ("发生火灾") is no sign by itself
            if not _negated_before(s, x.start()) and not _negated_after(s, x.end(), own):
                return False
    return bool(_NEGATION.search(s))


# a list under a head, closed by one collective denial, with no exception in between:
# "六项否决情形——事故，…，节能监察整改未完成，…——经逐项检验均未出现" (the items' own words may sound pending)
# "否决条件清零：事故、…、节能监察整改未完成——六个雷区，我们一个都没踩": a short word may follow the head noun
# "否决项清单中的各种情形，即……": a comma and 即 / 包括 open the list too
# "否决项清单中的近三年……事故，……，被调出绿色制造名单，抽检组逐项抽查，该企业均未检出": the veto list named as the head
# "六条红线依次是……，我们逐条查询，结果全是“无”": the conditions as red lines, listed in order
_LIST_HEAD = re.compile(r"(?:情形|条件|事项|情况|问题|各项|红线|底线|雷区)[\u4e00-\u9fff]{0,3}?\s*(?:——|—|：|:|（|\(|[，,]\s*(?:即|包括|也就是|分别是|分别为)|(?:依次|分别)(?:是|为))"
                        r"|否决(?:项|条件|情形)?(?:清单|一览表|核查表|表)(?:中|里|内|上)?(?:的|所列的?|列明的?)")
_COLLECTIVE = re.compile(r"(?:均|都|皆|全部|一概|一律|全都|逐项|逐一|一[项条个类样种件](?:也|都)|(?:全|都|均)(?:是|为))[^，。；,;]{0,4}?"
                         r"(?:未|不|没有?|无)(?!完成|整改|按期|按时|通过|移出|履行|到位|提交)")
_EXCEPTION = re.compile(r"其余|其他|其它|余下|剩余|以外|之外|除|但|然而|不过|只有|仅")


_DATED = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")


def _lists_topics(text: str, start: int, end: int, topics: Sequence[re.Pattern], least: int) -> bool:
    """Whether ``text[start:end]`` names ``least`` or more of the veto ``topics`` (a list of the conditions)."""
    return bool(topics) and sum(1 for topic in topics if topic.search(text, start, end)) >= least


def enclosed_denial(text: str, m: re.Match, sentence_start: int, topics: Sequence[re.Pattern] = (), least: int = 3) -> bool:
    """Whether the list holding ``m`` is closed by one collective denial under a head, with no exception between.
    Without a head, a sentence naming ``least`` or more of the veto ``topics`` (standards/eligibility.yaml) and
    ending on that denial is the list too ("……，工业节能监察整改未完成，被调出绿色制造名单，均未查见。")."""
    end = min((i for i in (text.find(c, m.end()) for c in "。；;\n") if i != -1), default=len(text))
    head = None
    for head in _LIST_HEAD.finditer(text, sentence_start, m.start()):
        pass
    denial = _COLLECTIVE.search(text, m.end(), end)
    if denial and head is None and len(text[denial.end(): end].strip(" ，,、")) <= 4 \
            and _lists_topics(text, sentence_start, denial.start(), topics, least) \
            and not _COUNT.search(text, sentence_start, denial.start()) and not _DATED.search(text, sentence_start, denial.start()):
        return not _EXCEPTION.search(text, sentence_start, denial.start())  # (a counted or dated event is no list item)
    return bool(head and denial) and not _EXCEPTION.search(text, head.end(), denial.start())


_ZERO_COUNT = re.compile(r"(?:一|1)\s*(?:起|次|件|例|宗|条|个|份|项|回)\s*(?:也|都)\s*(?:没|未|无|不)")


def bare_catalogue(text: str, m: re.Match, topics: Sequence[re.Pattern] = (), least: int = 3) -> bool:
    """Whether ``m`` sits in a sentence naming ``least`` or more of the veto ``topics`` and nothing that happened: no
    count, year-and-month, harm or penalty, "yes", question, exception or turn. The items' own names
    ("节能监察整改未完成", "被调出…名单") are no sign; a disclosure names something particular ("2024年5月…一起…1人受伤")."""
    a, b = span_bounds(text, m.start(), m.end(), "。！？!?\n")
    if not _lists_topics(text, a, b, topics, least):
        return False
    # "一起也没有", "一份也没收到": a zero, not a count
    s = _ZERO_COUNT.sub(lambda x: "〇" * len(x.group(0)), text[a: b])
    # an exception or a turn ("但……仍未完成", "除……外") singles one item out as what happened
    return not any(p.search(s) for p in (_COUNT, _DATED, _HARM, _YES, _QUESTION, _EXCEPTION, _ADVERSATIVE))
