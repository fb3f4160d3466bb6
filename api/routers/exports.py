"""The latest review of a report and its exports: review@1 JSON, the Word opinion, Markdown, printable HTML."""

from __future__ import annotations

import json
import re
from datetime import date

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from api.auth import STAFF, User, get_report
from api.deps import current_user
from api.routers.common import AUTH_ERRORS, attachment_headers, report_comments, app_context
from reviewer.errors import GreenreviewError

router = APIRouter(prefix="/api")


def _review_json(ctx, user: User, report_id: str, action: str) -> tuple[object, str]:
    row = get_report(ctx.store, user, report_id, action)
    rev = ctx.store.db.execute("SELECT review_json FROM reviews WHERE report_id=? ORDER BY id DESC LIMIT 1",
                               (report_id,)).fetchone()
    if rev is None:
        raise GreenreviewError("该报告尚未审查，请先开始审查。", "this report has not been reviewed yet.",
                               code="no_review", http_status=404)
    return row, rev[0]


def _stem(row) -> str:
    name = row["file_name"].rsplit(".", 1)[0]
    return re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", name)[:80] or row["id"][:12]


@router.get("/reports/{report_id}/review", tags=["报告"], summary="最新审查结果（review@1 JSON）",
            responses=AUTH_ERRORS)
def get_review(report_id: str, request: Request, user: User = Depends(current_user)):
    _, raw = _review_json(app_context(request), user, report_id, "review.read")
    return Response(raw, media_type="application/json")


@router.get("/reports/{report_id}/review.docx", tags=["报告"], summary="导出审查意见书（Word）",
            response_class=Response, responses={**AUTH_ERRORS, 200: {"content": {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}}}})
def review_docx(report_id: str, request: Request, user: User = Depends(current_user),
                reviewer: str | None = Query(None, max_length=40, description="审查人员姓名（默认为当前用户）")):
    from reviewer.formatters.docx_opinion import render_docx

    ctx = app_context(request)
    row, raw = _review_json(ctx, user, report_id, "review.export_docx")
    comments = report_comments(ctx, report_id) if user.role in STAFF else None
    data = render_docx(json.loads(raw), reviewer=reviewer or (user.name if user.role in STAFF else None),
                       review_date=date.today().isoformat(), comments=comments)
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers=attachment_headers(f"{_stem(row)}-审查意见书.docx"))


@router.get("/reports/{report_id}/review.md", tags=["报告"], summary="导出审查结果（Markdown）",
            response_class=PlainTextResponse, responses=AUTH_ERRORS)
def review_md(report_id: str, request: Request, user: User = Depends(current_user)):
    from reviewer.findings import Review
    from reviewer.formatters import render

    from reviewer.formatters.docx_opinion import requirement_label

    row, raw = _review_json(app_context(request), user, report_id, "review.export_md")
    data = json.loads(raw)
    for item in data.get("checklist") or []:  # the md formatter reads item["requirement"]
        item.setdefault("requirement", requirement_label(item).replace("\n", " "))
    text = render(Review.model_validate(data), "md")
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8",
                             headers=attachment_headers(f"{_stem(row)}-审查结果.md"))


@router.get("/reports/{report_id}/review.html", tags=["报告"], summary="导出审查结果（HTML，可打印）",
            response_class=HTMLResponse, responses=AUTH_ERRORS)
def review_html(report_id: str, request: Request, user: User = Depends(current_user)):
    from reviewer.findings import Review
    from reviewer.formatters.labels import KIND_LABELS, RISK_LABELS, SEVERITY_LABELS, TYPE_LABELS

    ctx = app_context(request)
    row, raw = _review_json(ctx, user, report_id, "review.export_html")
    review = Review.model_validate(json.loads(raw))
    return ctx.templates.TemplateResponse(request, "review_export.html", {
        "review": review, "sev": SEVERITY_LABELS, "risk": RISK_LABELS, "types": TYPE_LABELS, "kinds": KIND_LABELS,
        "today": date.today().isoformat()})
