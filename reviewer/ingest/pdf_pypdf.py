"""The pypdf text engine (``ingest.pdf_text_engine: pypdf``): slower, no geometry,
kept as a fallback for PDFs PDFium mis-reads and for the benchmark comparison."""

from __future__ import annotations

import io

import pypdf

from reviewer.document import Block, BlockKind, Document
from reviewer.errors import InputError
from reviewer.ingest.headings import split_heading
from reviewer.ingest.pdf_layout import join_wrapped


def extract_pages(data: bytes) -> list[str]:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    return [p.extract_text() or "" for p in reader.pages]


def parse_pdf_pypdf(data: bytes, *, source: str, sha256: str, max_pages: int, meta, outline) -> Document:
    try:
        texts = extract_pages(data)
    except Exception as e:  # noqa: BLE001
        raise InputError(f"PDF 无法解析（{type(e).__name__}）。", f"the PDF cannot be parsed ({type(e).__name__}).",
                         code="corrupt_pdf") from None
    if len(texts) > max_pages:
        raise InputError(f"PDF 共 {len(texts)} 页，超过上限 {max_pages} 页。",
                         f"the PDF has {len(texts)} pages, over the limit of {max_pages}.", code="too_many_pages")
    blocks: list[Block] = []
    for pno, text in enumerate(texts, 1):
        para = ""
        for raw in text.splitlines():
            line = raw.strip()
            if not line:
                continue
            head = split_heading(line)
            if head:
                if para:
                    blocks.append(Block(0, BlockKind.PARAGRAPH, para, pno))
                    para = ""
                blocks.append(Block(0, BlockKind.HEADING, line, pno, number=head[0], title=head[1]))
                continue
            para = join_wrapped(para, line) if para else line
            if line.endswith(("。", "！", "？")):
                blocks.append(Block(0, BlockKind.PARAGRAPH, para, pno))
                para = ""
        if para:
            blocks.append(Block(0, BlockKind.PARAGRAPH, para, pno))
    return Document(source=source, sha256=sha256, format="pdf", pages=len(texts), blocks=blocks, meta=meta,
                    parser={"name": "pypdf", "version": pypdf.__version__}, outline=outline)
