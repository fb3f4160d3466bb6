"""More ways prose states an indicator's value, beside the name-then-value reading of ``IndicatorReader._text``:

* figures as some writers set them: "1 520 t" (SI thin-space groups), "1,500余吨", "一千五百多吨", "九百来吨" (an amount
  with an approximation word before its unit), "壹仟伍佰贰拾吨（1,520 t）" (a written-out amount with its figure beside it);
* a table written as text, rows after "；", cells after "｜" ("表4-8 …（2025年）：指标｜单位｜数值；…产生量｜t｜1,250；…");
* the value before its name: "合计1,430吨，即为当年一般工业固体废物产生量" (an apposition), "一年产生一千五百多吨一般工业
  固废", "将1,500余吨一般工业固体废物“变废为宝”" (after a verb that says which amount it is: standards ``verb_amounts``);
* the value a change arrived at: "2025年一般工业固体废物产生量较2024年增长8.6%，达到1,350 t";
* and what makes a name no value of the applicant's year: a negation ("未利用部分50吨"), a month leading the sentence
  ("2025年12月…产生量…，综合利用量…"), another party as the sentence's subject ("主要供应商2025年…，综合利用率92%").

A mixin of ``IndicatorReader`` (reviewer/structure/indicators.py), which supplies ``name_re``, ``by_name``, ``spec``,
``not_value``, ``not_value_sentence``, ``_accept``, ``_table``, ``_data_years_in`` and ``data_years``.
"""

from __future__ import annotations

import dataclasses
import re

from reviewer.document import Block, BlockKind
from reviewer.structure.enumerations import ROLE_TARGET, YEAR_IN, IndicatorValue
from reviewer.structure.numbers import UNIT_RE, quantities
from reviewer.structure.spans import span_bounds

# "产生量 1 520 t": digit groups of three after a space, as SI writes thousands; only right after a name's colon or
# verb ("序号 1 120 t" is a row number and a figure) and before a unit
_SI_GROUPS = re.compile(r"(?:(?<=[：:为是量约计达])|(?<=[：:为是量约计达] ))(?<![\d.,])\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3})+(?![\d.,])")
# "1,500余吨", "一千五百多吨": at least that much; "九百来吨": about that much (the word between the figure and its unit)
_APPROX = re.compile(r"(?<=[\d〇零一二两三四五六七八九十百千万])(?P<w>[多余来])(?=\s*(?:万|亿)?\s*(?:吨|t(?![a-zA-Z])|千克|kg|tce|m³|立方米|平方米|m²|亩|kWh|千瓦时|度|元))")
APPROX_BOUND = {"多": "min", "余": "min", "来": "about"}
# "壹仟伍佰贰拾吨（1,520 t）", "一千五百吨（1,500 t）": an amount written out, then its figure in brackets
SPELLED_FIGURE = re.compile(r"[零壹贰叁肆伍陆柒捌玖拾佰仟萬万亿〇一二两三四五六七八九十百千点]{2,}\s*[\u4e00-\u9fffa-zA-Z³²]{0,4}?\s*[（(]\s*(?=\d)")
# a name right after a negation is no value of it: "未利用部分50吨", "未综合利用部分50吨", "尚未回收利用的…"
_NEGATED = re.compile(r"(?:未|没有|没|不|无法|未能|尚未|不能)(?:被|能|经|曾)?$")
# "2025年12月一般工业固体废物产生量108.5吨，综合利用量104.2吨": a month opening the sentence dates all its figures
# (not "2025年12月31日" or "截至2025年12月底", a year's end)
_MONTH_LEAD = re.compile(r"\s*(?:[（(]?\d{1,2}[)）.、]\s*)?(?:19|20)\d{2}\s*年\s*(?:1[0-2]|[1-9])\s*月(?:份)?(?![\d日号底末初止])(?=\s*(?:当月|的)?\s*[\u4e00-\u9fff])")
_YEAR_OR_WHOLE = re.compile(r"(?:19|20)\d{2}\s*年(?!\s*(?:1[0-2]|[1-9])\s*月)|全年|(?<!\d)1\s*[-—–~～至到]\s*12\s*月")
# "年度：2025", "统计年度:2025": a record's year field without 年
_LABEL_YEAR = re.compile(r"(?:统计|数据|报告|填报)?(?:年度|年份)\s*[：:]\s*((?:19|20)\d{2})(?![\d年]|\s*[-—–~～至到、/，,]\s*(?:19|20)?\d{2})")
# "（均为一般工业固体废物，不含危险废物）": a kind of waste named only to be left out is no subject of the sentence
_LEFT_OUT = re.compile(r"(?:不含|不包括|不包含|未含|未包括|并非|不属于|不涉及|除去?)[^，,。；;）)]{0,6}?(?:危险废物|危险废弃物|危废|污泥|生活垃圾|废水|废液)")
# "…即为当年一般工业固体废物产生量": the value stated first, its name after 即为
_APPOSED = re.compile(r"\s*[，,]?\s*(?:即为|即|亦即|就是|也就是|此即|这就是)(?:当年|该年|本年|全年|当年度|该年度|本年度)?(?:的)?(?:企业|公司|工厂|全厂|受评价方)?(?:的)?")
# "较2024年增长8.6%，达到1,350 t": a change, then the amount it arrived at
_CHANGED_TO_AMOUNT = re.compile(r"\s*(?:较|比|相比|同比)(?:上年|去年|上一年|前一年|上年度|(?:19|20)\d{2}\s*年度?)?(?:同比)?(?:增长|增加|上升|提高|下降|减少|降低)了?(?:约)?\s*\d+(?:\.\d+)?\s*[%％]\s*[，,]?\s*"
                                r"(?:达到|达|为|增至|增加到|增加至|增长至|增长到|升至|上升至|降至|降到|下降至|减少至|减至|至)了?(?:约)?\s*(?=\d)")
