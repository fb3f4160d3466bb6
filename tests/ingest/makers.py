"""Small real PDF and DOCX files built in the test, with reportlab's built-in CJK font
(no font files needed) and python-docx."""

from __future__ import annotations

from pathlib import Path

FONT = "STSong-Light"


def _canvas(path: Path):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
    c = canvas.Canvas(str(path))
    c.setAuthor("厦门中衡绿色认证有限公司")
    c.setCreator("Microsoft Word")
    return c


def pdf_report(path: Path, *, pages: int = 3, hidden: str | None = None, tiny: str | None = None,
               invisible: str | None = None, table: bool = True) -> Path:
    """A report-like PDF: numbered headings, wrapped paragraphs, a ruled table, page numbers."""
    c = _canvas(path)
    for p in range(1, pages + 1):
        y = 780
        c.setFont(FONT, 15)
        c.drawString(72, y, f"{'一二三四五六七八九十'[p - 1]}、第{p}章标题")
        y -= 28
        c.setFont(FONT, 11)
        c.drawString(94, y, "受厦门绿源电子科技有限公司委托，厦门中衡绿色认证有限公司依据GB/T 36132-2025")
        y -= 16
        c.drawString(72, y, "《绿色工厂评价通则》对其开展绿色工厂第三方评价，为申报提供依据。")
        y -= 24
        c.setFont(FONT, 13)
        c.drawString(72, y, "（一）评价范围")
        y -= 22
        c.setFont(FONT, 11)
        c.drawString(94, y, f"第{p}页的正文段落。")
        y -= 28
        if table and p == 1:
            rows = [["指标", "单位", "2024年", "2025年"], ["综合能耗", "tce", "1,850.2", "1,899.8"],
                    ["工业总产值", "万元", "48,500", "52,000"]]
            for r in rows:
                for i, cell in enumerate(r):
                    c.drawString(80 + i * 110, y, cell)
                c.line(72, y - 5, 72 + 4 * 110, y - 5)
                y -= 20
            c.drawString(94, y - 10, "表后的说明文字。")
            y -= 30
        if hidden and p == 1:
            c.setFillColorRGB(1, 1, 1)
            c.drawString(94, y, hidden)
            c.setFillColorRGB(0, 0, 0)
            y -= 16
        if tiny and p == 1:
            c.setFont(FONT, 1)
            c.drawString(94, y, tiny)
            c.setFont(FONT, 11)
            y -= 16
        if invisible and p == 1:
            t = c.beginText(94, y)
            t.setTextRenderMode(3)
            t.setFont(FONT, 11)
            t.textLine(invisible)
            c.drawText(t)
            y -= 16
        c.setFont(FONT, 9)
        c.drawString(290, 30, f"- {p} -")
        c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path, pages: int = 3) -> Path:
    c = _canvas(path)
    for _ in range(pages):
        c.setFillColorRGB(0.8, 0.8, 0.8)
        c.rect(72, 72, 450, 700, fill=1)
        c.showPage()
    c.save()
    return path


def garbled_pdf(path: Path) -> Path:
    """Text whose glyphs decode to the wrong characters, as from a font without ToUnicode."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.setFont("Helvetica", 11)
    junk = "ÃÂÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêë"
    for p in range(2):
        for i in range(30):
            c.drawString(72, 780 - i * 20, junk[i % 7:] + junk[: i % 7])
        c.showPage()
    c.save()
    return path


def encrypted_pdf(src: Path, dst: Path, password: str = "secret") -> Path:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter()
    for page in PdfReader(str(src)).pages:
        w.add_page(page)
    w.encrypt(user_password=password, owner_password="owner")
    with open(dst, "wb") as f:
        w.write(f)
    return dst


def docx_report(path: Path, *, hidden: str | None = None, localized: bool = False, page_breaks: bool = True) -> Path:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    d.core_properties.author = "郑凯"
    d.add_paragraph("绿色工厂第三方评价报告")
    d.add_paragraph("工厂名称：厦门绿源电子科技有限公司")
    if page_breaks:
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    h1 = d.add_heading("一、概述", level=1)
    if localized:  # a heading made by outline level only, as WPS does with its own style names
        h1.style = d.styles["Normal"]
        ppr = h1._p.get_or_add_pPr()
        ol = OxmlElement("w:outlineLvl")
        ol.set(qn("w:val"), "0")
        ppr.append(ol)
    d.add_paragraph("（一）评价目的")
    p = d.add_paragraph("受厦门绿源电子科技有限公司委托开展评价。")
    if hidden:
        r = p.add_run(hidden)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        r.font.size = Pt(1)
    t = d.add_table(rows=4, cols=3)
    for j, v in enumerate(["指标", "2024年", "2025年"]):
        t.cell(0, j).text = v
    merged = t.cell(1, 0).merge(t.cell(1, 2))
    merged.text = "一、能源"
    for j, v in enumerate(["综合能耗", "1,850.2", "1,899.8"]):
        t.cell(2, j).text = v
    a = t.cell(3, 0).merge(t.cell(2, 0))  # vertical merge
    a.text = "综合能耗"
    if page_breaks:
        d.add_page_break()
    d.add_heading("二、评价过程和方法", level=1)
    d.add_paragraph("评价组于2026年3月2日至4日开展现场评价。")
    d.save(str(path))
    return path


def pdf_page_break(path: Path, *, first_page_tail: str, second_page_head: str) -> Path:
    """Two pages: the first ends with ``first_page_tail`` at its foot, the second opens with
    ``second_page_head`` above its next heading (a paragraph the page break may have cut)."""
    c = _canvas(path)
    c.setFont(FONT, 15)
    c.drawString(72, 780, "一、企业基本情况")
    c.setFont(FONT, 11)
    c.drawString(94, 750, "企业成立于2015年，主要从事智能照明器具的研发和生产。")
    c.drawString(94, 90, first_page_tail)
    c.setFont(FONT, 9)
    c.drawString(290, 30, "- 1 -")
    c.showPage()
    c.setFont(FONT, 11)
    c.drawString(72, 780, second_page_head)
    c.setFont(FONT, 15)
    c.drawString(72, 740, "二、评价过程")
    c.setFont(FONT, 9)
    c.drawString(290, 30, "- 2 -")
    c.showPage()
    c.save()
    return path


def pdf_table_page_break(path: Path, *, lead_in: str, header: list[str], first_rows: list[list[str]],
                         second_rows: list[list[str]]) -> Path:
    """A ruled table begun at the foot of page 1 and continued, under its repeated header row, at the
    top of page 2 (where its total row falls)."""
    c = _canvas(path)
    c.setFont(FONT, 15)
    c.drawString(72, 780, "一、资源投入")
    c.setFont(FONT, 11)
    y = 140 + 20 * len(first_rows)
    c.drawString(94, y + 30, lead_in)
    for part, rows in ((0, first_rows), (1, second_rows)):
        if part:
            c.setFont(FONT, 9)
            c.drawString(290, 30, "- 1 -")
            c.showPage()
            c.setFont(FONT, 11)
            y = 780
        for r in [header] + rows:
            for i, cell in enumerate(r):
                c.drawString(80 + i * 110, y, cell)
            c.line(72, y - 5, 72 + 4 * 110, y - 5)
            y -= 20
    c.drawString(94, y - 10, "表后的说明文字。")
    c.setFont(FONT, 9)
    c.drawString(290, 30, "- 2 -")
    c.showPage()
    c.save()
    return path
