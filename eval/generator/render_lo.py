"""Render a Report to PDF through LibreOffice (DOCX -> PDF)."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from .model import Report
from .render_docx import render_docx


class SofficeMissing(RuntimeError):
    pass


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_docx(docx: str | Path, outdir: str | Path, timeout: int = 300) -> Path:
    exe = soffice_path()
    if not exe:
        raise SofficeMissing("LibreOffice 'soffice' not found on PATH; install libreoffice-writer "
                             "(apt-get install libreoffice-writer) or drop the 'lo' format")
    docx, outdir = Path(docx), Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as prof:
        cmd = [exe, f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx)]
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    out = outdir / (docx.stem + ".pdf")
    if proc.returncode != 0 or not out.exists():
        raise RuntimeError(f"soffice conversion failed ({proc.returncode}): {proc.stderr.strip()[:500]}")
    return out


def render_lo(report: Report, path: str | Path) -> Path:
    """Write ``path`` (a .pdf) by rendering DOCX and converting it with LibreOffice."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="genlo-") as tmp:
        docx = render_docx(report, Path(tmp) / (path.stem + ".docx"))
        out = convert_docx(docx, tmp)
        path.parent.mkdir(parents=True, exist_ok=True)
        _fix_metadata(out, path, report.meta or {})
    return path


def _pdf_date(d) -> str:
    return d.strftime("D:%Y%m%d%H%M%S+08'00'")


def _fix_metadata(src: Path, dst: Path, meta: dict) -> None:
    """LibreOffice stamps the conversion time; restore the report's own metadata."""
    try:
        from pypdf import PdfReader, PdfWriter
    except ImportError:  # pragma: no cover
        shutil.copyfile(src, dst)
        return
    w = PdfWriter(clone_from=PdfReader(str(src)))
    info = {"/Author": meta.get("author", ""), "/Title": meta.get("title", ""), "/Creator": "Writer"}
    if meta.get("created"):
        info["/CreationDate"] = _pdf_date(meta["created"])
    if meta.get("modified"):
        info["/ModDate"] = _pdf_date(meta["modified"])
    w.add_metadata(info)
    with open(dst, "wb") as fh:
        w.write(fh)


__all__ = ["render_lo", "convert_docx", "soffice_path", "SofficeMissing"]
