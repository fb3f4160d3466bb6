"""Table arithmetic: 合计 rows and energy-conversion (折标) rows."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.document import Block
from reviewer.structure.arith import close
from reviewer.structure.numbers import LABEL_NOTE, UNIT_RE, normalise, quantities

TOTAL_ROW = re.compile(r"^\s*(?:合\s*计|总\s*计|总\s*和|小\s*计|全厂合计|总\s*分|总得分)\s*$")
# ratio-like columns do not add up; score columns are SCORE.INCONSISTENT's to judge
_SKIP_COL = re.compile(r"系数|单价|率|比例|占比|比重|强度|单位|%|％|折算|因子|年份|序号|编号|得分|分值|满分|评分")
_EMPTY = {"", "—", "-", "－", "/", "／", "——", "0"}
# "其中：废边角料": a part of the row above, not another item
_SUB_ITEM = re.compile(r"^\s*(?:\d+\s*)?(?:其中|含)[:：\s]")
# a column that totals its row: "合计（tce）", "三年合计（t）"
TOTAL_COLUMN = re.compile(r"^\s*(?:三年|近三年|年度|全年)?(?:合\s*计|总\s*计|小\s*计|总\s*和)\s*(?:[（(][^（）()]{0,12}[)）])?\s*$")


def _num(cell: str):
    qs = quantities(cell)
    if len(qs) != 1:
        return None
    q = qs[0]
    rest = (cell[: q.start] + cell[q.end:]).strip()
    if rest and not re.fullmatch(r"[（(]?[^0-9]{0,6}[)）]?", rest):
        return None
    return q


_ENERGY_TOTAL = re.compile(r"^\s*(?:综合能源消费量|综合能耗(?:合计|总量)?|能源消费总量|综合能源消耗量)\s*$")


def total_label(row: list[str], *, conversion: bool = False) -> int | None:
    """Column of the 合计 label: the first cell, or the second when the first is an empty 序号 cell.
    In an energy-conversion table the total may be named 综合能源消费量."""
    for k in range(min(2, len(row))):
        if TOTAL_ROW.match(row[k]) or (conversion and _ENERGY_TOTAL.match(row[k])):
            return k
        if row[k].strip() not in ("", "—", "-", "－", "/", "／", "——") and not (k == 0 and len(row) > 2 and TOTAL_ROW.match(row[1])
                                                                             and quantities(row[0]) == []):
            return None  # past a 序号 cell, or a category cell repeated on its 小计 row ("电力（万kWh） | 小计")
    return None


def part_with(parts: list[Block], quote: str) -> Block:
    """The part of a (possibly page-split) table whose text holds ``quote``."""
    return next((p for p in reversed(parts) if quote in p.text), parts[-1])


def sum_problems(rows: list[list[str]], header_rows: int = 1) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if len(rows) < 3:
        return out
    header = rows[0]
    conversion = any(re.search(r"折标|折算", c) for c in header)
    start = max(1, header_rows)
    if len(rows) < 4:
        return _row_totals(rows, start)
    for t, row in enumerate(rows):
        label_at = total_label(row, conversion=conversion)
        if t < start or label_at is None:
            continue
        earlier = [i for i in range(start, t) if total_label(rows[i], conversion=conversion) is not None]
        subtotal = re.search(r"小\s*计", row[label_at])
        first = earlier[-1] + 1 if earlier and subtotal else start  # a 小计 adds up its own group only
        parts = [r for r in rows[first:t] if r and total_label(r, conversion=conversion) is None and not _SUB_ITEM.match(" ".join(r[:2]))]
        if t == start:  # the total first, its items below ("合计 | 182,500" over the sources)
            parts = [r for r in rows[t + 1:] if r and total_label(r, conversion=conversion) is None and not _SUB_ITEM.match(" ".join(r[:2]))]
        # stop at an earlier subtotal block
        if len(parts) < 2:
            continue
        # a two-level table ("能源低碳化 | | 30" over "| 能效水平 | 10"): group rows carry their own
        # subtotals; the total is the sum of the groups, and each group the sum of its items
        groups = [r for r in parts if len(r) > 1 and r[0].strip() and not r[1].strip()]
        two_level = bool(groups) and any(r and not r[0].strip() for r in parts)
        checks = [(row, groups if two_level else parts)]
        if two_level:
            current = None
            for r in parts:
                if r in groups:
                    current = (r, [])
                    checks.append(current)
                elif current is not None:
                    current[1].append(r)
        for j in range(label_at + 1, len(row)):
            head = header[j] if j < len(header) else ""
            if _SKIP_COL.search(head) or row[j] == row[0]:
                continue
            bad = None
            for whole, items in checks:
                total = _num(whole[j]) if j < len(whole) else None
                if total is None or "%" in whole[j]:
                    continue
                res = _column_sum(items, j, total)
                if res is not None and not res[0]:
                    bad = (whole, res)
                    break
            if bad is None:
                continue
            whole, (_ok, shown, dec) = bad
            label = whole[label_at].strip() if whole is row else whole[0].strip()
            out.append((f"“{label}”行“{head.strip() or f'第{j + 1}列'}”为 {whole[j].strip()}，"
                        f"{'' if whole is row else '其下'}各分项之和为 {shown:,.{min(dec, 4)}f}。",
                        "\t".join(whole[: j + 1])))
            break
    return out + _row_totals(rows, start) + _share_columns(rows, start, conversion)


def total_column_problems(rows: list[list[str]], start: int = 1) -> list[tuple[str, str]]:
    """The total-column check alone, also for a table of a single data row (sum_problems wants three rows)."""
    return _row_totals(rows, start)


def _row_totals(rows: list[list[str]], start: int) -> list[tuple[str, str]]:
    """A total column: each row's items to its left add up to it ("2023 | 1,420.6 | 381.9 | 1,802.5")."""
    header = rows[0]
    k = next((i for i, c in enumerate(header) if i >= 2 and TOTAL_COLUMN.match(c)), None)
    if k is None:
        return []
    cols = [j for j in range(1, k) if not _SKIP_COL.search(header[j]) or re.search(r"(?:19|20)\d{2}", header[j])]
    out = []
    for row in rows[start:]:
        if len(row) <= k or total_label(row) is not None:
            continue
        total = _num(row[k])
        if total is None or "%" in row[k]:
            continue
        res = _column_sum([[row[j]] for j in cols], 0, total)
        if res is not None and not res[0]:
            out.append((f"“{row[0].strip()}”行的“{header[k].strip()}”为 {row[k].strip()}，其左各项之和为 {res[1]:,.{min(res[2], 4)}f}。",
                        "\t".join(row[: k + 1])))
            break
    return out


