"""Agencies, bans, complaints and the supervisor dashboard.

The corpus functions live in ``reviewer.corpus.agencies`` / ``complaints``; they are imported
lazily and a missing module answers 501 with a Chinese message.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date as Date

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from api.auth import SUPERVISORS, User, get_report
from api.deps import current_user, require
from api.routers.common import ERR, app_context

router = APIRouter(prefix="/api", tags=["语料与机构"])
SUP_ERRORS = {401: ERR, 403: ERR, 501: ERR}


def _missing(what: str, en: str) -> JSONResponse:
    return JSONResponse({"error": "not_implemented", "message": f"{what}功能尚未启用（相关模块未安装）。",
                         "message_en": f"{en} is not available in this installation."}, status_code=501)


def _plain(x):
    """Rows, dataclasses and pydantic models -> JSON-able values."""
    if isinstance(x, sqlite3.Row):
        return {k: _plain(x[k]) for k in x.keys()}
    if isinstance(x, dict):
        return {str(k): _plain(v) for k, v in x.items()}
    if isinstance(x, (list, tuple, set)):
        return [_plain(v) for v in x]
    if hasattr(x, "model_dump"):
        return _plain(x.model_dump(mode="json"))
    if hasattr(x, "__dataclass_fields__"):
        from dataclasses import asdict

        return _plain(asdict(x))
    if isinstance(x, (Date,)):
        return x.isoformat()
    return x


# ---- agencies and bans ------------------------------------------------------------------------------
@router.get("/agencies", summary="评价机构统计表（监管人员）", responses=SUP_ERRORS)
def agencies(request: Request, user: User = Depends(require(*SUPERVISORS)),
             year: int | None = Query(None, ge=2000, le=2100)):
    try:
        from reviewer.corpus.agencies import agency_table
    except ImportError:
        return _missing("机构统计", "the agency table")
    store = app_context(request).store
    rows = agency_table(store, year=year)
    store.audit(user.name, "agency.read", None, {"year": year})
    return {"year": year, "items": _plain(rows)}


class BanIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=200, description="机构名称")
    date: Date = Field(..., description="认定日期")
    reason: str = Field(..., min_length=1, max_length=2000)
    years: int | None = Field(None, ge=1, le=20, description="不予采信年限（默认按配置，3 年）")


@router.get("/bans", summary="不予采信机构名单（监管人员）", responses=SUP_ERRORS)
def list_bans(request: Request, user: User = Depends(require(*SUPERVISORS))):
    try:
        from reviewer.corpus.agencies import bans
    except ImportError:
        return _missing("禁入名单", "the ban list")
    return {"items": _plain(bans(app_context(request).store))}


@router.post("/bans", summary="登记不予采信机构（监管人员）", status_code=201, responses=SUP_ERRORS)
def add_ban(body: BanIn, request: Request, user: User = Depends(require(*SUPERVISORS))):
    try:
        from reviewer.corpus.agencies import ban
    except ImportError:
        return _missing("禁入名单", "the ban list")
    ctx = app_context(request)
    years = body.years or ctx.settings.corpus.ban_years
    result = ban(ctx.store, body.name, body.date, body.reason, years=years, actor=user.name)
    return {"ok": True, "ban": _plain(result)}


# ---- complaints --------------------------------------------------------------------------------------
class ComplaintIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=100, description="投诉人")
    contact: str = Field(..., min_length=1, max_length=200, description="联系方式（须实名并留联系方式）")
    target_type: str = Field(..., pattern="^(agency|unit)$", description="对象类型：agency 评价机构 / unit 申报单位")
    target: str = Field(..., min_length=1, max_length=200, description="被投诉对象")
    content: str = Field(..., min_length=1, max_length=8000)
    report_ids: list[str] = Field(default_factory=list, max_length=20)


class StatusIn(BaseModel):
    status: str = Field(..., min_length=1, max_length=32,
                        description="received 已受理 / verifying 核查中 / substantiated 属实 / unsubstantiated 不属实")
    note: str = Field("", max_length=2000)


@router.get("/complaints", summary="投诉列表（监管人员）", responses=SUP_ERRORS)
def complaints(request: Request, user: User = Depends(require(*SUPERVISORS))):
    try:
        from reviewer.corpus.complaints import list_complaints
    except ImportError:
        return _missing("投诉", "complaints")
    return {"items": _plain(list_complaints(app_context(request).store))}


@router.post("/complaints", summary="提交投诉（任何已登录用户）", status_code=201,
             responses={401: ERR, 404: ERR, 501: ERR})
def file_complaint(body: ComplaintIn, request: Request, user: User = Depends(current_user)):
    try:
        from reviewer.corpus.complaints import add_complaint
    except ImportError:
        return _missing("投诉", "complaints")
    store = app_context(request).store
    for rid in body.report_ids:
        get_report(store, user, rid, "complaint.link")
    result = add_complaint(store, name=body.name, contact=body.contact, target_type=body.target_type,
                           target=body.target, content=body.content, report_ids=tuple(body.report_ids),
                           actor=user.name)
    return {"ok": True, "id": result if isinstance(result, (int, str)) else _plain(result)}


@router.post("/complaints/{complaint_id}/status", summary="更新投诉处理状态（监管人员）", responses=SUP_ERRORS)
def complaint_status(complaint_id: int, body: StatusIn, request: Request,
                     user: User = Depends(require(*SUPERVISORS))):
    try:
        from reviewer.corpus.complaints import update_status
    except ImportError:
        return _missing("投诉", "complaints")
    result = update_status(app_context(request).store, complaint_id, body.status, user.name, body.note)
    return {"ok": True, "result": _plain(result)}


# ---- dashboard ---------------------------------------------------------------------------------------
@router.get("/dashboard", summary="监管看板数据：各机构问题数、相似报告对、各年度报告数", responses=SUP_ERRORS)
def dashboard(request: Request, user: User = Depends(require(*SUPERVISORS))) -> dict:
    store = app_context(request).store
    rows = store.db.execute(
        "SELECT r.id, r.agency, r.report_year, v.risk, v.review_json FROM reports r LEFT JOIN reviews v "
        "ON v.id = (SELECT MAX(id) FROM reviews WHERE report_id = r.id)").fetchall()
    per_agency: dict[str, dict] = {}
    per_year: dict[str, int] = {}
    risk = {"high": 0, "medium": 0, "low": 0, "unreviewed": 0}
    pairs: set[tuple[str, str]] = set()
    for r in rows:
        year = str(r["report_year"] or "未识别")
        per_year[year] = per_year.get(year, 0) + 1
        risk[r["risk"] or "unreviewed"] += 1
        a = per_agency.setdefault(r["agency"] or "（自评价/未识别）", {"reports": 0, "high": 0, "medium": 0,
                                                                     "low": 0, "findings": 0})
        a["reports"] += 1
        if r["review_json"]:
            review = json.loads(r["review_json"])
            for f in review.get("findings", []):
                if f["severity"] in ("high", "medium", "low"):
                    a[f["severity"]] += 1
                    a["findings"] += 1
                rel = f.get("related_report")
                if rel and rel.get("id"):
                    pairs.add(tuple(sorted((r["id"], rel["id"]))))
    store.audit(user.name, "dashboard.read", None, {})
    agencies = sorted(({"agency": k, **v} for k, v in per_agency.items()), key=lambda d: (-d["findings"], d["agency"]))
    return {"reports": len(rows), "risk": risk, "findings_per_agency": agencies,
            "reports_per_year": [{"year": k, "reports": v} for k, v in sorted(per_year.items())],
            "reuse_pairs": [{"a": a, "b": b} for a, b in sorted(pairs)]}
