"""Refuse DOCX files that would exhaust memory before python-docx opens them."""

from __future__ import annotations

import io
import zipfile

from reviewer.errors import InputError

_MAX_ENTRIES = 5000


def _bomb(detail_zh: str, detail_en: str) -> InputError:
    return InputError(f"DOCX 文件结构异常，拒绝处理（{detail_zh}）。", f"the DOCX is refused ({detail_en}).",
                      code="docx_refused")


def check_docx_zip(data: bytes, *, max_xml_mb: float, max_ratio: float) -> dict[str, bytes]:
    """Validate the container; return the small metadata parts we read ourselves."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
        infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as e:
        raise InputError(
            f"DOCX 文件已损坏，无法解压（{type(e).__name__}）。请用 Word/WPS 重新保存后上传。",
            f"the DOCX is damaged and cannot be unzipped ({type(e).__name__}). Re-save it in Word/WPS and upload again.",
            code="corrupt_docx",
        ) from None
    if len(infos) > _MAX_ENTRIES:
        raise _bomb(f"包含 {len(infos)} 个部件", f"{len(infos)} parts")
    total = 0
    limit = int(max_xml_mb * 1024 * 1024)
    for info in infos:
        if info.file_size > limit:
            raise _bomb(f"部件 {info.filename} 解压后 {info.file_size // (1 << 20)} MB，超过 {max_xml_mb:g} MB 上限，疑似压缩炸弹",
                        f"part {info.filename} expands to {info.file_size >> 20} MB, over {max_xml_mb:g} MB: a zip bomb?")
        total += info.file_size
    if total > 20 * 1024 * 1024 and total / max(len(data), 1) > max_ratio:
        raise _bomb(f"解压比 {total / len(data):.0f}:1 异常，疑似压缩炸弹", f"compression ratio {total / len(data):.0f}:1, a zip bomb?")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise InputError("该 ZIP 文件不是 Word 文档（缺少 word/document.xml）。",
                         "the zip file is not a Word document (no word/document.xml).", code="unsupported_format")
    parts = {}
    for name in ("docProps/app.xml",):
        if name in names:
            try:
                parts[name] = z.read(name)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError):
                pass
    try:
        parts["word/document.xml"] = z.read("word/document.xml")
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as e:
        raise InputError(f"DOCX 正文部件损坏（{type(e).__name__}）。", f"the DOCX body part is damaged ({type(e).__name__}).",
                         code="corrupt_docx") from None
    return parts