def _share_columns(rows: list[list[str]], start: int, conversion: bool) -> list[tuple[str, str]]:
    """A share column whose 合计 is 100 %: its items must add up to 100."""
    header = rows[0]
    total = next((r for r in rows[start:] if total_label(r, conversion=conversion) is not None), None)
    if total is None:
        return []
    out = []
    for j, h in enumerate(header):
        if j >= len(total) or not re.search(r"占比|比例|比重|构成|[%％]", h) or re.search(r"率|系数", h):
            continue
        t = _num(total[j].replace("%", "").replace("％", ""))
        if t is None or abs(t.value - 100) > 0.051:
            continue
        items = [r for r in rows[start:] if r is not total and total_label(r, conversion=conversion) is None and j < len(r)
                 and not _SUB_ITEM.match(" ".join(r[:2]))]
        vals = [_num(r[j].replace("%", "").replace("％", "")) for r in items if r[j].strip() not in _EMPTY]
        if len(vals) < 2 or None in vals:
            continue
        dec = max(v.decimals for v in vals)
        if abs(sum(v.value for v in vals) - 100) > 0.5 * 10 ** -dec * 1.5 * max(1, len(vals) ** 0.5):
            out.append((f"“{h.strip()}”列合计为 100%，各项之和却为 {sum(v.value for v in vals):.{dec}f}%。", "\t".join(total[: j + 1])))
    return out


