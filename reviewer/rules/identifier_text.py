"""Identifiers stated in running text (ID.USCC_INVALID, ID.INDUSTRY_CODE): a USCC or an industry code written in a
sentence, a Q&A or a text table rather than in the basic-information table.

The words (what a code is called, who it is stated of, how a correction reads) are data:
standards/text_patterns.yaml, ``entity: uscc_* / code_corrected_* / industry_*``.
"""

from __future__ import annotations

import re
from typing import Iterator

from reviewer.document import Block
from reviewer.rules.context import compiled
from reviewer.rules.entity_text import ORG
from reviewer.structure.identifiers import INDUSTRY_NOTE, org_core, same_org, uscc_problem

# full-width letters, digits, hyphen and slash read as half-width, one character for one ("９１３５…ＭＡ２Ｙ", "Ｆ５１７９");
# the Chinese stops and brackets stay as they are
_WIDE = (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B), 0xFF0D, 0xFF0F)
_HALF = str.maketrans({**{chr(c): chr(c - 0xFEE0) for c in _WIDE}, "\u3000": " "})
# one run of letters and digits; runs joined by one space or hyphen make one code ("9135 0211 MA2Y 3K5L 17",
# "9135-0211-MA2Y-3K5L-61", "91350211-MA2Y3K5L1-7")
_RUN = re.compile(r"[0-9A-Za-z]+")
_JOIN = (" ", "-", "‐", "–", "—")
# what stands between a USCC's name and the code: marks, a bracketed note ("（Unified Social Credit Code）"), a form's
# field ("一栏登记为"), a verb ("填报为", "营业执照上印的是"), a question and the start of its answer
# ("是多少？答（林晓燕，安环部）：")
_USCC_GAP = re.compile(r"(?:[\s:：｜|“”\"'「」()（）\-—=]|[（(][^（）()]{0,40}[)）]"
                       r"|(?:是多少|是什么|是)?[？?]\s*(?:答|A)\s*(?:[（(][^（）()]{0,20}[)）])?\s*[:：]"
                       r"|[^\s，。；,;：:｜|\dA-Za-z（）()“”]{0,10}?(?:为|是|系|即)|一?栏(?:内|中|里)?"
                       r"|(?<![A-Za-z])(?:is|was|of\s+the\s+applicant)(?![A-Za-z]))*")
# words in that gap that name another number: "统一社会信用代码…；设备代码X" reads X as the equipment's
_OTHER_NUMBER = re.compile(r"编号|号码|账号|代码|证号|注册号|编码|序列号|户号")


def half(text: str) -> str:
    """``text`` with full-width letters and digits made half-width (same length, so positions carry over)."""
    return text.translate(_HALF)


