"""PDF ingestion: pypdfium2 (PDFium) for the text layer and geometry, pypdf for
metadata, encryption and the outline. pypdf alone measured ~100 ms/page on CJK
PDFs here; PDFium is an order of magnitude faster."""

from __future__ import annotations

import ctypes
import logging
import re
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from reviewer.document import Document
from reviewer.errors import InputError
from reviewer.ingest.pdf_layout import Segment, group_lines, is_page_furniture
from reviewer.ingest.pdf_meta import read_pdf_meta
from reviewer.ingest.pdf_pages import assemble_pages
from reviewer.ingest.pdf_tables import ruled_tables

log = logging.getLogger(__name__)

_TINY_PT = 2.5  # glyph boxes lower than this are not readable on paper


def _corrupt(detail: str) -> InputError:
    return InputError(
        f"PDF 文件已损坏或不完整，无法解析（{detail}）。请重新导出或重新上传完整文件。",
        f"the PDF is damaged or truncated and cannot be parsed ({detail}). Re-export or re-upload the complete file.",
        code="corrupt_pdf",
    )


def _encrypted() -> InputError:
    return InputError(
        "PDF 文件已加密（需要打开密码），无法读取。请提交未加密的文件。",
        "the PDF is encrypted (a password is required to open it). Submit an unencrypted file.",
        code="encrypted_pdf",
    )


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        msg = str(e)
        if "password" in msg.lower():
            raise _encrypted() from None
        raise _corrupt(msg[:80]) from None