def _column_sum(parts: list[list[str]], j: int, total) -> tuple[bool, float, int] | None:
    """(total matches, the items' sum in the total's unit, decimals) for column ``j``; None when
    the column cannot be summed (text, percentages, mixed units, fewer than two items)."""
    vals, dec, units, item_dec = [], total.decimals, {total.base_unit}, 99
    for r in parts:
        cell = r[j] if j < len(r) else ""
        if cell.strip() in _EMPTY:
            continue
        q = _num(cell)
        if q is None or "%" in cell:
            return None
        vals.append(q.base_value if q.base_unit else q.value)
        units.add(q.base_unit)
        dec = max(dec, q.decimals)
        item_dec = min(item_dec, q.decimals)
    if len(vals) < 2 or len(units) > 1:
        return None
    tv = total.base_value if total.base_unit else total.value
    scale = tv / total.value if total.value else 1.0
    expected = sum(vals)
    # rounding: half a unit of the last digit per √n items (x1.5); relative slack only for very large sums
    coarse = min(total.decimals, item_dec)  # "合计 | 444（取整数）" over items with two decimals
    ok = close(tv, expected, decimals=coarse, scale=scale * max(1, len(vals) ** 0.5), rel=0.0002)
    return ok, expected / scale, dec


@dataclass
class ConversionRow:
    block: Block
    name: str
    quote: str
    amount_text: str
    factor_text: str
    result_text: str
    expected_kgce: float
    stated_kgce: float
    result_scale: float
    decimals: int

    def ok(self, rel: float) -> bool:
        return close(self.stated_kgce, self.expected_kgce, decimals=self.decimals, scale=self.result_scale, rel=rel)


def _col(header: list[str], pattern: str) -> int | None:
    return next((i for i, c in enumerate(header) if re.search(pattern, c)), None)


def _unit_in_label(row: list[str], ia: int, header: list[str]) -> str | None:
    """The unit written in the row's name cell or the amount column's header, if any."""
    for cell in (*row[:ia], header[ia] if ia < len(header) else ""):
        m = LABEL_NOTE.search(cell.strip())
        if m and UNIT_RE.fullmatch(m.group(1).strip()):
            return m.group(1).strip()
    return None


def conversion_rows(tables) -> list[ConversionRow]:
    """Rows of 折标 tables: amount (with unit) x factor (kgce per unit) vs the stated standard coal.
    ``tables``: Document.logical_tables()."""
    out: list[ConversionRow] = []
    for rows, parts in tables:
        if len(rows) < 2:
            continue
        header = rows[0]
        ia = _col(header, r"实物量|消耗量|消费量|用量|数量")
        iu = _col(header, r"^\s*(?:计量)?单位\s*$")
        ifac = _col(header, r"折标(?:准煤)?系数|折算系数|系数")
        ires = next((i for i, c in enumerate(header) if re.search(r"折标准煤|折标煤|标准煤|tce|吨标", c)
                     and not re.search(r"系数", c)), None)
        if None in (ia, ifac, ires) or len({ia, ifac, ires}) < 3:
            continue
        res_unit = re.search(r"tce|吨标准煤|吨标煤|kgce|千克标准煤|万吨标准煤", header[ires])
        res_scale = {"kgce": 1.0, "千克标准煤": 1.0, "万吨标准煤": 1e7}.get(res_unit.group(0), 1000.0) if res_unit else 1000.0
        for row in rows[1:]:
            if len(row) <= max(ia, ifac, ires) or total_label(row, conversion=True) is not None:
                continue
            amount_text = row[ia]
            bare = not re.search(r"[^\d,.\s]", row[ia].strip())
            if bare and iu is not None and iu < len(row):
                amount_text = f"{row[ia]} {row[iu]}"  # the unit stands in its own column
            elif bare and (unit := _unit_in_label(row, ia, header)):
                amount_text = f"{row[ia]} {unit}"  # "电力（万kWh） | 31,192,100" or "实物量（万kWh）"
            amount, factor, result = _num(amount_text), _num(row[ifac]), _num(row[ires])
            if not (amount and factor and result) or not amount.base_unit or not factor.base_unit:
                continue
            fb = factor.base_unit
            if "/" not in fb:
                continue
            per = fb.split("/", 1)[1]
            if per != amount.base_unit:
                continue
            expected = amount.base_value * factor.base_value
            stated = result.value * res_scale if not result.base_unit else result.base_value
            name = next((c for c in row if c.strip() and not c.strip().isdigit()), row[0])
            quote = "\t".join(row[: ires + 1])
            out.append(ConversionRow(part_with(parts, quote), name, quote, amount_text, row[ifac], row[ires],
                                     expected, stated, res_scale if not result.base_unit else 1.0, result.decimals))
    return out


__all__ = ["conversion_rows", "sum_problems", "UNIT_RE", "normalise"]
