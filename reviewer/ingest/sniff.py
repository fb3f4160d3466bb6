"""Recognise a file by its first bytes, never by its extension."""

from __future__ import annotations

import io
import zipfile

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def sniff(head: bytes, data: bytes | None = None) -> str:
    """Return "pdf", "docx", "ole" (legacy .doc/.wps/.xls), "zip" (another zip), "rtf",
    "image", "text" or "unknown". ``data`` is the whole file, used to look inside zips."""
    if head.lstrip()[:5] == b"%PDF-" or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        if data is not None:
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    names = set(z.namelist())
            except (zipfile.BadZipFile, OSError, ValueError):
                return "zip"
            if "word/document.xml" in names:
                return "docx"
        return "zip"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head[:4] in (b"\x89PNG", b"GIF8") or head[:3] == b"\xff\xd8\xff" or head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image"
    try:
        head[:4096].decode("utf-8")
        return "text"
    except UnicodeDecodeError:
        return "unknown"
