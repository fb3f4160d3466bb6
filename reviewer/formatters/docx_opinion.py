"""审查意见书: the review as a Word document a reviewer can sign and file (python-docx).

Sections: title, report identity table, review summary, findings table (级别 / 代码 / 问题与说明 /
页码 / 原文摘录), the requirement checklist when the review has one, reviewer comments when given,
a conclusion, and blank reviewer name / date / seal fields. ``render_docx(review) -> bytes``.
"""

from __future__ import annotations

import io
from datetime import date

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from reviewer.formatters.labels import KIND_LABELS, RISK_LABELS, SEVERITY_LABELS, TYPE_LABELS, quote_for_display

FONT = "宋体"
HEAD_FONT = "黑体"
STATUS_LABELS = {"covered": "已覆盖", "weak": "薄弱", "missing": "缺失"}
SEVERITY_COLORS = {"high": RGBColor(0xA8, 0x1F, 0x1F), "medium": RGBColor(0x9A, 0x5B, 0x00),
                   "low": RGBColor(0x2F, 0x5D, 0x8A), "info": RGBColor(0x55, 0x55, 0x55)}


def _font(run, name: str = FONT, size: float | None = None, bold: bool | None = None, color=None) -> None:
    run.font.name = name
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    if bold is not None:
        run.bold = bold
    if color is not None:
        run.font.color.rgb = color


def _para(doc, text: str = "", *, size: float = 10.5, bold: bool = False, align=None, font: str = FONT,
          space_after: float = 4):
    p = doc.add_paragraph()
    if text:
        _font(p.add_run(text), font, size, bold)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def _heading(doc, text: str):
    return _para(doc, text, size=14, bold=True, font=HEAD_FONT, space_after=6)


def _cell(cell, text: str, *, bold: bool = False, size: float = 9.5, color=None) -> None:
    cell.text = ""
    lines = (text or "").split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        _font(p.add_run(line), FONT, size, bold, color)
        p.paragraph_format.space_after = Pt(0)


def _table(doc, header: list[str], rows: list[list[str]], widths_cm: list[float], colors=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        _cell(t.rows[0].cells[i], h, bold=True)
    for r_i, row in enumerate(rows):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            color = colors[r_i] if colors and i == 0 else None
            _cell(cells[i], v, color=color)
    for row in t.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)
    return t


def requirement_label(item: dict) -> str:
    """A checklist item's requirement text: ``requirement``, or standard + clause + text."""
    if item.get("requirement"):
        return str(item["requirement"])
    head = " ".join(str(item[k]) for k in ("standard", "clause") if item.get(k))
    text = str(item.get("text") or item.get("id") or "")
    mark = "（必选）" if item.get("mandatory") else ""
    return f"{head}\n{text}{mark}" if head else f"{text}{mark}"


def _identity_rows(review) -> list[list[str]]:
    r = review.report
    return [
        ["受评价方", r.entity or "未识别"],
        ["统一社会信用代码", r.uscc or "未识别"],
        ["报告类型", f"{TYPE_LABELS.get(r.type, '未识别')} · {KIND_LABELS.get(r.kind, '未识别')}"],
        ["评价机构", r.agency or "—"],
        ["报告日期", r.report_date or "未识别"],
        ["适用规则", r.regime or "未识别"],
        ["报告文件", f"{r.file}（{r.pages} 页）"],
        ["文件指纹（SHA-256）", r.id],
    ]