def _object_text(obj, textpage) -> str:
    n = pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
    if n <= 2:
        return ""
    buf = (ctypes.c_ushort * (n // 2 + 1))()
    pdfium_c.FPDFTextObj_GetText(obj, textpage.raw, buf, n)
    return bytes(buf)[: n - 2].decode("utf-16-le", errors="replace")


def _page_objects(page, textpage, want_text: bool) -> tuple[list[tuple], list[tuple]]:
    """One pass over the page's top-level objects with the raw API (the helper wrappers
    cost ~10 µs each): path bounds for ruled tables, and text drawn invisibly (render
    mode 3), in white or fully transparent, as (text, reason, bounds)."""
    paths: list[tuple] = []
    hidden: list[tuple] = []
    raw = page.raw
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    n = pdfium_c.FPDFPage_CountObjects(raw)
    for i in range(min(n, 20000)):
        obj = pdfium_c.FPDFPage_GetObject(raw, i)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == pdfium_c.FPDF_PAGEOBJ_PATH:
            if len(paths) < 4000 and pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                paths.append((left.value, bottom.value, right.value, top.value))
        elif kind == pdfium_c.FPDF_PAGEOBJ_TEXT and want_text:
            mode = pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
            reason = None
            if mode == pdfium_c.FPDF_TEXTRENDERMODE_INVISIBLE:
                reason = "invisible"
            elif pdfium_c.FPDFPageObj_GetFillColor(obj, r, g, b, a):
                if min(r.value, g.value, b.value) >= 245:
                    reason = "white"
                elif a.value == 0 and mode in (0, 2):
                    reason = "transparent"
            if reason:
                text = _object_text(obj, textpage).strip()
                if text:
                    ok = pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
                    hidden.append((text, reason, (left.value, bottom.value, right.value, top.value) if ok else None))
    return paths, hidden


def _page_segments(page, textpage) -> tuple[list[Segment], bool]:
    """The page's text runs, and whether they had to be read character by character (flat glyph boxes)."""
    n = textpage.count_chars()
    if 0 < n <= _MAX_CHARS and _flat_glyphs(textpage, n):
        return _char_segments(textpage, n), True  # PDFium leaves runs of flat glyph boxes out of its rects
    return _rect_segments(textpage), False


_MAX_CHARS = 60000


def _flat_glyphs(textpage, n: int) -> bool:
    """Whether some of a sample of the page's characters have glyph boxes of (almost) zero height: a font the PDF
    does not embed and this machine lacks. Legitimately flat glyphs ("一", "—") still have some height."""
    raw = textpage.raw
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    flat = 0
    for i in range(0, n, max(1, n // 48)):  # a sample: cheap on every page of a long report
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code <= 32 or not pdfium_c.FPDFText_GetCharBox(raw, i, left, right, bottom, top):
            continue
        flat += top.value - bottom.value < 0.1
    return flat >= 3


def _char_segments(textpage, n: int) -> list[Segment]:
    """Text runs built from characters' baselines and font sizes. A font the PDF does not embed and this machine
    lacks (STSong-Light without a CJK system font) gets flat glyph boxes, which PDFium leaves out of its text
    runs altogether; each character's origin and size still place it."""
    text = textpage.get_text_range(0, n)
    raw = textpage.raw
    x, y = ctypes.c_double(), ctypes.c_double()
    segs: list[Segment] = []
    cur: list = []  # [left, baseline, right, size, chars]

    def close():
        body = "".join(cur[4]).strip() if cur else ""
        if body:
            left, base, right, size = cur[:4]
            seg = Segment(left, base - 0.2 * size, right, base + 0.8 * size, body)
            if _tiny(size, body):
                seg.hidden = "tiny"
            segs.append(seg)
        cur.clear()

    for i, ch in enumerate(text[:n]):
        if ch in "\r\n":
            close()
            continue
        if not pdfium_c.FPDFText_GetCharOrigin(raw, i, x, y):
            continue
        size = max(pdfium_c.FPDFText_GetFontSize(raw, i), 0.1)
        left, _b, right, _t = textpage.get_charbox(i, loose=True)
        if ch == " ":
            if cur:
                cur[4].append(" ")  # a space between words stays inside the run
            continue
        if cur and (abs(y.value - cur[1]) > 0.3 * size or left - cur[2] > 0.8 * size or left < cur[2] - size):
            close()  # another line, or a gap wide enough to be another cell
        if not cur:
            cur.extend([left, y.value, right, size, []])
        cur[0], cur[2], cur[3] = min(cur[0], left), max(cur[2], right), max(cur[3], size)
        cur[4].append(ch)
    close()
    return segs


def _tiny(height: float, text: str) -> bool:
    """Text too small to read on paper; "一", "-", "." alone are legitimately flat, tiny text is a run of them."""
    return height < _TINY_PT and bool(re.search(r"[\u4e00-\u9fffA-Za-z0-9]", text.replace("一", "")))


def _rect_segments(textpage) -> list[Segment]:
    """PDFium's text runs through the raw API with one reused buffer: the helper wrappers ask for each run's length,
    allocate and fill a fresh buffer (two calls and ~15 µs per run; a page has hundreds of runs)."""
    segs: list[Segment] = []
    raw = textpage.raw
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    size = 4096
    buf = (ctypes.c_ushort * size)()
    for i in range(pdfium_c.FPDFText_CountRects(raw, 0, -1)):
        if not pdfium_c.FPDFText_GetRect(raw, i, left, top, right, bottom):
            continue
        box = (left.value, top.value, right.value, bottom.value)
        n = pdfium_c.FPDFText_GetBoundedText(raw, *box, buf, size)
        if n >= size:  # a run longer than the buffer: ask its length, then read it whole
            size = pdfium_c.FPDFText_GetBoundedText(raw, *box, None, 0) + 1
            buf = (ctypes.c_ushort * size)()
            n = pdfium_c.FPDFText_GetBoundedText(raw, *box, buf, size)
        # the count written includes the terminating NUL
        text = ctypes.string_at(buf, 2 * max(n, 0)).decode("utf-16-le", errors="ignore").rstrip("\x00")
        text = text.replace("\r", "").replace("\n", "")
        if not text.strip():
            continue
        seg = Segment(box[0], box[3], box[2], box[1], text)
        if _tiny(box[1] - box[3], text):  # glyph boxes are tight
            seg.hidden = "tiny"
        segs.append(seg)
    return segs


def _mark_hidden(segs: list[Segment], hidden: list[tuple]) -> None:
    """Mark the text runs drawn by hidden text objects: inside the object's box and part of its text."""
    for text, reason, bounds in hidden:
        key = text.replace(" ", "")
        for s in segs:
            st = s.text.replace(" ", "")
            if s.hidden is not None or not st or st not in key:
                continue
            if bounds is not None:
                cx, cy = (s.left + s.right) / 2, (s.top + s.bottom) / 2
                if bounds[0] - 1 <= cx <= bounds[2] + 1 and bounds[1] - 1 <= cy <= bounds[3] + 1:
                    s.hidden = reason
            elif st == key or len(st) >= 4:
                s.hidden = reason


def parse_pdf(data: bytes, *, source: str, sha256: str, max_pages: int, engine: str = "pdfium") -> Document:
    meta, outline, warnings = read_pdf_meta(data)
    if engine == "pypdf":
        from reviewer.ingest.pdf_pypdf import parse_pdf_pypdf

        return parse_pdf_pypdf(data, source=source, sha256=sha256, max_pages=max_pages, meta=meta, outline=outline)
    with _PDFIUM:
        return _parse_with_pdfium(data, source=source, sha256=sha256, max_pages=max_pages, meta=meta, outline=outline,
                                  warnings=warnings)


# PDFium is not thread-safe: the API's review jobs run in threads, and two documents parsed at once crashed the
# process (a segfault in FPDF_LoadPage). One parse at a time, process-wide.
_PDFIUM = threading.Lock()


def _parse_with_pdfium(data: bytes, *, source: str, sha256: str, max_pages: int, meta, outline, warnings) -> Document:
    pdf = open_pdf(data)
    try:
        n = len(pdf)
        if n == 0:
            raise _corrupt("0 页 / no pages")
        if n > max_pages:
            raise InputError(f"PDF 共 {n} 页，超过上限 {max_pages} 页。", f"the PDF has {n} pages, over the limit of {max_pages}.",
                             code="too_many_pages")
        pages: list[tuple] = []
        image_pages: list[int] = []
        flat_pages: list[int] = []
        for pno in range(n):
            page = pdf[pno]
            try:
                _w, h = page.get_size()
                textpage = page.get_textpage()
                segs, flat = _page_segments(page, textpage)
                if flat:
                    flat_pages.append(pno + 1)
                paths, hidden = _page_objects(page, textpage, want_text=bool(segs))
                if hidden and len(hidden) < max(2, len(segs) // 2):
                    _mark_hidden(segs, hidden)  # a full invisible layer is an OCR layer, not hidden text
                if not segs:
                    image_pages.append(pno + 1)
                tables = ruled_tables(paths, [s for s in segs if not s.hidden]) if segs else []
                taken = set().union(*(t.members for t in tables)) if tables else set()
                lines = [ln for ln in group_lines([s for s in segs if id(s) not in taken]) if not is_page_furniture(ln, h)]
                pages.append((pno + 1, lines, h, max((ln.right for ln in lines), default=0.0), tables))
                textpage.close()
            finally:
                page.close()
    finally:
        pdf.close()
    blocks = assemble_pages(pages, image_pages)
    doc = Document(source=source, sha256=sha256, format="pdf", pages=n, blocks=blocks, meta=meta,
                   parser={"name": "pypdfium2", "version": pdfium.PYPDFIUM_INFO.version if hasattr(pdfium, "PYPDFIUM_INFO") else pdfium.V_PYPDFIUM2},
                   outline=outline, warnings=warnings)
    if image_pages:
        doc.warnings.append(f"{len(image_pages)} 页无文字层（图片或扫描页，如签章页）：第 {_pages_label(image_pages)} 页")
    if flat_pages:
        doc.warnings.append(f"{len(flat_pages)} 页使用未嵌入 PDF 的中文字体，本机缺少可替代的字体：文字按字符位置重建，个别字符可能缺失，"
                            f"建议在服务器上安装中文字体（如 fonts-wqy-microhei）后重新审查：第 {_pages_label(flat_pages)} 页 / "
                            "non-embedded CJK font and no substitute on this machine: text rebuilt from character positions, "
                            "a few characters may be missing; install a CJK font (e.g. fonts-wqy-microhei) and review again")
    return doc


def _pages_label(pages: list[int]) -> str:
    return "、".join(map(str, pages[:12])) + (" 等" if len(pages) > 12 else "")