_LEAD_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度?(?:的|之)?[\u4e00-\u9fff]{0,12}$")
_ROW_CELL = re.compile(r"\s*[｜|]\s*")


def figures_normalised(text: str) -> tuple[str, dict[int, str]]:
    """``text`` with SI-grouped figures as "1,520" and an approximation word before a unit as a space (the same length, so
    quotes keep their places), and where those words stood (offset -> bound: "min" or "about")."""
    text = _SI_GROUPS.sub(lambda m: re.sub(r"\s", ",", m.group(0)) if UNIT_RE.match(text, m.end()) and
                          UNIT_RE.match(text, m.end()).group(0).strip() else m.group(0), text)
    marks = {m.start(): APPROX_BOUND[m.group("w")] for m in _APPROX.finditer(text)}
    return (_APPROX.sub(" ", text), marks) if marks else (text, marks)


def left_out_masked(text: str) -> str:
    """``text`` with the kinds of waste it only leaves out blanked (same length)."""
    return _LEFT_OUT.sub(lambda m: "〇" * len(m.group(0)), text)


def negated(text: str, start: int) -> bool:
    return bool(_NEGATED.search(text, max(0, start - 4), start))


def month_led(text: str, sentence_start: int, start: int, names: list[tuple[int, int, str]]) -> bool:
    """The sentence opens with a month that dates its first name ("2025年12月一般工业固体废物产生量…"; not "2025年6月，
    企业完成…" or "2025年3月起，…") and names no year or whole year again before ``start``."""
    m = _MONTH_LEAD.match(text, sentence_start)
    if not m or m.end() > start:
        return False
    first = next((s for s, _e, _k in names if s >= m.end()), start)
    return not re.search(r"[，,：:]|起|开始|以来|之后|以后", text[m.end(): first]) and not _YEAR_OR_WHOLE.search(text, m.end(), start)


# "Per our walkthrough of the 2025 waste ledger, …": a year in English, after an article or a preposition
_ENGLISH_YEAR = re.compile(r"(?<![A-Za-z])(?:[Ii]n|[Ff]or|[Oo]f|[Tt]he|[Dd]uring|FY|[Yy]ear)\s+((?:19|20)\d{2})(?![\d\-—–/年])")


