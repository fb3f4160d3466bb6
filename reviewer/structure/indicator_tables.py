"""Indicator values read from tables: years as columns, years as rows, itemised tables with a total
row, and label | value tables (a conversion table's total read as the 综合能耗). Mixed into
``IndicatorReader``, which supplies ``spec``, ``key_of``, ``_accept`` and the table's lead-in year.
"""

from __future__ import annotations

import re

from reviewer.document import Block
from reviewer.structure.enumerations import IndicatorValue
from reviewer.structure.numbers import LABEL_NOTE, UNIT_RE, normalise, quantities
from reviewer.structure.tables import total_label

_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年?度?\s*(?:数据|实绩|实际值?|数值|情况|消费量|消耗量|使用量|用量|实物消耗量|实物量)?\s*$")  # "2025年实绩"
_LEAD_YEAR = re.compile(r"^\s*((?:19|20)\d{2})\s*年度?\s*")
# tables listing items (waste types, water sources) by row, with quantities as columns and a total
# row: the subject in the first header cell completes a bare column name ("产生量" -> "固废产生量")
_SUBJECT_PREFIX = [(re.compile(r"固体?废|废物"), "固废")]


class IndicatorTables:
    def _cell_value(self, key: str, cell: str, unit_hint: str | None, row_text: str) -> tuple[float, float, int, str] | None:
        qs = quantities(cell)
        if len(qs) != 1:
            return None
        q = qs[0]
        if q.base_unit is not None:
            base, bval = self._tons_of_water(key, q.base_unit, q.base_value)
            return (bval, q.value, q.decimals, q.unit) if self._accept(key, base) else None
        if cell.strip() != cell.strip()[q.start:q.end].strip() and not re.fullmatch(r"[\d,，.\-−\s]+", cell.strip()):
            return None
        hint = unit_hint or ""
        if not hint and self.spec[key]["base"] == "":
            return (q.value, q.value, q.decimals, "")
        u = UNIT_RE.fullmatch(hint.strip()) if hint else None
        if u is None and hint:  # "（当量值，tce）": the unit inside a longer note
            found = [m for m in UNIT_RE.finditer(hint) if m.group(0).strip()]
            u = found[-1] if found else None
        if u is None:
            return None
        base, bval = self._tons_of_water(key, *normalise(q.value, u))
        return (bval, q.value, q.decimals, hint) if self._accept(key, base) else None

    def _tons_of_water(self, key: str, base: str | None, value: float | None) -> tuple[str | None, float | None]:
        """Water is often counted in 吨 (1 t = 1 m³): "取水量18万吨"."""
        if base in ("kg", "kg/元") and key in self.tons_as_m3 and value is not None:
            return "m3" + base[2:], value / 1000.0  # "3.9 t/万元" of water is 3.9 m³/万元
        return base, value

    def _table(self, b: Block) -> list[IndicatorValue]:
        rows = b.rows or []
        if len(rows) < 2:
            return []
        out: list[IndicatorValue] = []
        header = rows[0]
        if any(re.search(r"得分|满分|分值|标准分", c) for c in header):
            return out  # a score table: its numbers are points, not indicator values
        year_cols = {i: int(m.group(1)) for i, c in enumerate(header) if (m := _YEAR.match(c))}
        unit_col = next((i for i, c in enumerate(header) if c.strip() in ("单位", "计量单位", "指标单位")), None)
        if year_cols:  # indicators as rows, years as columns; the name may follow a 序号 column
            for row in rows[1:]:
                at = 1 if len(row) > 1 and re.fullmatch(r"\s*\d{1,3}\s*[.、]?\s*", row[0]) else 0
                key = self.key_of(row[at]) if row else None
                if not key:
                    continue
                m = LABEL_NOTE.search(row[at])
                hint = row[unit_col] if unit_col is not None and unit_col < len(row) else (m.group(1) if m else None)
                for i, year in year_cols.items():
                    if i < len(row):
                        v = self._cell_value(key, row[i], hint, "")
                        if v:
                            out.append(IndicatorValue(key, year, v[0], v[1], v[2], v[3], b, "\t".join(row[: i + 1]), "table"))
            return out
        year_rows = [r for r in rows[1:] if r and _YEAR.match(r[0])]
        if year_rows:  # years as rows, indicators as columns
            keys = {}
            for i, c in enumerate(header):
                k = self.key_of(c)
                if k:
                    m = LABEL_NOTE.search(c)
                    keys[i] = (k, m.group(1) if m else None)
            for r in year_rows:
                year = int(_YEAR.match(r[0]).group(1))
                for i, (k, hint) in keys.items():
                    if i < len(r):
                        v = self._cell_value(k, r[i], hint, "")
                        if v:
                            out.append(IndicatorValue(k, year, v[0], v[1], v[2], v[3], b, "\t".join(r[: i + 1]), "table"))
            return out
        itemised = self._itemised_totals(b, rows)
        if itemised:
            return itemised
        conversion = any(re.search(r"折标|折算", c) for c in header)
        for row in rows:  # label | value tables; the label may follow a 序号 cell
            at = next((k for k in range(min(3, len(row))) if self.key_of(row[k])), None)
            key = self.key_of(row[at]) if at is not None else None
            if conversion and key is None:
                at = total_label(row)
                if at is not None:
                    ires = next((i for i, c in enumerate(header) if re.search(r"折标准煤|折合标煤|标准煤|tce", c)
                                 and not re.search(r"系数|等价", c)), None)
                    if ires is not None and ires < len(row):
                        m = re.search(r"tce|吨标准煤|kgce|千克标准煤", header[ires])
                        v = self._cell_value("energy_total", row[ires], m.group(0) if m else "tce", "")
                        if v:
                            out.append(IndicatorValue("energy_total", getattr(self, "table_year", None), v[0], v[1], v[2],
                                                      v[3], b, "\t".join(row[: ires + 1]), "table"))
                continue
            if key is None:
                continue
            hint = row[unit_col] if unit_col is not None and unit_col < len(row) else None
            if hint is None and (note := LABEL_NOTE.search(row[at])):
                hint = note.group(1)  # "电力（万kWh） | 949.40": the unit in the name cell
            for j in range(at + 1, len(row)):
                cell = row[j]
                if not cell or cell == row[at] or j == unit_col:
                    continue
                if UNIT_RE.fullmatch(cell.strip()):
                    hint = cell.strip()  # a unit cell before the value
                    continue
                v = self._cell_value(key, cell, hint, "")
                if v:
                    lead = _LEAD_YEAR.match(row[at])
                    year = int(lead.group(1)) if lead else getattr(self, "table_year", None)
                    out.append(IndicatorValue(key, year, v[0], v[1], v[2], v[3], b, "\t".join(row[: j + 1]), "table"))
                break
        return out

    def _itemised_totals(self, b: Block, rows: list[list[str]]) -> list[IndicatorValue]:
        """'固体废物种类 | 产生量（t） | 综合利用量（t） | …' with a 合计/小计 row: the totals."""
        header = rows[0]
        lead = [c for c in header[:2] if not re.fullmatch(r"\s*(?:序号|编号|项号|No\.?)\s*", c)][:1]  # past a 序号 column
        prefix = next((p for rx, p in _SUBJECT_PREFIX if lead and rx.search(lead[0])), None)
        if prefix is None:  # "一般工业固废产生…；分类明细见下表" then "序号 | 名称 | 年产生量/吨": the lead-in names the subject
            tail = re.split(r"[。；]", getattr(self, "lead_in", ""))[-2:]
            prefix = next((p for rx, p in _SUBJECT_PREFIX if any(rx.search(t) for t in tail)), None) \
                if re.search(r"见下表|如下表|下表|明细如下|如下", getattr(self, "lead_in", "")[-40:]) else None
        if prefix is None:  # no "见下表", but the lead-in paragraph is about solid waste and the rows are wastes
            # (anywhere in it: "固体废物数据：…；可回收部分全部交由…回收企业。" names the subject in its first clause)
            lead_in = getattr(self, "lead_in", "")
            names = [r[1] if len(r) > 1 else "" for r in rows[1:]]
            wastes = sum(1 for n in names if re.search(r"废|污泥|炉渣|边角|灰渣|泥饼", n))
            prefix = next((p for rx, p in _SUBJECT_PREFIX if rx.search(lead_in)), None) \
                if wastes >= max(2, len(names) // 2) else None
        if prefix is None:
            return []
        cols = {}
        for i, c in enumerate(header[1:], start=1):
            name, hint = c.strip(), None
            split = re.match(r"^(.*?)\s*[/／]\s*(\S{1,6})$", name)  # "年产生量/吨"
            if split and UNIT_RE.fullmatch(split.group(2)):
                name, hint = split.group(1), split.group(2)
            key = self.key_of(name) or self.key_of(prefix + name) or self.key_of(prefix + re.sub(r"^年", "", name))
            if key:
                m = LABEL_NOTE.search(c)
                cols[i] = (key, hint or (m.group(1) if m else None))
        total = next((r for r in rows[1:] if total_label(r) is not None), None)
        if not cols or total is None:
            return []
        out = []
        for i, (key, hint) in cols.items():
            if i < len(total):
                v = self._cell_value(key, total[i], hint, "")
                if v:
                    out.append(IndicatorValue(key, getattr(self, "table_year", None), v[0], v[1], v[2], v[3], b,
                                              "\t".join(total[: i + 1]), "table"))
        return out
