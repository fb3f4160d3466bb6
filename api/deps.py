"""Request dependencies: the app context, the authenticated user, role checks."""

from __future__ import annotations

from fastapi import Depends, Request

from api.auth import SESSION_COOKIE, Forbidden, Unauthorized, User, user_for_session, user_for_token

UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}


def ctx(request: Request):
    return request.app.state.ctx


def optional_user(request: Request) -> User | None:
    store = request.app.state.ctx.store
    auth = request.headers.get("authorization", "")
    if auth:
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized("认证格式错误，请使用 Authorization: Bearer <令牌>。",
                               "malformed Authorization header; use 'Bearer <token>'.")
        user = user_for_token(store, token.strip())
        if user is None:
            raise Unauthorized("令牌无效或用户已停用。", "invalid token or disabled user.")
        return user
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        user = user_for_session(store, cookie)
        if user is not None:
            # cookie-authenticated writes must come from our own page (CSRF guard)
            if request.method in UNSAFE and request.headers.get("x-greenreview") != "1":
                raise Forbidden("请求缺少页面标识，已拒绝（防跨站请求）。", "missing X-Greenreview header (CSRF guard).")
            return user
    return None


def current_user(user: User | None = Depends(optional_user)) -> User:
    if user is None:
        raise Unauthorized("未登录或缺少令牌，请先登录或提供 Authorization: Bearer <令牌>。",
                           "not authenticated: log in or send 'Authorization: Bearer <token>'.")
    return user


def require(*roles: str):
    def check(user: User = Depends(current_user)) -> User:
        if user.role not in roles:
            raise Forbidden("您的角色无权执行此操作。", f"your role ({user.role}) may not do this.")
        return user

    return check
