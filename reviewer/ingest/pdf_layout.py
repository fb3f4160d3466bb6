"""From positioned text segments of one PDF page to blocks: paragraphs with
hard-wrapped CJK lines rejoined, numbered headings, and tables rebuilt from
column alignment. Pure geometry, no PDF library here, so it is easy to test."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.document import Block, BlockKind
from reviewer.ingest.headings import split_heading


@dataclass(slots=True)
class Segment:
    left: float
    bottom: float
    right: float
    top: float
    text: str
    hidden: str | None = None  # reason when a reader would not see it

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 0.1)


class Line:
    """Segments on one baseline band; bounds kept up to date as segments are added."""

    __slots__ = ("segs", "top", "bottom", "height", "_text")

    def __init__(self, segs: list[Segment] | None = None):
        self.segs: list[Segment] = []
        self.top, self.bottom, self.height = -1e9, 1e9, 0.1
        self._text: str | None = None
        for s in segs or ():
            self.append(s)

    def append(self, s: Segment) -> None:
        self.segs.append(s)
        self.top = max(self.top, s.top)
        self.bottom = min(self.bottom, s.bottom)
        self.height = max(self.height, s.height)
        self._text = None

    @property
    def left(self) -> float:
        return self.segs[0].left

    @property
    def right(self) -> float:
        return self.segs[-1].right

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = join_segments(self.segs)
        return self._text


_END = tuple("。！？!?；;：:”」』）)")
_PAGE_NUMBER = re.compile(r"^[-—–·\s]*(?:第\s*)?\d{1,4}\s*(?:页)?(?:\s*[/／共]\s*\d{1,4}\s*页?)?[-—–·\s]*$")


def _latin_edge(a: str, b: str) -> bool:
    return bool(a and b) and a[-1].isascii() and not a[-1].isspace() and b[0].isascii() and not b[0].isspace()


def join_segments(segs: list[Segment]) -> str:
    """Join the runs of one line; a space only where a gap separates two Latin/digit runs."""
    out = ""
    prev: Segment | None = None
    for s in segs:
        t = s.text.strip()
        if prev is not None and t and _latin_edge(out, t) and s.left - prev.right > 0.25 * prev.height:
            out += " "
        out += t
        prev = s
    return _squeeze(out)


_CJK_SPACE = None


def _squeeze(text: str) -> str:
    """Drop the spaces PDF exporters put after CJK punctuation or between CJK characters."""
    global _CJK_SPACE
    if _CJK_SPACE is None:
        _CJK_SPACE = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])[ \u00a0]+|[ \u00a0]+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef])")
    return _CJK_SPACE.sub("", text)


def group_lines(segs: list[Segment]) -> list[Line]:
    """Cluster segments whose vertical centres fall in one band; top to bottom, left to right."""
    lines: list[Line] = []
    for s in sorted(segs, key=lambda s: (-(s.top + s.bottom) / 2, s.left)):
        mid = (s.top + s.bottom) / 2
        if lines:
            cur = lines[-1]
            small = min(s.height, cur.height) < 0.6 * max(s.height, cur.height)
            overlaps = s.bottom < cur.top and s.top > cur.bottom
            # punctuation such as “ ” 。 has a tight box off the line's centre: overlap is enough
            if cur.bottom - 0.15 * s.height <= mid <= cur.top + 0.15 * s.height or (small and overlaps):
                cur.append(s)
                continue
        lines.append(Line([s]))
    lines = _attach_stray_punctuation(lines)
    for ln in lines:
        ln.segs.sort(key=lambda s: s.left)
        ln._text = None
    return lines


_PUNCTUATION_ONLY = re.compile(r"^[\s“”‘’「」『』\"'《》〈〉【】、，。：；！？…·]+$")


def _attach_stray_punctuation(lines: list[Line]) -> list[Line]:
    """A quotation mark whose tight box sits above its line ("请写“无问题”" wrapped so that “ opens the line's
    text) is clustered as a line of its own and cuts the paragraph in two: put it back into the nearest line
    that spans it horizontally and lies within a line height. Other lines keep their order."""
    strays = [ln for ln in lines if len(ln.segs) <= 2 and _PUNCTUATION_ONLY.match(ln.text)]
    if not strays or len(strays) == len(lines):
        return lines
    stray_ids = {id(ln) for ln in strays}
    attached: set[int] = set()
    for st in strays:
        mid = (st.top + st.bottom) / 2
        best, dist = None, 0.0
        for ln in lines:
            if id(ln) in stray_ids:
                continue
            d = abs((ln.top + ln.bottom) / 2 - mid)
            if d <= ln.height and min(s.left for s in ln.segs) - ln.height <= st.left <= max(s.right for s in ln.segs) + ln.height \
                    and (best is None or d < dist):
                best, dist = ln, d
        if best is not None:
            for s in st.segs:
                best.append(s)
            attached.add(id(st))
    return [ln for ln in lines if id(ln) not in attached]


def cells_of(line: Line) -> list[Segment]:
    """Merge adjacent segments of one line into cells; a wide gap separates cells."""
    cells: list[Segment] = []
    # measured against the line's text height: a punctuation glyph's tight box ("一．工厂基本情况") is far
    # lower than the characters, and its gap alone is no column break
    h = max((s.height for s in line.segs if s.text.strip()), default=0.0)
    for s in line.segs:
        if cells and s.left - cells[-1].right < 1.6 * max(s.height, cells[-1].height, 0.6 * h):
            c = cells[-1]
            cells[-1] = Segment(c.left, min(c.bottom, s.bottom), max(c.right, s.right), max(c.top, s.top),
                                join_segments([c, s]), c.hidden)
        else:
            cells.append(Segment(s.left, s.bottom, s.right, s.top, s.text.strip(), s.hidden))
    return cells


def is_page_furniture(line: Line, page_h: float) -> bool:
    """Page numbers in the top or bottom margin."""
    in_margin = line.bottom < 0.08 * page_h or line.top > 0.93 * page_h
    return in_margin and bool(_PAGE_NUMBER.match(line.text))


_TAIL_TOKEN = re.compile(r"[A-Za-z0-9]+$")


def join_wrapped(prev: str, nxt: str) -> str:
    """Join a hard-wrapped line: no space between CJK, one space between Latin words, none
    inside a long code or number broken by a narrow cell (a credit code, a permit number)."""
    if prev and nxt and prev[-1].isascii() and prev[-1].isalnum() and nxt[0].isascii() and nxt[0].isalnum():
        tail = _TAIL_TOKEN.search(prev)
        if tail and (len(tail.group(0)) >= 6 or tail.group(0).isdigit()) and not tail.group(0).islower():
            return prev + nxt
        return prev + " " + nxt
    return prev + nxt


def layout_page(lines: list[Line], page: int, text_right: float, tables=()) -> list[Block]:
    blocks: list[Block] = []
    i = 0
    para: list[Line] = []
    pending = sorted(tables, key=lambda t: -t.top)

    def emit_tables_above(y: float) -> None:
        while pending and pending[0].top >= y:
            t = pending.pop(0)
            flush()
            blocks.append(Block(0, BlockKind.TABLE, "\n".join("\t".join(r) for r in t.rows), page,
                                rows=t.rows, header_rows=1))

    def flush() -> None:
        if para:
            text = para[0].text
            for ln in para[1:]:
                text = join_wrapped(text, ln.text)
            blocks.append(Block(0, BlockKind.PARAGRAPH, text, page))
            para.clear()

    while i < len(lines):
        ln = lines[i]
        emit_tables_above(ln.top)
        cells = cells_of(ln)
        if len(cells) >= 2:
            j, rows = _take_table(lines, i)
            if len(rows) >= 2:
                flush()
                blocks.append(Block(0, BlockKind.TABLE, "\n".join("\t".join(r) for r in rows), page,
                                    rows=rows, header_rows=1))
                i = j
                continue
        text = ln.text
        if not text:
            i += 1
            continue
        head = split_heading(text)
        if head and not para_continues(para, ln, text_right, strict=True):
            flush()
            blocks.append(Block(0, BlockKind.HEADING, text, page, number=head[0], title=head[1]))
            i += 1
            continue
        if para and not para_continues(para, ln, text_right):
            flush()
        para.append(ln)
        i += 1
    flush()
    emit_tables_above(-1e9)
    return blocks


# an item marker opens an item only when something follows it: "19）。" is the end of "…见附件19）。" wrapped
_LIST_START = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)）](?!\d)|[（(]\s*\d{1,2}\s*[)）]|[一二三四五六七八九十]{1,3}、|[①②③④⑤⑥⑦⑧⑨⑩•·▪■◆●-])(?!\s*(?:[。，；：、,;:）)]|$))")


def para_continues(para: list[Line], ln: Line, text_right: float, *, strict: bool = False) -> bool:
    """Does ``ln`` continue the paragraph collected so far (a hard wrap)? ``strict`` (for a line that
    reads as a heading): only when the previous line ran to the right margin."""
    if not para:
        return False
    prev = para[-1]
    gap = prev.bottom - ln.top
    if gap > 1.2 * max(prev.height, ln.height) or abs(ln.height - prev.height) > 0.5 * prev.height:
        return False
    ptext, ntext = prev.text, ln.text
    if _LIST_START.match(ntext):
        return False
    ends_short = prev.right < text_right - 2.5 * prev.height
    if strict and (ends_short or ptext.endswith(_END)):
        return False
    if ptext.endswith(_END) and ends_short:
        return False
    if ends_short and not _latin_edge(ptext, ntext) and not (ntext[:1].isascii() and ntext[:1].isalnum()
                                                             and not ptext.endswith(_END)):
        return False
    indented = ln.left > para[0].left + 1.2 * ln.height if len(para) > 1 else False
    return not indented


def _take_table(lines: list[Line], i: int) -> tuple[int, list[list[str]]]:
    """Collect table rows starting at line ``i``; returns (next line index, rows)."""
    first = cells_of(lines[i])
    cols = [c.left for c in first]
    rows_cells: list[list[tuple[float, str, float]]] = [[(c.left, c.text, c.right) for c in first]]
    row_gaps: list[float] = []
    j = i + 1
    while j < len(lines):
        ln, prev = lines[j], lines[j - 1]
        cells = cells_of(ln)
        gap = prev.bottom - ln.top
        if gap > 2.5 * max(ln.height, prev.height) + 6:
            break
        if len(cells) >= 2:
            small = row_gaps and gap < 0.6 * (sum(row_gaps) / len(row_gaps)) and len(cells) < len(cols)
            if small:
                _continue_row(rows_cells[-1], cells, cols)
            else:
                for c in cells:
                    if all(abs(c.left - x) >= 4 for x in cols):
                        cols = sorted(cols + [c.left])
                rows_cells.append([(c.left, c.text, c.right) for c in cells])
                row_gaps.append(gap)
            j += 1
            continue
        c = cells[0]
        col_match = [x for x in cols if abs(c.left - x) < 4]
        if not col_match:
            break
        avg = (sum(row_gaps) / len(row_gaps)) if row_gaps else None
        if (avg is not None and gap < 0.6 * avg) or (avg is None and gap < 0.5 * ln.height):
            _continue_row(rows_cells[-1], cells, cols)
        elif col_match[0] != cols[0] or c.right > (cols[1] if len(cols) > 1 else 1e9):
            rows_cells.append([(c.left, c.text, c.right)])
            row_gaps.append(gap)
        else:
            break
        j += 1
    cols = sorted(cols)
    rows = [_to_row(rc, cols) for rc in rows_cells]
    return j, rows


def _col_index(cols: list[float], left: float) -> int:
    best = 0
    for k, x in enumerate(cols):
        if left >= x - 4:
            best = k
    return best


def _continue_row(row: list[tuple[float, str, float]], cells: list[Segment], cols: list[float]) -> None:
    for c in cells:
        k = _col_index(cols, c.left)
        for n, (x, t, r) in enumerate(row):
            if _col_index(cols, x) == k:
                row[n] = (x, join_wrapped(t, c.text), max(r, c.right))
                break
        else:
            row.append((c.left, c.text, c.right))
            row.sort()


def _to_row(rc: list[tuple[float, str, float]], cols: list[float]) -> list[str]:
    out = [""] * len(cols)
    if len(rc) == 1 and len(cols) > 1 and rc[0][2] > cols[1] + 2:
        # One text running across the column boundary: a merged cell, repeated like DOCX merged cells.
        return [rc[0][1]] * len(cols)
    for x, t, _r in rc:
        k = _col_index(cols, x)
        out[k] = join_wrapped(out[k], t) if out[k] else t
    return out
