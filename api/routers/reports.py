"""Reports: upload, list, review jobs, review@1, exports, page text, ask, similar, comments."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import date
from urllib.parse import quote as urlquote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from api.auth import STAFF, User, can_see, get_report, report_filter, upload_identity_conflict
from api.deps import current_user, require
from api.jobs import job_dict
from api.uploads import read_upload
from reviewer.corpus.store import now
from reviewer.errors import GreenreviewError, NotFound

router = APIRouter(prefix="/api")

ERR = {"description": "错误（JSON：error / message / message_en）"}
AUTH_ERRORS = {401: ERR, 404: ERR}
UPLOAD_SCHEMA = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object", "required": ["file"],
    "properties": {"file": {"type": "string", "format": "binary", "description": "PDF 或 DOCX 评价报告"}}}}}}}


def _ctx(request: Request):
    return request.app.state.ctx


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
    ctx = _ctx(request)
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
    store = _ctx(request).store
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
    ctx = _ctx(request)
    get_report(ctx.store, user, report_id, "report.read")
    row = ctx.store.db.execute(f"{_LIST_SQL} WHERE r.id=?", (report_id,)).fetchone()  # noqa: S608
    job = ctx.store.db.execute("SELECT * FROM jobs WHERE report_id=? ORDER BY created_at DESC LIMIT 1",
                               (report_id,)).fetchone()
    return {"report": _summary(row), "job": job_dict(job) if job else None}


@router.get("/reports/{report_id}/file", tags=["报告"], summary="下载原始文件", responses=AUTH_ERRORS)
def download_file(report_id: str, request: Request, user: User = Depends(current_user)):
    ctx = _ctx(request)
    row = get_report(ctx.store, user, report_id, "report.download")
    data = ctx.store.file_path(row["stored_path"]).read_bytes()
    media = "application/pdf" if row["format"] == "pdf" else \
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    return Response(data, media_type=media, headers=_attachment(row["file_name"]))


@router.delete("/reports/{report_id}", tags=["报告"], summary="删除报告（管理员）", responses={**AUTH_ERRORS, 403: ERR})
def delete(report_id: str, request: Request, user: User = Depends(require("admin"))) -> dict:
    ctx = _ctx(request)
    get_report(ctx.store, user, report_id, "report.read")
    ctx.store.delete_report(report_id, actor=user.name)
    return {"deleted": report_id}


# ---- review jobs ----------------------------------------------------------------------------------
@router.post("/reports/{report_id}/review", tags=["任务"], summary="开始审查（返回任务编号）", status_code=202,
             responses={**AUTH_ERRORS, 503: ERR})
def start_review(report_id: str, request: Request, user: User = Depends(current_user)) -> dict:
    ctx = _ctx(request)
    get_report(ctx.store, user, report_id, "review.request")
    job, created = ctx.jobs.enqueue(report_id, user.name)
    return {"job_id": job["job_id"], "created": created, "job": job}


def _job_for(ctx, user: User, job_id: str):
    row = ctx.jobs.get(job_id)
    if row is None:
        raise NotFound(f"任务不存在：{job_id}", f"job not found: {job_id}")
    rep = ctx.store.db.execute("SELECT * FROM reports WHERE id=?", (row["report_id"],)).fetchone()
    if rep is None or not can_see(ctx.store, user, rep):
        raise NotFound(f"任务不存在：{job_id}", f"job not found: {job_id}")
    return row


@router.get("/jobs/{job_id}", tags=["任务"], summary="任务状态与进度", responses=AUTH_ERRORS)
def get_job(job_id: str, request: Request, user: User = Depends(current_user)) -> dict:
    return job_dict(_job_for(_ctx(request), user, job_id))


@router.get("/jobs/{job_id}/events", tags=["任务"], summary="任务进度（Server-Sent Events）",
            response_class=StreamingResponse, responses=AUTH_ERRORS)
async def job_events(job_id: str, request: Request, user: User = Depends(current_user)):
    ctx = _ctx(request)
    await run_in_threadpool(_job_for, ctx, user, job_id)

    async def stream():
        last, idle = None, 0.0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 3600
        while loop.time() < deadline:
            if await request.is_disconnected():
                return
            row = await run_in_threadpool(ctx.jobs.get, job_id)
            if row is None:
                return
            d = job_dict(row)
            key = (d["status"], d["stage"], d["progress"])
            if key != last:
                last, idle = key, 0.0
                yield f"event: progress\ndata: {json.dumps(d, ensure_ascii=False)}\n\n"
                if d["status"] in ("done", "failed"):
                    return
            else:
                idle += 0.25
                if idle >= 10:
                    idle = 0.0
                    yield ": keep-alive\n\n"
            await asyncio.sleep(0.25)

    return StreamingResponse(stream(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


# ---- the review and its exports -------------------------------------------------------------------
def _review_json(ctx, user: User, report_id: str, action: str) -> tuple[object, str]:
    row = get_report(ctx.store, user, report_id, action)
    rev = ctx.store.db.execute("SELECT review_json FROM reviews WHERE report_id=? ORDER BY id DESC LIMIT 1",
                               (report_id,)).fetchone()
    if rev is None:
        raise GreenreviewError("该报告尚未审查，请先开始审查。", "this report has not been reviewed yet.",
                               code="no_review", http_status=404)
    return row, rev[0]


def _attachment(filename: str) -> dict:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return {"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{urlquote(filename)}"}


def _stem(row) -> str:
    name = row["file_name"].rsplit(".", 1)[0]
    return re.sub(r"[\\/:*?\"<>|\x00-\x1f]", "_", name)[:80] or row["id"][:12]


@router.get("/reports/{report_id}/review", tags=["报告"], summary="最新审查结果（review@1 JSON）",
            responses=AUTH_ERRORS)
def get_review(report_id: str, request: Request, user: User = Depends(current_user)):
    _, raw = _review_json(_ctx(request), user, report_id, "review.read")
    return Response(raw, media_type="application/json")


def _comments(ctx, report_id: str) -> list[dict]:
    return [dict(r) for r in ctx.store.db.execute(
        "SELECT id, finding_code, author, body, created_at FROM comments WHERE report_id=? ORDER BY id",
        (report_id,)).fetchall()]


@router.get("/reports/{report_id}/review.docx", tags=["报告"], summary="导出审查意见书（Word）",
            response_class=Response, responses={**AUTH_ERRORS, 200: {"content": {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {}}}})
def review_docx(report_id: str, request: Request, user: User = Depends(current_user),
                reviewer: str | None = Query(None, max_length=40, description="审查人员姓名（默认为当前用户）")):
    from reviewer.formatters.docx_opinion import render_docx

    ctx = _ctx(request)
    row, raw = _review_json(ctx, user, report_id, "review.export_docx")
    comments = _comments(ctx, report_id) if user.role in STAFF else None
    data = render_docx(json.loads(raw), reviewer=reviewer or (user.name if user.role in STAFF else None),
                       review_date=date.today().isoformat(), comments=comments)
    return Response(data, media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    headers=_attachment(f"{_stem(row)}-审查意见书.docx"))


@router.get("/reports/{report_id}/review.md", tags=["报告"], summary="导出审查结果（Markdown）",
            response_class=PlainTextResponse, responses=AUTH_ERRORS)
def review_md(report_id: str, request: Request, user: User = Depends(current_user)):
    from reviewer.findings import Review
    from reviewer.formatters import render

    from reviewer.formatters.docx_opinion import requirement_label

    row, raw = _review_json(_ctx(request), user, report_id, "review.export_md")
    data = json.loads(raw)
    for item in data.get("checklist") or []:  # the md formatter reads item["requirement"]
        item.setdefault("requirement", requirement_label(item).replace("\n", " "))
    text = render(Review.model_validate(data), "md")
    return PlainTextResponse(text, media_type="text/markdown; charset=utf-8",
                             headers=_attachment(f"{_stem(row)}-审查结果.md"))


@router.get("/reports/{report_id}/review.html", tags=["报告"], summary="导出审查结果（HTML，可打印）",
            response_class=HTMLResponse, responses=AUTH_ERRORS)
def review_html(report_id: str, request: Request, user: User = Depends(current_user)):
    from reviewer.findings import Review
    from reviewer.formatters.labels import KIND_LABELS, RISK_LABELS, SEVERITY_LABELS, TYPE_LABELS

    ctx = _ctx(request)
    row, raw = _review_json(ctx, user, report_id, "review.export_html")
    review = Review.model_validate(json.loads(raw))
    return ctx.templates.TemplateResponse(request, "review_export.html", {
        "review": review, "sev": SEVERITY_LABELS, "risk": RISK_LABELS, "types": TYPE_LABELS, "kinds": KIND_LABELS,
        "today": date.today().isoformat()})


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
    ctx = _ctx(request)
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
    ctx = _ctx(request)
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
    ctx = _ctx(request)
    get_report(ctx.store, user, report_id, "report.similar")
    try:
        from reviewer.corpus.reuse import similar_reports
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
    ctx = _ctx(request)
    get_report(ctx.store, user, report_id, "comment.read")
    return {"items": _comments(ctx, report_id)}


@router.post("/reports/{report_id}/comments", tags=["报告"], summary="添加批注（审查员及以上）", status_code=201,
             responses={**AUTH_ERRORS, 403: ERR})
def add_comment(report_id: str, body: CommentIn, request: Request, user: User = Depends(require(*STAFF))) -> dict:
    ctx = _ctx(request)
    get_report(ctx.store, user, report_id, "comment.read")
    with ctx.store.write() as db:
        cur = db.execute("INSERT INTO comments (report_id, finding_code, author, body, created_at) VALUES (?,?,?,?,?)",
                         (report_id, body.finding_code, user.name, body.body, now()))
        ctx.store._audit(db, user.name, "comment.add", report_id, {"comment": cur.lastrowid})
        cid = cur.lastrowid
    return {"id": cid}

