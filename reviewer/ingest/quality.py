"""Is there a usable text layer? Scanned pages and fonts without ToUnicode maps."""

from __future__ import annotations

import unicodedata
from collections import Counter

from reviewer.errors import InputError


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def text_stats(text: str) -> dict[str, float]:
    # classify each distinct character once: a long report has ~10^5 characters but a few thousand distinct ones
    counts = Counter(text)
    chars = cjk = bad = latin_ext = 0
    for c, k in counts.items():
        if c.isspace():
            continue
        o = ord(c)
        chars += k
        cjk += k * _is_cjk(c)
        bad += k * (o == 0xFFFD or 0xE000 <= o <= 0xF8FF or unicodedata.category(c) in ("Cc", "Cf", "Co", "Cs", "Cn"))
        latin_ext += k * (0x00C0 <= o <= 0x024F)
    n = chars or 1
    return {"chars": chars, "cjk": cjk / n, "bad": bad / n, "latin_ext": latin_ext / n}


def check_text_layer(text: str, pages: int, min_chars_per_page: int) -> None:
    """Raise InputError for a scanned PDF or a garbled text layer."""
    s = text_stats(text)
    if s["chars"] < max(1, pages) * min_chars_per_page:
        raise InputError(
            f"该 PDF 几乎没有可提取的文字（{pages} 页共 {int(s['chars'])} 个字符），疑似扫描件。"
            "请先进行 OCR 文字识别（如 ocrmypdf -l chi_sim），或提交由 Word/WPS 导出的 PDF 或 DOCX 原件。",
            f"the PDF has almost no extractable text ({int(s['chars'])} characters on {pages} pages); "
            "it looks scanned. Run OCR first (e.g. ocrmypdf -l chi_sim) or submit the PDF exported from Word/WPS, or the DOCX.",
            code="scanned_pdf",
        )
    if s["bad"] > 0.25 or (s["cjk"] < 0.05 and s["latin_ext"] > 0.2):
        raise InputError(
            "该 PDF 的文字层为乱码（字体缺少 ToUnicode 映射，提取出的字符无意义），无法可靠审查。"
            "请提交由原文档重新导出的 PDF（嵌入字体）或 DOCX 原件，或对其进行 OCR。",
            "the PDF's text layer is garbled (fonts without a ToUnicode map); it cannot be reviewed reliably. "
            "Re-export the PDF with embedded fonts, submit the DOCX, or OCR it.",
            code="garbled_text",
        )
