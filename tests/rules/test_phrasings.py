"""Phrasing sets: many ways a report may state (pos) or deny / merely mention (neg) a condition.

tests/rules/phrasings/<name>.yaml has ``code``, ``pos`` and ``neg`` sentences (``pos_known_miss`` and
``neg_known_fp`` for known limitations) and optionally a
``template`` markup with ``{s}``, or a ``replace`` text of the base report that each sentence
replaces (after the ``template_replace`` pairs that set the scene); without either, each sentence is inserted after the profile paragraph of the
base report. The base is ``factory_tp_2026`` unless the set names another (``base``, e.g. ``park_tp_2026``). Each sentence is one review restricted to
``code``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.minireport import build
from tests.rules.cases import base_markup

SERVICE = ReviewService(Settings(home="/nonexistent-greenreview-home"))
ANCHOR = "2025年工业总产值52,000万元。"
# the paragraph after which a sentence is inserted, per base report (tests/rules/bases/<base>.md)
ANCHORS = {"factory_tp_2026": ANCHOR, "park_tp_2026": "2025年园区实现工业增加值205,000万元。"}
SETS = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted((Path(__file__).parent / "phrasings").glob("*.yaml"))}
CASES = [(name, want, s) for name, d in SETS.items() for want, key in ((True, "pos"), (False, "neg")) for s in d.get(key, [])]
# Phrasings the rules do not handle yet, kept as strict expected failures: a fix turns them into passes
# that must then move to pos/neg (see docs/evaluation.md, known limitations).
KNOWN = [(name, want, s) for name, d in SETS.items() for want, key in ((True, "pos_known_miss"), (False, "neg_known_fp"))
         for s in d.get(key, [])]


def _codes(data: dict, sentence: str) -> set[str]:
    if data.get("template"):
        text = data["template"].replace("{s}", sentence)
    elif data.get("replace"):
        base = base_markup(data.get("base", "factory_tp_2026"))
        for old, new in data.get("template_replace", []):  # set the scene first (e.g. basic requirements unmet)
            assert old in base
            base = base.replace(old, new)
        assert data["replace"] in base
        text = base.replace(data["replace"], sentence, 1)
    else:
        name = data.get("base", "factory_tp_2026")
        base, anchor = base_markup(name), ANCHORS[name]
        assert anchor in base
        text = base.replace(anchor, anchor + "\n" + sentence, 1)
    review = SERVICE.review_document(build(text), only=[data["code"]])
    return {f.code for f in review.findings if f.severity in ("high", "medium", "low")}


@pytest.mark.parametrize("name,want,sentence", CASES, ids=[f"{n}-{'pos' if w else 'neg'}-{i}" for i, (n, w, _s) in enumerate(CASES)])
def test_phrasing(name, want, sentence):
    code = SETS[name]["code"]
    assert (code in _codes(SETS[name], sentence)) is want, f"{code} {'missed' if want else 'raised'}: {sentence}"


@pytest.mark.xfail(strict=True, reason="a known limitation of the rules (listed in the phrasing set)")
@pytest.mark.parametrize("name,want,sentence", KNOWN, ids=[f"{n}-known-{i}" for i, (n, _w, _s) in enumerate(KNOWN)])
def test_known_limitation(name, want, sentence):
    code = SETS[name]["code"]
    assert (code in _codes(SETS[name], sentence)) is want, f"{code} {'missed' if want else 'raised'}: {sentence}"


def test_every_set_has_both_sides():
    for name, d in SETS.items():
        assert d.get("pos") and d.get("neg"), name


@pytest.mark.parametrize("name", sorted(ANCHORS))
def test_base_report_alone_raises_no_high_or_medium_finding(name):
    """A base report must be clean, or a phrasing set on it would measure the base instead of its sentences."""
    review = SERVICE.review_document(build(base_markup(name)))
    assert [(f.code, f.message) for f in review.findings if f.severity in ("high", "medium")] == []
