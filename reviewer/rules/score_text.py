"""Scores as a sentence writes them (SCORE.INCONSISTENT): item scores against the maximum stated with them,
listed items against the total or partial sum they lead to, a score against the parts it is broken down into,
points lost against the maximum and the score left.

A sentence is read as a row of numbers ("mentions"), each with what stands before it: an item's score ("26.5分",
"26.5/30", "26.5分（满分30分）"), a maximum ("满分30分"), points lost ("扣1.5分", "少3.5分"), a total ("合计85.0分",
"＝85.0", "Total 85.0/100") or a partial sum ("两项合计51.5分"). Numbers with a unit ("1.40", "15.0%", "2025年")
are not scores; bare numbers count only in a list of scores ("依次为26.5、25.0、…", "26.5加25.0加…")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUM = re.compile(r"(?<![\d.．/／A-Za-z_])(?<!\d,)(\d{1,3}(?:\.\d+)?)(?!\d|\.\d|,\d{3})")  # not "1,899.8"
# what follows a score: 分, then its own maximum ("/30", " out of 100", "（满分30分）", "分的超高分（满分30分）")
_SUFFIX = re.compile(
    r"(?P<fen>\s*(?:分(?![钟析之类别项配布])|[（(]分[）)])|\s?(?:pts?|points?)\b)?"
    r"(?:\s*[/／]\s*(?P<slash>\d{1,3}(?:\.\d+)?)(?!\d|\.\d)(?:\s*(?:分|pts?\b|points?\b))?"
    r"|\s+out of\s+(?P<outof>\d{1,3})"
    r"|(?:的[^\d，。；,;（(]{0,5})?\s*[（(]\s*(?:该项|本项|此项|该指标|该一级指标|该二级指标)?满分(?:为|是)?\s*(?P<paren>\d{1,3}(?:\.\d+)?)\s*(?:分|pts?)?\s*[）)])?")
# a number with a unit, a date or a ratio is no score
_UNIT = re.compile(r"\s*(?:[%％‰°℃]|万|亿|千|百|kWh|MWh|kW|MW|GW|kV|kg|km|tce|tCO|t\b|m[²³23]|m\b|吨|年|月|日|号|项|个|名|家|次|人|倍|元|小时|天|台|套|条|张|页|层|处|座|栋|类|种|级|位|组|批|型|度|户|辆|米|平方|亩|公顷|件|份|款|道|周|岁|秒|点|余|多|[:：]\d|[-—~～]\d|[x×])", re.I)
_LOST_TAIL = re.compile(r"(?:扣|失|少|差|减|丢|欠)[了去除掉]?分?(?:为|是|共|计|合计)?\s*[:：]?\s*$")
_MAX_TAIL = re.compile(r"满分(?:值)?(?:为|是|各为|均为|依次为|分别为|各|均)?\s*[:：]?\s*$")
_TOTAL_TAIL = re.compile(r"(?:合计|总计|共计|累计|一共|总共|总分|总得分|综合得分|汇总|加总|相加|加起来|合起来|小计|Total|total|TOTAL"
                         r"|(?:该|本)?一级指标(?:得分|合计|小计))(?:得分|分数|分值)?\s*(?:为|是|了|达|得|正好|就是|恰好|刚好|共|一共)?\s*[:：]?\s*$"
                         r"|[=＝]\s*$")
_PARTIAL = re.compile(r"(?:[两二三四2-4]项|二者|两者|这两项?|前[两二三四2-4]项)(?!二级|三级|一级|指标)")
_PARTIAL_N = {"两": 2, "二": 2, "2": 2, "这": 2, "三": 3, "3": 3, "四": 4, "4": 4}  # by its first character
# list separators between scores, with the next item's name: "、资源", "；2. 资源高效化：", "加", "＋"
_RUN_SEP = re.compile(r"^\s*分?\s*(?:[、，,；;和及与加＋+]|以及|and)\s*(?:[（(]?\d{1,2}[.．、)）]\s*)?[^\d，。；,;：:、]{0,10}?\s*[：:]?\s*(?:得分|得|拿了|拿到|为)?\s*$")
_CHAIN_SEP = re.compile(r"^\s*分?\s*(?:加|[＋+])\s*[^\d，。；,;]{0,10}$")
_RUN_INTRO = re.compile(r"(?:得分|分值|评分|分数)(?:[^，。；\d]{0,6}(?:依次|分别)(?:为|是)\s*[:：]?|[^，。；\d]{0,4}[:：][^，。；\d:：]{0,10})\s*$")
# a score broken down after it: "26.5分＝能源投入…", "（14.0/16）：1）…", "，由三项二级指标构成：", "，其中", "，下设"
_PARENT = re.compile(r"\s*(?:[=＝](?=\s*[^\d\s])|[）)]?\s*[:：](?=\s*\D)|[，,]?\s*(?P<word>由[^，。；\d]{0,20}?(?:构成|组成)|其中|具体为|具体是|具体如下|下设[^，。；\d]{0,16}?"
                     r"|[^，。；\d]{0,12}?分项为|二级指标(?:得分)?(?:分别)?为)\s*[:：，,]?)")
# a list that claims to be whole: the parts must add up to the score broken down
_WHOLE = re.compile(r"相加即为|之和|全部二级指标|以上即为|构成|组成|具体为|具体是|下设|分项为")
# a sentence about an earlier, corrected, hypothetical score
CORRECTED = re.compile(r"更正|纠正|修正|调整为|调整后|下调|上调|误录|误填|误记|误写|误算|笔误|初评|初稿|曾(?:计|记|按|为|给)|原为|原计|复核前|若|如果|假如|假设|预计|测算")


@dataclass
class Mention:
    start: int
    end: int  # after the suffix
    value: float
    kind: str  # item, bare, max, lost, total, partial
    own_max: float | None = None
    fen: bool = False
    prefix: str = ""
    count: int = 0  # how many items a partial sum adds up
    children: list = field(default_factory=list)
    child: bool = False
    whole: bool = False  # its parts are said to be all of it ("＝", "由…构成", "（…）"), not some ("其中")


def mentions(sentence: str) -> list[Mention]:
    """The numbers of a sentence that may be scores, with their kinds."""
    out: list[Mention] = []
    last = 0
    for m in _NUM.finditer(sentence):
        if m.start() < last:
            continue
        after = sentence[m.end():]
        suf = _SUFFIX.match(sentence, m.end())
        fen = bool(suf.group("fen"))
        mx = suf.group("slash") or suf.group("outof") or suf.group("paren")
        if not fen and not mx and (_UNIT.match(after) or _ordinal(sentence, m)):
            continue
        if sentence[max(0, m.start() - 1): m.start()] == "第":
            continue
        prefix = sentence[last: m.start()]
        tail = prefix[-16:]
        kind = "item" if fen or mx else "bare"
        if _LOST_TAIL.search(tail):
            kind = "lost"
        elif _MAX_TAIL.search(tail):
            kind = "max"
            if re.search(r"(?:拿下|拿到|拿了|获得|取得|得了?|实得)满分", tail) and not mx:
                kind, mx = "item", m.group(1)  # "能源低碳化拿下满分30分": scored the maximum
        elif _TOTAL_TAIL.search(tail):
            kind = "total"
        mention = Mention(m.start(), suf.end(), float(m.group(1)), kind, float(mx) if mx else None, fen, prefix)
        if kind == "total" and (p := _PARTIAL.search(prefix)) and not re.search(r"[五六七八5-8]项|各项|所有|全部", prefix):
            how_many = p.group(0).lstrip("前")[0]  # "两项", "前三项", "二者", "这两项"
            mention.kind, mention.count = "partial", _PARTIAL_N.get(how_many, 2)
        if kind == "total" and re.match(r"\s*分?\s*(?:[＋+]|加)", sentence[suf.end():]):
            mention.kind = "item"  # "合计为：26.5＋25.0＋…": the first term of the sum, not its result
        out.append(mention)
        last = suf.end()
    _runs(sentence, out)
    _breakdowns(sentence, out)
    return out


def _ordinal(text: str, m: re.Match) -> bool:
    """"1. 能源低碳化", "2）水污染物", "1、…": a list number, not a score."""
    if "." in m.group(1) or not re.search(r"(?:^|[；;：:\s。，,（(])$", text[max(0, m.start() - 1): m.start()]):
        return False
    return bool(re.match(r"[.．)）](?!\d)|、(?=[\u4e00-\u9fffA-Za-z])", text[m.end():]))


def _runs(sentence: str, ms: list[Mention]) -> None:
    """Bare numbers in a list of scores are scores; in a list of maxima ("满分依次为30、30、16…") maxima."""
    i = 0
    while i < len(ms):
        j = i
        while j + 1 < len(ms) and _RUN_SEP.match(ms[j + 1].prefix) and ms[j + 1].kind in ("item", "bare"):
            j += 1
        run = ms[i: j + 1]
        if ms[i].kind == "max":
            for x in run[1:]:  # "满分分别为30、30、16、16、8分", up to "…，企业得分分别为9.0分"
                if re.search(r"得|拿|获", x.prefix):
                    break
                x.kind = "max" if x.own_max is None else x.kind
        elif any(x.kind == "item" for x in run) or _RUN_INTRO.search(ms[i].prefix) \
                or (len(run) > 1 and all(_CHAIN_SEP.match(x.prefix) for x in run[1:])):
            for x in run:
                x.kind = "item" if x.kind == "bare" else x.kind
        i = j + 1


def _breakdowns(sentence: str, ms: list[Mention]) -> None:
    """A score followed by its parts: the parts are its children, not items of the total."""
    for i, p in enumerate(ms):
        if p.kind not in ("item", "total") or p.child:
            continue
        mark = _PARENT.match(sentence, p.end)
        if mark is None and p.kind == "total" and i == 0 and re.match(r"\s*[｜|]", sentence[p.end:]):
            mark = re.match(r"\s*[｜|]", sentence[p.end:])  # "一级指标得分14.0分｜大气污染物4.0分｜…": a row of its parts
        paren = re.match(r"\s*[（(]([^（）()]*)[）)]", sentence[p.end:])
        if paren and re.search(r"(?:19|20)\d{2}|上年|去年|较|比|同比|自评|初评|原", paren.group(1)):
            paren = None  # "26.5分（2024年为24.0分，…）": other years' scores beside it, not its parts
        kids = []
        if paren:
            close = p.end + paren.end()
            kids = [x for x in ms[i + 1:] if x.start < close and x.kind == "item"]
            if len(kids) < 2:
                kids = []
        elif mark:
            for x in ms[i + 1:]:
                if x.kind in ("total", "partial") or _PARENT.match(sentence, x.end):
                    break
                if x.kind == "item":
                    # the parts are joined alike: "…、碳排放6.0分；资源高效化25.0分" is the next item, not a part
                    if len(kids) >= 2 and _joint(x.prefix) != _joint(kids[1].prefix):
                        break
                    kids.append(x)
        if len(kids) >= 2:
            p.children = kids
            p.whole = bool(paren) or (mark is not None and (mark.groupdict().get("word") or "") != "其中")
            for x in kids:
                x.child = True


def _joint(prefix: str) -> str:
    """How a listed score is joined to the one before: 、 ， ； ＋ or a word."""
    j = re.search(r"[、，,；;＋+]|加|和|及", prefix)
    return {",": "，", ";": "；", "+": "＋", "加": "＋"}.get(j.group(0), j.group(0)) if j else ""


def close_enough(a: float, b: float, n: int) -> bool:
    """Equal up to the rounding of n scores written to one decimal."""
    return abs(a - b) <= 0.051 * max(1, n ** 0.5)


def fmt_score(v: float) -> str:
    """85.0 → "85", 26.5 → "26.5"."""
    return f"{v:.10g}"


_SCORE_WORDS = re.compile(r"\d\s*[/／]\s*\d|\d\s*分(?![布钟析之类别项配])|得分|满分|[Ss]core|[Tt]otal|\bpts\b|points")


def sentence_problems(sentence: str) -> list[str]:
    """What a sentence's scores contradict: messages."""
    if CORRECTED.search(sentence) or not _SCORE_WORDS.search(sentence):
        return []
    ms = mentions(sentence)
    out = []
    for i, x in enumerate(ms):
        if x.kind in ("item", "total") and x.own_max is not None and x.value > x.own_max + 1e-9:
            out.append(f"得分 {fmt_score(x.value)} 分超过其满分 {fmt_score(x.own_max)} 分。")
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is None:
            continue
        # "9.0分，满分是8分": a maximum said right after the score
        if x.kind == "item" and x.own_max is None and nxt.kind == "max" \
                and re.fullmatch(r"\s*[，,]\s*(?:该项|本项|此项|该指标|这一项)?的?满分(?:为|是|仅为?|只有)?\s*", nxt.prefix) \
                and x.value > nxt.value + 1e-9:
            out.append(f"得分 {fmt_score(x.value)} 分超过其后所写满分 {fmt_score(nxt.value)} 分。")
        # "满分12分，本次评价得分14.0分": the score right after its maximum
        if x.kind == "max" and nxt.kind == "item" and nxt.own_max is None \
                and re.fullmatch(r"\s*分?\s*[，,]\s*(?:本次|企业|实际|评价组|最终)?(?:评价)?(?:实得|得分|得|拿了|拿到|获得)(?:为|是)?\s*", nxt.prefix) \
                and nxt.value > x.value + 1e-9:
            out.append(f"得分 {fmt_score(nxt.value)} 分超过其前所写满分 {fmt_score(x.value)} 分。")
        # "按满分100分计，…本次得分105.0分": the scale the sentence sets, then the score on it
        elif x.kind == "max" and re.search(r"(?:按|以|在)满分$", x.prefix.strip()[-3:]) and nxt.kind in ("item", "total") \
                and nxt.own_max is None and not re.search(r"化|指标|项", nxt.prefix) and nxt.value > x.value + 1e-9:
            out.append(f"得分 {fmt_score(nxt.value)} 分超过满分 {fmt_score(x.value)} 分。")
    for p in ms:
        if not p.children:
            continue
        s = sum(c.value for c in p.children)
        between = sentence[p.end: p.children[-1].end]
        whole = p.whole or _WHOLE.search(sentence)
        if not close_enough(s, p.value, len(p.children)) and (s > p.value or whole) and not re.search(r"等|其余|其他|其它", between):
            out.append(f"“{fmt_score(p.value)}分”所分各项之和为 {s:.1f} 分。")
        maxima = [c.own_max for c in p.children]
        if p.own_max is not None and None not in maxima and not close_enough(sum(maxima), p.own_max, len(maxima)) \
                and (sum(maxima) > p.own_max or whole):
            out.append(f"所分各项满分之和为 {sum(maxima):.10g} 分，与其满分 {fmt_score(p.own_max)} 分不符。")
    out += _deductions(ms)
    start = 0
    for k, t in enumerate(ms):
        if t.kind not in ("total", "partial") or t.child:
            continue
        items = [x for x in ms[start:k] if x.kind == "item" and not x.child]
        between = sentence[ms[start - 1].end if start else 0: t.start]  # since the previous total
        start = k + 1
        if t.kind == "partial":
            if len(items) >= t.count:
                part = items[-t.count:]
                if not close_enough(sum(x.value for x in part), t.value, t.count):
                    out.append(f"文中{t.count}项得分之和为 {sum(x.value for x in part):.1f} 分，所写合计却为 {fmt_score(t.value)} 分。")
            continue
        chained = len(items) == 2 and all(_CHAIN_SEP.match(x.prefix) for x in items[1:])
        if (len(items) < 3 and not chained) or re.search(r"等|其余|其他|其它|另有|余下|主要|部分|较低|较高|最高|最低|突出|薄弱", between):
            continue  # some of the items, not all
        if len(re.sub(r"\s", "", sentence[items[-1].end: t.start])) > 12:
            continue  # the total far from the list is another total
        s = sum(x.value for x in items)
        if not close_enough(s, t.value, len(items)):
            out.append(f"文中所列各项得分之和为 {s:.1f} 分，合计却为 {fmt_score(t.value)} 分。")
        maxima = [x.own_max for x in items]
        if t.own_max is not None and None not in maxima and not close_enough(sum(maxima), t.own_max, len(items)):
            out.append(f"文中所列各项满分之和为 {sum(maxima):.10g} 分，所写满分却为 {fmt_score(t.own_max)} 分。")
    return out


