"""Corpus commands through the real command line: happy paths and bad input (exit 2,
bilingual message, never a traceback)."""

from __future__ import annotations

import csv
import io
import json
import os
import random
import subprocess
import sys
import zipfile

import pytest

from tests.corpus.helpers import agencies, copy_paragraphs, third_party, write

GREENREVIEW = [sys.executable, "-m", "reviewer.cli"]


def _run(args, home, **kw):
    env = {**os.environ, "GREENREVIEW_HOME": str(home)}
    return subprocess.run(GREENREVIEW + args, capture_output=True, text=True, env=env, timeout=300, **kw)


def _bad(proc, *words):
    assert proc.returncode == 2, (proc.returncode, proc.stdout[-500:], proc.stderr[-2000:])
    assert "Traceback" not in proc.stderr + proc.stdout
    for w in words:
        assert w in proc.stderr, f"{w!r} not in {proc.stderr}"


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    rng = random.Random(11)
    ags = agencies(rng, 2)
    src, dst, other = third_party(rng, ags[0]), third_party(rng, ags[0]), third_party(rng, ags[1])
    copy_paragraphs(src, dst, ["energy_text", "water_text", "waste_text"])
    folder = tmp_path_factory.mktemp("cli-in")
    return write({"a": src, "b": dst, "c": other}, folder)


def test_ingest_similar_agencies_and_review(reports, tmp_path):
    home = tmp_path / "home"
    z = tmp_path / "batch.zip"
    with zipfile.ZipFile(z, "w") as zf:
        zf.write(reports["c"], "报告/c.docx")
    p = _run(["ingest", str(reports["a"]), str(reports["b"]), str(z), "--home", str(home)], home)
    assert p.returncode == 0, p.stderr
    assert "3/3" in p.stderr and "FAB.TEXT_REUSE" in p.stderr and "新入库 3 份" in p.stderr
    p = _run(["ingest", str(reports["a"]), "--home", str(home)], home)
    assert p.returncode == 0 and "已存在 1 份" in p.stderr
    p = _run(["similar", str(reports["b"]), "--home", str(home), "--format", "json"], home)
    assert p.returncode == 0, p.stderr
    items = json.loads(p.stdout)
    assert items[0]["file"] == "a.docx" and items[0]["text_reuse"] and items[0]["passages"]
    assert all(it["file"] != "b.docx" for it in items)
    p = _run(["similar", str(reports["b"]), "--home", str(home)], home)
    assert "本报告 第" in p.stdout and "对方" in p.stdout
    # review against the corpus without storing; the stored copy of b is not compared with itself
    p = _run(["review", str(reports["b"]), "--home", str(home), "--format", "json", "--only", "FAB.TEXT_REUSE"], home)
    assert p.returncode == 0, p.stderr
    found = json.loads(p.stdout)["findings"]
    assert [f["related_report"]["file"] for f in found] == ["a.docx"]
    p = _run(["agencies", "--home", str(home), "--format", "csv"], home)
    rows = list(csv.DictReader(io.StringIO(p.stdout)))
    assert p.returncode == 0 and sum(int(r["报告数"]) for r in rows) == 3
    assert any(int(r["雷同报告对"]) >= 1 for r in rows)
    p = _run(["agencies", "--home", str(home), "--format", "json"], home)
    assert {r["agency"] for r in json.loads(p.stdout)} >= {r["机构"] for r in rows}
    name = rows[0]["机构"]
    p = _run(["agency", "ban", name, "--date", "2025-01-01", "--reason", "数据弄虚作假", "--home", str(home)], home)
    assert p.returncode == 0 and "2028-01-01" in p.stdout
    p = _run(["agency", "list", "--home", str(home)], home)
    assert "不予采信至 2028-01-01" in p.stdout
    p = _run(["agency", "show", name, "--home", str(home)], home)
    assert p.returncode == 0 and "数据弄虚作假" in p.stdout
    p = _run(["agency", "unban", name, "--home", str(home), "--note", "复议"], home)
    assert p.returncode == 0
    # review --save stores a new report
    new = tmp_path / "new.docx"
    new.write_bytes(reports["c"].read_bytes() + b"")  # same bytes: already stored
    p = _run(["review", str(new), "--home", str(home), "--save", "--only", "TPL.PLACEHOLDER"], home)
    assert p.returncode == 0 and "已在报告库" in p.stderr


