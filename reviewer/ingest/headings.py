"""Heading numbers as printed in Chinese reports: 第一章, 一、, （一）, 1., 1.1, （1）.

Exports turn "1.1 概述" into "1.1概述" or keep a full-width space; both are accepted.
"""

from __future__ import annotations

import re

_CN = "一二三四五六七八九十"
_NUMBER = re.compile(
    r"^\s*(?P<num>"
    r"第[一二三四五六七八九十百零\d]{1,4}[章节部分篇]"
    rf"|[{_CN}]{{1,3}}\s*[、.．]"
    rf"|[（(]\s*[{_CN}]{{1,3}}\s*[)）]"
    r"|\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?(?!\d)"
    r"|\d{1,2}\s*[、.．](?!\d)"
    r"|\d{1,2}(?=\s)"
    r"|\d{1,2}(?=[\u4e00-\u9fff])"
    r"|[（(]\s*\d{1,2}\s*[)）]"
    r"|附[件录]\s*[\d一二三四五六七八九十A-Z]{0,3}"
    r")\s*(?P<title>.*)$"
)
_TERMINAL = tuple("。；;！？!?，,、：:")
# What follows a bare number when it is a quantity, not a heading: "2 台", "3 个月".
_NOT_TITLE_START = re.compile(r"^[年月日个台套次人名项万亿元%％㎡m吨tkKgG家座栋条]")


def split_heading(text: str, *, max_len: int = 40) -> tuple[str, str] | None:
    """``(number, title)`` when ``text`` reads as a numbered heading line, else None."""
    t = text.strip()
    # a line ending mid-sentence ("…近三年没有发生较大及以上安全、") is wrapped body text
    if not t or len(t) > max_len or t.endswith(_TERMINAL[:10]):
        return None
    m = _NUMBER.match(t)
    if not m:
        return None
    num, title = m.group("num").strip(), m.group("title").strip()
    if not title or _NOT_TITLE_START.match(title):
        return None
    if not re.match(r"[\u4e00-\u9fffA-Za-z（(]", title):
        return None
    if len(title) > 15 and re.search(r"[，；。]", title):
        return None  # a sentence with clauses: numbered body text, its first line wrapped
    if re.search(r"[：:]\s*\S", title) and re.search(r"\d[\d,.]*\s*(?:m²|㎡|m³|t\b|tce|kWh|万|亿|%|％|吨|元)", title):
        return None  # "（5）用地指标…复核：用地34,810 m²、计容建筑面积": figures after a colon, wrapped body text
    if len(title) > 15 and (re.search(r"[：:][^：:]{6,}$", title) or re.search(r"\d$", title)):
        return None  # "（3）审核组核查了…过程：外购电力间接排放采用2022": a sentence running on past a colon, cut mid-figure
    if num.startswith("附") and len(t) > 30:
        return None
    return num, title


def number_style(num: str) -> str:
    """A label for the numbering family, used to assign levels consistently in one document."""
    n = num.replace("．", ".").replace("(", "（").replace(")", "）")
    if n.startswith("第"):
        return "chapter" if n.endswith(("章", "部分", "篇")) else "section"
    if n.startswith("附"):
        return "annex"
    if re.match(rf"[{_CN}]", n):
        return "cn"
    if n.startswith("（") and re.search(rf"[{_CN}]", n):
        return "paren_cn"
    if n.startswith("（"):
        return "paren_arabic"
    dots = n.rstrip(".").count(".")
    if dots >= 1:
        return f"dotted{dots + 1}"
    return "arabic"


# Default nesting order of numbering families; a document's own order of first use wins.
_ORDER = ["chapter", "section", "annex", "cn", "paren_cn", "arabic", "dotted2", "dotted3", "dotted4", "paren_arabic"]


class LevelAssigner:
    """Level = rank of the numbering family in this document.

    A family is ranked the first time it is seen, below the families already open,
    so "一、 / （一） / 1." and "1 / 1.1 / 1.1.1" both come out as levels 1/2/3.
    """

    def __init__(self) -> None:
        self.rank: dict[str, int] = {}

    def level(self, num: str) -> int:
        style = number_style(num)
        if style == "annex":
            return 1
        if style not in self.rank:
            deeper = [s for s in self.rank if _ORDER.index(s) < _ORDER.index(style)]
            self.rank[style] = max((self.rank[s] for s in deeper), default=0) + 1
            if style == "arabic" and "cn" not in self.rank and "chapter" not in self.rank:
                self.rank[style] = 1
        return min(self.rank[style], 6)
