"""Section paths from heading levels, shared by both parsers."""

from __future__ import annotations

from reviewer.document import Block, BlockKind


def assign_sections(blocks: list[Block]) -> None:
    stack: list[tuple[int, str]] = []
    for b in blocks:
        if b.kind == BlockKind.HEADING and b.level:
            while stack and stack[-1][0] >= b.level:
                stack.pop()
            stack.append((b.level, b.title or b.text))
        b.section = tuple(t for _, t in stack)