def label_year(text: str, data_years: list[int]) -> int | None:
    """The one data year a record's year field ("年度：2025") or English prose ("in 2025") names."""
    years = {int(y) for y in _LABEL_YEAR.findall(text)} or {int(y) for y in _ENGLISH_YEAR.findall(text)}
    return years.pop() if len(years) == 1 and (not data_years or years <= set(data_years)) else None


# the amount in a verb_amounts pattern: a figure (Arabic or Chinese, an approximation word already a space) and a unit of mass
_AMOUNT = r"(?P<amount>(?:\d[\d,]*(?:\.\d+)?|[〇零一二两三四五六七八九十百千万点]{2,})\s*(?:万|亿)?\s*(?:吨|t(?![a-zA-Z])|千克|kg))"


class ProseValues:
    def prose_setup(self, spec: dict) -> None:
        # (pattern, key): a verb, then the amount, then the name, then what must follow
        self.verb_amounts = [(re.compile(f"(?:{v['before']})(?:了)?(?:约|共|共计|合计|总共|一共)?\\s*{_AMOUNT}\\s*(?:的)?(?:{v['names']})(?:{v['after']})"), v["key"])
                             for v in spec.get("verb_amounts", [])]
        words = spec.get("other_party_subjects", [])
        self.other_party = re.compile("|".join(map(re.escape, words))) if words else None

    def _bound_at(self, marks: dict[int, str], lo: int, hi: int) -> str:
        return next((v for k, v in marks.items() if lo <= k < hi), "")

    def _other_party_led(self, text: str, names: list[tuple[int, int, str]], start: int) -> bool:
        """"受评价方的主要覆铜板供应商2025年…产生量约3,600吨，综合利用率92%": the sentence's first name has another party
        (standards ``other_party_subjects``) in its clause before it, and the later clauses name no one else."""
        if self.other_party is None:
            return False
        s0 = span_bounds(text, start, start, "。；")[0]
        first = next((s for s, _e, _k in names if s0 <= s), start)
        c0 = max(s0, max(text.rfind(c, 0, first) for c in "，,") + 1)
        if first == start or not self.other_party.search(ROLE_TARGET.sub("", text[c0: first])):
            return False
        own = max(text.rfind(c, 0, start) for c in "，,") + 1
        return not re.search(r"受评价方|本公司|本企业|本厂|我厂|我公司|该厂|全厂|申请(?:单位|企业)", text[own: start])

    def _year_of(self, text: str, at: int) -> int | None:
        """The one data year the sentence around ``at`` names, else the paragraph's."""
        s0, e0 = span_bounds(text, at, at, "。；")
        for part in (text[s0: e0], text):
            years = self._data_years_in(part)
            if len(years) == 1:
                return int(years.pop())
            if years:
                return None
        return None

    def _refused(self, text: str, lo: int, hi: int, names: list[tuple[int, int, str]]) -> bool:
        """Words of the clause before ``lo`` (or the sentence) that make the figure no value of the applicant's year."""
        c0 = span_bounds(text, lo, hi, "，,。；;")[0]
        s0, e0 = span_bounds(text, lo, hi, "。；")
        clause = ROLE_TARGET.sub("", text[c0: lo])
        return any(w in clause for w in self.not_value) or any(w in text[s0: e0] for w in self.not_value_sentence) \
            or month_led(text, s0, lo, names)

    def _value(self, b: Block, key: str, year: int | None, q, quote: tuple[int, int], bound: str) -> IndicatorValue | None:
        if q.base_unit is None or not self._accept(key, q.base_unit):
            return None
        return IndicatorValue(key, year, q.base_value, q.value, q.decimals, q.unit, b, b.text[quote[0]: quote[1]], "text", bound)

    def _prose_values(self, b: Block, text: str, marks: dict[int, str], names: list[tuple[int, int, str]]) -> list[IndicatorValue]:
        """Values stated before their names or as the end of a change (see the module's doc)."""
        out: list[IndicatorValue] = []
        # "合计1,430吨，即为当年一般工业固体废物产生量" (every apposition word holds 即 or 就是: most paragraphs skip the scan)
        for q in quantities(text) if ("即" in text or "就是" in text) else ():
            m = _APPOSED.match(text, q.end)
            n = self.name_re.match(text, m.end()) if m and m.group(0).strip(" ，,") else None
            if n is None or not re.match(r"\s*(?:[。；，,）)]|$)", text[n.end():]) or self._refused(text, q.start, n.end(), names):
                continue
            v = self._value(b, self.by_name[n.group(0)], self._year_of(text, q.start), q, (q.start, n.end()), self._bound_at(marks, q.start, q.end))
            out += [v] if v else []
        for rx, key in self.verb_amounts:  # "一年产生一千五百多吨一般工业固废", "将1,500余吨一般工业固体废物“变废为宝”"
            for m in rx.finditer(text):
                qs = quantities(m.group("amount"))
                if len(qs) != 1 or qs[0].end < len(m.group("amount").rstrip()) or self._refused(text, m.start(), m.end(), names):
                    continue
                q = qs[0]
                v = self._value(b, key, self._year_of(text, m.start()), q, (m.start(), m.end()),
                                self._bound_at(marks, m.start("amount"), m.end("amount")))
                out += [v] if v else []
        for start, end, key in names:  # "2025年…产生量较2024年增长8.6%，达到1,350 t": the year led the name
            m = _CHANGED_TO_AMOUNT.match(text, end)
            c0 = span_bounds(text, start, end, "，,。；;")[0]
            lead = _LEAD_YEAR.search(text, c0, start)
            if not m or not lead or "/" in self.spec[key]["base"] or self.spec[key]["base"] in ("%", ""):
                continue
            qs = quantities(text[m.end(): m.end() + 30])
            clause = ROLE_TARGET.sub("", text[c0: start])
            if not qs or qs[0].start != 0 or any(w in clause for w in self.not_value) or int(lead.group(1)) not in (self.data_years or [int(lead.group(1))]):
                continue
            v = self._value(b, key, int(lead.group(1)), qs[0], (start, m.end() + qs[0].end), "")
            out += [v] if v else []
        return out

    def _text_table(self, b: Block, read: list[IndicatorValue]) -> list[IndicatorValue]:
        """"表4-8 一般工业固体废物产生及利用情况（2025年）：指标｜单位｜数值；一般工业固体废物产生量｜t｜1,250；…": a table
        written as one paragraph, rows after "；", read as the table it is (its caption's year for its values); keys the
        prose reading already found in the paragraph are left to it."""
        body = b.text.strip().rstrip("。")
        first_bar = min((i for i in (body.find("｜"), body.find("|")) if i != -1), default=-1)
        if first_bar == -1:
            return []
        caption_end = max(body.rfind("：", 0, first_bar), body.rfind(":", 0, first_bar)) + 1
        if "；" in body[:caption_end] or "。" in body[:caption_end]:
            return []
        segs = [s for s in re.split(r"[；;]", body[caption_end:]) if s.strip()]
        rows = [_ROW_CELL.split(s.strip()) for s in segs]
        if len(rows) < 2 or len({len(r) for r in rows}) != 1 or len(rows[0]) < 2 or any(quantities(c) for c in rows[0]):
            return []
        years = set(YEAR_IN.findall(body[:caption_end]))
        saved = getattr(self, "table_year", None), getattr(self, "lead_in", "")
        self.table_year, self.lead_in = (int(years.pop()) if len(years) == 1 else None), body[:caption_end]
        try:
            got = self._table(dataclasses.replace(b, kind=BlockKind.TABLE, rows=rows))
        finally:
            self.table_year, self.lead_in = saved
        have = {v.key for v in read}
        out = []
        for v in got:
            row = next((s.strip() for s, r in zip(segs, rows) if "\t".join(r).startswith(v.quote)), None)
            if v.key not in have and row and row in b.text:
                out.append(dataclasses.replace(v, block=b, quote=row))
        return out
