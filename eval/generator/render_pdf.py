"""Render a Report to PDF with reportlab Platypus and a CJK font."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus import Table as RLTable
from reportlab.platypus import TableStyle

from .model import Heading, PageBreak, Para, Report, Table

WQY = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
_FONT: str | None = None


def cjk_font() -> str:
    global _FONT
    if _FONT:
        return _FONT
    if os.path.exists(WQY):
        from reportlab.pdfbase.ttfonts import TTFont
        pdfmetrics.registerFont(TTFont("WQYMicroHei", WQY, subfontIndex=0))
        _FONT = "WQYMicroHei"
    else:  # a different kind of PDF (non-embedded CID font): say so, figures are not comparable
        import sys
        print(f"警告：未找到 {WQY}，PDF 改用未嵌入的 STSong-Light（make fonts 可安装）/ warning: {WQY} missing, "
              "PDFs use the non-embedded STSong-Light font (install with `make fonts`)", file=sys.stderr)
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        _FONT = "STSong-Light"
    return _FONT


def _styles(font: str) -> dict:
    base = dict(fontName=font, wordWrap="CJK")
    return {
        "body": ParagraphStyle("body", fontSize=11, leading=19, firstLineIndent=22, spaceAfter=5, **base),
        "title": ParagraphStyle("title", fontSize=26, leading=34, alignment=TA_CENTER, spaceBefore=150,
                                spaceAfter=80, **base),
        "subtitle": ParagraphStyle("subtitle", fontSize=15, leading=22, alignment=TA_CENTER, spaceAfter=16, **base),
        "sign": ParagraphStyle("sign", fontSize=12, leading=20, alignment=TA_RIGHT, spaceBefore=12, **base),
        "right": ParagraphStyle("right", fontSize=11, leading=18, alignment=TA_RIGHT, **base),
        "center": ParagraphStyle("center", fontSize=11, leading=18, alignment=TA_CENTER, **base),
        "small": ParagraphStyle("small", fontSize=9, leading=13, **base),
        "h1": ParagraphStyle("h1", fontSize=16, leading=24, spaceBefore=12, spaceAfter=8, **base),
        "h2": ParagraphStyle("h2", fontSize=13.5, leading=20, spaceBefore=8, spaceAfter=5, **base),
        "h3": ParagraphStyle("h3", fontSize=12, leading=18, spaceBefore=6, spaceAfter=4, **base),
        "cell": ParagraphStyle("cell", fontSize=9.5, leading=13, **base),
        "cell_s": ParagraphStyle("cell_s", fontSize=6.5, leading=8.5, **base),
        "hidden": ParagraphStyle("hidden", fontSize=1, leading=1.2, textColor=colors.white, **base),
    }


def _t(s: str) -> str:
    # wqy-microhei has no U+2611 BALLOT BOX WITH CHECK
    return escape(s.replace("☑", "√" if _FONT == "WQYMicroHei" else "☑"))


class _TS:
    """Minimal stand-in for reportlab's TimeStamp (PDF CreationDate/ModDate)."""

    def __init__(self, when: dt.datetime):
        self.t = when.timestamp()
        self.YMDhms = (when.year, when.month, when.day, when.hour, when.minute, when.second)
        self.dhh, self.dmm = 8, 0


def render_pdf(report: Report, path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    font = cjk_font()
    S = _styles(font)
    meta = report.meta or {}
    story = []
    for b in report.blocks:
        if isinstance(b, Heading):
            story.append(Paragraph(escape(b.text), S[f"h{min(max(b.level, 1), 3)}"]))
        elif isinstance(b, Para):
            st = S["hidden"] if b.hidden else S.get(b.style, S["body"])
            story.append(Paragraph(_t(b.text), st))
        elif isinstance(b, Table):
            ncols = max(len(r) for r in b.rows)
            wide = b.tag == "basic_table" and b.header_rows == 1 and len(b.rows) == 2  # style f: horizontal table
            cs = S["cell_s"] if wide else S["cell"]
            data = [[Paragraph(_t(c), cs) for c in row] + [""] * (ncols - len(row)) for row in b.rows]
            widths = b.widths or [1] * ncols
            tot = sum(widths[:ncols])
            colw = [16.0 * cm * w / tot for w in widths[:ncols]]
            t = RLTable(data, colWidths=colw, repeatRows=b.header_rows)
            style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
            if wide:
                style += [("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
            if b.header_rows:
                style.append(("BACKGROUND", (0, 0), (-1, b.header_rows - 1), colors.HexColor("#EDEDED")))
            if b.tag == "basic_table":
                for i, row in enumerate(b.rows):
                    if len(set(row)) == 1 or (len(row) == 2 and row[1] == ""):
                        style.append(("SPAN", (0, i), (-1, i)))
                        style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#EDEDED")))
                    elif len(row) == 4 and row[0] == row[2] and row[1] == row[3]:
                        style.append(("SPAN", (1, i), (-1, i)))
                    elif len(row) == 6 and row[1] and len(set(row[1:])) == 1:
                        style.append(("SPAN", (1, i), (-1, i)))
            t.setStyle(TableStyle(style))
            story.append(t)
            story.append(Spacer(1, 8))
        elif isinstance(b, PageBreak):
            story.append(RLPageBreak())

    created = meta.get("created")

    def on_page(canv, doc):
        if created is not None:
            canv._doc._timeStamp = _TS(created)
        canv.setFont(font, 9)
        canv.drawCentredString(A4[0] / 2, 1.3 * cm, f"— {doc.page} —")

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.3 * cm, bottomMargin=2.3 * cm, title=meta.get("title", ""),
                            author=meta.get("author", ""), creator=meta.get("creator", "Microsoft® Word 2016"),
                            subject=meta.get("company", ""))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


__all__ = ["render_pdf", "cjk_font"]
