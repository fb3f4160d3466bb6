"""SIGKILL during a batch ingest: the store opens cleanly, completed reports are intact,
nothing of the interrupted report is visible, and re-running completes the rest."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time

import psutil
import pytest

from reviewer.corpus import Store
from reviewer.corpus.reuse import index_report, ingest_document
from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.corpus.helpers import agencies, third_party, write
from tests.minireport import build
from tests.rules.cases import base_markup

N = 10


def _count(db_path) -> int:
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _ingest(folder, home):
    env = {**os.environ, "GREENREVIEW_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "reviewer.cli", "ingest", str(folder), "--home", str(home), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def _check_consistent(store: Store) -> set[str]:
    assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    ids = {r["id"] for r in store.reports()}
    for rid in ids:
        row = store.report(rid)
        assert store.file_path(row["stored_path"]).is_file()
        assert store.latest_review(rid) is not None, "report stored without its review"
        assert store.db.execute("SELECT COUNT(*) FROM passages WHERE report_id=?", (rid,)).fetchone()[0] > 0
        assert store.db.execute("SELECT 1 FROM report_digits WHERE report_id=?", (rid,)).fetchone()
    return ids


@pytest.mark.slow
def test_sigkill_during_batch_ingest(tmp_path):
    rng = random.Random(7)
    ags = agencies(rng, 4)
    write({f"r{i:02d}": third_party(rng, ags[i % 4]) for i in range(N)}, tmp_path / "in")
    home = tmp_path / "home"
    proc = _ingest(tmp_path / "in", home)
    deadline = time.time() + 240
    while _count(home / "corpus.sqlite3") < 3 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.02)
    helpers = psutil.Process(proc.pid).children(recursive=True)  # forkserver and ingest workers
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "the batch finished before it could be killed"
    assert helpers, "the batch ran without worker processes"
    _gone, alive = psutil.wait_procs(helpers, timeout=20)
    assert not alive, f"worker processes outlived the killed batch: {alive}"
    store = Store(home)  # opens cleanly (WAL recovery)
    done = _check_consistent(store)
    assert 3 <= len(done) < N
    # no leftover temporary files from an interrupted atomic write are taken for reports
    store.db.close()
    proc = _ingest(tmp_path / "in", home)
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err.decode()[-2000:]
    store = Store(home)
    final = _check_consistent(store)
    assert done <= final and len(final) == N
    assert "已存在 %d 份" % len(done) in err.decode()


def test_interrupted_index_is_invisible_and_replaced(tmp_path):
    """A crash between the index transaction and the report row leaves index rows no query sees."""
    store = Store(tmp_path)
    svc = ReviewService(Settings(home=str(tmp_path)), corpus=store)
    markup = base_markup("factory_tp_2026")
    doc = build(markup)
    facts = svc.facts(doc)
    rid = doc.sha256
    index_report(store, rid, doc, facts)  # ... and then the process died
    assert store.reports() == []
    other = markup.replace("厦门绿源电子科技有限公司", "厦门蓝海精密制造有限公司").replace("91350211MA2Y3K5L16", "91350206MA31P8QK4X")
    review = svc.review_document(build(other), only=["FAB.TEXT_REUSE", "FAB.DATA_REUSE"])
    assert not review.findings  # the orphan index is not a report
    before = [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("passages", "passage_bands")]
    ingest_document(store, markup.encode(), doc, facts)  # re-run: the leftovers are replaced, not doubled
    assert [store.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in ("passages", "passage_bands")] == before
    assert [r["id"] for r in store.reports()] == [rid]
    review = svc.review_document(build(other), only=["FAB.TEXT_REUSE"])
    assert review.findings and review.findings[0].related_report.id == rid
