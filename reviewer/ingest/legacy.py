"""Legacy .doc / .wps (OLE compound files): converted with LibreOffice when it is
installed, otherwise refused with instructions."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from reviewer.errors import UnsupportedFormat


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_legacy(data: bytes, suffix: str, timeout_s: float = 120) -> bytes:
    """Return DOCX bytes converted from a legacy Word/WPS file."""
    exe = soffice()
    if exe is None:
        raise UnsupportedFormat(
            "这是旧版 Word/WPS 文件（.doc/.wps），无法直接解析。请在 Word 或 WPS 中“另存为” .docx（或导出 PDF）后再提交；"
            "或在服务器上安装 LibreOffice 以便自动转换。",
            "this is a legacy Word/WPS file (.doc/.wps). Save it as .docx (or export a PDF) in Word/WPS and submit that, "
            "or install LibreOffice on the server for automatic conversion.",
            code="legacy_format",
        )
    with tempfile.TemporaryDirectory(prefix="greenreview-lo-") as tmp:
        src = Path(tmp) / f"input{suffix if suffix in ('.doc', '.wps') else '.doc'}"
        src.write_bytes(data)
        profile = Path(tmp) / "profile"
        cmd = [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "docx", "--outdir", tmp, str(src)]
        try:
            subprocess.run(cmd, capture_output=True, timeout=timeout_s, check=False)  # noqa: S603 - fixed argv
        except subprocess.TimeoutExpired:
            raise UnsupportedFormat("旧版文件转换超时，请手动另存为 .docx 后提交。",
                                    "converting the legacy file timed out; save it as .docx and submit that.",
                                    code="legacy_format") from None
        out = src.with_suffix(".docx")
        if not out.is_file():
            raise UnsupportedFormat("旧版 Word/WPS 文件转换失败（文件可能已损坏），请另存为 .docx 后提交。",
                                    "converting the legacy Word/WPS file failed (it may be damaged); save it as .docx and submit that.",
                                    code="legacy_format")
        return out.read_bytes()
