"""Indicator values stated as enumerations ("分别为"): years in order, or names in order; and values each
led by its own year ("由2024年的A下降至2025年的B") or by the ends of a stated span ("2022—2024年间…由A降至B").

A mixin of ``IndicatorReader`` (reviewer/structure/indicators.py), which supplies ``by_name``,
``spec``, ``data_years``, ``_accept`` and ``_names_in``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.document import Block
from reviewer.structure.numbers import UNIT_RE, quantities

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
    bound: str = ""  # "min" for "超6亿元"/"1,800 tce以上", "max" for "近6亿元"/"不足": a bound, not the value


# "由2024年的38.15 kgce/万元下降至2025年的34.20 kgce/万元": each value carries its own year
# "2023年的A", "2023年之A", "2025年降为B", "2025年进一步降至C"
# "2023年｜73.63 kgce/万元": a bar or colon between the year and its value
# "2022年账上记的是21.67 kgce/万元，2024年记的是18.37": the year's figure as the books record it
_YEAR_VALUE = re.compile(r"((?:19|20)\d{2})\s*年度?(?:的|之|为|是|计|达到?|约为?|[｜|：:]|(?:进一步|再|又|继续|持续|则|更)?(?:下降|降低|上升|增长|提高|降|升|增|减)(?:为|至|到)"
                         r"|(?:(?:台账|账|报表|表)(?:上|里|中))?(?:记|记录|登记|填报|填)(?:的|得)?(?:是|为|作))?\s*(?=[\d一二三四五六七八九])")
_SPAN_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年?\s*[-—–~～至到]\s*((?:19|20)\d{2})\s*年(?:间|度|期间)?")
_FROM_TO = re.compile(r"\s*由\s*(?P<a>\d[\d,.]*\s*[^\s，。；\d]{1,10}?)\s*(?:降|增|升|减|提高|下降|上升|降低|增长)(?:至|到|为)\s*(?P<b>\d[\d,.]*\s*[^\s，。；\d]{1,10})")
# "以2023年为基准，…由A降至…": the base year the changed-from value belongs to
_BASE_YEAR = re.compile(r"以\s*((?:19|20)\d{2})\s*年度?(?:数据|水平)?为基准(?:年)?|基准年(?:为|是|：|:)\s*((?:19|20)\d{2})\s*年")
_FROM_VALUE = re.compile(r"\s*由\s*(?P<a>\d[\d,.]*\s*[^\s，。；\d]{1,10}?)\s*(?:降|增|升|减|提高|下降|上升|降低|增长)(?:至|到|为)")


# "●135.5%——2025年绿电占比。": a bullet that leads with its value
_VALUE_FIRST = re.compile(r"^[\s●•·▪■◆*\-]*(?P<v>\d[\d,.]*\s*(?:[%％]|[^\s—，。；\d]{1,8}?))\s*——\s*(?:这是|即|为)?")


# "以72600平方米的用地、114332平方米的计容建筑面积…为基础": an amount with its unit, then 的 and the name
# "…平方米的用地", and for areas "53960 m²用地（权证口径）、47817 m²计容建筑面积"
# "80170亩（用地面积）、105607 m²（计容建筑面积）": the name alone in brackets after the amount
_VALUE_OF = re.compile(r"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(?:(平方米|m²|㎡|亩|公顷|万元|亿元|tce|吨标准煤|万kWh|kWh|万m³|m³)(?:的|\s*[（(](?=[\u4e00-\u9fff]))"
                       # "在2163960亩工业用地上": 亩/公顷 only before the land itself
                       r"|(平方米|m²|㎡|(?:亩|公顷)(?=(?:工业|建设)?用地))(?:工业(?=用地)|建设(?=用地))?(?=[\u4e00-\u9fff])"
                       # "买了2,920.62万kWh电、129.96万m³天然气": a bought carrier after its amount
                       r"|(万kWh|kWh|万千瓦时|千瓦时|万m³|m³|万立方米|立方米)(?=天然气|电(?![费价表机网站池器子]|力公司)))")
_CARRIER_NAME = re.compile("电")  # a bought carrier named by one character: electricity
_CARRIER_VERB = re.compile(r"买|购|用了|耗用|消耗|消费")
_GENERATED = re.compile(r"发|产生|上网|自发")
# "外购能源只有电和天然气两种，2025年分别为…": electricity named by one character inside a list of carriers
_BARE_POWER = re.compile(r"(?:(?<=[和及与、有是为括：:，,])|^)电(?=\s*(?:和|及|与|、|以及|[两三四]种)|[，,。；]|$)")


# "目标公司", "标的企业": the applicant named by its role in due diligence, no target (目标) or plan
ROLE_TARGET = re.compile(r"(?:目标|标的)(?=公司|企业|工厂|单位|主体)")


# the next item of a list after "；" starts with its year: "；● 2023年26.97 kgce/万元"
_NEXT_YEAR_ITEM = re.compile(r"\s*[●•·▪■◆○\-]?\s*(?:19|20)\d{2}\s*年度?(?:的|为|是)?\s*\d")


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

    def _year_value(self, b: Block, key: str, year: int, text: str, quote: str) -> IndicatorValue | None:
        """One value of ``key`` for ``year`` read from ``text`` ("70.46 kgce/万元"), or None."""
        qs = quantities(text)
        if len(qs) != 1 or not self._accept(key, qs[0].base_unit if qs[0].base_unit else ("" if self.spec[key]["base"] == "" else None)):
            return None
        q = qs[0]
        return IndicatorValue(key, year, q.base_value if q.base_value is not None else q.value, q.value, q.decimals, q.unit, b,
                              quote[:120], "text")

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
                    and _CARRIER_VERB.search(head) and not _GENERATED.search(head):
                bare = _BARE_POWER.search(head)
                if bare and not any(s <= bare.start() < e for s, e, _k in names):
                    names = sorted([*names, (bare.start(), bare.end(), "electricity")])
            if len(names) < 2:
                out += self._values_first(b, start, m, end)
                continue
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

    def _year_values(self, b: Block, key: str, end: int) -> list[IndicatorValue]:
        """Values each led by its own year in the rest of the sentence after a name."""
        text = b.text
        stop = min((i for i in (text.find(c, end) for c in "。；\n") if i != -1), default=len(text))
        while text.startswith("；", stop) and _NEXT_YEAR_ITEM.match(text, stop + 1):
            # "…方面：● 2022年29.18 kgce/万元；● 2023年26.97 kgce/万元": items of one list, each led by its year
            stop = min((i for i in (text.find(c, stop + 1) for c in "。；\n") if i != -1), default=len(text))
        nxt = self.name_re.search(text, end, stop)
        stop = nxt.start() if nxt else stop  # up to the next indicator's name
        out = []
        # "单位产值综合能耗（kgce/万元）为2022年39.23，2023年36.39": the unit once, in a note after the name, which a
        # word for the figures may precede ("逐年核得值（kgce/万元）：…"; not a target's or a limit's)
        note = re.match(r"\s*(?:(?![^（(]*(?:目标|限额|限值|标准|基准|计划|预计|预测|要求|先进值))[\u4e00-\u9fff]{0,6}?(?:值|数值|数据|情况|结果))?"
                        r"\s*[（(]\s*([^（）()]{1,12}?)\s*[)）]", text[end: end + 24])
        unit = note.group(1) if note and UNIT_RE.fullmatch(note.group(1)) else ""
        for m in _YEAR_VALUE.finditer(text, end, stop):
            qs = quantities(text[m.end(): m.end() + 30])
            if qs and qs[0].start == 0 and not qs[0].unit and unit:
                qs = quantities(f"{text[m.end(): m.end() + qs[0].end]}{unit}")
            if not qs or qs[0].start != 0 or not self._accept(key, qs[0].base_unit):
                continue
            q = qs[0]
            out.append(IndicatorValue(key, int(m.group(1)), q.base_value, q.value, q.decimals, q.unit, b,
                                      text[m.start(): m.end() + q.end], "text"))
        return out

    def _from_base_year(self, b: Block, text: str, key: str, start: int, end: int) -> list[IndicatorValue]:
        """"以2023年为基准，单位产值综合能耗由50.65 kgce/万元降至…": the changed-from value in the base year."""
        sentence_start = max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1
        years = [int(y1 or y2) for y1, y2 in _BASE_YEAR.findall(text, sentence_start, start)]
        m = _FROM_VALUE.match(text, end)
        qs = quantities(m.group("a")) if m and len(years) == 1 else []
        if len(qs) != 1 or not self._accept(key, qs[0].base_unit):
            return []
        q = qs[0]
        return [IndicatorValue(key, years[0], q.base_value, q.value, q.decimals, q.unit, b, b.text[start: m.end("a")], "text")]

    def _span_change(self, b: Block, text: str, key: str, start: int, end: int) -> list[IndicatorValue]:
        """"2022—2024年间，单位产值综合能耗由66.65 kgce/万元降至62.64 kgce/万元": the span's first year for the
        first value, its last year for the second."""
        sentence_start = max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1
        span = list(_SPAN_BEFORE.finditer(text, sentence_start, start))
        m = _FROM_TO.match(text, end)
        if len(span) != 1 or m is None:
            return []
        out = []
        for year, group in ((int(span[0].group(1)), "a"), (int(span[0].group(2)), "b")):
            qs = quantities(m.group(group))
            if len(qs) != 1 or not self._accept(key, qs[0].base_unit):
                return []
            q = qs[0]
            out.append(IndicatorValue(key, year, q.base_value, q.value, q.decimals, q.unit, b, b.text[start: m.end(group)], "text"))
        return out

    def _value_first(self, b: Block, text: str) -> list[IndicatorValue]:
        """"●135.5%——2025年绿电占比。", "58,600万元——这是企业2025年实现的工业总产值。": a bullet that leads with the value."""
        lead = _VALUE_FIRST.match(text)
        if not lead:
            return []
        end = min((i for i in (text.find(c, lead.end()) for c in "。；;") if i != -1), default=len(text))
        seg = text[lead.end(): end].rstrip("。；;，,")
        names = [m for m in self.name_re.finditer(seg)]
        if not names or names[-1].end() != len(seg) or re.search(r"较|同比|下降|增长|目标|计划", ROLE_TARGET.sub("", seg)):
            return []
        key = self.by_name[names[-1].group(0)]
        qs = quantities(lead.group("v"))
        if len(qs) != 1 or not self._accept(key, qs[0].base_unit if qs[0].base_unit else ("" if self.spec[key]["base"] == "" else None)):
            return []
        q, years = qs[0], YEAR_IN.findall(seg)
        return [IndicatorValue(key, int(years[-1]) if years else None, q.base_value if q.base_value is not None else q.value,
                               q.value, q.decimals, q.unit, b, b.text[lead.start("v"): lead.end() + len(seg)], "text")]

    def _value_before_name(self, b: Block, text: str) -> list[IndicatorValue]:
        """Amounts written before their names ("…平方米的用地、…平方米的计容建筑面积"); a clause that makes the amount
        a change, a plan or another party's (not_a_value) is left alone."""
        out: list[IndicatorValue] = []
        for m in _VALUE_OF.finditer(text):
            n = self.name_re.match(text, m.end()) or (_CARRIER_NAME.match(text, m.end()) if m.group(4) else None)
            if not n or (text[m.end() - 1] in "（(" and text[n.end(): n.end() + 1] not in ")）"):
                continue  # "5000万元（工业总产值的10%）" is no name in brackets
            key = self.by_name.get(n.group(0), "electricity")
            clause = text[max(text.rfind(c, 0, m.start()) for c in "，,。；;、") + 1: m.start()]
            if key == "land_area" and re.search(r"堆场|筑物|厂房", clause):
                key = "building_footprint"  # "建（构）筑物及堆场的22407 m²占地": the buildings' footprint
            if any(w in ROLE_TARGET.sub("", clause) for w in self.not_value):
                continue
            if m.group(4):  # a carrier bought or used ("买了…电、…天然气"), not one generated ("光伏发了…电")
                lead = text[max(text.rfind(c, 0, m.start()) for c in "，。；;") + 1: m.start()]  # "2,920.62": no clause break
                if not _CARRIER_VERB.search(lead) or _GENERATED.search(lead):
                    continue
            sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1: m.start()]
            years = self._data_years_in(sentence)
            v = self._year_value(b, key, int(years.pop()) if len(years) == 1 else None, m.group(1) + (m.group(2) or m.group(3) or m.group(4)),
                                 text[m.start(): n.end()])
            if v is not None:
                out.append(v)
        return out
