"""User administration and the audit log (admin)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, Field

from api.auth import ROLES, User, add_user, disable_user, list_users
from api.deps import require

router = APIRouter(prefix="/api", tags=["用户"])
ERR = {"description": "错误（JSON：error / message / message_en）"}
ADMIN_ERRORS = {401: ERR, 403: ERR}


class UserIn(BaseModel):
    name: str = Field(..., min_length=1, max_length=64)
    role: str = Field(..., pattern="^(" + "|".join(ROLES) + ")$")
    uscc: str | None = Field(None, max_length=18)
    agency: str | None = Field(None, max_length=200)


@router.get("/users", summary="用户列表（管理员）", responses=ADMIN_ERRORS)
def users(request: Request, user: User = Depends(require("admin"))) -> dict:
    return {"items": list_users(request.app.state.ctx.store)}


@router.post("/users", summary="新建用户（管理员；令牌只显示这一次）", status_code=201,
             responses={**ADMIN_ERRORS, 409: ERR, 422: ERR})
def create_user(body: UserIn, request: Request, user: User = Depends(require("admin"))) -> dict:
    token = add_user(request.app.state.ctx.store, body.name, body.role, uscc=body.uscc, agency=body.agency,
                     actor=user.name)
    return {"name": body.name, "role": body.role, "token": token}


@router.post("/users/{name}/disable", summary="停用用户（管理员）", responses={**ADMIN_ERRORS, 404: ERR})
def disable(name: str, request: Request, user: User = Depends(require("admin"))) -> dict:
    disable_user(request.app.state.ctx.store, name, actor=user.name)
    return {"name": name, "disabled": True}


@router.get("/audit", summary="审计日志（管理员）", responses=ADMIN_ERRORS)
def audit(request: Request, user: User = Depends(require("admin")), target: str | None = Query(None, max_length=100),
          limit: int = Query(200, ge=1, le=2000)) -> dict:
    db = request.app.state.ctx.store.db
    if target:
        rows = db.execute("SELECT * FROM audit WHERE target=? ORDER BY id DESC LIMIT ?", (target, limit)).fetchall()
    else:
        rows = db.execute("SELECT * FROM audit ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    return {"items": [{**dict(r), "detail": json.loads(r["detail"] or "{}")} for r in rows]}
