"""Section-aware chunks that keep their page, section and blocks, so any hit can be quoted verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.document import Block, BlockKind, Document

_SENT = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")


@dataclass(slots=True)
class Chunk:
    no: int
    text: str  # what is indexed (a table chunk repeats its header row)
    page: int
    section: str
    blocks: list[int] = field(default_factory=list)
    kind: str = "text"  # text | table


def sentences(text: str) -> list[str]:
    return [s for s in (m.group(0).strip() for m in _SENT.finditer(text)) if s]


def chunk_document(doc: Document, size: int = 400, overlap: int = 80) -> list[Chunk]:
    out: list[Chunk] = []
    buf: list[Block] = []

    def flush() -> None:
        if not buf:
            return
        text = "\n".join(b.text for b in buf)
        out.append(Chunk(len(out), text, buf[0].page, buf[0].section_label, [b.index for b in buf]))
        buf.clear()

    for b in doc.visible_blocks():
        if b.kind == BlockKind.IMAGE:
            continue
        if b.kind == BlockKind.TABLE and b.rows:
            flush()
            _table_chunks(b, out)
            continue
        if buf and (b.section != buf[0].section or sum(len(x.text) for x in buf) + len(b.text) > size):
            flush()
        if len(b.text) > size:
            flush()
            _long_block(b, out, size, overlap)
            continue
        buf.append(b)
    flush()
    return out


def _long_block(b: Block, out: list[Chunk], size: int, overlap: int) -> None:
    sents = sentences(b.text)
    cur: list[str] = []
    for s in sents:
        if cur and sum(map(len, cur)) + len(s) > size:
            out.append(Chunk(len(out), "".join(cur), b.page, b.section_label, [b.index]))
            keep: list[str] = []
            for t in reversed(cur):  # overlap: carry the last sentences into the next chunk
                if sum(map(len, keep)) + len(t) > overlap:
                    break
                keep.insert(0, t)
            cur = keep
        cur.append(s)
    if cur:
        out.append(Chunk(len(out), "".join(cur), b.page, b.section_label, [b.index]))


def _table_chunks(b: Block, out: list[Chunk], group: int = 6) -> None:
    rows = b.rows or []
    header = "\t".join(rows[0]) if rows else ""
    body = rows[max(1, b.header_rows):] or rows
    for i in range(0, len(body), group):
        part = "\n".join("\t".join(r) for r in body[i: i + group])
        text = f"{header}\n{part}" if header and body is not rows else part
        out.append(Chunk(len(out), f"{b.section_label}\n{text}", b.page, b.section_label, [b.index], "table"))
