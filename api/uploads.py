"""Streaming multipart upload with a hard size limit.

The request body is read chunk by chunk and the ``file`` part is counted as it arrives: the
moment it passes the limit the request is refused with 413, so the server never holds more than
the limit (the part is spooled to a temporary file that is deleted on any refusal). File names
are checked (no directories, no ``..``, no control characters) and the content type is decided
by magic bytes; the extension has to agree with it.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from urllib.parse import unquote
from dataclasses import dataclass

from python_multipart.multipart import MultipartParser, parse_options_header

from reviewer.errors import FileTooLarge, InputError, UnsupportedFormat
from reviewer.ingest.sniff import sniff

ALLOWED_SUFFIX = {".pdf": "pdf", ".docx": "docx", ".doc": "ole", ".wps": "ole"}
KIND_LABELS = {"pdf": "PDF", "docx": "DOCX", "ole": "旧版 Word/WPS（.doc/.wps）", "zip": "普通 ZIP 压缩包",
               "rtf": "RTF 文档", "image": "图片", "text": "纯文本", "unknown": "无法识别的二进制文件"}
FORM_OVERHEAD = 64 * 1024  # other form fields and multipart headers
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass
class Upload:
    filename: str
    data: bytes
    sha256: str
    kind: str


def too_large(limit: int) -> FileTooLarge:
    mb = limit / (1024 * 1024)
    return FileTooLarge(f"文件超过 {mb:g} MB 的上限，已拒收。请压缩或拆分后再提交。",
                        f"the file exceeds the {mb:g} MB limit and was refused.")


def _bad_name(name: str) -> bool:
    return ("/" in name or "\\" in name or name in (".", "..") or name.startswith("..") or bool(_CONTROL.search(name))
            or ":" in name or len(name) > 255)


def check_filename(raw: str | None) -> str:
    """Return the file name if it is a plain name; refuse paths, traversal and control characters."""
    if raw is None or not raw.strip():
        raise InputError("缺少文件名。", "the upload has no file name.", code="bad_filename")
    name = unicodedata.normalize("NFC", raw.strip())
    if any(_bad_name(n) for n in {name, unquote(name)}):  # also when percent-encoded (%2e%2e%2f, %00)
        raise InputError("文件名不合法（不能包含路径、“..”或控制字符），已拒收。",
                         "invalid file name (paths, '..' and control characters are not allowed); refused.",
                         code="bad_filename")
    return name


def check_kind(filename: str, head: bytes, data: bytes) -> str:
    suffix = os.path.splitext(filename)[1].lower()
    if suffix not in ALLOWED_SUFFIX:
        raise UnsupportedFormat(f"不支持的文件扩展名“{suffix or '（无）'}”。请提交 PDF 或 DOCX 格式的评价报告。",
                                f"unsupported file extension '{suffix}'. Submit a PDF or DOCX report.")
    kind = sniff(head, data)
    if kind != ALLOWED_SUFFIX[suffix]:
        raise UnsupportedFormat(
            f"文件扩展名为 {suffix}，但内容是{KIND_LABELS.get(kind, kind)}，两者不符，已拒收。请确认文件后重新提交。",
            f"the file is named {suffix} but its content is {kind}; refused.", code="type_mismatch")
    return kind


class _Receiver:
    def __init__(self, limit: int):
        self.limit = limit
        self.headers: dict[bytes, bytes] = {}
        self._field: bytes = b""
        self._value: bytes = b""
        self.in_file = False
        self.files = 0
        self.filename: str | None = None
        self.size = 0
        self.sha = hashlib.sha256()
        self.spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)
        self.error: Exception | None = None

    def on_part_begin(self):
        self.headers = {}
        self.in_file = False

    def on_header_field(self, data, start, end):
        self._field += data[start:end]

    def on_header_value(self, data, start, end):
        self._value += data[start:end]

    def on_header_end(self):
        self.headers[self._field.lower()] = self._value
        self._field, self._value = b"", b""

    def on_headers_finished(self):
        _, opts = parse_options_header(self.headers.get(b"content-disposition", b""))
        if opts.get(b"name") == b"file":
            self.files += 1
            self.in_file = self.files == 1
            raw = opts.get(b"filename")
            if self.in_file:
                self.filename = raw.decode("utf-8", "replace") if raw is not None else None

    def on_part_data(self, data, start, end):
        if not self.in_file or self.error:
            return
        n = end - start
        self.size += n
        if self.size > self.limit:
            self.error = too_large(self.limit)
            return
        chunk = data[start:end]
        self.sha.update(chunk)
        self.spool.write(chunk)


async def read_upload(request, limit: int) -> Upload:
    """Parse ``multipart/form-data`` from ``request`` and return the ``file`` part, or raise a 4xx."""
    ctype, opts = parse_options_header(request.headers.get("content-type", ""))
    if ctype != b"multipart/form-data" or b"boundary" not in opts:
        raise InputError("请以 multipart/form-data 上传，文件字段名为 file。",
                         "upload as multipart/form-data with the file in field 'file'.", code="bad_request")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit + FORM_OVERHEAD:
        raise too_large(limit)
    recv = _Receiver(limit)
    parser = MultipartParser(opts[b"boundary"], {
        "on_part_begin": recv.on_part_begin, "on_header_field": recv.on_header_field,
        "on_header_value": recv.on_header_value, "on_header_end": recv.on_header_end,
        "on_headers_finished": recv.on_headers_finished, "on_part_data": recv.on_part_data})
    total = 0
    try:
        async for chunk in request.stream():
            total += len(chunk)
            if total > limit + FORM_OVERHEAD:
                raise too_large(limit)
            parser.write(chunk)
            if recv.error:
                raise recv.error
        parser.finalize()
        if recv.files == 0:
            raise InputError("请求中没有名为 file 的文件字段。", "no 'file' field in the upload.", code="bad_request")
        if recv.files > 1:
            raise InputError("一次只能上传一个文件。", "upload one file at a time.", code="bad_request")
        filename = check_filename(recv.filename)
        if recv.size == 0:
            raise InputError("文件为空（0 字节），请检查上传的文件。", "the file is empty (0 bytes).", code="empty_file")
        recv.spool.seek(0)
        data = recv.spool.read()
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 — a malformed body is the client's problem
        raise InputError("上传内容格式错误，无法解析。", f"malformed multipart body ({type(exc).__name__}).",
                         code="bad_request") from None
    finally:
        recv.spool.close()
    kind = check_kind(filename, data[:8192], data)
    return Upload(filename=filename, data=data, sha256=recv.sha.hexdigest(), kind=kind)
