"""Health, version, login and the current user."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request, Response
from pydantic import BaseModel, Field

from api.auth import SESSION_COOKIE, SESSION_HOURS, Unauthorized, User, close_session, open_session, user_for_token
from api.deps import current_user
from reviewer import RULES_VERSION, __version__

router = APIRouter(prefix="/api")


@router.get("/health", tags=["系统"], summary="健康检查")
def health(request: Request) -> dict:
    ctx = request.app.state.ctx
    ctx.store.db.execute("SELECT 1").fetchone()
    return {"status": "ok", "schema_version": ctx.store.schema_version(), "workers": ctx.jobs.workers,
            "worker_mode": ctx.jobs.mode}


@router.get("/version", tags=["系统"], summary="版本")
def version() -> dict:
    return {"name": "greenreview", "version": __version__, "rules": RULES_VERSION, "review_schema": "review@1"}


class Login(BaseModel):
    token: str = Field(..., min_length=1, max_length=200, description="greenreview user add 生成的令牌")


@router.post("/login", tags=["用户"], summary="页面登录（以令牌换取会话 Cookie）")
def login(body: Login, request: Request, response: Response) -> dict:
    store = request.app.state.ctx.store
    user = user_for_token(store, body.token.strip())
    if user is None:
        store.audit("anonymous", "user.login_failed", None, {})
        raise Unauthorized("令牌无效或用户已停用。", "invalid token or disabled user.")
    cookie = open_session(store, user)
    response.set_cookie(SESSION_COOKIE, cookie, max_age=SESSION_HOURS * 3600, httponly=True, samesite="strict",
                        secure=request.url.scheme == "https", path="/")
    return {"user": user.public()}


@router.post("/logout", tags=["用户"], summary="退出登录")
def logout(request: Request, response: Response) -> dict:
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        close_session(request.app.state.ctx.store, cookie)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return {"ok": True}


@router.get("/me", tags=["用户"], summary="当前用户")
def me(user: User = Depends(current_user)) -> dict:
    return {"user": user.public()}


@router.get("/rules", tags=["系统"], summary="检查规则一览（代码、类别、默认级别）")
def rules(user: User = Depends(current_user)) -> dict:
    from reviewer.rules.docs import FAMILY_LABELS
    from reviewer.rules.registry import load_all

    return {"items": [{"code": c.code, "family": c.family, "family_label": FAMILY_LABELS.get(c.family, c.family),
                       "severity": c.severity, "title": c.title}
                      for c in sorted(load_all().active(), key=lambda c: c.code)]}
