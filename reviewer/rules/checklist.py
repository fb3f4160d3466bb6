"""Reading a veto checklist's answers: a table row or a paragraph item going through the negative-list
conditions states one only when its answer affirms (yes, a positive count, harm or a penalty, a listing verb,
a pending state) and nothing denies it. An answer repeated after several conditions is the checklist's "no",
whatever its words.
"""

from __future__ import annotations

import re

from reviewer.structure.spans import span_bounds

# what makes an answer affirm: a positive count, harm or a penalty, a listing verb, a plain "yes"
_COUNT = re.compile(r"(?<![零〇0-9.])(?:[1-9]\d*|[一二两三四五六七八九十]+)\s*(?:起|次|人|名|例|宗|件|家|个多?月|天)(?!以[上下])")
_THRESHOLD = re.compile(r"(?:连续|累计)?(?:超过|达到?|满|逾)?\s*(?:12|十二|一)\s*(?:个月|年)(?:及|或)?以上|超过\s*(?:12|十二)\s*个月|一年以上|[≥>]\s*12\s*个?月")
_HARM = re.compile(r"死亡|身亡|遇难|受伤|重伤|轻伤|中毒|送医|伤亡|经济损失|罚款|罚了款|罚金|处罚|处以|通报批评|被通报|立案|判决|判处|责令|召回"
                   r"|(?:被|已|遭)[^，。；]{0,8}(?:吊销|注销|撤销|调出|移出|除名)")  # "调出名单" alone names the condition
# condition names that carry an affirming word of their own ("失信被执行人" holds 被)
_NAME_WORDS = re.compile(r"失信被执行人|被执行人|调出名单|移出名单")
# negative-looking words that state the condition: "至今未移出", "整改尚未完成", "不符合"
_PENDING = re.compile(r"未见(?:其|任何)?(?:移出|撤销|解除|屏蔽|销号)|尚未|仍未|仍在|至今未|未完成|未整改|未销号|未履行|未按期|未移出|未提交|未通过|逾期|整改中|推进中|进行中|未到位|不符合|不满足|不合格")
_AFFIRM_VERB = re.compile(r"被|遭|已列入|列入|纳入了?|载于|载入|记载于|列于|处于|显示为?|发生了?|出现了?|存在|造成|导致|致使|涉及|列为|确有"
                          r"|定性为|认定为|定级为|判定为|定的是|构成")
_YES = re.compile(r"^[\s\d.、（()）]*(?:是|有|存在|涉及|确有|Y|Yes|YES|[√✓☑■✔]\s*是)(?![否非])")
_NEGATED = re.compile(r"[未无没不否非零]|查无|并非")
# an answer that denies: a negation opening a clause, "0 起", compliance, a dash or cross, "No"
_DENY = re.compile(r"(?:^|[\s，,。；;：:（(])(?:无|否|非|没|不|未|零|查无|从未|并未|均无|均未|均不)|未发现|未查|未见|未被|未列入|未曾|从未|不存在|不涉及|不适用"
                   r"|无此|无相关|无记录|为零|为0(?![\d.])|零事故|未发生|未出现|没有发生|(?:近三年|近3年|三年内|报告期内|评价期内|至今)(?:均|内)?(?:无|未|没有|不存在)"
                   r"|(?:已|并已|均已|现已|后)[^。；，,]{0,12}(?:移出|移除|销号)|(?<![\d.])0\s*(?:起|次|条|项|例|人|/0)*\s*$|(?<![不未])(?:符合|满足|通过|合格|正常|良好|存续)"
                   r"|^\s*(?:N|No|NO|None|Not|×|✗|✘|—+|–|－|-|/|／|同上)(?![\w])|[☑■√✓✔]\s*(?:否|无|不存在)")
