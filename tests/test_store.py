"""Corpus store basics: migrations, idempotent ingest, atomic files, append-only audit."""

from __future__ import annotations

import sqlite3

import pytest

from reviewer.corpus import Store
from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.minireport import build
from tests.rules.cases import base_markup


def _doc_facts_review():
    svc = ReviewService(Settings(home="/nonexistent"))
    doc = build(base_markup("factory_tp_2026"))
    return doc, svc.facts(doc), svc.review_document(doc)


def test_report_is_stored_once_and_reviews_accumulate(tmp_path):
    store = Store(tmp_path)
    doc, facts, review = _doc_facts_review()
    rid, created = store.add_report(b"%PDF-fake report bytes", doc, facts, review)
    rid2, created2 = store.add_report(b"%PDF-fake report bytes", doc, facts, review)
    assert rid == rid2 and created and not created2
    assert len(store.reports()) == 1
    row = store.report(rid)
    assert row["entity"] == "厦门绿源电子科技有限公司" and row["report_year"] == 2026
    assert store.file_path(row["stored_path"]).read_bytes() == b"%PDF-fake report bytes"
    assert store.latest_review(rid)["report"]["uscc"] == "91350211MA2Y3K5L16"
    assert store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 2


def test_failed_write_leaves_nothing(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(RuntimeError):
        with store.write() as db:
            db.execute("INSERT INTO audit (at, actor, action) VALUES ('x', 'y', 'z')")
            raise RuntimeError("crash mid-transaction")
    assert store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0


def test_audit_log_is_append_only(tmp_path):
    store = Store(tmp_path)
    store.audit("cli", "test.action", "t", {"k": 1})
    with pytest.raises(sqlite3.DatabaseError):
        with store.write() as db:
            db.execute("DELETE FROM audit")
    with pytest.raises(sqlite3.DatabaseError):
        with store.write() as db:
            db.execute("UPDATE audit SET actor='x'")
    assert store.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 1


def test_migrations_are_applied_once(tmp_path):
    v = Store(tmp_path).schema_version()
    assert v >= 1 and Store(tmp_path).schema_version() == v


def test_delete_report_cascades_reviews(tmp_path):
    store = Store(tmp_path)
    doc, facts, review = _doc_facts_review()
    rid, _ = store.add_report(b"bytes", doc, facts, review)
    store.delete_report(rid)
    assert not store.reports() and store.db.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 0
