"""Build a Document from a tiny text markup, so rule fixtures stay readable.

Markup, one line each:
  ``# 一、概述``      heading (level = number of '#')
  ``| a | b | c |``   table row (consecutive rows form one table; first row is the header)
  ``---page---``      page break
  ``[hidden:white] 文本``  hidden paragraph
  anything else       a paragraph
"""

from __future__ import annotations

import hashlib
import re

from reviewer.document import Block, BlockKind, Document, FileMeta

_NUM = re.compile(r"^(第[一二三四五六七八九十]+[章节]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)*[.、．]?|[（(]\d+[)）])\s*")


def build(markup: str, *, source: str = "mini.docx", meta: FileMeta | None = None) -> Document:
    blocks: list[Block] = []
    page = 1
    section: list[tuple[int, str]] = []
    table: list[list[str]] = []

    def flush_table():
        nonlocal table
        if table:
            blocks.append(Block(0, BlockKind.TABLE, "\n".join("\t".join(r) for r in table), page,
                                section=tuple(t for _, t in section), rows=table, header_rows=1))
            table = []

    for raw in markup.strip("\n").splitlines():
        line = raw.strip()
        if not line.startswith("|"):
            flush_table()
        if not line:
            continue
        if line == "---page---":
            page += 1
        elif line.startswith("|"):
            table.append([c.strip() for c in line.strip("|").split("|")])
        elif line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            text = line[level:].strip()
            m = _NUM.match(text)
            number, title = (m.group(1), text[m.end():]) if m else (None, text)
            section = [s for s in section if s[0] < level] + [(level, title)]
            blocks.append(Block(0, BlockKind.HEADING, text, page, level=level, number=number, title=title,
                                section=tuple(t for _, t in section)))
        elif line.startswith("[hidden:"):
            reason, _, text = line[len("[hidden:"):].partition("]")
            blocks.append(Block(0, BlockKind.PARAGRAPH, text.strip(), page, section=tuple(t for _, t in section),
                                hidden=True, hidden_reason=reason))
        else:
            blocks.append(Block(0, BlockKind.PARAGRAPH, line, page, section=tuple(t for _, t in section)))
    flush_table()
    doc = Document(source=source, sha256=hashlib.sha256(markup.encode()).hexdigest(), format="docx",
                   pages=page, blocks=blocks, meta=meta or FileMeta(), parser={"name": "minireport"})
    return doc.finalize()
