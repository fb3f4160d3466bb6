"""Rates a report shows between amounts it writes: a part's share of a stated whole ("A，占B的x%"), an average of listed amounts,
a change ("由A增至B，增长x%", "A，较2024年的B增长x%", "改造前A，改造后B，节电率x%"), and an amount
restated in another unit in brackets ("60,000 m²（合6 km²）").
"""

from __future__ import annotations

import re

from reviewer.document import Block
from reviewer.structure.formulas import _RATE_SLACK, _SENTENCE, ShownArithmetic, _half_unit
from reviewer.structure.numbers import quantities

# "…216万kWh，占全厂总用电量（1,200万kWh）的15.0%": a share of a named whole
_SHARE_OF = re.compile(r"占(?!地|用|比)")
_SHARE_GAP = re.compile(r"\s*[)）]?\s*的?\s*(?:比例|比重|份额)?\s*(?:为|约为?|达到?|是)?\s*$")
# "由2024年的1,850.2 tce增至2025年的1,899.8 tce，同比增长3.7%": a change and its rate
_CHANGE = re.compile(r"(?:增|降|下降|上升|提高|提升|减少|增加|增长|减)(?:至|到|为)")
# "产值52,000万元，较2024年的48,500万元增长9.2%": the current amount first, the earlier after 较/比
_CONJUNCTION = re.compile(r"与|和|同|跟")
_VERSUS = re.compile(r"(较|比|相比|相较于?|对比|与|和|同|跟)(?:上年|上一年|去年|(?:19|20)\d{2}\s*年度?)?(?:同期)?(?:的)?\s*(?=[\d一二三四五六七八九])")
# "…和2023年的99.14 kgce/万元比，下降了8.5%": the comparison closed by 比 or 相比
_VERSUS_RATE = re.compile(r"\s*(?P<closer>相比|比较|比)?[，,]?\s*(?:同比)?(?:增长|下降|降低|减少|提高|提升|增加|上升|低了|高了|少了|多了)(?:了|约|幅度为?|率为?)?\s*$")
# "改造前年耗电264万kWh，改造后216万kWh，节电率22.2%": a saving between a before and an after amount
_BEFORE_AFTER = re.compile(r"(?:改造|实施|投用|投运|更换|整改|优化|升级)?前")
_SAVING_RATE = re.compile(r"(?:节[电能水气煤汽]|节约|降|下降|减少|减排)(?:率|幅度?|比例)(?:为|约为?|达到?|是)?\s*$")
_CHANGE_RATE = re.compile(r"(?:增长|下降|降低|减少|提高|提升|增加|上升|增幅|降幅|减幅)(?:率|幅度)?(?:了|约为?|为|达到?|是)?\s*$")


def shares_and_changes(b: Block, rel: float) -> list[ShownArithmetic]:
    """Two readings of a sentence's percentage against the two amounts it names: a part "占" a stated
    whole ("A，占B的x%"), and a change "由A增至B，增长x%" (not an average annual rate, not points)."""
    out = []
    for s in _SENTENCE.finditer(b.text):
        text = s.group(0)
        if "%" not in text and "％" not in text:
            continue
        qs = quantities(text)
        pcts = [q for q in qs if q.unit in ("%", "％")]
        for m in _SHARE_OF.finditer(text):
            whole = next((q for q in qs if q.start >= m.end() and q.base_unit and q.unit not in ("%", "％")), None)
            pct = next((q for q in pcts if whole and q.start >= whole.end), None)
            if whole is None or pct is None:
                inner = _whole_before_part(text, qs, pcts, m)
                if inner is not None:
                    out.append(ShownArithmetic(b, text.strip(), *inner, percent=True))
                continue
            if not _SHARE_GAP.fullmatch(text[whole.end: pct.start]) or not whole.base_value:
                continue
            if re.search(r"[，,；。]", text[m.end(): whole.start]):
                continue
            part = next((q for q in reversed(qs) if q.end <= m.start() and q.base_unit == whole.base_unit and "/" not in q.unit), None)
            if part is None or re.search(r"[%％]|占", text[part.end: m.start()]):
                continue
            tol = _RATE_SLACK + _half_unit(pct) * 1.5 + _half_unit(part) + _half_unit(whole)
            out.append(ShownArithmetic(b, text.strip(), pct.value, part.base_value / whole.base_value * 100, tol, percent=True,
                                       operands=(part.base_value, whole.base_value)))
        ch = _CHANGE.search(text)
        if ch and not re.search(r"年均|平均|个百分点|百分点", text):
            lead = max(text.rfind("由", 0, ch.start()), text.rfind("从", 0, ch.start()))
            before = [q for q in qs if lead < q.start and q.end <= ch.start() and q.base_unit and q.unit not in ("%", "％")]
            cumulative = bool(re.search(r"累计|共计|总计|合计", text[ch.end():]))
            if len(before) > 1 or len(_CHANGE.findall(text)) > 1:
                # "由2023年的A、2024年的B降至2025年的C" or "由A降至B，2025年进一步降至C": only a cumulative rate
                # ("累计下降x%") says which two amounts it compares, the first and the last
                before = before[:1] if cumulative else []
            after = [q for q in qs if q.start >= ch.end() and q.base_unit and q.unit not in ("%", "％")]
            rate = next((q for q in pcts if after and q.start > after[0].end and _CHANGE_RATE.search(text[max(0, q.start - 10): q.start])), None)
            if rate is not None and cumulative:
                # "…降至2025年的83.99 kgce/万元（2024年为88.56 kgce/万元），累计降幅11.2%": not the bracketed aside
                outside = [q for q in after if q.end <= rate.start and not _in_brackets(text, ch.end(), q.start)]
                after = (outside or [q for q in after if q.end <= rate.start])
                # "降至2025年的23.87，其间2024年为24.82，累计降幅9.5%": the latest year is the end, wherever it stands
                years = [_year_before(text, q.start) for q in after]
                after = [max(zip(years, after), key=lambda x: x[0])[1]] if after and all(years) else after[-1:]
            if before and after and rate and before[-1].base_unit == after[0].base_unit and before[-1].base_value:
                a, c = before[-1], after[0]
                tol = _RATE_SLACK + _half_unit(rate) * 1.5 + (_half_unit(a) + _half_unit(c)) * abs(c.base_value) / max(abs(c.base_value - a.base_value), 1e-9)
                out.append(ShownArithmetic(b, text.strip(), rate.value, abs(c.base_value - a.base_value) / a.base_value * 100, tol,
                                           indicator=True, percent=True))
        out += _versus_and_savings(b, text, qs, pcts)
    return out