_ANSWER_HEADER = re.compile(r"结果|结论|情况|判定|判断|是否|是/否|是／否|Y/N|符合性|说明|备注|答复|回复|核实|核查|自查|查询|证据|记录|现状|意见|Result")
_SEPARATOR = re.compile(r"\s*(?:[:：]|——|—|－|--|→|=>)\s*")
_TICK = re.compile(r"^\s*[√✓✔☑■●✗×✘]\s*$")
_YES_HEAD = re.compile(r"^\s*(?:是|存在|有|Y|Yes)\s*$")
_YEAR_HEAD = re.compile(r"\s*(?:19|20)\d{2}\s*年?度?\s*$")
_NO_HEAD = re.compile(r"^\s*(?:否|不存在|无|N|No)\s*$")


def affirmed(answer: str) -> bool:
    """An answer that states the condition: "是", "2024年发生1起", "被列入", "整改尚未完成"."""
    answer = _NAME_WORDS.sub("〇", _THRESHOLD.sub("", answer))
    if _YES.match(answer) or _PENDING.search(answer):
        return True
    for pat in (_COUNT, _HARM, _AFFIRM_VERB):
        for a in pat.finditer(answer):
            if not _NEGATED.search(answer, max(0, a.start() - 4), a.start()):
                return True
    return False


# the one clause after a condition (and the rest of its name) that closes its item: "…事故、…事件，查无实据；"
_ITEM_TAIL = re.compile(r"[^，,。；;\n：:]{0,16}?\s*(?:[，,：:]|——|—)\s*(?P<ans>[^，,。；;\n：:]{1,12}?)\s*(?=[；;。\n]|$)")


def repeated_answer(text: str, m: re.Match) -> bool:
    """The condition's item closes with an answer that closes two more items of the same text the same way
    ("其一，…事故，查无实据；其二，…，查无实据；…"): a checklist's uniform "no", whatever its words. A
    uniform "yes" would be an answer that affirms, and is not taken."""
    t = _ITEM_TAIL.match(text, m.end())
    if t is None or affirmed(t.group("ans")) or re.search(r"\d", t.group("ans")):
        return False
    closes = re.compile(r"(?:[，,：:]|——|—)\s*" + re.escape(t.group("ans")) + r"\s*(?=[；;。\n]|$)")
    return len(closes.findall(text)) >= 3


def _uniform_column(rows: list[str], col: int, cell: str) -> bool:
    """A table's answer cell whose text fills the same column in two more rows: the checklist's uniform "no"."""
    same = sum(1 for r in rows[1:] if (r.split("\t") + [""] * (col + 1))[col].strip() == cell.strip())
    return bool(cell.strip()) and same >= 3 and not affirmed(cell) and not re.search(r"\d", cell)


def _verdict(cell: str) -> bool | None:
    """One answer: True when it states the condition, False when it denies it, None when it says neither.
    An answer with a note in brackets is its head's: "列入（2025-12-03，未按规定期限公示年度报告）"."""
    head = re.split(r"[（(]", cell, maxsplit=1)[0]
    if head.strip() and head != cell and (verdict := _verdict(head)) is not None:
        return verdict
    if _DENY.search(_PENDING.sub("", cell)):
        return False
    return True if affirmed(cell) else None


def clause_affirms(text: str, m: re.Match) -> bool:
    """A checklist paragraph: the answer after "condition：" affirms, or the clause around it does."""
    s, e = span_bounds(text, m.start(), m.end(), "。；;\n")
    if affirmed(m.group(0)) and not _THRESHOLD.search(text[m.start(): m.end() + 4]):
        return True  # the condition stated with its count or harm: "发生一起火灾", "致1名员工死亡"
    sep = _SEPARATOR.match(text, m.end(), e) or next(_SEPARATOR.finditer(text, m.end(), e), None)
    if sep is not None and not re.search(r"[，,]", text[m.end():sep.start()]):
        return _verdict(text[sep.end():e]) is True
    # the comma clause around the condition: another condition's words in the sentence say nothing of this one
    cs = max(text.rfind(c, s, m.start()) for c in "，,、") + 1 if any(c in text[s:m.start()] for c in "，,") else s
    ce = min((i for i in (text.find(c, m.end(), e) for c in "，,") if i != -1), default=e)
    return affirmed(text[max(s, cs if text[cs - 1: cs] in "，," else s):m.start()] + "〇" + text[m.end():ce])


