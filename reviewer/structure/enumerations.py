"""Indicator values stated as enumerations ("分别为"): years in order, or names in order; and values each
led by its own year ("由2024年的A下降至2025年的B") or by the ends of a stated span ("2022—2024年间…由A降至B").

A mixin of ``IndicatorReader`` (reviewer/structure/indicators.py), which supplies ``by_name``,
``spec``, ``data_years``, ``_accept`` and ``_names_in``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.document import Block
from reviewer.structure.numbers import quantities

# a year mentioned as such, not the start of a span ("2023年至2025年")
YEAR_IN = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*[-—至到~～]\s*(?:19|20)\d{2})")

# an amount named only generically before 分别为: "用量", "消耗量"
_GENERIC_AMOUNT = re.compile(r"(?:用量|消耗量|消费量|使用量|耗用量|购入量|采购量)\s*$")  # searched up to the 分别为


@dataclass(slots=True)
class IndicatorValue:
    key: str
    year: int | None
    value: float  # in the indicator's base unit
    shown: float  # as written
    decimals: int
    unit: str
    block: Block
    quote: str
    where: str  # "table" | "text"
    bound: str = ""  # "min" for "超6亿元"/"1,800 tce以上", "max" for "近6亿元"/"不足", "about" for "九百来吨": a bound, not the value


CARRIER_VERB = re.compile(r"买|购|用了|耗用|消耗|消费")
GENERATED = re.compile(r"发|产生|上网|自发")
# "外购能源只有电和天然气两种，2025年分别为…": electricity named by one character inside a list of carriers
_BARE_POWER = re.compile(r"(?:(?<=[和及与、有是为括：:，,])|^)电(?=\s*(?:和|及|与|、|以及|[两三四]种)|[，,。；]|$)")


# "目标公司", "标的企业": the applicant named by its role in due diligence, no target (目标) or plan
ROLE_TARGET = re.compile(r"(?:目标|标的)(?=公司|企业|工厂|单位|主体)")




def sentence_end(text: str, pos: int) -> int:
    """Where the sentence running at ``pos`` ends (。, ；, a line break or the text's end)."""
    ends = [i for i in (text.find("。", pos), text.find("；", pos), text.find("\n", pos)) if i != -1]
    return min(ends, default=len(text))


class EnumerationReader:
    _ENUM = re.compile(r"(?P<span>(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年|近三年|近3年)[^。；]{0,12}?(?P<name>[\u4e00-\u9fff]{2,16}?)"
                       r"(?:分别为|依次为|分别是)\s*(?P<list>\d[^。；]{2,120})")

    # "产值能耗：2023—2025年度依次为88.26、84.05、93.82千克标准煤/万元": the name first, then the span
    _ENUM_NAMED_SPAN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)\s*[：:]\s*(?P<span>(?:19|20)\d{2}\s*年?\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年)度?"
                                  r"(?:分别为|依次为|分别是)\s*(?P<list>\d[^。；]{2,120})")
    # "【产值能耗】64.60→59.44→70.46 kgce/万元（2023—2025年）": values in a row, the span after them
    _ARROWS = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)\s*】?\s*[：:]?\s*(?P<list>\d[\d,.]*(?:\s*[→—>]+\s*\d[\d,.]*){1,4})\s*(?P<unit>[^（(，。；\s\d]{1,12})?"
                         r"\s*[（(]\s*(?P<y1>(?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*(?P<y2>(?:19|20)\d{2})\s*年?\s*[)）]")

    def _named_key(self, name: str) -> str | None:
        """The indicator a lazily matched name stands for: itself, or a known name it ends with."""
        return self.by_name.get(name) or next((k for n, k in self._by_suffix if name.endswith(n)), None)  # longest first

    def _arrows(self, b: Block) -> list[IndicatorValue]:
        out: list[IndicatorValue] = []
        for m in self._ARROWS.finditer(b.text):
            key = self._named_key(m.group("name"))
            values = re.findall(r"\d[\d,.]*", m.group("list"))
            years = list(range(int(m.group("y1")), int(m.group("y2")) + 1))
            if key and len(values) == len(years):
                out += [v for year, x in zip(years, values)
                        if (v := self._year_value(b, key, year, f"{x}{m.group('unit') or ''}", m.group(0)))]
        return out

    # "对于综合能源消费量而言，该组织2023年、2024年、2025年分别为…": a framing clause and a subject between
    _ENUM2 = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:\s*而言\s*[，,]\s*[\u4e00-\u9fff]{0,8}?)?\s*[：:]?\s*(?P<years>(?:(?:19|20)\d{2}\s*年\s*[、和及,，]?\s*){2,5})(?:度)?"
                        r"(?:分别为|依次为|分别是)\s*(?P<list>[^。；]{3,120})")

    # "2023年、2024年、2025年的工业总产值依次为4.5亿元、4.95亿元、5.2亿元", "2022年与2024年之…分别为A及B": the years first
    _ENUM3 = re.compile(r"(?P<years>(?:(?:19|20)\d{2}\s*年\s*度?\s*[、和及与,，]?\s*){2,5})(?:的|之)?(?P<name>[\u4e00-\u9fff]{2,16}?)"
                        r"(?:分别为|依次为|分别是)\s*(?P<list>[^。；]{3,120})")

    # "单位产值综合能耗依次为28.54 kgce/万元（2023年）、26.78 kgce/万元（2024年）和20.83 kgce/万元（2025年）": a year after each value
    _ENUM4 = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?:分别为|依次为|分别是)\s*"
                        r"(?P<list>(?:\d[\d,.]*\s*[^（(、和及，。；\d]{0,12}?\s*[（(]\s*(?:19|20)\d{2}\s*年?度?\s*[)）]\s*(?:[、和及,，]|以及)?\s*){2,5})")

    def _enumerations4(self, b: Block) -> list[IndicatorValue]:
        out: list[IndicatorValue] = []
        for m in self._ENUM4.finditer(b.text):
            key = self._named_key(m.group("name"))
            if key:
                out += [v for item in re.finditer(r"(\d[\d,.]*\s*[^（(、和及，。；\d]{0,12}?)\s*[（(]\s*((?:19|20)\d{2})", m.group("list"))
                        if (v := self._year_value(b, key, int(item.group(2)), item.group(1), m.group(0)))]
        return out

    def _enumerations2(self, b: Block) -> list[IndicatorValue]:
        """'单位产值综合能耗2022年、2023年、2024年分别为23.91 kgce/万元、22.34 kgce/万元、24.46 kgce/万元'."""
        out: list[IndicatorValue] = []
        for m in [*self._ENUM2.finditer(b.text), *self._ENUM3.finditer(b.text)]:
            key = self._named_key(m.group("name"))
            if not key:
                continue
            years = [int(y) for y in re.findall(r"((?:19|20)\d{2})", m.group("years"))]
            qs = [q for q in quantities(m.group("list"))][: len(years)]
            if len(qs) != len(years):
                continue
            unit_q = next((q for q in reversed(qs) if q.unit), None)
            for year, q in zip(years, qs):
                if not q.unit and unit_q is not None:
                    q = quantities(f"{q.value}{unit_q.unit}")[0]
                base = q.base_unit if q.base_unit else ("" if self.spec[key]["base"] == "" else None)
                if not self._accept(key, base):
                    continue
                out.append(IndicatorValue(key, year, q.base_value if q.base_value is not None else q.value, q.value,
                                          q.decimals, q.unit, b, m.group(0)[:120], "text"))
        return out

    _RESPECTIVELY = re.compile(r"分别为|分别是|依次为|分别达到?")

    def _enumerations3(self, b: Block) -> list[IndicatorValue]:
        """'以电力及天然气为主，2025年分别为3024.71万kWh及152.73万m³' -> the names in order, the values in order."""
        out: list[IndicatorValue] = []
        text = b.text
        for m in self._RESPECTIVELY.finditer(text):
            start = max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1
            names = self._names_in(text[start: m.start()])
            cut = max(text.rfind("，", start, m.start()), text.rfind(",", start, m.start())) - start
            if cut >= 0 and len([n for n in names if n[0] > cut]) >= 2:
                names = [n for n in names if n[0] > cut]  # "…综合利用率为85.2%，产生量和利用量分别为…": the last clause's names
            end = min([i for i in (text.find("。", m.end()), text.find("；", m.end()), text.find("，", m.end())) if i != -1],
                      default=len(text))
            qs = [q for q in quantities(text[m.end(): end]) if q.unit]
            if not names and start > 0 and _GENERIC_AMOUNT.search(text, start, m.start()):
                # "外购能源为电力和天然气两种。2023年用量分别为5,645,500 kWh和286,200 m³": the names in the sentence before
                before = text.rfind("。", 0, start - 1) + 1
                earlier = self._names_in(text[before: start])
                if len(earlier) == len(qs) >= 2 and all(self._accept(k, q.base_unit) for (_s, _e, k), q in zip(earlier, qs)):
                    names = earlier
            head = text[start: m.start()]
            if len(names) + 1 == len(qs) and all(k != "electricity" for _s, _e, k in names) \
                    and CARRIER_VERB.search(head) and not GENERATED.search(head):
                bare = _BARE_POWER.search(head)
                if bare and not any(s <= bare.start() < e for s, e, _k in names):
                    names = sorted([*names, (bare.start(), bare.end(), "electricity")])
            if len(names) < 2:
                out += self._values_first(b, start, m, end)
                continue
            if len(names) != len(qs):  # "综合能耗…（当量值），主要能源品种为电力和天然气，分别为A和B": the clause that names as many
                tails = [[n for n in names if n[0] > c.start()] for c in re.finditer(r"[，,]", head)]
                names = next((t for t in reversed(tails) if len(t) == len(qs)), names)
            if len(names) != len(qs) or len({k for _s, _e, k in names}) != len(names):
                continue
            years = set(YEAR_IN.findall(head))
            year = int(years.pop()) if len(years) == 1 else None
            for (_s, _e, key), q in zip(names, qs):
                if self._accept(key, q.base_unit):
                    out.append(IndicatorValue(key, year, q.base_value, q.value, q.decimals, q.unit, b,
                                              text[m.end() + q.start: m.end() + q.end], "text"))
        return out

    def _values_first(self, b: Block, start: int, m: re.Match, end: int) -> list[IndicatorValue]:
        """"235130 m³、620370 m³分别为2025年该单位的取新水量和重复利用水量": the amounts, then their names."""
        text = b.text
        qs = [q for q in quantities(text[start: m.start()]) if q.unit and q.unit not in ("%", "％")]
        names = self._names_in(text[m.end(): end])
        if len(qs) < 2 or len(names) != len(qs) or len({k for _s, _e, k in names}) != len(names) \
                or re.search(r"[，,]", text[start + qs[0].start: m.start()]):
            return []
        years = set(YEAR_IN.findall(text[start: end]))
        year = int(years.pop()) if len(years) == 1 else None
        return [IndicatorValue(key, year, q.base_value, q.value, q.decimals, q.unit, b, text[start + q.start: start + q.end], "text")
                for (_s, _e, key), q in zip(names, qs) if self._accept(key, q.base_unit)]

    # "检验项目：产值能耗强度。核验结果：2023年26.44 kgce/万元，2024年24.54 kgce/万元": an item's label names the
    # indicator, its result sentence gives the years' values
    _ITEM = re.compile(r"^\s*(?:检验|检查|核查|核验|审核|评价)?(?:项目|事项)\s*[：:]\s*(?P<name>[\u4e00-\u9fff]{2,20})\s*[。；;]"
                       r"\s*(?:核验|核查|检验|检查|审核|评价)?(?:结果|情况)\s*[：:]")
    _ITEM_VALUE = re.compile(r"(?:^|(?<=[：:，,；;、]))\s*((?:19|20)\d{2})\s*年度?\s*(?:为|是)?\s*(?P<v>\d[^，,；;。、]{0,20})")

    def _labelled_item(self, b: Block) -> list[IndicatorValue]:
        m = self._ITEM.match(b.text)
        keys = {k for _s, _e, k in self._names_in(m.group("name"))} if m else set()
        if len(keys) != 1:  # the label names one indicator ("单位产值综合能耗逐年变化", "产值能耗强度")
            return []
        key = keys.pop()
        end = sentence_end(b.text, m.end())
        return [v for y in self._ITEM_VALUE.finditer(b.text, m.end(), end)
                if (v := self._year_value(b, key, int(y.group(1)), y.group("v"), y.group(0).strip()))]

    # "2023年94.71 kgce/万元、2024年87.51 kgce/万元、2025年67.47 kgce/万元，单位产值综合能耗三年累计下降13.2%": the years'
    # values open the sentence, and the name opens the next clause; "从2023年的21.05 kgce/万元，到2024年的…，再到2025年的…，
    # 申请检验方单位产值综合能耗累计下降9.5%": a path from year to year, then the subject and the name
    _YEAR_ITEM = r"(?:从|由|到|至|再到|又到)?\s*(?:19|20)\d{2}\s*年度?(?:的|为|是)?\s*\d[^、，,。；;]{0,20}?"
    _YEAR_RUN = re.compile(rf"(?:^|(?<=[。；;\n]))\s*(?P<run>(?:{_YEAR_ITEM}\s*[、，,]\s*){{1,4}}{_YEAR_ITEM})\s*[，,]\s*")
    _RUN_ITEM = re.compile(r"((?:19|20)\d{2})\s*年度?(?:的|为|是)?\s*(\d[^、，,。；;]{0,20}?)\s*(?=[、，,]|$)")
    _OTHER_SUBJECT = re.compile(r"行业|平均|标杆|对标|同行|同类|先进|全国|全省|全市|国家|省|市|区域|地区")

    def _years_then_name(self, b: Block) -> list[IndicatorValue]:
        out: list[IndicatorValue] = []
        for m in self._YEAR_RUN.finditer(b.text):
            n = self.name_re.search(b.text, m.end(), m.end() + 24)
            between = b.text[m.end(): n.start()] if n else ""
            if not n or not re.fullmatch(r"[\u4e00-\u9fff]{0,10}", between) or self._OTHER_SUBJECT.search(between) \
                    or any(w in between for w in self.not_value):
                continue  # the subject before the name may be the applicant's, never a benchmark's
            out += [v for item in self._RUN_ITEM.finditer(m.group("run"))
                    if (v := self._year_value(b, self.by_name[n.group(0)], int(item.group(1)), item.group(2),
                                              b.text[m.start("run"): n.end()]))]
        return out

    def _enumerations(self, b: Block) -> list[IndicatorValue]:
        """'近三年单位产值综合能耗分别为40.06、38.15、36.53 kgce/万元' -> one value per year."""
        out: list[IndicatorValue] = (self._enumerations2(b) + self._enumerations3(b) + self._enumerations4(b) + self._arrows(b)
                                     + self._labelled_item(b) + self._years_then_name(b))
        for m in [*self._ENUM.finditer(b.text), *self._ENUM_NAMED_SPAN.finditer(b.text)]:
            key = self._named_key(m.group("name"))
            if not key:
                continue
            span = re.match(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})", m.group("span"))
            head = re.match(r"[\d,.，]+(?:\s*[^\d、和及,，\s]{0,10}?)?(?:\s*[、和及]\s*|\s*[，,]\s*(?=\d))", m.group("list"))
            qs = quantities(m.group("list"))
            count = (span and int(span.group(2)) - int(span.group(1)) + 1) or min(len(qs), 3)
            years = list(range(int(span.group(1)), int(span.group(2)) + 1)) if span else self.data_years[-count:]
            if head is None or len(qs) < len(years) or len(years) != count:
                continue
            qs = qs[: len(years)]
            unit_q = next((q for q in reversed(qs) if q.unit), None)
            for year, q in zip(years, qs):
                if not q.unit and unit_q is not None:
                    q = quantities(f"{q.value}{unit_q.unit}")[0]
                if not self._accept(key, q.base_unit if q.base_unit else ("" if self.spec[key]["base"] == "" else None)):
                    continue
                out.append(IndicatorValue(key, year, q.base_value if q.base_value is not None else q.value, q.value,
                                          q.decimals, q.unit, b, m.group(0)[:120], "text"))
        return out
