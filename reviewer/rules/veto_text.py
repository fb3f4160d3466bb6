"""ELIG.VETO_UNCHECKED's reading of a 否决条件 paragraph (eligibility.py): whose word it repeats (the applicant's
people, pledge, self-check or application; a department's 情况说明), a rule or the check's own procedure, an
unfilled template (empty boxes, an inline table whose result column is blank), and a check whose result is
that a veto condition holds. The words are in standards/eligibility.yaml (veto_section)."""

from __future__ import annotations

import re

from reviewer.rules.context import compiled
from reviewer.structure.spans import RU_CONDITION, span_bounds

_CLAUSE = "。；;！？?\n，,：:"

# a label answered by a bare denial, in a list or an inline table: "事故（近三年）：无｜经营异常名录：无｜…"
_LABEL_ANSWER = re.compile(r"[：:]\s*(?:无|否|没有|不存在|未发现|未发生|未列入|未被列入)\s*(?=[^\u4e00-\u9fff]|$)"
                           r"|(?<![\d.])[0０零]\s*(?:起|次|家|项|条|例|宗)")  # "事故0起", "失信记录零条"

# the agency's own work named as not done, just before its name: "没有附检索截图", "评价组未另行核实"
_UNDONE = re.compile(r"(?:没有?|未|无|缺少?|缺乏)[\u4e00-\u9fff]{0,2}$")

# question words: "是否存在否决情形" asks, it does not answer (eligibility.py reads them too)
QUESTION = re.compile(r"是否|有无|有没有|能否|可否|与否")

# any denial, however worded ("未查见", "没查到", "查无", "无一"): the topics reading asks only for some result
_DENIAL = re.compile(r"[未无没不非零]|否(?!决|则|定项)")

# a clause stating an event or a listing outright: "被…列为失信被执行人", "发生一起…事故", "被认定为…"
_STATED = re.compile(r"被|列为|列入|发生|认定|存在|属于|停产|注销|调出")


def _pat(section: dict, key: str) -> re.Pattern:
    return compiled(section.get(key) or "(?!)")


def applicant_only(text: str, section: dict) -> bool:
    """The applicant's side speaking ("园区负责人…在首次会议上介绍，", "管委会承诺：", "园区自查：否",
    "根据委托方提供的资料") with no work of the agency's own named — an agency that only records what it was
    told ("评价组对此予以记录") or names its work as not done ("评价组未另行核实") names none. The applicant's
    tables and statements (self_declared) give way to the agency's own work only (agency_own); its people,
    pledges and documents (applicant_says) also to a search or a public source ("经查公开信用平台并收取…承诺书")."""
    records = _pat(section, "agency_records")
    if any(not _UNDONE.search(text, max(0, x.start() - 4), x.start()) and not records.match(text, x.end())
           for x in _pat(section, "agency_own").finditer(text)):
        return False
    return bool(_pat(section, "self_declared").search(text)) or bool(
        _pat(section, "applicant_says").search(text) and not _pat(section, "agency_finding").search(text)
        and not _pat(section, "agency_sources").search(text))


def rule_only(text: str, section: dict) -> bool:
    """A rule or the check's procedure stated ("申报园区应为…", "只要有…，就不能申报", "如发现存在否决情形，
    即终止评价"), with no finding of the agency's beside it and no result in a sentence of its own."""
    rule = _pat(section, "rule_more")
    if not rule.search(text) or _pat(section, "agency_finding").search(text):
        return False
    verdict = _pat(section, "verdict")
    return not any(verdict.search(QUESTION.sub("", sent)) for sent in re.split(r"[。！？\n]", text) if not rule.search(sent))


def unfilled(text: str, section: dict) -> bool:
    """A template left to fill in: empty boxes and no tick ("□存在否决情形　□不存在否决情形（请打“√”）"),
    or a table written inline ("核查事项｜核查途径｜核查结果；…｜…｜　；…") whose result column is blank."""
    if _pat(section, "unticked").search(text):
        return True
    rows = [re.split(r"\s*[｜|]\s*", r.strip().strip("｜|")) for r in re.split(r"[；;\n]", text)
            if re.search(r"[｜|]", r) and not re.fullmatch(r"[\s｜|:：\-—]+", r)]  # not a "|---|---|" rule
    if len(rows) < 3:
        return False
    head, body = rows[0], rows[1:]
    col = next((i for i, c in enumerate(head) if re.search(r"结果|结论|情况|是否|有无", c)), len(head) - 1)
    blank = [r for r in body if col >= len(r) or not r[col].strip(" \u3000/／-—_＿")]
    return len(blank) * 2 > len(body)


def answered(text: str, section: dict, verdict: re.Pattern) -> bool:
    """Some result of the check in the paragraph: a verdict outside the question words ("未发生", "不存在"), any
    denial at all ("——未查到", "失信被执行人：无｜", "事故0起"), or a veto condition found to hold. A paragraph
    that only lists the conditions ("…需结合督察通报、…名单等综合判断。资料尚在整理中。") states none."""
    asked_out = QUESTION.sub("", text)
    return bool(verdict.search(asked_out) or _DENIAL.search(asked_out) or _LABEL_ANSWER.search(text)) \
        or found(text, 0, len(text), section)


def found(text: str, s: int, e: int, section: dict) -> bool:
    """A result that a veto condition holds within text[s:e] ("经评价组核查，园区存在否决情形", "属于否决条件第
    （2）项"): not negated, asked or supposed in its clause ("不存在", "是否存在", "如发现存在…", "□存在"), not a
    condition's head ("存在否决情形的，不得申报"), in a paragraph that names the agency's work."""
    if not (_pat(section, "agency_finding").search(text) or _pat(section, "agency_own").search(text)
            or re.search(r"评价组|评价机构|核查结论", text)):
        return False
    guard = compiled(f"(?:{section.get('not_found') or '(?!)'})|{RU_CONDITION}")
    for m in _pat(section, "found").finditer(text, s, e):
        c = span_bounds(text, m.start(), m.end(), _CLAUSE)[0]
        if guard.search(text[c: m.start()]) or re.match(r"[^。；;，,]{0,16}?(?:的|者|时)\s*(?:[，,；;]|$)|[/／]", text[m.end():]):
            continue
        return True
    return False


def agency_found_topic(text: str, section: dict, topics: list[re.Pattern]) -> bool:
    """A sentence the agency's act opens ("经评价组核查，", "经查询中国执行信息公开网，") whose later clause names a
    veto topic outright ("园区内X公司被…列为失信被执行人"): a check that found something, not a denial."""
    act = _pat(section, "agency_act")
    guard = _pat(section, "not_found")
    for sent in re.split(r"[。！？\n]", text):
        m = act.search(sent)
        if not m:
            continue
        for clause in re.split(r"[，,；;：:]", sent[m.end():]):
            if any(t.search(clause) for t in topics) and _STATED.search(clause) and not guard.search(clause):
                return True
    return False


def declines(text: str, section: dict) -> bool:
    """No check, for this module's readings: the applicant's word, a rule or procedure, an unfilled template."""
    return applicant_only(text, section) or rule_only(text, section) or unfilled(text, section)