# "用电量1,200万kWh，其中光伏180万kWh，占总用电量的15.0%": the whole named, its amount given before 其中
_NAMED_WHOLE = re.compile(r"[^\d，,；;。%％]{1,12}?的\s*(?:比例|比重)?\s*(?:为|约为?|达到?|是)?\s*$")


def _whole_before_part(text: str, qs: list, pcts: list, m: re.Match) -> tuple[float, float, float] | None:
    """(stated %, expected %, tolerance) of a part "其中A，占<whole's name>的x%" whose whole is the one
    amount of its unit before 其中; None when the sentence does not read so."""
    pct = next((q for q in pcts if q.start >= m.end()), None)
    if pct is None or not _NAMED_WHOLE.fullmatch(text[m.end(): pct.start]):
        return None
    inner = text.rfind("其中", 0, m.start())
    part = next((q for q in reversed(qs) if inner < q.start and q.end <= m.start() and q.base_unit and "/" not in q.unit
                 and q.unit not in ("%", "％")), None)
    if inner < 0 or part is None or re.search(r"[%％]|占", text[part.end: m.start()]):
        return None
    wholes = [q for q in qs if q.end <= inner and q.base_unit == part.base_unit and "/" not in q.unit]
    if len(wholes) != 1 or not wholes[0].base_value:
        return None  # one amount of the part's unit before 其中: the whole it is a part of
    whole = wholes[0]
    tol = _RATE_SLACK + _half_unit(pct) * 1.5 + _half_unit(part) + _half_unit(whole)
    return pct.value, part.base_value / whole.base_value * 100, tol


# "…分别为45,000万元、48,500万元和52,000万元，三年平均为49,200万元": the mean of the amounts listed
_AVERAGE = re.compile(r"(?:平均|均值)(?:值|数)?(?:为|是|约为?|达到?|[：:])?\s*$")
_AVERAGE_RATE = re.compile(r"增长|增速|增幅|下降|降幅|降低|提高|递增|递减")


def stated_averages(b: Block, rel: float) -> list[ShownArithmetic]:
    """An average stated after amounts listed with 分别: it must be their mean (not an average rate of change)."""
    out = []
    for s in _SENTENCE.finditer(b.text):
        text = s.group(0)
        listing = text.find("分别")
        if listing < 0 or "平均" not in text and "均值" not in text:
            continue
        qs = quantities(text)
        for i, q in enumerate(qs):
            lead = text[max(0, q.start - 10): q.start]
            if not q.base_unit or q.unit in ("%", "％") or not _AVERAGE.search(lead) or _AVERAGE_RATE.search(lead):
                continue
            listed = [x for x in qs[:i] if x.start > listing and x.base_unit == q.base_unit and x.unit == q.unit]
            if len(listed) < 2 or len(listed) != len([x for x in qs[:i] if x.start > listing and x.base_unit]):
                continue  # only the listed amounts, all in the average's unit
            mean = sum(x.base_value for x in listed) / len(listed)
            tol = _RATE_SLACK + _half_unit(q) * 1.5 + max(_half_unit(x) for x in listed)
            out.append(ShownArithmetic(b, text.strip(), q.base_value, mean, tol))
    return out


