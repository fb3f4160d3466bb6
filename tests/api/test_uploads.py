"""Hostile uploads: over-size, zip bomb, a PDF named .docx, path traversal. Each gets a clear 4xx
with a Chinese message, and nothing is stored (no report row, no file, no temporary file)."""

from __future__ import annotations

import io
import zipfile

import pytest
from fastapi.testclient import TestClient

from tests.api.conftest import CLEAN_PDF, bearer, make_app, make_users


def stored_nothing(app) -> None:
    store = app.state.ctx.store
    assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
    assert store.db.execute("SELECT COUNT(*) FROM uploads").fetchone()[0] == 0
    files = [p for p in store.home.rglob("*") if p.is_file() and not p.name.startswith("corpus.sqlite3")]
    assert files == [], files


def post(client, token, name, content, **kw):
    return client.post("/api/reports", headers=bearer(token), files={"file": (name, content)}, **kw)


def zip_bomb() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b"0" * (60 * 1024 * 1024) + b"</w:document>")
    return buf.getvalue()


def test_100_mb_upload_is_refused_with_413(client, tokens, app):
    big = b"%PDF-1.7\n" + b"\0" * (100 * 1024 * 1024)  # one byte-ish over 100 MB
    r = post(client, tokens["admin"], "大文件.pdf", big)
    assert r.status_code == 413
    assert r.json()["error"] == "file_too_large" and "100 MB" in r.json()["message"]
    stored_nothing(app)


def test_oversize_stream_without_length_is_cut_off(tmp_path):
    """No Content-Length (chunked): the bytes are counted while they arrive."""
    app = make_app(tmp_path / "home")
    app.state.ctx.upload_limit = 1024 * 1024
    tok = make_users(app)["admin"]
    boundary = "gr-test-boundary"
    sent = {"n": 0}

    def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
               "Content-Type: application/pdf\r\n\r\n").encode() + b"%PDF-1.7\n"
        for _ in range(64):  # 4 MB in 64 KB chunks
            sent["n"] += 1
            yield b"\0" * 65536
        yield f"\r\n--{boundary}--\r\n".encode()

    with TestClient(app) as c:
        r = c.post("/api/reports", content=body(), headers={**bearer(tok),
                   "Content-Type": f"multipart/form-data; boundary={boundary}"})
        assert r.status_code == 413
        stored_nothing(app)


def test_zip_bomb_is_refused(client, tokens, app):
    data = zip_bomb()
    assert len(data) < 1024 * 1024
    r = post(client, tokens["admin"], "报告.docx", data)
    assert 400 <= r.status_code < 500 and r.status_code in (413, 422)
    assert "炸弹" in r.json()["message"] or "异常" in r.json()["message"]
    stored_nothing(app)


def test_pdf_named_docx_is_refused(client, tokens, app):
    r = post(client, tokens["admin"], "评价报告.docx", CLEAN_PDF.read_bytes())
    assert r.status_code == 415
    assert r.json()["error"] == "type_mismatch" and ".docx" in r.json()["message"] and "PDF" in r.json()["message"]
    stored_nothing(app)


@pytest.mark.parametrize("name", ["../../etc/passwd.pdf", "..\\..\\windows\\report.pdf", "/tmp/report.pdf",
                                  "reports/../../x.pdf", "..", "a\x00b.pdf", "C:report.pdf"])
def test_path_traversal_filename_is_refused(client, tokens, app, name):
    r = post(client, tokens["admin"], name, CLEAN_PDF.read_bytes())
    assert r.status_code == 422, r.text
    assert r.json()["error"] == "bad_filename" and "文件名不合法" in r.json()["message"]
    stored_nothing(app)


@pytest.mark.parametrize("name,content,status", [
    ("空文件.pdf", b"", 422), ("notes.txt", b"hello", 415), ("图片.pdf", b"\x89PNG\r\n\x1a\n" + b"0" * 100, 415),
    ("无扩展名", b"%PDF-1.7\n", 415), ("坏的.pdf", b"%PDF-1.7\nthis is not a pdf", 422)])
def test_other_bad_files(client, tokens, app, name, content, status):
    r = post(client, tokens["admin"], name, content)
    assert r.status_code == status, r.text
    assert r.json()["message"]
    stored_nothing(app)


def test_not_multipart_and_missing_field(client, tokens, app):
    assert client.post("/api/reports", headers=bearer(tokens["admin"]), content=b"%PDF-1.7").status_code == 422
    r = client.post("/api/reports", headers=bearer(tokens["admin"]), files={"other": ("a.pdf", b"%PDF-1.7")})
    assert r.status_code == 422 and "file" in r.json()["message"]
    stored_nothing(app)