def code_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, code) for every letters-and-digits run holding a digit, with the runs a space or hyphen joins to
    it while the code is shorter than 18 characters (a group holding a digit, or a short capital group like "MA")."""
    runs = list(_RUN.finditer(text))
    i = 0
    while i < len(runs):
        first = runs[i]
        i += 1
        if not re.search(r"\d", first.group(0)):
            continue
        code, end = first.group(0), first.end()
        while len(code) < 18 and i < len(runs):
            nxt = runs[i]
            part = nxt.group(0)
            if text[end: nxt.start()] not in _JOIN or len(code) + len(part) > 19 \
                    or not (re.search(r"\d", part) or (part.isupper() and len(part) <= 4)):
                break
            code, end = code + part, nxt.end()
            i += 1
        yield first.start(), end, code.upper()


def _corrected(ctx, text: str, start: int, end: int) -> bool:
    """The sentence sets the code aside as a slip: "原填写为X", "X（…）有误，已更正为Y", "X was a typo"."""
    words = ctx.catalog.entity
    before = compiled(r"(?:" + words.get("code_corrected_before", "(?!)") + r")\s*[“\"「(（]?\s*$")
    after = compiled(words.get("code_corrected_after", "(?!)"), re.I)
    tail = text[end: end + 30]
    tail = tail[: min((tail.find(c) for c in "。\n" if c in tail), default=len(tail))]
    return bool(before.search(text[max(0, start - 12): start]) or after.search(tail))


def uscc_statements(ctx) -> Iterator[tuple[Block, int, int, str]]:
    """(block, start, end, code) for every USCC the running text states: after one of its names (any notation),
    in brackets right after the applicant's or the agency's name, or a near copy of the applicant's own code
    (one or two characters off, "91530211MA2Y3K5L16" for "91350211MA2Y3K5L16"). A code the sentence corrects is
    left out."""
    f, words = ctx.facts, ctx.catalog.entity
    cue = compiled(words.get("uscc_cue", "(?!)"))
    shared = compiled(words.get("uscc_cue_shared", "(?!)"))
    own = next((c for x in f.fields.get("uscc", []) for _s, _e, c in code_runs(half(x.value))
                if len(c) == 18 and not uscc_problem(c)), None)  # the applicant's own code, where valid
    names = [n for n in (f.entity, f.agency) if n]
    for b in ctx.visible:
        text = half(b.text)
        if not re.search(r"\d{4}", text):
            continue
        cues = sorted([(m.start(), m.end(), False) for m in cue.finditer(text)]
                      + [(m.start(), m.end(), True) for m in shared.finditer(text)])
        for start, end, code in code_runs(text):
            if not 15 <= len(code) <= 20:
                continue
            named = [c for c in cues if c[1] <= start]
            said = False
            if named and start - named[-1][1] <= 40:
                gap = text[named[-1][1]: start]
                said = bool(_USCC_GAP.fullmatch(gap)) and not _OTHER_NUMBER.search(re.sub(r"[（(][^（）()]*[)）]", "", gap))
                if said and named[-1][2]:  # "税号": a 15-digit tax number is no USCC
                    said = len(code) == 18 or (17 <= len(code) <= 19 and re.search(r"[A-Z]", code) is not None)
            shaped = 17 <= len(code) <= 19 and sum(ch.isdigit() for ch in code) >= 10
            bracketed = shaped and re.match(r"\s*[)）]", text[end:]) is not None \
                and any(re.search(re.escape(n) + r"\s*[（(]\s*$", text[:start]) for n in names)
            near = shaped and own is not None and code != own and _distance(code, own) <= 2
            if (said or bracketed or near) and not _corrected(ctx, text, start, end):
                yield b, start, end, code


def _distance(a: str, b: str) -> int:
    """Edits (a change, an insertion, a deletion, two neighbours swapped) from ``a`` to ``b``."""
    d = [[i + j if i * j == 0 else 0 for j in range(len(b) + 1)] for i in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[-1][-1]


# what stands between an industry code's name and the code: a note ("（门类/大类/小类）"), "of the applicant", a mark,
# a question and the start of its answer ("是什么？答（统计员）："), a verb of stating ("登记为", "在行业分类上登记为",
# "栏填写为", "我们填的是"; the words in text_patterns.yaml, entity: industry_stated_as). A figure of the industry's
# ("所属行业能耗限额为120 kgce/t", "所属行业平均水平为0.35") has no such verb and is no code.
_INDUSTRY_GAP = (r"\s*(?:[（(][^（）()\d]{{0,24}}[)）])?\s*(?:of\s+the\s+(?:applicant|company|enterprise))?"
                 r"\s*(?:[:：｜|]\s*)?"
                 r"(?:(?:是什么|是多少|是)?[？?]\s*(?:答|A)\s*(?:[（(][^（）()]{{0,16}}[)）])?\s*[:：]\s*)?"
                 r"(?:(?:我们|我|企业|公司)?(?:在[^，。；,;：:\d]{{0,12}}?)?(?:上|中|里|一?栏)?(?:{stated})?(?:为|是|于|系)"
                 r"|(?<![A-Za-z])(?:is|was)(?![A-Za-z]))?\s*[“\"「]?\s*")
# not a code but a figure: a unit, a percentage, a count or a date after the digits
_NOT_A_CODE = (r"(?![\d.]|[A-Za-z])(?!\s*(?:(?i:kgce|kg|tce|tco2e?|t|kwh|kw|mwh|mw|gj|mj|nm3|m3|m2|m³|m²)(?![A-Za-z])"
               r"|[%‰/万亿元吨台套人家个项天年月日号]))")
# the code: a section letter and digits ("F5179", "C 3982", "c3982", "C3", "C3982005"), bare digits ("5179", "398200"),
# or a hierarchy written out ("C / 51 / 5179", "C / 39 / 398 / 3982": the most specific one)
_INDUSTRY_CODE = re.compile(r"(?P<h>[A-Za-z])\s*/\s*\d{2}\s*(?:/\s*\d{3}\s*)?/\s*(?P<hd>\d{2,4})" + _NOT_A_CODE
                            + r"|(?P<l>[A-Za-z])?\s*[-—]?\s*(?P<d>\d{1,8})" + _NOT_A_CODE)
# "受评价方属于批发和零售业（F51）", "X有限公司属于G5990…": the applicant said to belong to a code, its name between
_BELONGS = re.compile(r"(?:本身|自身|则|均|也|即)?(?:属于|归属于|归入)(?:[^\s，。；,;（）()\dA-Za-z]{0,14}?[（(])?\s*")
_CLAUSE_END = "。；;！!？?\n"


def industry_statements(ctx) -> Iterator[tuple[Block, int, int, str | None, str]]:
    """(block, start, end, letter, digits) for every industry code the running text states as the applicant's:
    right after one of its names, or after the applicant said to belong to it. A code stated of another party (the
    last party named before it in its sentence is a supplier, carrier, customer, the agency, "一家…公司" …) is left out."""
    words = ctx.catalog.entity
    cue = compiled(words.get("industry_cue", "(?!)"))
    gap = compiled(_INDUSTRY_GAP.format(stated=words.get("industry_stated_as", "(?!)")))
    for b in ctx.visible:
        if b.kind.value == "table":
            continue  # the basic-information table is read as a field; other tables list other parties
        text = half(b.text)
        if not re.search(r"\d", text):
            continue
        # a standard's number ("GB/T 4754-2017") or a title in 《》 cited beside the code: blanked, same length
        text = INDUSTRY_NOTE.sub(lambda m: " " * len(m.group(0)), text)
        for m in cue.finditer(text):
            named = _last_named(ctx, text, m.start())
            if named is None or named[1] == "applicant":
                yield from _code_after(b, text, m.end(), gap)
        for m in _BELONGS.finditer(text):
            named = _last_named(ctx, text, m.start())
            if named == (m.start(), "applicant"):  # the applicant is the subject of "属于"
                yield from _code_after(b, text, m.end(), None)


def _code_after(b: Block, text: str, at: int, gap: re.Pattern | None):
    if gap is not None:
        at = gap.match(text, at).end()
    c = _INDUSTRY_CODE.match(text, at)
    if not c or (c.group("hd") is None and c.group("l") is None and len(c.group("d")) < 2):
        return  # "为C制造业", "（一）": no code
    letter, digits = (c.group("h"), c.group("hd")) if c.group("hd") else (c.group("l"), c.group("d"))
    if re.match(r"\s*[-—~～至到]\s*[A-Za-z]?\d", text[c.end():]):
        return  # "C13—C43": a range of codes, not one
    if re.match(r"\s*[)）]?\s*(?:的|等|之)[^，。；,;]{0,10}?(?:企业|公司|单位|工厂|行业|门类)", text[c.end():]):
        return  # "行业代码为F5179的贸易企业不得申报": a kind of company described by its code, not the applicant's
    yield b, c.start(), c.end(), letter.upper() if letter else None, digits


def _last_named(ctx, text: str, at: int) -> tuple[int, str] | None:
    """(where it ends, "applicant" or "other") for the party the sentence names last before ``at``; None when it
    names none (an unowned "所属行业：X" is the applicant's)."""
    words, entity = ctx.catalog.entity, ctx.facts.entity or ""
    start = max((text.rfind(c, 0, at) for c in _CLAUSE_END), default=-1) + 1
    prefix = text[start: at]
    found: list[tuple[int, int, str]] = []  # (end, priority, kind): a full name outranks a word inside it
    for kind, pat in (("applicant", words.get("industry_applicant")), ("other", words.get("industry_other"))):
        found += [(m.end(), m.end() - m.start(), kind) for m in compiled(pat or "(?!)").finditer(prefix)]
    core = org_core(entity)
    if len(core) >= 4:  # the applicant's short name: "绿源电子" for 厦门绿源电子科技有限公司
        found += [(m.end(), len(core), "applicant") for m in re.finditer(re.escape(core[:4]), prefix)]
    for m in ORG.finditer(prefix):
        found.append((m.end(), 100, "applicant" if entity and same_org(m.group(0), entity) else "other"))
    if not found:
        return None
    end, _priority, kind = max(found)
    return start + end, kind
