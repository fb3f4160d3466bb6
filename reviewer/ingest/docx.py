"""DOCX ingestion with python-docx, in document order (``iter_inner_content``).

Pages come from ``w:lastRenderedPageBreak`` when Word saved them, else from
explicit page and section breaks. Hidden runs (vanish, white, <= 2 pt) are kept
as separate hidden blocks so the security checks can see them.
"""

from __future__ import annotations

import io
import re

import docx as python_docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from reviewer.document import Block, BlockKind, Document, FileMeta
from reviewer.errors import InputError
from reviewer.ingest.docx_safety import check_docx_zip
from reviewer.ingest.headings import split_heading

_HEADING_STYLE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.I)
_SUSPICIOUS = re.compile(rb"<w:vanish/?>|<w:vanish |w:color w:val=\"(?:FFFFFF|ffffff|FEFEFE)\"|<w:sz w:val=\"[1-4]\"")
_RUN_PATH = "./w:r | ./w:hyperlink/w:r | ./w:ins/w:r | ./w:smartTag/w:r | ./w:fldSimple/w:r | ./w:sdt/w:sdtContent/w:r"
W_T, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_LRPB, W_TYPE = qn("w:lastRenderedPageBreak"), qn("w:type")


class _Pager:
    def __init__(self, rendered: bool):
        self.rendered = rendered
        self.page = 1
        self.seen_any = False

    def before_paragraph(self, p) -> None:
        ppr = p.pPr
        if not self.rendered and ppr is not None and ppr.find(qn("w:pageBreakBefore")) is not None:
            self.page += 1
            self.seen_any = True


def _heading_level(p: Paragraph) -> int | None:
    style = p.style
    depth = 0
    while style is not None and depth < 5:
        m = _HEADING_STYLE.match(style.name or "")
        if m:
            return int(m.group(1))
        ppr = style.element.pPr
        if ppr is not None:
            ol = ppr.find(qn("w:outlineLvl"))
            if ol is not None and ol.get(qn("w:val")) not in (None, "9"):
                return int(ol.get(qn("w:val"))) + 1
        style = style.base_style
        depth += 1
    ppr = p._p.pPr
    if ppr is not None:
        ol = ppr.find(qn("w:outlineLvl"))
        if ol is not None and ol.get(qn("w:val")) not in (None, "9"):
            return int(ol.get(qn("w:val"))) + 1
    return None


def _hidden_reason(r, style_font) -> str | None:
    rpr = r.find(qn("w:rPr"))
    vanish = rpr is not None and rpr.find(qn("w:vanish")) is not None and rpr.find(qn("w:vanish")).get(qn("w:val")) not in ("0", "false")
    if vanish or (style_font is not None and style_font.hidden):
        return "vanish"
    color = rpr.find(qn("w:color")) if rpr is not None else None
    if color is not None and (color.get(qn("w:val")) or "").upper() in ("FFFFFF", "FEFEFE", "FDFDFD"):
        return "white"
    sz = rpr.find(qn("w:sz")) if rpr is not None else None
    if sz is not None and (sz.get(qn("w:val")) or "").isdigit() and int(sz.get(qn("w:val"))) <= 4:
        return "tiny"
    return None


def _paragraph_parts(p: Paragraph, pager: _Pager, check_hidden: bool) -> tuple[int, str, list[tuple[str, str]], bool]:
    """(page of the paragraph, visible text, hidden (text, reason) pieces, has image)."""
    visible: list[str] = []
    hidden: list[tuple[str, str]] = []
    start_page = None
    style_font = None
    if check_hidden:
        try:
            style_font = p.style.font
        except (KeyError, AttributeError):
            style_font = None
    for r in p._p.xpath(_RUN_PATH):
        reason = _hidden_reason(r, style_font) if check_hidden else None
        for el in r:
            tag = el.tag
            if tag == W_T:
                if start_page is None and el.text:
                    start_page = pager.page
                if reason:
                    hidden.append((el.text or "", reason))
                else:
                    visible.append(el.text or "")
            elif tag == W_TAB:
                visible.append(" ")
            elif tag == W_LRPB and pager.rendered:
                pager.page += 1
                pager.seen_any = True
            elif tag == W_BR:
                if el.get(W_TYPE) == "page" and not pager.rendered:
                    pager.page += 1
                    pager.seen_any = True
                elif el.get(W_TYPE) in (None, "textWrapping"):
                    visible.append("\n")
            elif tag == W_CR:
                visible.append("\n")
    text = "".join(visible)
    has_image = bool(p._p.xpath(".//w:drawing | .//w:pict"))
    page = start_page if start_page is not None else pager.page
    sect = p._p.pPr.find(qn("w:sectPr")) if p._p.pPr is not None else None
    if sect is not None and not pager.rendered:
        t = sect.find(qn("w:type"))
        if t is None or t.get(qn("w:val")) in ("nextPage", "oddPage", "evenPage"):
            pager.page += 1
            pager.seen_any = True
    merged: list[tuple[str, str]] = []
    for t, reason in hidden:
        if merged and merged[-1][1] == reason:
            merged[-1] = (merged[-1][0] + t, reason)
        else:
            merged.append((t, reason))
    return page, text, [(t.strip(), r) for t, r in merged if t.strip()], has_image


