"""Every finding code has a fixture that triggers it and one that must not (ruff/bandit style)."""

from __future__ import annotations

import pytest

from reviewer.rules.registry import load_all
from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.rules.cases import case_document, load_cases

CASES = load_cases()
SERVICE = ReviewService(Settings(home="/nonexistent-greenreview-home"))


def _review(case: dict, code: str):
    doc = case_document(case)
    if "corpus" in case or "bans" in case:
        return _review_with_corpus(case, code, doc)
    service = SERVICE
    if case.get("settings"):  # dotted keys, e.g. {"retrieval.requirements_only": [...]}
        from reviewer.settings import load_settings

        service = ReviewService(load_settings("/nonexistent-greenreview-home", case["settings"]))
    return service.review_document(doc, type_hint=case.get("type"), kind_hint=case.get("kind"), only=[code])


def _review_with_corpus(case: dict, code: str, doc):
    """Corpus checks: store the case's ``corpus`` reports and ``bans`` in a temporary store first."""
    import tempfile

    from reviewer.corpus import Store
    from reviewer.corpus.agencies import ban
    from reviewer.corpus.reuse import ingest_document
    from reviewer.settings import load_settings
    from tests.rules.cases import corpus_entries

    with tempfile.TemporaryDirectory(prefix="greenreview-case-") as home:
        settings = load_settings(home, case.get("settings") or {})
        store = Store(home)
        plain = ReviewService(settings)
        for markup, cdoc in corpus_entries(case):
            ingest_document(store, markup.encode("utf-8"), cdoc, plain.facts(cdoc))
        for b in case.get("bans") or []:
            ban(store, b["agency"], b["date"], b.get("reason", "弄虚作假"), years=b.get("years", 3))
        service = ReviewService(settings, corpus=store)
        return service.review_document(doc, type_hint=case.get("type"), kind_hint=case.get("kind"), only=[code])


def test_every_code_has_trigger_and_clean_fixture():
    codes = {c.code for c in load_all().active()}
    missing = sorted(c for c in codes if c not in CASES or not CASES[c].get("trigger") or not CASES[c].get("clean"))
    assert not missing, f"codes without both a trigger and a clean fixture: {missing}"


def _params(kind: str):
    for code, data in sorted(CASES.items()):
        for i, case in enumerate(data.get(kind) or []):
            yield pytest.param(code, case, id=f"{code}-{kind}{i}")


@pytest.mark.parametrize("code,case", list(_params("trigger")))
def test_trigger_fixture_yields_code(code, case):
    review = _review(case, code)
    hits = [f for f in review.findings if f.code == code and f.severity != "info"]
    assert hits, f"{code} not raised; findings: {[(f.code, f.message) for f in review.findings]}"
    for f in hits:
        assert f.evidence or f.searched, f"{code} finding has neither evidence nor what was searched"
        if case.get("quote"):
            assert any(case["quote"] in e.quote for f in hits for e in f.evidence), \
                f"expected quote {case['quote']!r} in evidence of {code}: {[e.quote for f in hits for e in f.evidence]}"


@pytest.mark.parametrize("code,case", list(_params("clean")))
def test_clean_fixture_does_not_yield_code(code, case):
    review = _review(case, code)
    assert not [f for f in review.findings if f.code == code], \
        f"{code} raised on clean fixture: {[(f.message, [e.quote for e in f.evidence]) for f in review.findings if f.code == code]}"


def test_clean_base_reports_have_no_findings_at_all():
    from tests.rules.cases import BASES, base_markup
    from tests.minireport import build

    for path in sorted(BASES.glob("*.md")):
        review = SERVICE.review_document(build(base_markup(path.stem)))
        # requirement coverage (source "retrieval") is judged against whole catalogs: its own fixtures test it
        bad = [(f.code, f.message) for f in review.findings
               if f.severity in ("high", "medium", "low") and f.source == "rule"]
        assert not bad, f"{path.name}: {bad}"
