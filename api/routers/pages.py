"""Server-rendered pages (Chinese). Each page is a template plus /static/app.js; data comes from /api."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from api.auth import SESSION_COOKIE, can_see, user_for_session
from reviewer import RULES_VERSION, __version__

router = APIRouter(include_in_schema=False)


def _session_user(request: Request):
    cookie = request.cookies.get(SESSION_COOKIE)
    return user_for_session(request.app.state.ctx.store, cookie) if cookie else None


def _page(request: Request, template: str, page: str, user, status_code: int = 200, **extra) -> HTMLResponse:
    ctx = request.app.state.ctx
    return ctx.templates.TemplateResponse(request, template, {
        "page": page, "user": user.public() if user else None, "is_staff": bool(user and user.is_staff),
        "is_supervisor": bool(user and user.is_supervisor), "version": __version__, "rules": RULES_VERSION,
        "max_mb": ctx.settings.ingest.max_file_mb, **extra}, status_code=status_code)


def _guard(request: Request, supervisor: bool = False):
    user = _session_user(request)
    if user is None:
        return None, RedirectResponse(f"/login?next={request.url.path}", status_code=303)
    if supervisor and not user.is_supervisor:
        return user, _page(request, "message.html", "message", user, status_code=403,
                           title="无权访问", message="该页面仅向监管人员开放。")
    return user, None


@router.get("/", response_class=HTMLResponse)
def home(request: Request):
    return RedirectResponse("/workbench" if _session_user(request) else "/login", status_code=303)


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request):
    return _page(request, "login.html", "login", None)


@router.get("/workbench", response_class=HTMLResponse)
def workbench(request: Request):
    user, redirect = _guard(request)
    return redirect or _page(request, "workbench.html", "workbench", user)


@router.get("/reports/{report_id}", response_class=HTMLResponse)
def report_page(report_id: str, request: Request):
    user, redirect = _guard(request)
    if redirect:
        return redirect
    store = request.app.state.ctx.store
    row = store.db.execute("SELECT * FROM reports WHERE id=?", (report_id,)).fetchone()
    if row is None or not can_see(store, user, row):
        return _page(request, "message.html", "message", user, status_code=404, title="报告不存在",
                     message="找不到该报告，或您无权查看。")
    store.audit(user.name, "report.view", report_id, {})
    return _page(request, "report.html", "report", user, report_id=report_id, file_name=row["file_name"])


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(request: Request):
    user, redirect = _guard(request, supervisor=True)
    return redirect or _page(request, "dashboard.html", "dashboard", user)


@router.get("/complaints", response_class=HTMLResponse)
def complaints_page(request: Request):
    user, redirect = _guard(request)
    return redirect or _page(request, "complaints.html", "complaints", user)
