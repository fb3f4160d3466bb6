"""STD.WRONG_BASIS: the roles in which a report names another type's evaluation standard without making it the basis.

A supply-chain, park or product standard written beside the factory standard is not this report's basis when its
list item says so: it is only referred to, its evaluation is issued separately or lies outside this report's scope,
a self-check against it is annexed without counting for the score, it is said not to be the basis, or a question
whether it is the basis is answered no. Each word list below is one such role; `secondary` reads a citation
against all of them.
"""

from __future__ import annotations

import re

from reviewer.structure.spans import span_bounds

# only referred to or compared with ("参考GB/T 33635", "— for reference on green procurement only")
REFERRED = re.compile(r"参考|参照|借鉴|对比|比较|for reference|reference only|for information|informative|for comparison")
# its evaluation is another report's ("另按GB/T 39257—2020单独出具报告", "另行出具评价报告", "不在本报告范围内")
ELSEWHERE = re.compile(r"另行出具|单独出具|另[行外]?(?:按|依据|根据|依照)[^。；;，,]{0,30}?(?:出具|编制|形成)[^。；;，,]{0,6}报告"
                       r"|(?:不在|不属于|超出|不纳入)本次?(?:报告|评价)[^。；;，,]{0,6}范围|本次?(?:报告|评价)(?:不涉及|不包括|不包含)"
                       r"|outside (?:the |this )?(?:report|evaluation|assessment)'?s? scope|outside the scope of this"
                       r"|not (?:with)?in (?:the |this )?scope")
# a self-check against it annexed, not counted ("相关自查结论作为附件提供，不影响本报告得分")
ANNEXED = re.compile(r"(?:作为|列为|列入|附于)附件[^。；;]{0,20}?(?:不影响|不计入|不参与)"
                     r"|(?:不影响|不计入|不参与)本次?(?:报告|评价)的?(?:得分|评分|打分|结论|等级)")
# said, after the citation in its clause, not to be the basis ("GB/T 33635-2017不是本次评价依据", "并非评分依据")
NOT_BASIS = re.compile(r"[^。；;，,]{0,20}?(?:不是|并非|不作为|不属于)(?:本次|本报告)?的?(?:评价|评分|打分)?的?(?:依据|准则|评价标准)")
# a yes/no question about the basis ("…是评价依据吗？", "是否以…为依据？", "…is it the basis?") and a negative answer
# right after its question mark ("答：不是", "A：否", "No.")
_YES_NO = re.compile(r"是否|是不是|(?:依据|标准|准则|basis)[^。；;？?]{0,10}(?:吗|么|嘛|\bor not)\s*$")
_ANSWER_NO = re.compile(r"\s*(?:(?:答|回答|A\d*)\s*[：:]\s*)?(?:不是|否|并非|没有|不作为|No\b)")


def _denied_question(text: str, start: int, end: int) -> bool:
    """The citation stands in a yes/no question about the basis that the next words answer no."""
    s, e = span_bounds(text, start, end, "。；;？?！!\n：:", "。；;？?！!\n")
    if e >= len(text) or text[e] not in "？?":
        return False
    return bool(_YES_NO.search(text[s:e])) and bool(_ANSWER_NO.match(text, e + 1))


def secondary(text: str, start: int, end: int) -> bool:
    """The standard cited at text[start:end] stands, in its list item, in a role other than this report's basis."""
    s, e = span_bounds(text, start, end, "；;。\n")
    item = text[s:e]
    return any(p.search(item) for p in (REFERRED, ELSEWHERE, ANNEXED)) or bool(NOT_BASIS.match(text, end)) \
        or _denied_question(text, start, end)


# an edition written as its year beside a title ("《绿色工厂评价通则（2025版）》", "《绿色工厂评价通则》2025年版")
_EDITION_NOTE = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:修订)?版")


def noted_edition(text: str, m: re.Match) -> re.Match | None:
    """The edition note inside or right after the title matched by `m` (group 1: the year)."""
    note = _EDITION_NOTE.search(text, m.start(), min(len(text), m.end() + 12))
    return note if note and note.start() <= m.end() + 2 else None
