"""Reports: upload, list, read, download, delete; page text with a quote marked, questions, similar reports, comments."""

from __future__ import annotations

import json
import re

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.auth import STAFF, User, can_see, get_report, report_filter, upload_identity_conflict
from api.deps import current_user, require
from api.jobs import job_dict
from api.routers.common import AUTH_ERRORS, ERR, attachment_headers, report_comments, app_context
from api.uploads import read_upload
from reviewer.corpus.store import now
from reviewer.errors import NotFound

router = APIRouter(prefix="/api")

UPLOAD_SCHEMA = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary", "description": "PDF 或 DOCX 评价报告"}}}}}}}


def _not_implemented(what: str, en: str) -> JSONResponse:
    return JSONResponse({"error": "not_implemented", "message": f"{what}功能尚未启用（相关模块未安装）。",
                         "message_en": f"{en} is not available in this installation."}, status_code=501)


def _summary(row) -> dict:
    keys = row.keys()
    d = {k: row[k] for k in ("id", "file_name", "format", "pages", "type", "kind", "regime", "entity", "uscc",
                             "agency", "report_date", "report_year", "ingested_at") if k in keys}
    if "risk" in keys:
        d["risk"] = row["risk"]
        d["counts"] = json.loads(row["counts"]) if row["counts"] else None
        d["reviewed_at"] = row["reviewed_at"]
    return d


_LIST_SQL = """SELECT r.*, v.risk AS risk, json_extract(v.review_json, '$.summary.counts') AS counts,
    v.created_at AS reviewed_at FROM reports r LEFT JOIN reviews v
    ON v.id = (SELECT MAX(id) FROM reviews WHERE report_id = r.id)"""


def _store_report(store, data: bytes, doc, facts, actor: str) -> tuple[str, bool]:
    """Store a new report; with the corpus module, also index its passages for similar-report search."""
    try:
        from reviewer.corpus.reuse import ingest_document
    except ImportError:
        return store.add_report(data, doc, facts, None, actor=actor)
    return ingest_document(store, data, doc, facts, None, actor=actor)


# ---- upload and list ----------------------------------------------------------------------------
@router.post("/reports", tags=["报告"], summary="上传报告（multipart 字段 file）", status_code=201,
             openapi_extra=UPLOAD_SCHEMA,
             responses={200: {"description": "同一文件已存在（按内容哈希去重）"}, 401: ERR, 413: ERR, 415: ERR, 422: ERR})
async def upload(request: Request, user: User = Depends(current_user)):
    ctx = app_context(request)
    up = await read_upload(request, ctx.upload_limit)
    store = ctx.store

    def existing():
        return store.db.execute("SELECT * FROM reports WHERE id=?", (up.sha256,)).fetchone()

    row = await run_in_threadpool(existing)
    if row is None:
        def parse():
            from reviewer.ingest import ingest_bytes

            doc = ingest_bytes(up.data, ctx.settings.ingest, filename=up.filename)
            return doc, ctx.service.facts(doc)

        doc, facts = await run_in_threadpool(parse)
        conflict = upload_identity_conflict(user, facts.uscc, facts.agency if facts.kind == "third_party" else None)
        if conflict:
            store.audit(user.name, "report.upload_refused", None, {"file": up.filename, "reason": conflict.code})
            raise conflict
        report_id, created = await run_in_threadpool(_store_report, store, up.data, doc, facts, user.name)
    else:
        if not can_see(store, user, row):
            conflict = upload_identity_conflict(user, row["uscc"], row["agency"])
            if conflict:
                store.audit(user.name, "report.upload_refused", row["id"], {"file": up.filename})
                raise conflict
        report_id, created = row["id"], False
    with store.write() as db:
        db.execute("INSERT OR IGNORE INTO uploads (report_id, user_id, file_name, uploaded_at) VALUES (?,?,?,?)",
                   (report_id, user.id, up.filename, now()))
        store._audit(db, user.name, "report.upload", report_id, {"file": up.filename, "created": created})
    row = store.report(report_id)
    body = {"id": report_id, "created": created, "report": _summary(row)}
    return JSONResponse(body, status_code=201 if created else 200)


