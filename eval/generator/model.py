"""Tiny content model for generated sample reports.

A Report is a flat list of blocks (Heading / Para / Table / PageBreak) plus
metadata and a ground-truth dict.  Builders also keep, outside the rendered
content, ``facts`` (the raw numbers) and ``refs`` (named pointers to blocks and
table cells) so that defect injectors can find and change things consistently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(eq=False)
class Heading:
    level: int
    text: str  # includes its number, e.g. "一、概述", "（三）现场评价", "2.1 评价组织"
    tag: str = ""


@dataclass(eq=False)
class Para:
    text: str
    style: str = "body"  # body | title | subtitle | center | right | sign | small
    hidden: bool = False  # rendered as white 1-pt text (SEC.INJECTION variant)
    tag: str = ""


@dataclass(eq=False)
class Table:
    rows: list[list[str]]
    header_rows: int = 1
    tag: str = ""
    widths: list[float] | None = None  # relative column widths (optional)


@dataclass(eq=False)
class PageBreak:
    tag: str = ""


Block = Heading | Para | Table | PageBreak


@dataclass(eq=False)
class Report:
    blocks: list[Any]
    meta: dict = field(default_factory=dict)  # author, company, created, modified, title
    truth: dict = field(default_factory=dict)
    facts: dict = field(default_factory=dict)  # raw numbers (not rendered)
    refs: dict = field(default_factory=dict)  # name -> block
    mentions: dict = field(default_factory=dict)  # value key -> list[(block, cell|None)]
    values: dict = field(default_factory=dict)  # value key -> current formatted string

    # ---- helpers used by builders / injectors -------------------------------
    def alive(self, block) -> bool:
        return any(b is block for b in self.blocks)

    def index(self, block) -> int:
        for i, b in enumerate(self.blocks):
            if b is block:
                return i
        raise ValueError("block not in report")

    def remove(self, block) -> None:
        self.blocks = [b for b in self.blocks if b is not block]

    def insert_after(self, anchor, *new) -> None:
        i = self.index(anchor)
        self.blocks[i + 1:i + 1] = list(new)

    def text(self) -> str:
        """Plain text of the whole report (for tests and quick checks)."""
        out = []
        for b in self.blocks:
            if isinstance(b, (Heading, Para)):
                out.append(b.text)
            elif isinstance(b, Table):
                for r in b.rows:
                    out.append(" | ".join(r))
        return "\n".join(out)

    def chapter_blocks(self, heading) -> list:
        """The heading plus every block up to the next heading of same/higher level."""
        i = self.index(heading)
        res = [heading]
        for b in self.blocks[i + 1:]:
            if isinstance(b, Heading) and b.level <= heading.level:
                break
            res.append(b)
        return res

    def find_heading(self, tag: str):
        for b in self.blocks:
            if isinstance(b, Heading) and b.tag == tag:
                return b
        return None

    # ---- value registry --------------------------------------------------------
    def mention(self, key: str, block, cell: tuple[int, int] | None = None) -> None:
        self.mentions.setdefault(key, []).append((block, cell))

    def replace_value(self, key: str, new: str, only: str | None = None) -> list[str]:
        """Replace the formatted value ``key`` everywhere it is mentioned.

        only = "para" / "table" restricts to paragraph or table mentions.
        Returns the list of texts that were changed (for quotes)."""
        old = self.values.get(key)
        if old is None:
            raise KeyError(key)
        changed = []
        for block, cell in self.mentions.get(key, []):
            if not self.alive(block):
                continue
            if isinstance(block, Table):
                if only == "para":
                    continue
                r, c = cell
                # a dropped year column (DATE.PERIOD) leaves a mention's cell index past the row's end
                if r < len(block.rows) and c < len(block.rows[r]) and old in block.rows[r][c]:
                    block.rows[r][c] = block.rows[r][c].replace(old, new)
                    changed.append(block.rows[r][c])
                    # merged-cell duplicates (4-col basic table repeats values)
                    for cc in range(len(block.rows[r])):
                        if cc != c and block.rows[r][cc] == old:
                            block.rows[r][cc] = new
            else:
                if only == "table":
                    continue
                # a figure inside a longer one is not a mention of it: "88.3" in "2,588.3"
                pat = re.compile((r"(?<![\d.])(?<!\d,)" if old[:1].isdigit() else "") + re.escape(old)
                                 + (r"(?![\d])(?!\.\d)" if old[-1:].isdigit() else ""))
                if pat.search(block.text):
                    block.text = pat.sub(lambda _m: new, block.text)
                    changed.append(block.text)
        if only is None:
            self.values[key] = new
        return changed

    def para_mentions(self, key: str) -> list:
        return [b for b, c in self.mentions.get(key, []) if c is None and self.alive(b)]

    def table_mentions(self, key: str) -> list:
        return [(b, c) for b, c in self.mentions.get(key, []) if c is not None and self.alive(b)]

    def add_defect(self, code: str, detail: str, quote: str = "") -> None:
        self.truth.setdefault("defects", []).append(
            {"code": code, "detail": detail, "quote": quote})
