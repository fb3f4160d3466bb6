"""The page-aware Document model shared by every stage after ingestion.

Both parsers (PDF, DOCX) produce exactly this shape; nothing downstream knows
which format a report came from except through ``Document.format``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE = "table"
    IMAGE = "image"


@dataclass(slots=True)
class Block:
    """One unit of report content, in reading order.

    ``text`` is what a quote is taken from; for a table it is the rows joined
    with "\\n" and the cells with "\\t". ``start``/``end`` are offsets into
    ``Document.text``.
    """

    index: int
    kind: BlockKind
    text: str
    page: int  # 1-based; for DOCX without pagination info, the best estimate
    level: int | None = None  # heading level, 1 = chapter
    number: str | None = None  # heading number as printed: "一、", "（一）", "1.", "1.1", "第一章"
    title: str | None = None  # heading text without its number
    section: tuple[str, ...] = ()  # titles of the enclosing headings (including this one for headings)
    start: int = 0
    end: int = 0
    rows: list[list[str]] | None = None  # table cells (merged cells repeated)
    header_rows: int = 0
    hidden: bool = False  # text a reader of the rendered page would not see
    hidden_reason: str | None = None  # "white", "tiny", "vanish", "invisible" ...
    style: str | None = None  # DOCX style name, when known
    continued_from: int | None = None  # a table continued from the previous page: index of its earlier part
    page_break_at: int | None = None  # a paragraph running onto the next page: offset in ``text`` where that page begins

    def page_at(self, offset: int) -> int:
        """The page on which ``text[offset]`` is printed."""
        return self.page + 1 if self.page_break_at is not None and offset >= self.page_break_at else self.page

    @property
    def section_label(self) -> str:
        return " / ".join(self.section)


@dataclass(slots=True)
class FileMeta:
    title: str | None = None
    author: str | None = None
    last_modified_by: str | None = None
    company: str | None = None
    creator: str | None = None  # the application that created the file
    producer: str | None = None  # PDF producer
    created: str | None = None  # ISO 8601
    modified: str | None = None  # ISO 8601


@dataclass(slots=True)
class Document:
    """A parsed report. ``text`` is every block's text joined by "\\n"."""

    source: str  # file name as uploaded
    sha256: str
    format: str  # "pdf" | "docx"
    pages: int
    blocks: list[Block]
    meta: FileMeta = field(default_factory=FileMeta)
    parser: dict[str, str] = field(default_factory=dict)  # {"name": ..., "version": ...}
    outline: list[tuple[int, str, int]] = field(default_factory=list)  # (level, title, page)
    paginated: bool = True  # False for DOCX without any page-break information
    warnings: list[str] = field(default_factory=list)
    text: str = ""

    def finalize(self) -> "Document":
        """Assign indices, offsets and ``text`` from the block list."""
        parts: list[str] = []
        pos = 0
        for i, b in enumerate(self.blocks):
            b.index = i
            b.start = pos
            b.end = pos + len(b.text)
            parts.append(b.text)
            pos = b.end + 1
        self.text = "\n".join(parts)
        return self

    def visible_blocks(self):
        return (b for b in self.blocks if not b.hidden)

    def logical_tables(self) -> list[tuple[list[list[str]], list[Block]]]:
        """Tables with their page-break continuations joined: (rows, parts). A repeated header
        row at the top of a continuation is dropped from the joined rows."""
        out: list[tuple[list[list[str]], list[Block]]] = []
        by_index: dict[int, int] = {}
        for b in self.blocks:
            if b.kind != BlockKind.TABLE or not b.rows or b.hidden:
                continue
            if b.continued_from is not None and b.continued_from in by_index:
                k = by_index[b.continued_from]
                rows, parts = out[k]
                extra = b.rows[1:] if b.rows[0] == rows[0] else b.rows
                out[k] = (rows + extra, parts + [b])
                by_index[b.index] = k
            else:
                by_index[b.index] = len(out)
                out.append((list(b.rows), [b]))
        return out

    def page_text(self, page: int) -> str:
        return "\n".join(b.text for b in self.blocks if b.page == page)

    def block_at(self, offset: int) -> Block | None:
        """The block containing character ``offset`` of ``text`` (binary search)."""
        lo, hi = 0, len(self.blocks) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            b = self.blocks[mid]
            if offset < b.start:
                hi = mid - 1
            elif offset > b.end:
                lo = mid + 1
            else:
                return b
        return None
