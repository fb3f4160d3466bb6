"""Render a Report to DOCX with python-docx (real Heading styles, bordered tables)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for callers)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from .model import Heading, PageBreak, Para, Report, Table

EA_FONT = "宋体"
HEAD_FONT = "黑体"


def _set_east_asian(style_or_run, name: str) -> None:
    el = style_or_run.element if hasattr(style_or_run, "element") else style_or_run._element
    rpr = el.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def _borders(table) -> None:
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    tblPr.append(borders)


def _merge_runs(table, rows) -> None:
    """Merge section-title rows and [label, value, label, value] single-field rows."""
    for i, row in enumerate(rows):
        if len(row) == 4 and row[0] == row[2] and row[1] == row[3] and row[0] != row[1]:
            a = table.cell(i, 1).merge(table.cell(i, 3))
            a.text = ""
            a.paragraphs[0].add_run(row[1])
            continue
        if len(row) == 6 and row[0] and row[1] and row[0] != row[1] and len(set(row[1:])) == 1:
            a = table.cell(i, 1).merge(table.cell(i, 5))  # 6-column single-field row (style c)
            a.text = ""
            a.paragraphs[0].add_run(row[1])
            continue
        if len(row) == 2 and row[1] == "" and row[0]:
            a = table.cell(i, 0).merge(table.cell(i, 1))
            a.text = ""
            a.paragraphs[0].add_run(row[0])
            continue
        j = 0
        while j < len(row):
            k = j
            while k + 1 < len(row) and row[k + 1] == row[j] and row[j] != "":
                k += 1
            if k > j and (k - j + 1 == len(row) or len(row) == 4):
                a, b = table.cell(i, j), table.cell(i, k)
                a.merge(b)
                # merged cell keeps concatenated text: reset to one copy
                a.text = ""
                a.paragraphs[0].add_run(row[j])
            j = k + 1


def _hidden_run(p, text: str) -> None:
    run = p.add_run(text)
    run.font.size = Pt(1)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def render_docx(report: Report, path: str | Path) -> Path:
    path = Path(path)
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    _set_east_asian(normal, EA_FONT)
    for lvl, size in ((1, 16), (2, 14), (3, 12)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.name = "Times New Roman"
        _set_east_asian(st, HEAD_FONT)

    pending_hidden: list[str] = []
    last_para = None
    for b in report.blocks:
        if isinstance(b, Heading):
            doc.add_heading(b.text, level=min(max(b.level, 1), 3))
        elif isinstance(b, Para):
            if b.hidden:
                target = last_para if last_para is not None else doc.add_paragraph()
                _hidden_run(target, b.text)
                continue
            p = doc.add_paragraph()
            run = p.add_run(b.text)
            if b.style == "title":
                run.font.size = Pt(26)
                run.bold = True
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_before = Pt(150)
                p.paragraph_format.space_after = Pt(80)
            elif b.style == "subtitle":
                run.font.size = Pt(15)
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                p.paragraph_format.space_after = Pt(18)
            elif b.style in ("sign", "right"):
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                p.paragraph_format.space_before = Pt(12)
            elif b.style == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            else:
                p.paragraph_format.first_line_indent = Pt(24)
                p.paragraph_format.line_spacing = 1.5
            last_para = p
        elif isinstance(b, Table):
            ncols = max(len(r) for r in b.rows)
            t = doc.add_table(rows=len(b.rows), cols=ncols)
            t.alignment = WD_TABLE_ALIGNMENT.CENTER
            try:
                t.style = doc.styles["Table Grid"]
            except KeyError:
                pass
            _borders(t)
            for i, row in enumerate(b.rows):
                for j, val in enumerate(row):
                    cell = t.cell(i, j)
                    cell.text = val
                    if i < b.header_rows:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            if b.tag == "basic_table":
                _merge_runs(t, b.rows)
            if b.widths:
                t.autofit = False
                tot = sum(b.widths)
                grid = t._tbl.tblGrid
                for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
                    if j < len(b.widths):
                        gc.set(qn("w:w"), str(int(16.0 / 2.54 * 1440 * b.widths[j] / tot)))
                for j, w in enumerate(b.widths[:ncols]):
                    for row in t.rows:
                        try:
                            row.cells[j].width = Cm(16.0 * w / tot)
                        except IndexError:
                            pass
            last_para = doc.add_paragraph()
        elif isinstance(b, PageBreak):
            doc.add_page_break()
            last_para = None

    cp = doc.core_properties
    meta = report.meta or {}
    cp.author = meta.get("author", "")
    cp.last_modified_by = meta.get("author", "")
    cp.title = meta.get("title", "")
    cp.comments = ""
    cp.keywords = ""
    if meta.get("created"):
        cp.created = meta["created"]
    if meta.get("modified"):
        cp.modified = meta["modified"]
    cp.revision = 3
    _set_company(doc, meta.get("company", ""))
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def _set_company(doc, company: str) -> None:
    """Write <Company> into docProps/app.xml if the package has an extended-properties part."""
    if not company:
        return
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    pkg = doc.part.package
    app_rt = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
    part = None
    for rel in pkg.rels.values():
        if rel.reltype == app_rt:
            part = rel.target_part
    from xml.sax.saxutils import escape
    xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Template>Normal.dotm</Template><Application>Microsoft Office Word</Application>'
           f'<Company>{escape(company)}</Company><AppVersion>16.0000</AppVersion></Properties>').encode("utf-8")
    if part is not None:
        part._blob = xml
    else:
        part = Part(PackURI("/docProps/app.xml"),
                    "application/vnd.openxmlformats-officedocument.extended-properties+xml", xml, pkg)
        pkg.relate_to(part, app_rt)
    _ = RT  # silence linters


__all__ = ["render_docx"]
_ = dt
