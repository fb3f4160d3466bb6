"""The 审查意见书 (python-docx): identity, summary, findings with page and quote, checklist, sign fields."""

from __future__ import annotations

import io

import docx

from reviewer.formatters.docx_opinion import render_docx
from reviewer.service import ReviewService
from reviewer.settings import load_settings
from tests.api.conftest import DEFECTS_PDF


def _text(data: bytes) -> str:
    d = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(
        c.text for t in d.tables for row in t.rows for c in row.cells)


def test_opinion_contains_everything(tmp_path):
    review = ReviewService(load_settings(str(tmp_path))).review_file(DEFECTS_PDF)
    review = review.model_copy(update={"checklist": [
        {"id": "X.1", "standard": "GB/T 36132-2025", "clause": "基本要求", "text": "依法设立", "mandatory": True,
         "status": "covered", "evidence": [{"page": 2, "quote": "依法设立"}]},
        {"requirement": "能源管理体系", "status": "missing", "evidence": []}]})
    text = _text(render_docx(review, reviewer="王审查", review_date="2026-11-25"))
    for needle in ("审查意见书", "厦门源昌汽车部件有限公司", "91350206MAARN11R5F", "厦门绿蓝节能环保咨询有限公司",
                   "总体风险", "问题清单", "条款覆盖清单", "GB/T 36132-2025", "能源管理体系", "缺失",
                   "审查人员（签字）：王审查", "审查日期：2026-11-25", "审查单位（盖章）"):
        assert needle in text, needle
    for f in review.findings:
        assert f.code in text
        for e in f.evidence[:3]:
            assert f"第{e.page}页" in text


def test_opinion_from_a_dict_with_no_findings(tmp_path):
    review = ReviewService(load_settings(str(tmp_path))).review_file(DEFECTS_PDF)
    d = review.model_copy(update={"findings": [], "checklist": None}).to_json_dict()
    text = _text(render_docx(d))
    assert "未发现问题" in text and "＿＿＿＿年＿＿月＿＿日" in text
