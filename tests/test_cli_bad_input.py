"""Bad input through the real command line: exit code 2, a bilingual message, never a traceback,
and nothing half-written in the home directory."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

GREENREVIEW = [sys.executable, "-m", "reviewer.cli"]


def _run(args, home: Path, **kw):
    env = {**os.environ, "GREENREVIEW_HOME": str(home)}
    return subprocess.run(GREENREVIEW + args, capture_output=True, text=True, env=env, timeout=120, **kw)


def _assert_clean_failure(proc, *words):
    assert proc.returncode == 2, (proc.returncode, proc.stdout[-500:], proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    assert "错误" in proc.stderr and "Error" in proc.stderr
    for w in words:
        assert w in proc.stderr, f"{w!r} not in: {proc.stderr}"


def _home_untouched(home: Path):
    leftovers = [p for p in home.rglob("*") if p.is_file()] if home.exists() else []
    assert not leftovers, f"files left in home: {leftovers}"


def _zip_bomb(path: Path, mb: int = 300):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            chunk = b"<w:t>" + b"A" * (1 << 20) + b"</w:t>"
            for _ in range(mb):
                f.write(chunk)


@pytest.mark.parametrize(
    "name,content,words",
    [
        ("empty.pdf", b"", ["空"]),
        ("notes.docx", b"just some plain text, not a report\n" * 10, []),
        ("truncated.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", []),
        ("broken.docx", b"PK\x03\x04" + b"\x00" * 64, []),
    ],
)
def test_bad_files_exit_2_with_message(tmp_path, name, content, words):
    f = tmp_path / name
    f.write_bytes(content)
    home = tmp_path / "home"
    _assert_clean_failure(_run(["review", str(f)], home), *words)
    _home_untouched(home)


def test_missing_file_and_directory(tmp_path):
    home = tmp_path / "home"
    _assert_clean_failure(_run(["review", str(tmp_path / "nope.pdf")], home), "不存在")
    _assert_clean_failure(_run(["review", str(tmp_path)], home), "目录")


def test_zip_bomb_is_refused_before_extraction(tmp_path):
    bomb = tmp_path / "bomb.docx"
    _zip_bomb(bomb)
    assert bomb.stat().st_size < 5 * 1024 * 1024
    proc = _run(["review", str(bomb)], tmp_path / "home")
    _assert_clean_failure(proc)


def test_file_over_size_limit(tmp_path):
    big = tmp_path / "big.pdf"
    with open(big, "wb") as f:
        f.write(b"%PDF-1.7\n")
        f.seek(3 * 1024 * 1024)
        f.write(b"\n%%EOF\n")
    env_home = tmp_path / "home"
    env_home.mkdir()
    (env_home / "settings.yaml").write_text("ingest:\n  max_file_mb: 1\n", encoding="utf-8")
    proc = _run(["review", str(big)], env_home)
    _assert_clean_failure(proc, "MB")


def test_unknown_check_code_in_explain(tmp_path):
    proc = _run(["explain", "NOPE.NOTHING"], tmp_path / "home")
    _assert_clean_failure(proc, "NOPE.NOTHING")


def test_encrypted_scanned_garbled_and_legacy_files(tmp_path):
    from tests.ingest.makers import encrypted_pdf, garbled_pdf, pdf_report, scanned_pdf

    home = tmp_path / "home"
    cases = [
        (encrypted_pdf(pdf_report(tmp_path / "r.pdf", pages=1), tmp_path / "enc.pdf"), "加密"),
        (scanned_pdf(tmp_path / "scan.pdf"), "扫描件"),
        (garbled_pdf(tmp_path / "garbled.pdf"), "乱码"),
    ]
    legacy = tmp_path / "old.doc"
    legacy.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096)
    cases.append((legacy, "docx"))
    for path, word in cases:
        _assert_clean_failure(_run(["review", str(path)], home), word)
    _home_untouched(home)
