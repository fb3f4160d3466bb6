"""More ways a report writes an unmet basic requirement, a result box ticked both ways and a score compared
wrongly with a pass mark (SCORE.INCONSISTENT; the conclusion itself is read in verdict.py)."""

from __future__ import annotations

import operator
import re

_N = r"(?:[1-9]\d*|[一二两三四五六七八九十]+)"
# "基本要求共10项，…其中第7项“…”因…被处罚，判定为不符合", "基本要求…；备注：第6项“…”现场判定为不符合",
# "基本要求共12项，其中11项符合，1项（…）不符合", "问：基本要求是否全部满足？答：有一项不满足",
# "One mandatory requirement (…) was found non-conforming". A veto condition found ("否决项…成立") is ELIG.NEGATIVE_LIST's.
_UNMET_MORE = re.compile(
    r"基本要求[^。]{0,60}?第\s*" + _N + r"\s*项[^。；]{0,80}?(?:判定|判为|认定|评定|结论)为?\s*[“\"「]?(?:不符合|不满足)"
    r"|基本要求[^。；]{0,40}?(?<![\d.])" + _N + r"\s*项\s*[（(][^（）()]{0,60}[）)]\s*(?:不符合|不满足|未满足)"
    r"|基本要求[^。；？?]{0,16}[？?]\s*(?:答\s*[：:])?\s*(?:有|存在)\s*" + _N + r"\s*项(?:不满足|不符合|未满足)"
    r"|(?i:\b(?:mandatory|basic) requirements?\b[^.;。；]{0,80}?(?:\bnon-?conform\w*|\bnot\s+(?:been\s+)?(?:met|fulfilled|satisfied)))")
# an unmet requirement of an earlier stage, a rule, a denial ("均不成立", "no mandatory requirement was found …")
# an earlier stage of the evaluation ("预评估时…尚未满足"), shared with verdict.py
EARLIER_STAGE = re.compile(r"预评估|预评价|初评|初判|暂判|初审")
_NOT_FOUND = re.compile(EARLIER_STAGE.pattern + r"|暂列|此前|曾|如果|如若|如有|假如|若|任一|任何一项|一旦|否则|的[，,]|即(?:判定|视为|不得)|(?<![规原准细法])则"
                        r"|另一家|其他企业|未发现|没有发现|不存在|无任何|均无|并无|没有|无一|(?i:\bno\b|\bnone\b|\bif\b|\bwithout\b)")
# "…不符合的，不得…", "…不满足即…": the rule, not a finding
_RULE_AFTER = re.compile(r"\s*(?:即|则|就|的|时|者)")
# done since: "企业于3月10日完成整改…复核确认", "本次评价时该项已判定为符合", "基本要求全部符合"
SINCE_MET = re.compile(r"(?<![未没])(?:完成整改|整改完成|整改到位|整改闭环)|复核[^。；]{0,12}(?:判定|确认|认定)?为?(?:符合|满足)"
                        r"|(?:该项|此项)(?:已|均已)?(?:被)?(?:判定|认定|评定|确认)为?(?:符合|满足)|基本要求(?:已)?(?:全部|均)(?:已)?(?:符合|满足)"
                        r"|(?i:\b(?:closed|rectified|corrected|resolved)\b)")


def unmet_more(text: str) -> re.Match | None:
    """The first statement in text, in one of the wordings above, that a basic requirement is unmet and still open."""
    for u in _UNMET_MORE.finditer(text):
        sentence = max(text.rfind(c, 0, u.start()) for c in "。；;\n") + 1
        said = re.sub(r"[“\"「][^”\"」]*[”\"」]|[（(][^（）()]*[）)]", "", text[sentence: u.end()])  # not the requirement's own words
        if _NOT_FOUND.search(said) or _RULE_AFTER.match(text, u.end()) or SINCE_MET.search(text, u.end(), u.end() + 160):
            continue
        return u
    return None


_TICK = r"[☑■√✔☒]"
_PASS_BOX = re.compile(_TICK + r"\s*(?:全部)?(?P<verb>符合|满足|推荐|通过|合格|达标)")
_FAIL_BOX = re.compile(_TICK + r"\s*(?:不予?|未|存在不)(?P<verb>符合|满足|推荐|通过|合格|达标)")


def both_ticked(text: str) -> str | None:
    """A result box ticked both ways ("☑ 符合… ☑ 不符合…", "■推荐 ■不予推荐 □整改后复评"): the two options.
    ■ is a bullet as often as a box: it counts only beside an empty box □."""
    marks = text if "□" in text or "☐" in text else text.replace("■", "")
    for yes in _PASS_BOX.finditer(marks):
        for no in _FAIL_BOX.finditer(marks):
            lo, hi = sorted((yes, no), key=lambda m: m.start())
            # the same question: the same verb, close together, no sentence or item break between
            near = hi.start() - lo.end() <= 40 and not re.search(r"[。；;]", marks[lo.end(): hi.start()])
            if yes.group("verb") == no.group("verb") and near:
                return f"“{yes.group(0)}”与“{no.group(0)}”同时勾选。"
    return None


# "综合得分85.0分，低于80分的推荐线", "85.0分（≥80分）"
_COMPARED = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分\s*(?:[，,]\s*)?(?:已|仍|尚|均|明显|略)?(?P<op>低于|不足|未达到?|未满|高于|超过|超出|不低于|达到了?)\s*(\d{1,3}(?:\.\d+)?)\s*分"
                       r"|(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分\s*[（(]\s*(?P<sym>≥|>=|＞|>|<|＜|≤|<=)\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[）)]")
_HOLDS = {"低于": operator.lt, "不足": operator.lt, "未达": operator.lt, "未达到": operator.lt, "未满": operator.lt,
          "高于": operator.gt, "超过": operator.gt, "超出": operator.gt, "不低于": operator.ge, "达到": operator.ge,
          "达到了": operator.ge, "≥": operator.ge, ">=": operator.ge, "＞": operator.gt, ">": operator.gt,
          "<": operator.lt, "＜": operator.lt, "≤": operator.le, "<=": operator.le}


def false_comparison(text: str) -> str | None:
    """A score compared with a mark the other way round ("85.0分，低于80分的推荐线"): the words."""
    for m in _COMPARED.finditer(text):
        a, op, b = (m.group(1), m.group("op"), m.group(3)) if m.group("op") else (m.group(4), m.group("sym"), m.group(6))
        if not _HOLDS[op](float(a), float(b)):
            return m.group(0)
    return None


def paragraph_verdict_problems(blocks) -> list[tuple[str, object, str]]:
    """(message, block, quote): result boxes ticked both ways and scores compared wrongly, paragraph by paragraph."""
    out = []
    for b in blocks:
        if b.kind.value != "paragraph":
            continue
        if (msg := both_ticked(b.text)) is not None:
            out.append((f"评价结果勾选自相矛盾：{msg}", b, b.text.strip()))
        if (words := false_comparison(b.text)) is not None:
            out.append((f"得分与分数线的比较写反了：“{words}”。", b, words))
    return out
