"""The review@1 contract: the project's spec copy, the JSON Schema, and what the code emits."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from reviewer.rules.registry import load_all
from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.minireport import build
from tests.rules.cases import base_markup

ROOT = Path(__file__).resolve().parents[1]
DOC_SPEC = ROOT / "docs" / "review-output.md"
SHARED_SPEC = ROOT.parent / "shared" / "spec" / "review-output.md"
SCHEMA = json.loads((ROOT / "docs" / "review.schema.json").read_text(encoding="utf-8"))
_CODE_ROW = re.compile(r"^\| `([A-Z]+\.[A-Z_]+)` \|", re.M)


def _codes(path: Path) -> set[str]:
    return set(_CODE_ROW.findall(path.read_text(encoding="utf-8")))


@pytest.mark.skipif(not SHARED_SPEC.exists(), reason="shared/ not beside the checkout")
def test_project_spec_copy_keeps_every_contract_code():
    missing = _codes(SHARED_SPEC) - _codes(DOC_SPEC)
    assert not missing, f"docs/review-output.md lost codes of the contract: {sorted(missing)}"


def test_every_registered_code_is_documented():
    documented = _codes(DOC_SPEC)
    undocumented = sorted(c.code for c in load_all().active() if c.code not in documented)
    assert not undocumented, f"codes emitted but not in docs/review-output.md: {undocumented}"
    assert "TOOL.CHECK_ERROR" in documented


def test_every_check_docstring_has_the_three_headings():
    for spec in load_all().active():
        sections = spec.sections()
        for head in ("检查内容", "为何重要", "示例"):
            assert sections.get(head), f"{spec.code} ({spec.name}) docstring lacks a non-empty '{head}' section"


def test_review_of_clean_base_validates_against_schema():
    service = ReviewService(Settings(home="/nonexistent"))
    review = service.review_document(build(base_markup("factory_tp_2026"), source="base.docx"))
    data = json.loads(json.dumps(review.to_json_dict()))
    jsonschema.validate(data, SCHEMA)
    assert data["report"]["type"] == "factory"
    assert data["report"]["kind"] == "third_party"
    assert data["report"]["uscc"] == "91350211MA2Y3K5L16"
    assert data["report"]["entity"] == "厦门绿源电子科技有限公司"
    assert data["report"]["agency"] == "厦门中衡绿色认证有限公司"
    assert data["report"]["report_date"] == "2026-03-20"
    assert data["report"]["regime"] == "2026"


def test_schema_rejects_a_finding_without_evidence_field():
    bad = {"schema": "review@1", "tool": {"name": "greenreview", "version": "x", "rules": "y"},
           "report": {"id": "0" * 64, "file": "a.pdf", "pages": 1},
           "summary": {"risk": "low", "counts": {"high": 0, "medium": 0, "low": 0, "info": 0}},
           "findings": [{"code": "NUM.SUM", "severity": "high", "title": "t", "message": "m", "source": "rule"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, SCHEMA)
