"""Review jobs: start a review, poll its status, follow its progress as Server-Sent Events."""

from __future__ import annotations

import asyncio
import json

from fastapi import APIRouter, Depends, Request
from fastapi.responses import StreamingResponse
from starlette.concurrency import run_in_threadpool

from api.auth import User, can_see, get_report
from api.deps import current_user
from api.jobs import job_dict
from api.routers.common import AUTH_ERRORS, ERR, app_context
from reviewer.errors import NotFound

router = APIRouter(prefix="/api")


@router.post("/reports/{report_id}/review", tags=["任务"], summary="开始审查（返回任务编号）", status_code=202,
             responses={**AUTH_ERRORS, 503: ERR})
def start_review(report_id: str, request: Request, user: User = Depends(current_user)) -> dict:
    ctx = app_context(request)
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
    return job_dict(_job_for(app_context(request), user, job_id))


@router.get("/jobs/{job_id}/events", tags=["任务"], summary="任务进度（Server-Sent Events）",
            response_class=StreamingResponse, responses=AUTH_ERRORS)
async def job_events(job_id: str, request: Request, user: User = Depends(current_user)):
    ctx = app_context(request)
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
