"""PDF page assembly: the laid-out lines of every page into document blocks. Running headers and footers are
dropped, hidden text is kept apart (marked, after the page's visible text), and a table or a paragraph broken by a
page break is joined to its first part."""

from __future__ import annotations

import re
from collections import Counter

from reviewer.document import Block, BlockKind
from reviewer.ingest.pdf_layout import Line, Segment, join_segments, layout_page


def _hidden_runs(segs: list[Segment], pno: int) -> list[Block]:
    """The line's hidden text as blocks, one per run of adjacent hidden segments whatever their reasons: in 1-pt white
    text the flat glyphs ("一", "〔", "。") are not tiny but white, and read apart they would cut the sentence up."""
    runs: list[list[Segment]] = []
    prev_hidden = False
    for s in segs:  # left to right
        if s.hidden and prev_hidden:
            runs[-1].append(s)
        elif s.hidden:
            runs.append([s])
        prev_hidden = bool(s.hidden)
    blocks = []
    for run in runs:
        weight: dict[str, int] = {}
        for s in run:
            weight[s.hidden] = weight.get(s.hidden, 0) + len(s.text)
        blocks.append(Block(0, BlockKind.PARAGRAPH, join_segments(run), pno, hidden=True,
                            hidden_reason=max(weight, key=weight.get)))
    return blocks


def _repeated_headers(pages) -> set[str]:
    """Running headers/footers: the same short line at the top or bottom of most pages."""
    if len(pages) < 4:
        return set()
    counts: Counter[str] = Counter()
    for _p, lines, h, _r, _t in pages:
        edge = {ln.text for ln in lines if (ln.top > 0.9 * h or ln.bottom < 0.1 * h) and len(ln.text) <= 40}
        counts.update(edge)
    return {t for t, c in counts.items() if c >= max(3, 0.5 * len(pages))}


def assemble_pages(pages, image_pages: list[int]) -> list[Block]:
    """Blocks of all pages, in reading order (``pages``: (page number, lines, height, text right edge, tables))."""
    furniture = _repeated_headers(pages)
    text_right = max((p[3] for p in pages), default=0.0)
    blocks: list[Block] = []
    for pno, lines, h, _right, tables in pages:
        if pno in image_pages:
            blocks.append(Block(0, BlockKind.IMAGE, "[图片页]", pno))
            continue
        visible: list[Line] = []
        hidden_blocks: list[Block] = []
        for ln in lines:
            if ln.text in furniture and (ln.top > 0.9 * h or ln.bottom < 0.1 * h):
                continue
            if any(s.hidden for s in ln.segs):
                hidden_blocks.extend(_hidden_runs(ln.segs, pno))
                ln = Line([s for s in ln.segs if not s.hidden])
                if not ln.segs:
                    continue
            visible.append(ln)
        page_blocks = layout_page(visible, pno, text_right, tables)
        if page_blocks and blocks:
            _continue_table(blocks, page_blocks)
            _continue_paragraph(blocks, page_blocks)
        blocks.extend(page_blocks)
        blocks.extend(hidden_blocks)  # kept, marked, and after the page's visible text
    return blocks


def _continue_table(blocks: list[Block], page_blocks: list[Block]) -> None:
    """A table broken by a page break continues on the next page: each part stays on its own
    page, linked to the earlier part so the checks can read the whole table."""
    first = page_blocks[0]
    prev = next((b for b in reversed(blocks) if not b.hidden), None)
    if first.kind != BlockKind.TABLE or prev is None or prev.kind != BlockKind.TABLE or not prev.rows or not first.rows:
        return
    if len(prev.rows[0]) != len(first.rows[0]) or prev.page != first.page - 1:
        return
    # positions in ``blocks`` are the final block indices (Document.finalize numbers them in order)
    first.continued_from = next(i for i in range(len(blocks) - 1, -1, -1) if blocks[i] is prev)


# a paragraph ends a page mid-sentence ("…2025年实现工业总产值" / "8452元。"); the next page does not open
# with a numbered item or heading of its own
_SENTENCE_DONE = re.compile(r"[。！？!?；;…：:]\s*$")
# ("17）。" after "…（证明材料见附件" closes a bracket: a marker followed by nothing of its own is no item)
_OWN_START = re.compile(r"^\s*(?:[（(]?[0-9一二三四五六七八九十]{1,3}[)）、.．](?!\s*(?:[。，；：、,;:）)]|$))|第[一二三四五六七八九十\d]+[章节条]|[●•▪◆■□☑·\-—*]|表\s*\d|图\s*\d)")


def _continue_paragraph(blocks: list[Block], page_blocks: list[Block]) -> None:
    """One paragraph broken by a page break is one paragraph: the next page's opening text joins it,
    and ``page_break_at`` keeps where that page begins, so evidence still cites the right page."""
    first = page_blocks[0]
    prev = next((b for b in reversed(blocks) if not b.hidden), None)
    if prev is None or prev.kind != BlockKind.PARAGRAPH or first.kind != BlockKind.PARAGRAPH or prev.page != first.page - 1 \
            or prev.page_break_at is not None or _SENTENCE_DONE.search(prev.text) or _OWN_START.match(first.text):
        return
    prev.page_break_at = len(prev.text)
    prev.text += first.text
    page_blocks.pop(0)
