"""What the report routers share: the service context, error responses for the OpenAPI page, download
headers, reviewer comments."""

from __future__ import annotations

import re
from urllib.parse import quote as urlquote

from fastapi import Request

ERR = {"description": "错误（JSON：error / message / message_en）"}
AUTH_ERRORS = {401: ERR, 404: ERR}


def app_context(request: Request):
    return request.app.state.ctx


def attachment_headers(filename: str) -> dict:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return {"Content-Disposition": f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{urlquote(filename)}"}


def report_comments(ctx, report_id: str) -> list[dict]:
    return [dict(r) for r in ctx.store.db.execute(
        "SELECT id, finding_code, author, body, created_at FROM comments WHERE report_id=? ORDER BY id",
        (report_id,)).fetchall()]
