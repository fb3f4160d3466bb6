"""pypdf for what PDFium does not expose conveniently: the info dictionary,
XMP-free dates, encryption state and the bookmark outline."""

from __future__ import annotations

import io
import logging
import re

from reviewer.document import FileMeta

log = logging.getLogger(__name__)
_PDF_DATE = re.compile(r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?")


def pdf_date(value) -> str | None:
    if not value:
        return None
    m = _PDF_DATE.match(str(value).strip())
    if not m:
        return None
    y, mo, d, hh, mi, ss = (m.group(i) for i in range(1, 7))
    s = f"{y}-{mo or '01'}-{d or '01'}"
    if hh:
        s += f"T{hh}:{mi or '00'}:{ss or '00'}"
    return s


def read_pdf_meta(data: bytes) -> tuple[FileMeta, list[tuple[int, str, int]], list[str]]:
    """Metadata and outline; never raises for a damaged info dictionary (PDFium decides
    whether the file is readable)."""
    from pypdf import PdfReader
    from reviewer.ingest.pdf import _encrypted

    warnings: list[str] = []
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")
            except Exception:  # noqa: BLE001 - unsupported crypto also means "cannot open"
                ok = 0
            if not ok:
                raise _encrypted()
        info = reader.metadata or {}
    except Exception as e:  # noqa: BLE001
        if getattr(e, "code", None) == "encrypted_pdf":
            raise
        log.debug("pypdf could not read metadata: %s", e)
        return FileMeta(), [], ["PDF 元数据无法读取"]
    meta = FileMeta(
        title=_s(info.get("/Title")), author=_s(info.get("/Author")), creator=_s(info.get("/Creator")),
        producer=_s(info.get("/Producer")), created=pdf_date(info.get("/CreationDate")),
        modified=pdf_date(info.get("/ModDate")), company=_s(info.get("/Company")),
    )
    outline: list[tuple[int, str, int]] = []
    try:
        _walk(reader, reader.outline, 1, outline)
    except Exception as e:  # noqa: BLE001 - a broken outline is not a broken report
        warnings.append("PDF 书签无法读取")
        log.debug("outline: %s", e)
    return meta, outline, warnings


def _s(v) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return None if not s or s in ("(anonymous)", "(unspecified)", "anonymous", "unspecified") else s


def _walk(reader, items, level: int, out: list) -> None:
    for it in items:
        if isinstance(it, list):
            _walk(reader, it, level + 1, out)
            continue
        try:
            page = reader.get_destination_page_number(it) + 1
        except Exception:  # noqa: BLE001
            page = 0
        out.append((level, str(it.title), page))
        if len(out) > 2000:
            return
