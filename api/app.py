"""The FastAPI application: ``create_app(settings=None, store=None)``.

One ``AppContext`` (settings, store, service, job manager) is shared by every router; the CLI's
``greenreview serve`` and the tests build the app the same way. Errors are JSON
``{"error": code, "message": 中文, "message_en": ...}`` with the matching HTTP status.
"""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.jobs import JobManager
from reviewer import RULES_VERSION, __version__
from reviewer.errors import GreenreviewError

log = logging.getLogger("greenreview.api")
HERE = Path(__file__).parent

_HTTP_ZH = {400: "请求格式错误。", 401: "未登录或令牌无效。", 403: "无权执行此操作。", 404: "请求的资源不存在。",
            405: "不支持该请求方法。", 406: "不支持请求的格式。", 409: "资源冲突。", 413: "请求体过大。",
            415: "不支持的媒体类型。", 422: "请求参数无效。", 429: "请求过于频繁。", 501: "该功能尚未启用。",
            503: "服务暂不可用，请稍后再试。"}


class AppContext:
    def __init__(self, settings, store, *, workers: int, worker_mode: str):
        from reviewer.service import ReviewService

        self.settings = settings
        self.store = store
        self.service = ReviewService(settings, corpus=store)
        self.jobs = JobManager(store, settings, workers=workers, mode=worker_mode)
        self.templates = Jinja2Templates(directory=str(HERE / "templates"))
        self.upload_limit = int(settings.ingest.max_file_mb * 1024 * 1024)
        self._docs: OrderedDict[str, object] = OrderedDict()
        self._docs_lock = threading.Lock()

    def document(self, row):
        """The parsed Document of a stored report (a small LRU, for the page viewer)."""
        with self._docs_lock:
            doc = self._docs.get(row["id"])
            if doc is not None:
                self._docs.move_to_end(row["id"])
                return doc
        doc = self.service.ingest(self.store.file_path(row["stored_path"]), filename=row["file_name"])
        with self._docs_lock:
            self._docs[row["id"]] = doc
            while len(self._docs) > 8:
                self._docs.popitem(last=False)
        return doc


def error_body(code: str, zh: str, en: str) -> dict:
    return {"error": code, "message": zh, "message_en": en}


def create_app(settings=None, store=None, *, workers: int | None = None, worker_mode: str = "thread") -> FastAPI:
    """Build the app. ``worker_mode`` "process" (used by ``greenreview serve``) isolates reviews in
    child processes at lower priority; "thread" (the default, and the tests') keeps them in-process."""
    from reviewer.corpus.store import Store
    from reviewer.settings import load_settings

    settings = settings or load_settings()
    store = store or Store(settings.home)
    ctx = AppContext(settings, store, workers=workers or 2, worker_mode=worker_mode)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        ctx.jobs.start()
        try:
            yield
        finally:
            ctx.jobs.shutdown(wait=True)

    app = FastAPI(
        title="greenreview 绿色制造评价报告审查 API",
        version=__version__,
        description=("审查绿色工厂、绿色工业园区、绿色供应链管理企业评价报告。认证：`Authorization: Bearer <令牌>`"
                     "（令牌由 `greenreview user add` 生成）或页面登录后的会话 Cookie。错误以 JSON 返回："
                     '`{"error": 代码, "message": 中文说明, "message_en": English}`。'),
        lifespan=lifespan,
        openapi_tags=[{"name": "报告", "description": "上传、审查、导出、问答"},
                      {"name": "任务", "description": "审查任务进度"},
                      {"name": "语料与机构", "description": "相似报告、机构统计、禁入名单、投诉"},
                      {"name": "用户", "description": "登录、用户管理"},
                      {"name": "系统", "description": "健康检查、版本"}],
    )
    app.state.ctx = ctx

    @app.exception_handler(GreenreviewError)
    async def _gr_error(request: Request, exc: GreenreviewError):
        headers = {"WWW-Authenticate": "Bearer"} if exc.http_status == 401 else None
        return JSONResponse(exc.to_dict(), status_code=exc.http_status, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        zh = exc.detail if isinstance(exc.detail, str) and any("\u4e00" <= c <= "\u9fff" for c in exc.detail) \
            else _HTTP_ZH.get(exc.status_code, "请求失败。")
        return JSONResponse(error_body(f"http_{exc.status_code}", zh, str(exc.detail)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        where = "; ".join(".".join(str(x) for x in e.get("loc", ())) + ": " + str(e.get("msg", ""))
                          for e in exc.errors()[:5])
        return JSONResponse(error_body("bad_request", f"请求参数无效：{where}", f"invalid request: {where}"),
                            status_code=422)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception):
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return JSONResponse(error_body("internal", f"服务器内部错误（{type(exc).__name__}），请稍后重试或联系管理员。",
                                       "internal server error"), status_code=500)

    from api.routers import corpus, exports, jobs, pages, reports, system, users

    app.include_router(system.router)
    app.include_router(reports.router)
    app.include_router(jobs.router)
    app.include_router(exports.router)
    app.include_router(corpus.router)
    app.include_router(users.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.state.versions = {"version": __version__, "rules": RULES_VERSION}
    return app
