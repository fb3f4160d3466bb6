"""EVIDENCE.MISSING, the two sides it compares: the report's evidence index (the numbered entries of its
参考文件 / 证明材料清单 chapter) and the text's citations of that index ("详见附件4", "参考文件第7、8项",
"证明材料11", "see Annex 10", "附件4至附件7").

Used by ``evidence_missing`` in reviewer/rules/evidence.py. The words are named patterns below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.structure.numbers import cn_value

# ---- a number as an index writes it ----------------------------------------------------------------------
# spaces inside a citation ("附件 10"); never a tab or a line break, which end a table cell or a line
_SP = r"[ \u3000\u00a0]*"
# Arabic with leading zeros ("附件04"), a Chinese numeral 1–99 ("附件十二"), a circled number ("附件③");
# never a year or a figure ("附件2023年" is not attachment 20)
_CN = r"(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_NUMBERS = iter(range(1000))


def _num() -> str:
    """One number of a citation, captured in a group named n<k> (each use its own group)."""
    return rf"0*(?P<n{next(_NUMBERS)}>[1-9]\d?|{_CN}|[①-⑳])(?!\d)"


# a bare number followed by a measure word counts things ("附件3份", "证明材料12项", "附件一并附后"), it does not cite
_COUNTED = rf"(?!{_SP}[份项页张个件本套册类种批次分并起览律同致般些])"

# ---- the index: entries of the reference chapter ---------------------------------------------------------
# an entry labelled as an attachment: "附件1  …", "附件2、…", "附件3．…", "附件4：…", a table row "附件5\t…"
_ANNEX_ENTRY = re.compile(r"^\s*附件\s*0*(\d{1,2})(?!\d)")
# an entry of a numbered list: "1. …", "2、…", "（3）…", "[4] …", "⑤ …", a table row "6\t…" (not "1.1", "2025年")
_NUMBERED_ENTRY = re.compile(r"^\s*"
                             r"(?:[（(\[【]\s*(\d{1,2})\s*[)）\]】]|(\d{1,2})(?:[.．](?!\d)|[、)）]|\s+(?=\D))|([①-⑳]))")
# once a chapter has such entries, more entries run on in one line ("1. 统计表；2. 排污许可证", "附件1 …  附件2 …"):
# reading more numbers only widens the index, so a loose reading is safe here
_MORE_ANNEX = re.compile(r"附件\s*0*(\d{1,2})(?!\d)")
_MORE_NUMBERED = re.compile(r"(?:^|[；;。，,\s])\s*"
                            r"(?:[（(\[【]\s*(\d{1,2})\s*[)）\]】]|(\d{1,2})(?:[.．](?!\d)|[、)）])|([①-⑳]))")

# ---- the citations --------------------------------------------------------------------------------------
# who owns an attachment written right before "附件": another document ("合同附件2", "能评批复的附件5", "《办法》附件2",
# "通知附件1", "监督审核报告附件5", "其附件7", "〔2016〕586号）附件4"), unless it is this report ("本报告附件8", "本报告中附件5")
_OTHER_OWNER = re.compile(rf"(?:(?:合同|协议|批复|办法|通知|副本|正本|证书|证|报告|报告书|报告表|意见书|意见|函|规定|方案|"
                          rf"指南|导则|规范|制度|手册|公告|决定|纪要|标准|》|〉)(?:的|之|中的?|所附的?)?"
                          rf"|(?:其|该)(?:的|所附的?)?|(?:\d号|〕|》)[)）]?){_SP}$")
_OWN_REPORT = re.compile(rf"本(?:次)?(?:评价|自评价)?报告(?:的|之|中的?|所附的?)?{_SP}$")
# an English attachment right after a standard's code or another's name ("ISO 14064-1:2018 Annex 4", "PPA's Annex 2")
_EN_OWNER = re.compile(r"(?:\d|》|['’]s)[ \u00a0]*$")
# the heads: "附件4", "附件 10", "附件（四）", "附件第8项", "附件6-1" (main number 6), "第4号附件",
# "参考文件第6项", "参考文件4", "证明材料8", "证明材料清单第3项", "see Annex 10", "Appendix 4"
_HEAD = re.compile(
    rf"(?P<annex>附件){_SP}(?:(?P<annex_nth>第){_SP}{_num()}|[（(]{_SP}{_num()}{_SP}[)）]"
    rf"|{_num()}(?:[-－.．]\d{{1,2}}(?!\d))?{_COUNTED})"
    rf"|第{_SP}{_num()}{_SP}号{_SP}附件"
    rf"|(?:参考文件|证明材料)(?:清单|目录|索引)?(?:中的?|之)?{_SP}(?:(?P<list_nth>第){_SP}{_num()}|{_num()}(?![.．]\d){_COUNTED})"
    r"|(?<![A-Za-z])(?i:annex|appendix|attachment)[ \u00a0]+0*(?P<en>\d{1,2})(?![\d.:])")
# an English attachment of another document: "Annex 4 of the power purchase agreement" (not "… of this report")
_EN_OTHER = re.compile(r"\s+(?i:of|to|under)\s+(?i:the|a|an|its|their|that|this)\s+"
                       r"(?!(?i:evaluation\s+|assessment\s+|present\s+)?(?i:report)\b)")
# more numbers of the same citation: a range "附件4至附件7", "附件1—5", "附件4~附件6", "第1项至第3项" (its end is
# what must be listed), a list "附件二、三", "参考文件第7、8项", "附件14和附件15"; "6-1" is a sub-number, not a range
_MORE = re.compile(rf"{_SP}项?{_SP}(?:[、和及与]|至|到|[~～—–―]{{1,2}}){_SP}"
                   rf"(?:(?:附件|参考文件|证明材料|Annex[ \u00a0]+|Appendix[ \u00a0]+){_SP}(?:第{_SP})?{_num()}{_COUNTED}"
                   rf"|(?:第{_SP})?{_num()}(?=\s*(?:[项、，,。；;：:）)\s和及与至到~～—–―]|$|附件|中|的|所|里)))")
# a citation in quotation marks is a mention, not a use ("正文引用“认证证书见附件5”", "初稿中“附件5”编号错误")
_QUOTES = (("“", "”"), ("「", "」"), ("『", "』"))


@dataclass(frozen=True)
class Index:
    numbers: frozenset[int]
    annexed: bool  # the entries are labelled 附件N (else a numbered list read by position)
    blocks: frozenset[int]  # the blocks holding the entries

    def describe(self) -> str:
        lo, hi = min(self.numbers), max(self.numbers)
        return f"附件{lo}–{hi}" if self.annexed else f"第{lo}–{hi}项"


@dataclass(frozen=True)
class Citation:
    start: int
    end: int
    numbers: tuple[int, ...]


def evidence_index(region) -> Index | None:
    """The evidence index of the reference chapter's blocks: its 附件N entries (list lines, table rows or appendix
    headings) when there are any, otherwise its numbered list; None when the chapter numbers nothing."""
    for pat, more, annexed in ((_ANNEX_ENTRY, _MORE_ANNEX, True), (_NUMBERED_ENTRY, _MORE_NUMBERED, False)):
        blocks = {b.index for b in region if any(pat.match(line) for line in b.text.split("\n"))}
        if blocks:
            held = [b.text for b in region if b.index in blocks]
            nums = {_entry_number(m) for t in held for line in t.split("\n") if (m := pat.match(line))}
            nums |= {_entry_number(m) for t in held for m in more.finditer(t)}
            return Index(frozenset(nums), annexed, frozenset(blocks))
    return None


def citations(text: str):
    """Every citation of the report's own evidence index in ``text``, with the numbers it cites."""
    pos = 0
    while (m := _HEAD.search(text, pos)) is not None:
        nums, end = [int(m.group("en")) if m.group("en") else _value(m)], m.end()
        # one citation, read to its end ("合同附件2、附件3" are both the contract's)
        while (more := _MORE.match(text, end)) is not None:
            nums.append(_value(more))
            end = more.end()
        pos = end
        if m.group("en") is not None:
            if _EN_OTHER.match(text, m.end()) or _EN_OWNER.search(text, 0, m.start()):
                continue
        elif m.group("annex") or "号" in m.group(0):
            before = text[max(0, m.start() - 12):m.start()]
            if _OTHER_OWNER.search(before) and not _OWN_REPORT.search(before):
                continue
        if (m.group("annex_nth") or m.group("list_nth")) and not re.match(rf"{_SP}[项号]", text[end:]):
            continue  # "参考文件第3章", "附件第2页": not an entry
        if _quoted(text, m.start(), end):
            continue
        yield Citation(m.start(), end, tuple(nums))


def _quoted(text: str, start: int, end: int) -> bool:
    for o, c in _QUOTES:
        left = text.rfind(o, 0, start)
        if left < 0 or text.rfind(c, left, start) >= 0:
            continue
        if text.find(c, end) >= 0:
            return True
    return False


def _value(m: re.Match) -> int:
    """The number a match read: its one n<k> group that took part (the alternatives are exclusive)."""
    return _int(next(v for k, v in m.groupdict().items() if k[0] == "n" and k[1:].isdigit() and v))


def _int(s: str) -> int:
    if "①" <= s <= "⑳":
        return ord(s) - ord("①") + 1
    if s.isascii():
        return int(s)
    return int(cn_value(s))


def _entry_number(m: re.Match) -> int:
    return _int(next(g for g in m.groups() if g))
