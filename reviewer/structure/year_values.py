"""Indicator values each led by its own year ("由2024年的A下降至2025年的B"), by the base year or the ends of a
stated span before them ("2022—2024年间…由A降至B"), or standing before their name ("●135.5%——2025年绿电占比",
"买了2,920.62万kWh电").

A mixin of ``IndicatorReader`` (reviewer/structure/indicators.py) beside ``EnumerationReader``, which supplies
``_named_key``; ``IndicatorReader`` supplies ``by_name``, ``spec``, ``data_years``, ``_accept`` and ``_names_in``.
"""

from __future__ import annotations

import re

from reviewer.document import Block
from reviewer.structure.enumerations import CARRIER_VERB, GENERATED, ROLE_TARGET, YEAR_IN, IndicatorValue
from reviewer.structure.numbers import UNIT_RE, quantities

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

# the next item of a list after "；" starts with its year: "；● 2023年26.97 kgce/万元"
_NEXT_YEAR_ITEM = re.compile(r"\s*[●•·▪■◆○\-]?\s*(?:19|20)\d{2}\s*年度?(?:的|为|是)?\s*\d")


class YearValueReader:
    def _year_value(self, b: Block, key: str, year: int, text: str, quote: str) -> IndicatorValue | None:
        """One value of ``key`` for ``year`` read from ``text`` ("70.46 kgce/万元"), or None."""
        qs = quantities(text)
        if len(qs) != 1 or not self._accept(key, qs[0].base_unit if qs[0].base_unit else ("" if self.spec[key]["base"] == "" else None)):
            return None
        q = qs[0]
        return IndicatorValue(key, year, q.base_value if q.base_value is not None else q.value, q.value, q.decimals, q.unit, b,
                              quote[:120], "text")

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
            written = qs[0].end if qs else 0  # the quote ends with the written figure, not the unit added from the note
            if qs and qs[0].start == 0 and not qs[0].unit and unit:
                qs = quantities(f"{text[m.end(): m.end() + qs[0].end]}{unit}")
            if not qs or qs[0].start != 0 or not self._accept(key, qs[0].base_unit):
                continue
            q = qs[0]
            out.append(IndicatorValue(key, int(m.group(1)), q.base_value, q.value, q.decimals, q.unit, b,
                                      text[m.start(): m.end() + (written if q.unit == unit else q.end)], "text"))
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
                if not CARRIER_VERB.search(lead) or GENERATED.search(lead):
                    continue
            sentence = text[max(text.rfind("。", 0, m.start()), text.rfind("；", 0, m.start())) + 1: m.start()]
            years = self._data_years_in(sentence)
            v = self._year_value(b, key, int(years.pop()) if len(years) == 1 else None, m.group(1) + (m.group(2) or m.group(3) or m.group(4)),
                                 text[m.start(): n.end()])
            if v is not None:
                out.append(v)
        return out