def _table_rows(t: Table, check_hidden: bool) -> list[list[str]]:
    try:
        cells = t._cells
        ncols = t._column_count
        grid = [cells[i:i + ncols] for i in range(0, len(cells), ncols)]
    except Exception:  # noqa: BLE001 - malformed grids: fall back to the public API
        grid = [list(r.cells) for r in t.rows]
    rows: list[list[str]] = []
    for row in grid:
        rows.append([_cell_text(c, check_hidden) for c in row])
    return rows


def _visible_text(p) -> str:
    return "".join(el.text or "" for r in p.xpath(_RUN_PATH) if _hidden_reason(r, None) is None for el in r.iter(W_T))


def _cell_text(cell, check_hidden: bool = False) -> str:
    parts = [(_visible_text(p._p) if check_hidden else p.text).strip() for p in cell.paragraphs]
    out = ""
    for s in parts:
        if not s:
            continue
        out = f"{out} {s}" if out and out[-1].isascii() and s[0].isascii() else out + s
    return out.replace("\t", " ").replace("\n", " ")


def _header_rows(t: Table) -> int:
    n = 0
    for tr in t._tbl.tr_lst:
        trpr = tr.trPr
        if trpr is not None and trpr.find(qn("w:tblHeader")) is not None:
            n += 1
        else:
            break
    return n or 1


def _meta(d, parts: dict[str, bytes]) -> FileMeta:
    cp = d.core_properties
    app = parts.get("docProps/app.xml", b"")
    def tag(name: str) -> str | None:
        m = re.search(rb"<(?:\w+:)?" + name.encode() + rb">([^<]*)<", app)
        return m.group(1).decode("utf-8", "replace").strip() or None if m else None
    iso = lambda v: v.isoformat() if v else None  # noqa: E731
    return FileMeta(title=cp.title or None, author=cp.author or None, last_modified_by=cp.last_modified_by or None,
                    company=tag("Company"), creator=tag("Application"), created=iso(cp.created), modified=iso(cp.modified))


def parse_docx(data: bytes, *, source: str, sha256: str, max_xml_mb: float, max_ratio: float) -> Document:
    parts = check_docx_zip(data, max_xml_mb=max_xml_mb, max_ratio=max_ratio)
    body = parts["word/document.xml"]
    try:
        d = python_docx.Document(io.BytesIO(data))
    except Exception as e:  # noqa: BLE001 - python-docx raises many types on broken packages
        raise InputError(f"DOCX 文件无法解析（{type(e).__name__}）。请用 Word/WPS 重新保存后上传。",
                         f"the DOCX cannot be parsed ({type(e).__name__}). Re-save it in Word/WPS and upload again.",
                         code="corrupt_docx") from None
    pager = _Pager(rendered=b"lastRenderedPageBreak" in body)
    check_hidden = bool(_SUSPICIOUS.search(body))
    blocks: list[Block] = []
    for item in d.iter_inner_content():
        if isinstance(item, Paragraph):
            pager.before_paragraph(item._p)
            page, text, hidden, has_image = _paragraph_parts(item, pager, check_hidden)
            text = text.strip()
            style = item.style.name if item.style is not None else None
            if text:
                level = _heading_level(item)
                # Many reports number their headings by hand in the Normal style.
                kind = BlockKind.HEADING if level or split_heading(text, max_len=30) else BlockKind.PARAGRAPH
                blocks.append(Block(0, kind, text, page, level=level, style=style))
            elif has_image:
                blocks.append(Block(0, BlockKind.IMAGE, "[图片]", page, style=style))
            for htext, reason in hidden:
                blocks.append(Block(0, BlockKind.PARAGRAPH, htext, page, hidden=True, hidden_reason=reason, style=style))
        elif isinstance(item, Table):
            rows = _table_rows(item, check_hidden)
            if any(any(c for c in r) for r in rows):
                blocks.append(Block(0, BlockKind.TABLE, "\n".join("\t".join(r) for r in rows), pager.page,
                                    rows=rows, header_rows=_header_rows(item)))
            if check_hidden:
                blocks.extend(_hidden_in_table(item, pager.page))
    doc = Document(source=source, sha256=sha256, format="docx", pages=pager.page, blocks=blocks, meta=_meta(d, parts),
                   parser={"name": "python-docx", "version": python_docx.__version__ if hasattr(python_docx, "__version__") else "1"},
                   paginated=pager.seen_any)
    if not pager.seen_any:
        doc.warnings.append("DOCX 中没有分页信息，页码为估计值（全部计为第 1 页）")
    return doc


def _hidden_in_table(t: Table, page: int) -> list[Block]:
    out: list[Block] = []
    seen: set[int] = set()
    for tc in t._tbl.iter(qn("w:tc")):
        if id(tc) in seen:
            continue
        seen.add(id(tc))
        for p in tc.iter(qn("w:p")):
            for r in p.xpath(_RUN_PATH):
                reason = _hidden_reason(r, None)
                if reason:
                    text = "".join(x.text or "" for x in r.iter(W_T)).strip()
                    if text:
                        out.append(Block(0, BlockKind.PARAGRAPH, text, page, hidden=True, hidden_reason=reason))
    return out