@router.get("/reports", tags=["报告"], summary="报告列表（按风险排序，可检索）", responses={401: ERR})
def list_reports(request: Request, user: User = Depends(current_user),
                 q: str | None = Query(None, max_length=100, description="按受评价方、文件名、机构、信用代码检索"),
                 risk: str | None = Query(None, pattern="^(high|medium|low|unreviewed)$"),
                 sort: str = Query("risk", pattern="^(risk|date)$"),
                 limit: int = Query(50, ge=1, le=500), offset: int = Query(0, ge=0)) -> dict:
    store = app_context(request).store
    cond, params = report_filter(user, "r.")
    where, args = [cond], list(params)
    if q:
        like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        where.append("(r.entity LIKE ? ESCAPE '\\' OR r.file_name LIKE ? ESCAPE '\\' OR r.agency LIKE ? ESCAPE '\\' "
                     "OR r.uscc LIKE ? ESCAPE '\\')")
        args += [like] * 4
    if risk == "unreviewed":
        where.append("v.id IS NULL")
    elif risk:
        where.append("v.risk = ?")
        args.append(risk)
    order = ("CASE v.risk WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END, "
             "COALESCE(json_extract(v.review_json, '$.summary.counts.high'), 0) DESC, r.ingested_at DESC"
             if sort == "risk" else "r.ingested_at DESC")
    sql_where = " AND ".join(where)
    total = store.db.execute(f"SELECT COUNT(*) FROM ({_LIST_SQL} WHERE {sql_where})", args).fetchone()[0]  # noqa: S608
    rows = store.db.execute(f"{_LIST_SQL} WHERE {sql_where} ORDER BY {order} LIMIT ? OFFSET ?",  # noqa: S608
                            [*args, limit, offset]).fetchall()
    store.audit(user.name, "report.list", None, {"q": q, "count": len(rows)})
    return {"total": total, "items": [_summary(r) for r in rows]}


@router.get("/reports/{report_id}", tags=["报告"], summary="报告信息与最新审查摘要", responses=AUTH_ERRORS)
def get_one(report_id: str, request: Request, user: User = Depends(current_user)) -> dict:
    ctx = app_context(request)
    get_report(ctx.store, user, report_id, "report.read")
    row = ctx.store.db.execute(f"{_LIST_SQL} WHERE r.id=?", (report_id,)).fetchone()  # noqa: S608
    job = ctx.store.db.execute("SELECT * FROM jobs WHERE report_id=? ORDER BY created_at DESC LIMIT 1",
                               (report_id,)).fetchone()
    return {"report": _summary(row), "job": job_dict(job) if job else None}


@router.get("/reports/{report_id}/file", tags=["报告"], summary="下载原始文件", responses=AUTH_ERRORS)
def download_file(report_id: str, request: Request, user: User = Depends(current_user)):
    ctx = app_context(request)
    row = get_report(ctx.store, user, report_id, "report.download")
    data = ctx.store.file_path(row["stored_path"]).read_bytes()
    media = "application/pdf" if row["format"] == "pdf" else \
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return Response(data, media_type=media, headers=attachment_headers(row["file_name"]))


@router.delete("/reports/{report_id}", tags=["报告"], summary="删除报告（管理员）", responses={**AUTH_ERRORS, 403: ERR})
def delete(report_id: str, request: Request, user: User = Depends(require("admin"))) -> dict:
    ctx = app_context(request)
    get_report(ctx.store, user, report_id, "report.read")
    ctx.store.delete_report(report_id, actor=user.name)
    return {"deleted": report_id}


# ---- page text with the quote marked --------------------------------------------------------------
def _compact(s: str) -> tuple[str, list[int]]:
    chars, idx = [], []
    for i, ch in enumerate(s):
        if not ch.isspace() and ch not in "│⏎":
            chars.append(ch)
            idx.append(i)
    return "".join(chars), idx