def sentences(text: str):
    """(start, sentence) of a paragraph, split at 。！？ and line ends."""
    for m in re.finditer(r"[^。！？!?\n]+", text):
        yield m.start(), m.group(0)


def _deductions(ms: list[Mention]) -> list[str]:
    """Points lost against the maximum and the score left: "满分30分，…扣1.5分；…扣1.0分；合计扣3.0分，最终得分26.5分"."""
    out = []
    lost = [x for x in ms if x.kind == "lost"]
    stated = [x for x in lost if re.search(r"合计|累计|共计|总|共", x.prefix[-8:])]
    parts = [x for x in lost if x not in stated]
    if len(stated) == 1 and len(parts) >= 2 and all(x.start < stated[0].start for x in parts) \
            and not close_enough(sum(x.value for x in parts), stated[0].value, len(parts)):
        out.append(f"各项扣分之和为 {sum(x.value for x in parts):.1f} 分，所写合计扣分却为 {fmt_score(stated[0].value)} 分。")
        return out
    maxima = [x for x in ms if x.kind == "max"]
    items = [x for x in ms if x.kind == "item" and not x.child]
    # one loss counts only when said right beside the score ("企业得26.5分，失3.5分"), not an example of where points went
    beside = len(lost) == 1 and len(re.sub(r"\s", "", lost[0].prefix)) <= 4
    if len(maxima) == 1 and len(items) == 1 and lost and maxima[0].start < min(x.start for x in lost + items) \
            and (len(stated) == 1 or beside):
        total_lost = stated[0].value if stated else lost[0].value
        if not close_enough(maxima[0].value - total_lost, items[0].value, 2):
            out.append(f"满分 {fmt_score(maxima[0].value)} 分扣 {fmt_score(total_lost)} 分，应得 {maxima[0].value - total_lost:.1f} 分，"
                       f"所写得分却为 {fmt_score(items[0].value)} 分。")
    return out
