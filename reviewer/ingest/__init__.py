"""Ingestion: any accepted file -> one page-aware ``Document``.

The format is decided by magic bytes, never by the extension. Every refusal is
an ``InputError`` with a Chinese and an English message.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from reviewer.document import Document
from reviewer.errors import FileTooLarge, InputError, NotFound, UnsupportedFormat
from reviewer.ingest.headings import LevelAssigner, split_heading
from reviewer.ingest.quality import check_text_layer
from reviewer.ingest.sections import assign_sections
from reviewer.ingest.sniff import sniff

__all__ = ["ingest", "ingest_bytes"]


def ingest(path: str | Path, settings, *, filename: str | None = None) -> Document:
    p = Path(path)
    if not p.is_file():
        raise NotFound(f"文件不存在：{p}", f"file not found: {p}")
    size = p.stat().st_size
    _check_size(size, settings.max_file_mb)
    return ingest_bytes(p.read_bytes(), settings, filename=filename or p.name)


def _check_size(size: int, max_mb: float) -> None:
    if size == 0:
        raise InputError("文件为空（0 字节），请检查上传的文件。", "the file is empty (0 bytes).", code="empty_file")
    if size > max_mb * 1024 * 1024:
        raise FileTooLarge(f"文件大小 {size / 1048576:.1f} MB，超过上限 {max_mb:g} MB。",
                           f"the file is {size / 1048576:.1f} MB, over the limit of {max_mb:g} MB.")


def ingest_bytes(data: bytes, settings, *, filename: str = "report") -> Document:
    _check_size(len(data), settings.max_file_mb)
    sha = hashlib.sha256(data).hexdigest()
    kind = sniff(data[:8192], data)
    suffix = os.path.splitext(filename)[1].lower()
    if kind == "ole":
        from reviewer.ingest.legacy import convert_legacy

        data, kind = convert_legacy(data, suffix), "docx"
    if kind == "pdf":
        from reviewer.ingest.pdf import parse_pdf

        doc = parse_pdf(data, source=filename, sha256=sha, max_pages=settings.max_pages, engine=settings.pdf_text_engine)
        check_text_layer("".join(b.text for b in doc.blocks if not b.hidden), doc.pages, settings.min_text_chars_per_page)
    elif kind == "docx":
        from reviewer.ingest.docx import parse_docx

        doc = parse_docx(data, source=filename, sha256=sha, max_xml_mb=settings.max_docx_xml_mb,
                         max_ratio=settings.max_docx_ratio)
        if not any(b.text.strip() for b in doc.blocks if not b.hidden):
            raise InputError("DOCX 文档中没有正文文字。", "the DOCX contains no text.", code="empty_document")
    else:
        raise _unsupported(kind, suffix)
    finish_structure(doc)
    return doc


def _unsupported(kind: str, suffix: str) -> UnsupportedFormat:
    what = {"zip": "普通 ZIP 压缩包", "rtf": "RTF 文档", "image": "图片", "text": "纯文本",
            "unknown": "无法识别的二进制文件"}.get(kind, kind)
    claimed = f"（扩展名为 {suffix}，但内容是{what}）" if suffix else f"（内容是{what}）"
    return UnsupportedFormat(
        f"不支持的文件格式{claimed}。请提交 PDF 或 DOCX 格式的评价报告。",
        f"unsupported file format (content is {kind}{', extension ' + suffix if suffix else ''}). Submit the report as PDF or DOCX.",
    )


def finish_structure(doc: Document) -> Document:
    """Heading numbers and levels, section paths, offsets: the same for both formats."""
    levels = LevelAssigner()
    for b in doc.blocks:
        if b.kind.value != "heading":
            continue
        head = split_heading(b.text, max_len=80)
        if head:
            b.number, b.title = head
            style_level = b.level
            b.level = style_level or levels.level(b.number)
            if style_level is None:
                continue
            levels.level(b.number)  # keep the family ranking in step with styled headings
        else:
            b.title = b.title or b.text
            b.level = b.level or 1
    assign_sections(doc.blocks)
    return doc.finalize()
