"""Reuse detection on small generated corpora: true positives with quotes and pages on both
sides, no flags between reports sharing only template, standard and agency wording."""

from __future__ import annotations

import random

import pytest

from reviewer.corpus import Store
from reviewer.corpus.batch import ingest_one
from reviewer.corpus.similar import similar_reports
from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.corpus.helpers import agencies, copy_paragraphs, copy_table, third_party, write

CODES = {"FAB.TEXT_REUSE", "FAB.DATA_REUSE", "AGENCY.INDEPENDENCE"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    rng = random.Random(61)
    ags = agencies(rng, 4)
    reports = {f"clean{i}": third_party(rng, ags[i % 4]) for i in range(8)}
    src = reports["clean1"]
    t = third_party(rng, ags[1])  # same agency as the source
    copy_paragraphs(src, t, ["energy_text", "water_text"])
    reports["textcopy"] = t
    d = third_party(rng, ags[2])
    copy_table(src, d, "energy_table")
    reports["datacopy"] = d
    home = tmp_path_factory.mktemp("reuse-home")
    files = write(reports, home / "in")
    store = Store(home)
    service = ReviewService(Settings(home=str(home)), corpus=store)
    ids, at_ingest = {}, {}
    for key, path in files.items():
        res = ingest_one(service, store, path.read_bytes(), path.name)
        ids[key] = res["id"]
        at_ingest[key] = [f for f in res["review"].findings if f.code in CODES]
    return store, service, ids, at_ingest, files


def _review(service, store, ids, key):
    row = store.report(ids[key])
    doc = service.ingest(store.file_path(row["stored_path"]), filename=row["file_name"])
    return [f for f in service.review_document(doc, only=sorted(CODES)).findings]


def test_copied_paragraphs_are_caught_with_both_quotes(corpus):
    store, service, ids, at_ingest, _ = corpus
    hits = [f for f in at_ingest["textcopy"] if f.code == "FAB.TEXT_REUSE"]
    assert hits and hits[0].related_report.id == ids["clean1"]
    f = hits[0]
    assert f.evidence and f.related_report.evidence
    assert all(e.page >= 1 and e.quote for e in f.evidence + f.related_report.evidence)
    # and from the other side, reviewing the source against the corpus later
    back = [f for f in _review(service, store, ids, "clean1") if f.code == "FAB.TEXT_REUSE"]
    assert {f.related_report.id for f in back} == {ids["textcopy"]}


def test_copied_table_is_caught(corpus):
    store, service, ids, at_ingest, _ = corpus
    hits = [f for f in at_ingest["datacopy"] if f.code == "FAB.DATA_REUSE"]
    assert [f.related_report.id for f in hits] == [ids["clean1"]]
    assert hits[0].evidence[0].quote in hits[0].related_report.evidence[0].quote


def test_no_flags_between_clean_reports(corpus):
    store, service, ids, at_ingest, _ = corpus
    for i in range(8):
        key = f"clean{i}"
        found = at_ingest[key] + _review(service, store, ids, key)
        related = {f.related_report.id for f in found if f.related_report}
        allowed = {ids["textcopy"], ids["datacopy"]} if key == "clean1" else set()
        assert related <= allowed, (key, [(f.code, f.message) for f in found])


def test_similar_reports_lists_the_copy_first(corpus):
    store, service, ids, _, _ = corpus
    items = similar_reports(store, ids["textcopy"])
    assert items[0]["report_id"] == ids["clean1"] and items[0]["text_reuse"]
    p = items[0]["passages"][0]
    assert p["this"]["quote"] and p["other"]["quote"] and p["this"]["page"] >= 1 and p["other"]["page"] >= 1
    assert all(it["report_id"] != ids["textcopy"] for it in items)  # never itself


def test_reingest_is_a_noop(corpus):
    store, service, ids, _, files = corpus
    n = len(store.reports())
    passages = store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    res = ingest_one(service, store, files["clean0"].read_bytes(), "clean0.docx")
    assert res["status"] == "exists"
    assert len(store.reports()) == n
    assert store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0] == passages


def test_delete_report_drops_its_index(corpus, tmp_path):
    store, service, ids, _, files = corpus
    other = Store(tmp_path)
    svc = ReviewService(Settings(home=str(tmp_path)), corpus=other)
    for key in ("clean1", "textcopy"):
        ingest_one(svc, other, files[key].read_bytes(), f"{key}.docx")
    other.delete_report(ids["textcopy"])
    assert other.db.execute("SELECT COUNT(*) FROM passages WHERE report_id=?", (ids["textcopy"],)).fetchone()[0] == 0
    assert other.db.execute("SELECT COUNT(*) FROM passage_bands pb LEFT JOIN passages p ON p.id = pb.pid "
                            "WHERE p.id IS NULL").fetchone()[0] == 0  # no band rows left behind
    assert similar_reports(other, ids["clean1"]) == []


def _codes_and_related(findings) -> list[tuple]:
    return sorted((f.code, f.related_report.file if f.related_report else None) for f in findings if f.code in CODES)


def test_parallel_batch_finds_what_a_serial_one_does(corpus, tmp_path):
    """Worker processes draft, this process checks against the corpus and writes, in input
    order: the same findings as the serial ingest of the module fixture (which stored the
    reports in the same order)."""
    from reviewer.corpus.batch import Item, run

    _store, _service, _ids, at_ingest, files = corpus
    store = Store(tmp_path)
    service = ReviewService(Settings(home=str(tmp_path)), corpus=store)
    items = [Item(str(p), p.name, p.read_bytes) for p in files.values()]
    results = list(run(service, store, items, actor="test", workers=2))
    assert [r["status"] for r in results] == ["stored"] * len(files)
    for key, res in zip(files, results):
        assert _codes_and_related(res["review"].findings) == _codes_and_related(at_ingest[key]), key
    # rows indexed before schema 4 (no stored normalised text) are normalised when read
    before = _codes_and_related(_review(service, store, {k: r["id"] for k, r in zip(files, results)}, "textcopy"))
    store.db.execute("UPDATE passages SET norm = NULL, nums = NULL")
    store.db.commit()
    after = _codes_and_related(_review(service, store, {k: r["id"] for k, r in zip(files, results)}, "textcopy"))
    assert after == before and ("FAB.TEXT_REUSE", files["clean1"].name) in after
