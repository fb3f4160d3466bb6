"""Retrieval: chunks keep their place, hybrid search, coverage grades, cited answers, the Chroma
index (idempotent, deletable, persistent, offline) and a Chroma server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from reviewer.retrieval.chunks import chunk_document
from reviewer.retrieval.session import document_index
from reviewer.service import ReviewService
from reviewer.settings import Settings, load_settings
from tests.minireport import build
from tests.rules.cases import base_markup

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


@pytest.fixture(scope="module")
def base_doc():
    return build(base_markup("factory_tp_2026"))


@pytest.fixture(scope="module")
def service():
    return ReviewService(Settings(home="/nonexistent-greenreview-home"))


def test_chunks_keep_page_section_and_table_header(base_doc):
    chunks = chunk_document(base_doc, size=120, overlap=30)
    assert all(c.blocks and c.page >= 1 for c in chunks)
    table = next(c for c in chunks if c.kind == "table" and "工业总产值" in c.text)
    assert "指标\t单位\t2023年" in table.text  # header repeated with its rows
    assert table.section.endswith("能源低碳化")
    for c in chunks:
        if c.kind == "text":
            assert all(s in base_doc.text for s in c.text.split("\n")), "text chunks are verbatim report text"


def test_hybrid_search_ranks_the_answer_first(base_doc, service):
    index = document_index(base_doc, service.catalog, service.settings)
    hits = index.search("工业用水重复利用率是多少", k=3)
    assert "重复利用率70.0%" in hits[0].chunk.text
    assert isinstance(index.search("XYZ", k=3, mode="bm25"), list)  # unknown words: no crash


def test_coverage_grades(base_doc, service):
    review = service.review_document(base_doc)
    status = {c["id"]: c for c in review.checklist}
    assert status["F25.RESOURCE.WATER_REUSE"]["status"] == "covered"
    assert status["F25.RESOURCE.WATER_REUSE"]["evidence"][0]["page"] == 6  # 三、评价内容 starts on page 6
    assert status["F25.PRODUCT.CARBON_FOOTPRINT"]["status"] == "weak"
    assert status["F25.ENERGY.CARBON_PLATFORM"]["status"] == "missing"
    assert review.summary.coverage.requirements == len(review.checklist)
    for item in review.checklist:
        for e in item["evidence"]:
            assert e["quote"] in base_doc.text


def test_ask_quotes_are_verbatim_with_pages(base_doc, service):
    result = service.ask(base_doc, "近三年单位产值综合能耗分别是多少？")
    assert {f["year"] for f in result["facts"]} >= {2023, 2024, 2025}
    assert "40.06" in result["answer"] and "36.53" in result["answer"]
    assert result["passages"]
    for p in result["passages"]:
        block = base_doc.blocks[p["block"]]
        assert p["quote"] in block.text and p["page"] == block.page


def test_ask_cli_json_and_bad_question(tmp_path):
    env = {**os.environ, "GREENREVIEW_HOME": str(tmp_path / "home")}
    f = FIX / "factory_tp_clean.pdf"
    proc = subprocess.run([sys.executable, "-m", "reviewer.cli", "ask", str(f), "是否通过能源管理体系认证？", "--format", "json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert '"passages"' in proc.stdout
    proc = subprocess.run([sys.executable, "-m", "reviewer.cli", "ask", str(f), "   "], capture_output=True, text=True,
                          env=env, timeout=120)
    assert proc.returncode == 2 and "问题不能为空" in proc.stderr and "Traceback" not in proc.stderr


def _guard_network(monkeypatch):
    real = socket.socket.connect

    def connect(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("/"):
            raise AssertionError(f"network access attempted: {address}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


def test_chroma_index_is_idempotent_deletable_persistent_and_offline(tmp_path, base_doc, monkeypatch):
    _guard_network(monkeypatch)
    from reviewer.retrieval.chroma_index import ChromaIndex

    s = Settings(home=str(tmp_path))
    svc = ReviewService(s)
    facts = svc.facts(base_doc)
    n = svc.index_document(base_doc, facts)
    assert n > 5
    svc.index_document(base_doc, facts)  # a second review of the same file
    assert ChromaIndex(s).count(base_doc.sha256) == n
    hits = ChromaIndex(s).query("光伏发电量占总用电量", k=3)  # a new client: reopened from disk
    assert hits and hits[0]["meta"]["report_id"] == base_doc.sha256
    svc.delete_indexed(base_doc.sha256)
    assert ChromaIndex(s).count(base_doc.sha256) == 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_chroma_server_mode(tmp_path, base_doc):
    exe = shutil.which("chroma") or str(Path(sys.executable).with_name("chroma"))
    if not Path(exe).exists():
        pytest.skip("chroma CLI not installed")
    port = _free_port()
    log = open(tmp_path / "chroma.log", "wb")
    proc = subprocess.Popen([exe, "run", "--path", str(tmp_path / "srv"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.2)
        else:
            pytest.fail("chroma server did not start")
        s = load_settings(str(tmp_path / "home"), {"retrieval.chroma_url": f"http://127.0.0.1:{port}"})
        svc = ReviewService(s)
        n = svc.index_document(base_doc, svc.facts(base_doc))
        from reviewer.retrieval.chroma_index import ChromaIndex

        assert ChromaIndex(s).count(base_doc.sha256) == n
        assert not (tmp_path / "home" / "chroma").exists()  # nothing embedded when a server is configured
    finally:
        proc.terminate()
        proc.wait(timeout=10)