def row_states(table: str, m: re.Match) -> bool:
    """A table row states the condition when an answer cell affirms and none denies; the answer
    cells are those under a 结果/情况/是否… header, else every cell but the condition's. A header
    naming the condition ("生产安全事故（起）") is stated by a positive count in its column."""
    rows = table.split("\n")
    # a table of one row has no header: "| 2024年 | 园区 | 中央生态环境保护督察 | 通报…… | 整改中，未销号 |"
    heads = rows[0].split("\t") if len(rows) > 1 else []
    start = table.rfind("\n", 0, m.start()) + 1
    at = table.count("\t", start, m.start())
    if start == 0 and heads:
        return any(affirmed(c) or (re.fullmatch(r"\s*[1-9]\d*\s*", c) and re.search(r"起|次|件|例|人", heads[at]))
                   for r in rows[1:] for c in r.split("\t")[at: at + 1])
    row = table[start: table.find("\n", m.end()) if "\n" in table[m.end():] else len(table)]
    cells = row.split("\t")
    cell_start = start + sum(len(c) + 1 for c in cells[:at])
    own = cells[at]
    sub = m.re.search(own, m.start() - cell_start)
    if sub is not None and (_verdict(own[:sub.start()] + "〇" + own[sub.end():]) is False
                            or re.search(r"[未无没]|不存在|并非|不是", own[:sub.start()])):
        return False  # "近三年未发生生产安全事故", "未被列为失信被执行人": the cell itself denies
    cols = [i for i, h in enumerate(heads) if i != at and i < len(cells) and _ANSWER_HEADER.search(h)]
    cols = cols or [i for i in range(len(cells)) if i != at]
    verdicts = []
    for i in cols:
        if _TICK.match(cells[i]) and i < len(heads) and (_YES_HEAD.match(heads[i]) or _NO_HEAD.match(heads[i])):
            verdicts.append(bool(_YES_HEAD.match(heads[i])) != bool(re.search(r"[✗×✘]", cells[i])))
        elif cells[i].strip():
            verdict = _verdict(cells[i])
            verdicts.append(False if verdict is None and _uniform_column(rows, i, cells[i]) else verdict)
    if True in verdicts and all(i < len(heads) and _YEAR_HEAD.match(heads[i]) for i in cols):
        return True  # counts by year: one year's event is not undone by another year's nought
    if False in verdicts:
        return False
    if True in verdicts:
        return True
    rest = own[:sub.start()] + "〇" + own[sub.end():] if sub is not None else own
    return bool(_COUNT.search(_THRESHOLD.sub("", rest)) or _HARM.search(rest) or _PENDING.search(rest)
                or re.search(r"(?:19|20)\d{2}\s*年", rest))


def checklist_blocks(blocks, topics: list[re.Pattern], titles: list[re.Pattern]) -> set[int]:
    """Indices of blocks that go through the veto conditions: a table or paragraph naming two or
    more of them, one under a 否决条件 heading, or a list item next to another that names one."""
    def named(b) -> int:
        return sum(1 for t in topics if t.search(b.text))
    counts = [named(b) for b in blocks]
    out = set()
    for i, b in enumerate(blocks):
        if b.kind.value == "heading" or not counts[i]:
            continue
        neighbours = [counts[j] for j in (i - 1, i + 1) if 0 <= j < len(blocks) and blocks[j].kind.value == b.kind.value]
        if counts[i] >= 2 or any(neighbours) or any(p.search(t) for t in b.section for p in titles):
            out.add(b.index)
    return out
