"""A table written as one paragraph: cells separated by "｜" ("能源品种｜折标准煤（tce）｜电力｜1,474.8｜…｜合计｜1,899.8")
or by tabs, as text extraction leaves a table it did not recognise. Cut back into rows, it gets the table sum check."""

from __future__ import annotations

import re

from reviewer.structure.numbers import quantities
from reviewer.structure.tables import TOTAL_COLUMN, TOTAL_ROW, sum_problems, total_column_problems

_CELL = re.compile(r"[｜|\t]")


def paragraph_rows(text: str) -> list[list[str]] | None:
    """The rows of a table flattened into ``text``, or None: a header of names, then rows that each start with a
    name and hold figures, with a 合计 row or a 合计 column. A caption of up to two cells may come first."""
    if len(_CELL.findall(text)) < 5:
        return None
    cells = [c.strip() for c in _CELL.split(text.strip().rstrip("。"))]
    while cells and not cells[-1]:
        cells.pop()
    for caption in range(3):
        body = cells[caption:]
        for width in range(2, 11):
            if len(body) % width or len(body) < 2 * width:
                continue
            rows = [body[i:i + width] for i in range(0, len(body), width)]
            if _table_like(rows):
                return rows
    return None


def _table_like(rows: list[list[str]]) -> bool:
    header, data = rows[0], rows[1:]
    if not all(c and not quantities(c) for c in header):
        return False
    if not all(r[0] and not quantities(r[0]) and any(quantities(c) for c in r[1:]) for r in data):
        return False
    return any(TOTAL_ROW.match(r[0]) for r in data) or any(TOTAL_COLUMN.match(c) for c in header[2:])


def paragraph_table_problems(text: str) -> list[str] | None:
    """Messages of the table sum check on a table written as a paragraph; None when ``text`` is none."""
    rows = paragraph_rows(text)
    if rows is None:
        return None
    return [msg for msg, _q in (sum_problems(rows) if len(rows) >= 3 else total_column_problems(rows))]
