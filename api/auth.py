"""Users, tokens, sessions and the server-side access rules.

Roles (least to most): ``enterprise`` sees reports whose USCC is its own; ``agency`` sees reports
it wrote (matched by agency name); both also see files they uploaded themselves. ``reviewer`` sees
every report, review and comment; ``supervisor`` adds agencies, bans and complaints; ``admin``
adds users and the audit log. Tokens are random 256-bit strings stored only as SHA-256 hashes.
A report another tenant owns answers 404, exactly like a report that does not exist.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from reviewer.corpus.store import Store, now
from reviewer.errors import GreenreviewError, InputError, NotFound

ROLES = ("enterprise", "agency", "reviewer", "supervisor", "admin")
ROLE_LABELS = {"enterprise": "企业", "agency": "评价机构", "reviewer": "审查员", "supervisor": "监管人员",
               "admin": "管理员"}
STAFF = ("reviewer", "supervisor", "admin")  # may see every report
SUPERVISORS = ("supervisor", "admin")
SESSION_COOKIE = "gr_session"
SESSION_HOURS = 12


class Unauthorized(GreenreviewError):
    code = "unauthorized"
    http_status = 401


class Forbidden(GreenreviewError):
    code = "forbidden"
    http_status = 403


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    uscc: str | None = None
    agency: str | None = None
    via: str = "token"  # "token" (Authorization header) or "session" (page cookie)

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF

    @property
    def is_supervisor(self) -> bool:
        return self.role in SUPERVISORS

    def public(self) -> dict:
        return {"name": self.name, "role": self.role, "role_label": ROLE_LABELS[self.role], "uscc": self.uscc,
                "agency": self.agency}


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def new_token() -> str:
    return "gr_" + secrets.token_urlsafe(32)


# ---- user administration (CLI and /api/users) --------------------------------------------------
def add_user(store: Store, name: str, role: str, *, uscc: str | None = None, agency: str | None = None,
             actor: str = "cli") -> str:
    """Create a user and return its token (shown once; only the hash is kept)."""
    name = (name or "").strip()
    if not name or len(name) > 64:
        raise InputError("用户名不能为空且不超过 64 个字符。", "the user name must be 1-64 characters.")
    if role not in ROLES:
        raise InputError(f"未知角色：{role}（可选：{'、'.join(ROLES)}）", f"unknown role: {role}")
    if role == "enterprise" and not uscc:
        raise InputError("企业用户必须指定统一社会信用代码（--uscc）。", "an enterprise user needs --uscc.")
    if role == "agency" and not agency:
        raise InputError("评价机构用户必须指定机构名称（--agency）。", "an agency user needs --agency.")
    if role not in ("enterprise",) and uscc:
        raise InputError("只有企业用户可以指定 --uscc。", "--uscc is only for enterprise users.")
    if role not in ("agency",) and agency:
        raise InputError("只有评价机构用户可以指定 --agency。", "--agency is only for agency users.")
    token = new_token()
    with store.write() as db:
        if db.execute("SELECT 1 FROM users WHERE name=?", (name,)).fetchone():
            raise InputError(f"用户已存在：{name}", f"user already exists: {name}", code="conflict", http_status=409)
        db.execute("INSERT INTO users (name, role, uscc, agency, token_hash, created_at, created_by) "
                   "VALUES (?,?,?,?,?,?,?)", (name, role, uscc, agency, hash_secret(token), now(), actor))
        store._audit(db, actor, "user.add", name, {"role": role, "uscc": uscc, "agency": agency})
    return token


def list_users(store: Store) -> list[dict]:
    rows = store.db.execute("SELECT name, role, uscc, agency, created_at, disabled_at FROM users ORDER BY id").fetchall()
    return [dict(r) for r in rows]


def disable_user(store: Store, name: str, *, actor: str = "cli") -> None:
    with store.write() as db:
        row = db.execute("SELECT id, disabled_at FROM users WHERE name=?", (name,)).fetchone()
        if row is None:
            raise NotFound(f"用户不存在：{name}", f"user not found: {name}")
        if row["disabled_at"] is None:
            db.execute("UPDATE users SET disabled_at=? WHERE id=?", (now(), row["id"]))
            db.execute("DELETE FROM sessions WHERE user_id=?", (row["id"],))
            store._audit(db, actor, "user.disable", name, {})


def _user(row, via: str) -> User:
    return User(id=row["id"], name=row["name"], role=row["role"], uscc=row["uscc"], agency=row["agency"], via=via)


def user_for_token(store: Store, token: str) -> User | None:
    row = store.db.execute("SELECT * FROM users WHERE token_hash=? AND disabled_at IS NULL",
                           (hash_secret(token),)).fetchone()
    return _user(row, "token") if row else None


def user_for_session(store: Store, cookie: str) -> User | None:
    row = store.db.execute(
        "SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id "
        "WHERE s.id_hash=? AND s.expires_at > ? AND u.disabled_at IS NULL", (hash_secret(cookie), now())).fetchone()
    return _user(row, "session") if row else None


def open_session(store: Store, user: User) -> str:
    cookie = secrets.token_urlsafe(32)
    expires = (datetime.now(timezone.utc) + timedelta(hours=SESSION_HOURS)).isoformat(timespec="seconds")
    with store.write() as db:
        db.execute("DELETE FROM sessions WHERE expires_at <= ?", (now(),))
        db.execute("INSERT INTO sessions (id_hash, user_id, created_at, expires_at) VALUES (?,?,?,?)",
                   (hash_secret(cookie), user.id, now(), expires))
        store._audit(db, user.name, "user.login", user.name, {})
    return cookie


def close_session(store: Store, cookie: str) -> None:
    with store.write() as db:
        db.execute("DELETE FROM sessions WHERE id_hash=?", (hash_secret(cookie),))


# ---- access rules ------------------------------------------------------------------------------
def report_filter(user: User, alias: str = "") -> tuple[str, tuple]:
    """SQL condition on ``reports`` (optionally aliased, e.g. "r.") for the reports ``user`` may see."""
    if user.is_staff:
        return "1=1", ()
    own = f"{alias}id IN (SELECT report_id FROM uploads WHERE user_id=?)"
    if user.role == "enterprise":
        return f"({alias}uscc = ? OR {own})", (user.uscc, user.id)
    if user.role == "agency":
        return f"({alias}agency = ? OR {own})", (user.agency, user.id)
    return "0=1", ()


def can_see(store: Store, user: User, row) -> bool:
    if user.is_staff:
        return True
    if user.role == "enterprise" and row["uscc"] and row["uscc"] == user.uscc:
        return True
    if user.role == "agency" and row["agency"] and row["agency"] == user.agency:
        return True
    return store.db.execute("SELECT 1 FROM uploads WHERE report_id=? AND user_id=?",
                            (row["id"], user.id)).fetchone() is not None


def not_found(report_id: str) -> NotFound:
    return NotFound(f"报告不存在：{report_id}", f"report not found: {report_id}")


def get_report(store: Store, user: User, report_id: str, action: str):
    """The report row if ``user`` may see it; audits the read (or the refused attempt). 404 otherwise."""
    row = store.db.execute("SELECT * FROM reports WHERE id=?", (report_id,)).fetchone()
    if row is None or not can_see(store, user, row):
        if row is not None:
            store.audit(user.name, "report.denied", report_id, {"action": action})
        raise not_found(report_id)
    store.audit(user.name, action, report_id, {})
    return row


def upload_identity_conflict(user: User, uscc: str | None, agency: str | None) -> InputError | None:
    """A tenant may only submit its own reports: a recognised identity that is not theirs is refused."""
    if user.role == "enterprise" and uscc and uscc != user.uscc:
        return InputError("报告中的统一社会信用代码与您的账户不一致，不能以本账户提交他人的报告。",
                          "the report's USCC differs from your account's; you can only submit your own reports.",
                          code="identity_mismatch")
    if user.role == "agency" and agency and agency != user.agency:
        return InputError("报告的评价机构与您的账户不一致，不能以本账户提交其他机构的报告。",
                          "the report's agency differs from your account's.", code="identity_mismatch")
    return None