_YEAR_LEAD = re.compile(r"((?:19|20)\d{2})\s*年度?(?:的|之|为|是|达到?)?\s*$")


def _year_before(text: str, pos: int) -> int:
    """The year written right before an amount ("2025年的23.87"), or 0."""
    m = _YEAR_LEAD.search(text, max(0, pos - 12), pos)
    return int(m.group(1)) if m else 0


def _in_brackets(text: str, start: int, pos: int) -> bool:
    """Whether ``pos`` stands inside a bracket opened after ``start``."""
    seg = text[start: pos]
    return seg.count("（") + seg.count("(") > seg.count("）") + seg.count(")")


def _versus_and_savings(b: Block, text: str, qs: list, pcts: list) -> list[ShownArithmetic]:
    """"A，较2024年的B增长x%" and "改造前A，改造后B，节电率x%": the rate of change between two stated amounts."""
    if re.search(r"年均|平均|个百分点|百分点|累计", text):
        return []
    amounts = [q for q in qs if q.base_unit and q.unit not in ("%", "％")]
    pairs = []
    for v in _VERSUS.finditer(text):
        earlier = next((q for q in amounts if q.start == v.end()), None)
        # the sentence's subject is its first amount: "A，较上年的B有所下降，比2023年的C下降x%" compares A and C
        now = next((q for q in amounts if q.end <= v.start() and earlier and q.base_unit == earlier.base_unit), None)
        rate = next((q for q in pcts if earlier and q.start > earlier.end), None)
        closer = _VERSUS_RATE.fullmatch(text[earlier.end: rate.start]) if earlier and now and rate else None
        # "分别为A和B，下降x%": 和/与 only join two amounts unless a 比/相比 closes the comparison
        if closer and (closer.group("closer") or not _CONJUNCTION.fullmatch(v.group(1))) \
                and not re.search(r"[。；]", text[now.end: v.start()]):
            pairs.append((earlier, now, rate))
    ba = _BEFORE_AFTER.search(text)
    if ba and "后" in text[ba.end():]:
        rate = next((q for q in pcts if _SAVING_RATE.search(text[max(0, q.start - 10): q.start])), None)
        two = [q for q in amounts if q.start > ba.end() and (rate is None or q.end <= rate.start)]
        if rate and len(two) == 2 and text.find("后", two[0].end, two[1].start) != -1:
            pairs.append((two[0], two[1], rate))
    out = []
    for a, c, rate in pairs:
        if a.base_unit != c.base_unit or not a.base_value:
            continue
        tol = _RATE_SLACK + _half_unit(rate) * 1.5 + (_half_unit(a) + _half_unit(c)) * abs(c.base_value) / max(abs(c.base_value - a.base_value), 1e-9)
        out.append(ShownArithmetic(b, text.strip(), rate.value, abs(c.base_value - a.base_value) / a.base_value * 100, tol,
                                   indicator=True, percent=True))
    return out


# "60,000 m²（合6 km²）", "6万m²（约90亩）": one amount restated in another unit in brackets
_EQUIVALENT = re.compile(r"\s*[（(]\s*(?:合|即|约合|折合|约|相当于|换算为)?\s*$")
# "52,000万元，合5.2亿元", "0.1229 kgce/kWh，即1.229 tce/万kWh": restated after a word that says "that is"
_RESTATED = re.compile(r"\s*[，,]?\s*(?:即|合|约合|折合|亦即|也就是|相当于|换算为|换算成|折算为|折算成|=|＝)(?:为|约|是)?\s*$")
_DIGITS = re.compile(r"[\d,，.\s]")


def stated_equivalents(b: Block) -> list[tuple[str, float, float]]:
    """(quote, first, second) in base units for an amount followed by "（合 …）" or "，即 …" in another unit
    ("万元" and "亿元" are other units, though both are 元)."""
    out = []
    qs = quantities(b.text)
    for a, c in zip(qs, qs[1:]):
        if not (a.base_unit and a.base_unit == c.base_unit and a.base_value) \
                or _DIGITS.sub("", b.text[a.start: a.end]) == _DIGITS.sub("", b.text[c.start: c.end]):
            continue
        gap = b.text[a.end: c.start]
        if _EQUIVALENT.fullmatch(gap) and re.match(r"\s*[)）]", b.text[c.end:]):
            out.append((b.text[a.start: c.end + 1], a.base_value, c.base_value))
        elif _RESTATED.fullmatch(gap):
            out.append((b.text[a.start: c.end], a.base_value, c.base_value))
    return out
