"""Indicator values stated as enumerations ("分别为"): years in order, or names in order.

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


class EnumerationReader:
    _ENUM = re.compile(r"(?P<span>(?:19|20)\d{2}\s*[-—–~～至到]\s*(?:19|20)\d{2}\s*年|近三年|近3年)[^。；]{0,12}?(?P<name>[\u4e00-\u9fff]{2,16}?)"
                       r"(?:分别为|依次为|分别是)\s*(?P<list>\d[^。；]{2,120})")

    _ENUM2 = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,16}?)(?P<years>(?:(?:19|20)\d{2}\s*年\s*[、和及,，]?\s*){2,5})(?:度)?"
                        r"(?:分别为|依次为|分别是)\s*(?P<list>[^。；]{3,120})")

    # "2023年、2024年、2025年的工业总产值依次为4.5亿元、4.95亿元、5.2亿元": the years first
    _ENUM3 = re.compile(r"(?P<years>(?:(?:19|20)\d{2}\s*年\s*度?\s*[、和及,，]?\s*){2,5})(?:的)?(?P<name>[\u4e00-\u9fff]{2,16}?)"
                        r"(?:分别为|依次为|分别是)\s*(?P<list>[^。；]{3,120})")

    def _enumerations2(self, b: Block) -> list[IndicatorValue]:
        """'单位产值综合能耗2022年、2023年、2024年分别为23.91 kgce/万元、22.34 kgce/万元、24.46 kgce/万元'."""
        out: list[IndicatorValue] = []
        for m in [*self._ENUM2.finditer(b.text), *self._ENUM3.finditer(b.text)]:
            name = m.group("name")
            key = self.by_name.get(name) or next((k for n, k in sorted(self.by_name.items(), key=lambda kv: -len(kv[0]))
                                                  if name.endswith(n)), None)
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
            end = min([i for i in (text.find("。", m.end()), text.find("；", m.end()), text.find("，", m.end())) if i != -1],
                      default=len(text))
            qs = [q for q in quantities(text[m.end(): end]) if q.unit]
            if len(names) < 2 or len(names) != len(qs) or len({k for _s, _e, k in names}) != len(names):
                continue
            head = text[start: m.start()]
            years = set(YEAR_IN.findall(head))
            year = int(years.pop()) if len(years) == 1 else None
            for (_s, _e, key), q in zip(names, qs):
                if self._accept(key, q.base_unit):
                    out.append(IndicatorValue(key, year, q.base_value, q.value, q.decimals, q.unit, b,
                                              text[m.end() + q.start: m.end() + q.end], "text"))
        return out

    def _enumerations(self, b: Block) -> list[IndicatorValue]:
        """'近三年单位产值综合能耗分别为40.06、38.15、36.53 kgce/万元' -> one value per year."""
        out: list[IndicatorValue] = self._enumerations2(b) + self._enumerations3(b)
        for m in self._ENUM.finditer(b.text):
            key = self.by_name.get(m.group("name")) or next((k for n, k in self.by_name.items() if m.group("name").endswith(n)), None)
            if not key:
                continue
            span = re.match(r"((?:19|20)\d{2})\s*[-—–~～至到]\s*((?:19|20)\d{2})", m.group("span"))
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