def find_marks(text: str, quote: str) -> list[list[int]]:
    """[start, end) ranges of ``quote`` in ``text``, ignoring whitespace; falls back to the quote's lines."""
    if not quote or not text:
        return []
    ctext, cidx = _compact(text)
    pieces = [quote] + [p for p in re.split(r"[\n\t]+", quote) if len(p.strip()) >= 4]
    out: list[list[int]] = []
    for piece in pieces:
        cq, _ = _compact(piece)
        if not cq:
            continue
        start = ctext.find(cq)
        while start >= 0:
            out.append([cidx[start], cidx[start + len(cq) - 1] + 1])
            start = ctext.find(cq, start + len(cq))
        if out and piece is quote:
            break
    out.sort()
    merged: list[list[int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return merged


@router.get("/reports/{report_id}/pages/{page}", tags=["报告"], summary="某页文字（可标出引文位置）",
            responses=AUTH_ERRORS)
def page_text(report_id: str, page: int, request: Request, user: User = Depends(current_user),
              quote: str | None = Query(None, max_length=2000, description="要标出的原文摘录")) -> dict:
    ctx = app_context(request)
    row = get_report(ctx.store, user, report_id, "report.page_read")
    doc = ctx.document(row)
    if page < 1 or page > max(doc.pages, 1):
        raise NotFound(f"页码超出范围：第 {page} 页（共 {doc.pages} 页）", f"page {page} out of range (1-{doc.pages})")
    blocks = []
    for b in doc.blocks:
        if b.page != page:
            continue
        blocks.append({"index": b.index, "kind": str(b.kind), "text": b.text, "hidden": b.hidden,
                       "hidden_reason": b.hidden_reason, "section": b.section_label,
                       "marks": find_marks(b.text, quote) if quote else []})
    return {"report_id": report_id, "page": page, "pages": doc.pages, "paginated": doc.paginated, "blocks": blocks,
            "found": any(b["marks"] for b in blocks)}


# ---- ask ------------------------------------------------------------------------------------------
class Question(BaseModel):
    question: str = Field(..., min_length=1, max_length=500, description="关于报告的问题（中文）")


@router.post("/reports/{report_id}/ask", tags=["报告"], summary="就报告内容提问（回答附引文）",
             responses={**AUTH_ERRORS, 501: ERR})
def ask(report_id: str, body: Question, request: Request, user: User = Depends(current_user)):
    ctx = app_context(request)
    row = get_report(ctx.store, user, report_id, "report.ask")
    if not hasattr(ctx.service, "ask"):
        return _not_implemented("问答", "asking questions")
    answer = ctx.service.ask(ctx.store.file_path(row["stored_path"]), body.question.strip())
    ctx.store.audit(user.name, "report.ask", report_id, {"question": body.question[:200]})
    return answer


# ---- similar reports ------------------------------------------------------------------------------
@router.get("/reports/{report_id}/similar", tags=["语料与机构"], summary="相似报告（疑似套用）",
            responses={**AUTH_ERRORS, 501: ERR})
def similar(report_id: str, request: Request, user: User = Depends(current_user),
            limit: int = Query(10, ge=1, le=50)):
    ctx = app_context(request)
    get_report(ctx.store, user, report_id, "report.similar")
    try:
        from reviewer.corpus.similar import similar_reports
    except ImportError:
        return _not_implemented("相似报告", "similar reports")
    items = similar_reports(ctx.store, report_id, limit=limit)
    out = []
    for item in items or []:
        d = dict(item) if not isinstance(item, dict) else item
        other = d.get("id") or d.get("report_id")
        rep = ctx.store.db.execute("SELECT * FROM reports WHERE id=?", (other,)).fetchone() if other else None
        if rep is not None and can_see(ctx.store, user, rep):
            out.append(d)
    return {"report_id": report_id, "items": out}


# ---- comments (staff) -----------------------------------------------------------------------------
class CommentIn(BaseModel):
    body: str = Field(..., min_length=1, max_length=4000)
    finding_code: str | None = Field(None, max_length=64)


@router.get("/reports/{report_id}/comments", tags=["报告"], summary="审查意见批注（审查员及以上）",
            responses={**AUTH_ERRORS, 403: ERR})
def list_comments(report_id: str, request: Request, user: User = Depends(require(*STAFF))) -> dict:
    ctx = app_context(request)
    get_report(ctx.store, user, report_id, "comment.read")
    return {"items": report_comments(ctx, report_id)}


@router.post("/reports/{report_id}/comments", tags=["报告"], summary="添加批注（审查员及以上）", status_code=201,
             responses={**AUTH_ERRORS, 403: ERR})
def add_comment(report_id: str, body: CommentIn, request: Request, user: User = Depends(require(*STAFF))) -> dict:
    ctx = app_context(request)
    get_report(ctx.store, user, report_id, "comment.read")
    with ctx.store.write() as db:
        cur = db.execute("INSERT INTO comments (report_id, finding_code, author, body, created_at) VALUES (?,?,?,?,?)",
                         (report_id, body.finding_code, user.name, body.body, now()))
        ctx.store._audit(db, user.name, "comment.add", report_id, {"comment": cur.lastrowid})
        cid = cur.lastrowid
    return {"id": cid}