def test_complaint_commands(tmp_path):
    home = tmp_path / "home"
    ev = tmp_path / "证据.pdf"
    ev.write_bytes(b"%PDF-1.4 evidence")
    p = _run(["complaint", "add", "--name", "李明", "--contact", "13900000000", "--target-type", "agency",
              "--target", "某认证公司", "--content", "数据造假", "--evidence", str(ev), "--home", str(home)], home)
    assert p.returncode == 0 and "#1" in p.stdout, p.stderr
    assert _run(["complaint", "update", "1", "--status", "verifying", "--home", str(home)], home).returncode == 0
    _bad(_run(["complaint", "update", "1", "--status", "substantiated", "--home", str(home)], home), "错误", "Error")
    p = _run(["complaint", "update", "1", "--status", "substantiated", "--note", "属实", "--action", "不予采信",
              "--home", str(home)], home)
    assert p.returncode == 0
    p = _run(["complaint", "show", "1", "--home", str(home)], home)
    assert "属实" in p.stdout and "证据.pdf" in p.stdout and "不予采信" in p.stdout
    p = _run(["complaint", "list", "--home", str(home), "--format", "json"], home)
    assert json.loads(p.stdout)[0]["status"] == "substantiated"
    _bad(_run(["complaint", "show", "9", "--home", str(home)], home), "投诉不存在")
    _bad(_run(["complaint", "add", "--name", " ", "--contact", "x", "--target-type", "unit", "--target", "t",
               "--content", "c", "--home", str(home)], home), "实名")


def test_bad_input_exits_2(tmp_path):
    home = tmp_path / "home"
    _bad(_run(["ingest", str(tmp_path / "missing.pdf"), "--home", str(home)], home), "文件不存在", "file not found")
    assert not home.exists()  # nothing created for nothing to ingest
    empty = tmp_path / "empty"
    empty.mkdir()
    _bad(_run(["ingest", str(empty), "--home", str(home)], home), "没有")
    txt = tmp_path / "a.txt"
    txt.write_text("not a report", encoding="utf-8")
    _bad(_run(["ingest", str(txt), "--home", str(home)], home), "Error")
    badzip = tmp_path / "bad.zip"
    badzip.write_bytes(b"PK\x03\x04 broken")
    _bad(_run(["ingest", str(badzip), "--home", str(home)], home), "压缩包")
    _bad(_run(["similar", str(txt), "--home", str(tmp_path / "nocorpus")], home), "报告库不存在")
    _bad(_run(["agencies", "--home", str(tmp_path / "nocorpus")], home), "报告库不存在")
    _bad(_run(["agency", "ban", "某机构", "--date", "2026/01/01", "--reason", "x", "--home", str(home)], home), "YYYY-MM-DD")
    _bad(_run(["agency", "unban", "某机构", "--home", str(home)], home), "没有生效")
    p = _run(["agency", "ban", "某机构", "--reason", "x", "--home", str(home)], home)
    assert p.returncode == 2 and "Traceback" not in p.stderr  # click usage error


def test_parallel_batch_reports_bad_files_and_stores_the_rest(reports, tmp_path):
    """Worker processes parse: a corrupt PDF and a text file named .docx fail with their own
    messages, the good reports are stored, the exit code is 2, no traceback."""
    home = tmp_path / "home"
    corrupt = tmp_path / "corrupt.pdf"
    corrupt.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    fake = tmp_path / "fake.docx"
    fake.write_text("这不是一份报告", encoding="utf-8")
    p = _run(["ingest", str(reports["a"]), str(corrupt), str(fake), str(reports["c"]), "-j", "2", "--home", str(home)], home)
    assert p.returncode == 2 and "Traceback" not in p.stderr, p.stderr
    assert "新入库 2 份" in p.stderr and "失败 2 份" in p.stderr
    assert "corrupt.pdf" in p.stderr and "fake.docx" in p.stderr and "Error:" in p.stderr