def render_docx(review, *, reviewer: str | None = None, review_date: str | None = None,
                comments: list[dict] | None = None, organisation: str | None = None) -> bytes:
    """Build the 审查意见书 and return the .docx bytes. ``review`` is a Review or a review@1 dict."""
    if isinstance(review, dict):
        from reviewer.findings import Review

        review = Review.model_validate(review)
    s = review.summary
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.2)
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10.5)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)

    _para(doc, "绿色制造评价报告", size=16, bold=True, font=HEAD_FONT, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    _para(doc, "审查意见书", size=22, bold=True, font=HEAD_FONT, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=12)
    if organisation:
        _para(doc, organisation, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)

    _heading(doc, "一、报告基本信息")
    _table(doc, ["项目", "内容"], _identity_rows(review), [4.5, 12.0])

    _heading(doc, "二、审查结论摘要")
    counts = "，".join(f"{SEVERITY_LABELS[k]} {v} 项" for k, v in s.counts.items())
    _para(doc, f"总体风险：{RISK_LABELS[s.risk]}。共发现问题 {len(review.findings)} 项（{counts}）。")
    if s.coverage:
        c = s.coverage
        _para(doc, f"条款覆盖：共 {c.requirements} 项要求，已覆盖 {c.covered} 项，薄弱 {c.weak} 项，缺失 {c.missing} 项。")
    _para(doc, "说明：问题清单由 greenreview 自动审查生成，原文摘录均经逐字核对；审查人员应逐项复核后签署意见。", size=9)

    _heading(doc, "三、问题清单")
    if not review.findings:
        _para(doc, "未发现问题。")
    else:
        rows, colors = [], []
        for i, f in enumerate(review.findings, 1):
            pages = "、".join(dict.fromkeys(str(e.page) for e in f.evidence)) or "—"
            quotes = "\n".join(f"第{e.page}页：“{quote_for_display(e.quote)}”" for e in f.evidence[:3])
            if not quotes and f.searched:
                quotes = "已检索未找到：" + "、".join(f.searched[:8])
            text = f"{f.title}\n{f.message}"
            if f.requirement:
                text += f"\n依据：{f.requirement}"
            if f.unverified:
                text += "\n（证据未能核实，仅供参考）"
            rows.append([SEVERITY_LABELS[f.severity], str(i), f.code, text, pages, quotes or "—"])
            colors.append(SEVERITY_COLORS[f.severity])
        _table(doc, ["级别", "序号", "代码", "问题与说明", "页码", "原文摘录"], rows, [1.2, 1.0, 2.8, 5.6, 1.3, 4.9],
               colors=colors)

    n = 4
    if review.checklist:
        _heading(doc, f"{'四五六七'[n - 4]}、条款覆盖清单")
        rows = []
        for item in review.checklist:
            ev = "\n".join(f"第{e.get('page')}页：“{quote_for_display(str(e.get('quote', '')))}”"
                           for e in (item.get("evidence") or [])[:2])
            status = str(item.get("status", ""))
            rows.append([requirement_label(item), STATUS_LABELS.get(status, status), ev or "—"])
        _table(doc, ["要求", "状态", "证据"], rows, [7.0, 1.8, 7.8])
        n += 1
    if comments:
        _heading(doc, f"{'四五六七'[n - 4]}、审查人员意见")
        for c in comments:
            where = f"[{c['finding_code']}] " if c.get("finding_code") else ""
            _para(doc, f"{where}{c['body']}（{c['author']}，{str(c['created_at'])[:10]}）")
        n += 1

    _heading(doc, f"{'四五六七'[n - 4]}、审查意见")
    if s.risk == "high":
        opinion = "报告存在高风险问题，建议退回评价机构（或申报主体）补充、更正后重新提交。"
    elif s.risk == "medium":
        opinion = "报告存在需要说明或补正的问题，建议请评价机构（或申报主体）书面说明并补正。"
    else:
        opinion = "未发现重大问题，建议按程序进入下一环节。"
    _para(doc, opinion)
    _para(doc, "")
    _para(doc, f"审查人员（签字）：{reviewer or '＿＿＿＿＿＿＿＿'}")
    _para(doc, "复核人员（签字）：＿＿＿＿＿＿＿＿")
    _para(doc, f"审查日期：{review_date or '＿＿＿＿年＿＿月＿＿日'}")
    _para(doc, "审查单位（盖章）：")
    _para(doc, "")
    _para(doc, f"生成工具：greenreview {review.tool.version} · 规则 {review.tool.rules} · 配置 {review.tool.settings_hash}"
               f" · 生成于 {date.today().isoformat()}", size=8)

    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def render(review) -> bytes:
    return render_docx(review)
