"""Veto checklists written inside one paragraph: a table typed as text ("否决条件｜是否存在｜说明——安全事故｜是｜…；
质量事故｜否｜—；…") and tick marks whose meaning a legend gives ("（✓表示存在，✗表示不存在）：…失信被执行人✓…").
Each says of one condition what its row or its mark says, and nothing when the paragraph is neither.
"""

from __future__ import annotations

import re

from reviewer.rules.checklist import row_states
from reviewer.structure.spans import span_bounds

_BAR = re.compile(r"\s*[｜|]\s*")
# rows of a typed table end at a dash pair, a semicolon, a full stop or a line break
_ROW_END = re.compile(r"——|；|;|。|\n")
_MARKS = "✓✔√☑■✗×✘☐□"
# "✓表示存在", "✗为存在此情形", "☑=无此情形": what a mark stands for
_LEGEND = re.compile(r"([" + _MARKS + r"])\s*(?:表示|为|=|＝|代表|即|：|:)\s*(无此情形|不存在|未发生|无|否|存在此情形|存在|有|是)")
_EXISTS = ("存在此情形", "存在", "有", "是")
# the mark right after a condition's name and the rest of its short label: "失信被执行人✓", "连续停产≥12个月✗"
_MARK_AFTER = re.compile(r"[^" + _MARKS + r"，,。；;、\s（(]{0,10}\s*([" + _MARKS + r"])")


def typed_table_states(text: str, m: re.Match) -> bool | None:
    """The match's row of a table typed as text (three or more rows of cells split by ｜), read as a table
    row; None when the paragraph is no such table or the match stands outside its rows."""
    if "｜" not in text and "|" not in text:
        return None
    rows = [(s, e) for s, e in _rows(text) if _BAR.search(text, s, e)]
    if len(rows) < 3:
        return None
    at = next((i for i, (s, e) in enumerate(rows) if s <= m.start() and m.end() <= e), None)
    if at is None:
        return None
    lines, offsets = [], []
    for s, e in rows:
        offsets.append(sum(len(x) + 1 for x in lines))
        lines.append(_BAR.sub("\t", text[s:e].strip()))
    table = "\n".join(lines)
    line_end = offsets[at] + len(lines[at])
    hit = next((h for h in m.re.finditer(table, offsets[at]) if h.end() <= line_end), None)
    return None if hit is None else row_states(table, hit)


def _rows(text: str) -> list[tuple[int, int]]:
    bounds = [0] + [x for e in _ROW_END.finditer(text) for x in (e.start(), e.end())] + [len(text)]
    return [r for s, e in zip(bounds[::2], bounds[1::2]) for r in _header_split(text, s, e)]


def _header_split(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """"否决项｜是否存在｜说明：工业节能监察整改名单｜是｜…": a header closed by a colon on its first row's line,
    told by as many cells before the colon as after it."""
    for c in re.finditer(r"[：:]", text[s:e]):
        at = s + c.start()
        cells = len(_BAR.findall(text, s, at))
        if cells and cells == len(_BAR.findall(text, at + 1, e)):
            return [(s, at), (at + 1, e)]
    return [(s, e)]


# a tick-box option, ticked or not: "☑", "■", "[x]", "［√］"; "□", "☐", "[ ]"
_BOX = re.compile(r"(?P<on>[☑■√✓✔☒]|\[\s*[xX√✓✔]\s*\]|［\s*[xX√✓✔]\s*］)|(?P<off>[□☐]|\[\s*\]|［\s*］)")
# an answer option ("□是 ☑否 近三年是否…"): its box answers a question, not the condition after it
_ANSWER_OPTION = re.compile(r"\s*(?:是|否|有|无|存在|不存在)(?=\s|[□☐☑■√✓✔☒\[［]|$)")


def option_states(text: str, m: re.Match) -> bool | None:
    """The condition as one option of a tick-box item ("[ ] 存在重大质量事故  [x] 不存在"): not stated when its box
    is empty and another option of the item is ticked; None when it is no such option, or its own box is ticked."""
    s, e = span_bounds(text, m.start(), m.end(), "。；;\n")
    boxes = list(_BOX.finditer(text, s, e))
    mine = next((b for b in reversed(boxes) if b.end() <= m.start()), None)
    if mine is None or mine.group("on") or m.start() - mine.end() > 30 or _ANSWER_OPTION.match(text, mine.end()) \
            or re.search(r"[，,]|——", text[mine.end(): m.start()]):
        return None
    return False if any(b.group("on") for b in boxes) else None


def legend_states(text: str, m: re.Match) -> bool | None:
    """The mark right after the condition ("失信被执行人✓（…）") or opening its item ("☐ 近三年未发生安全事故"),
    read by the paragraph's legend; None without a legend or a mark of it."""
    legend = {g.group(1): g.group(2) in _EXISTS for g in _LEGEND.finditer(text)}
    if not legend:
        return None
    after = _MARK_AFTER.match(text, m.end())
    if after is not None and after.group(1) in legend:
        return legend[after.group(1)]
    item = max(text.rfind(c, 0, m.start()) for c in _MARKS)
    if item != -1 and text[item] in legend and not _LEGEND.match(text, item) \
            and not re.search(r"[，,。；;]|——", text[item: m.start()]) and m.start() - item <= 16:
        return legend[text[item]]
    return None
