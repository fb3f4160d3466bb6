"""Agency oversight: registry and aliases, Art. 21 bans, annual project cap (digit tests: agency_digits.py).

A ban runs from its decision date for ``years`` years; ``end_date`` (the same calendar
day ``years`` later, 28 Feb for a 29 Feb start) is the first day the agency is trusted
again. Reports dated inside [start_date, end_date) get AGENCY.BANNED.
"""

from __future__ import annotations

from collections import defaultdict
import datetime as dt

from reviewer.corpus.store import now
from reviewer.errors import InputError, NotFound


# ---------------------------------------------------------------------------- names
def _clean(name: str) -> str:
    return "".join((name or "").split())


def canonical_name(store, name: str) -> str:
    """The registry name for ``name`` (through aliases); ``name`` itself when unknown."""
    n = _clean(name)
    row = store.db.execute("SELECT name FROM agency_aliases WHERE alias=?", (n,)).fetchone()
    return row[0] if row else n


def names_of(store, name: str) -> set[str]:
    """The agency's name and every alias."""
    canon = canonical_name(store, name)
    out = {canon, _clean(name)}
    out.update(r[0] for r in store.db.execute("SELECT alias FROM agency_aliases WHERE name=?", (canon,)))
    return out


def add_alias(store, name: str, alias: str, actor: str = "cli") -> None:
    canon = canonical_name(store, name)
    with store.write() as db:
        db.execute("INSERT INTO agencies (name, legal_rep, first_seen) VALUES (?, NULL, ?) ON CONFLICT(name) DO NOTHING",
                   (canon, now()))
        db.execute("INSERT OR REPLACE INTO agency_aliases (alias, name) VALUES (?, ?)", (_clean(alias), canon))
        store._audit(db, actor, "agency.alias", canon, {"alias": _clean(alias)})


# ---------------------------------------------------------------------------- bans
def _parse_date(value) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(f"日期格式应为 YYYY-MM-DD：{value}", f"date must be YYYY-MM-DD: {value}") from None


def add_years(d: dt.date, years: int) -> dt.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 Feb -> 28 Feb
        return d.replace(year=d.year + years, day=28)


def ban(store, name: str, date, reason: str, years: int = 3, actor: str = "cli") -> dict:  # noqa: A002
    """Record an Art. 21 decision: the agency is not trusted from ``date`` (YYYY-MM-DD or a
    date) for ``years`` years."""
    name = _clean(name)
    if not name:
        raise InputError("机构名称不能为空", "agency name is required")
    if not (reason or "").strip():
        raise InputError("必须填写不予采信的原因", "a reason is required")
    if int(years) < 1:
        raise InputError("年限至少为 1 年", "years must be at least 1")
    start = _parse_date(date)
    end = add_years(start, int(years))
    canon = canonical_name(store, name)
    rep = store.db.execute("SELECT legal_rep FROM agencies WHERE name=?", (canon,)).fetchone()
    with store.write() as db:
        db.execute("INSERT INTO agencies (name, legal_rep, first_seen) VALUES (?, NULL, ?) ON CONFLICT(name) DO NOTHING",
                   (canon, now()))
        cur = db.execute("INSERT INTO bans (agency, legal_rep, start_date, end_date, years, reason, created_at, actor) "
                         "VALUES (?,?,?,?,?,?,?,?)",
                         (canon, rep[0] if rep else None, start.isoformat(), end.isoformat(), int(years),
                          reason.strip(), now(), actor))
        bid = cur.lastrowid
        store._audit(db, actor, "agency.ban", canon, {"ban": bid, "start": start.isoformat(), "end": end.isoformat(),
                                                      "years": int(years), "reason": reason.strip()})
    return get_ban(store, bid)


def get_ban(store, ban_id: int) -> dict:
    row = store.db.execute("SELECT * FROM bans WHERE id=?", (ban_id,)).fetchone()
    if row is None:
        raise NotFound(f"不予采信记录不存在：{ban_id}", f"ban not found: {ban_id}")
    return dict(row)


def unban(store, name: str, actor: str = "cli", note: str = "") -> int:
    """Lift every active ban of the agency (kept in the history); returns how many were lifted."""
    ns = names_of(store, name)
    q = ",".join("?" * len(ns))
    rows = store.db.execute(f"SELECT id FROM bans WHERE agency IN ({q}) AND lifted_at IS NULL", tuple(ns)).fetchall()  # noqa: S608
    if not rows:
        raise NotFound(f"该机构没有生效的不予采信记录：{name}", f"no active ban for agency: {name}")
    with store.write() as db:
        for (bid,) in rows:
            db.execute("UPDATE bans SET lifted_at=?, lifted_by=?, lift_note=? WHERE id=?", (now(), actor, note, bid))
            store._audit(db, actor, "agency.unban", canonical_name(store, name), {"ban": bid, "note": note})
    return len(rows)


def bans(store, *, include_lifted: bool = True) -> list[dict]:
    where = "" if include_lifted else "WHERE lifted_at IS NULL"
    return [dict(r) for r in store.db.execute(f"SELECT * FROM bans {where} ORDER BY start_date, id")]  # noqa: S608


def active_ban(store, name: str | None, on: dt.date) -> dict | None:
    """The ban in force for the agency on ``on`` (start <= on < end), if any."""
    if not name:
        return None
    ns = names_of(store, name)
    q = ",".join("?" * len(ns))
    row = store.db.execute(
        f"SELECT * FROM bans WHERE agency IN ({q}) AND lifted_at IS NULL AND start_date <= ? AND end_date > ? "  # noqa: S608
        "ORDER BY start_date LIMIT 1", (*ns, on.isoformat(), on.isoformat())).fetchone()
    return dict(row) if row else None


# ---------------------------------------------------------------------------- cap
def projects_in_year(store, *, legal_rep: str | None, agency: str | None, year: int, exclude=()) -> list[dict]:
    """Third-party reports of the legal representative (or, without one, the agency) in ``year``;
    one per project (entity + type), newest first."""
    if legal_rep:
        rows = store.reports("kind='third_party' AND agency_legal_rep=? AND report_year=?", (legal_rep, year))
    elif agency:
        ns = names_of(store, agency)
        q = ",".join("?" * len(ns))
        rows = store.reports(f"kind='third_party' AND agency IN ({q}) AND report_year=?", (*ns, year))
    else:
        return []
    seen, out = set(), []
    for r in rows:
        if r["id"] in exclude:
            continue
        key = (r["uscc"] or r["entity"] or r["id"], r["type"])
        if key in seen:
            continue
        seen.add(key)
        out.append(dict(r))
    return out


# ---------------------------------------------------------------------------- the table
def agency_table(store, year: int | None = None, settings=None) -> list[dict]:
    """One row per agency: reports per year, findings by severity (latest reviews), reuse
    pairs, digit-test result, ban status and cap check."""
    from reviewer.corpus.agency_digits import portfolio_digits
    from reviewer.settings import CorpusSettings

    cs = settings or CorpusSettings()
    where, params = "kind='third_party' AND agency IS NOT NULL", ()
    if year is not None:
        where += " AND report_year=?"
        params = (int(year),)
    rows = store.reports(where, params)
    groups: dict[str, list] = defaultdict(list)
    for r in rows:
        groups[canonical_name(store, r["agency"])].append(r)
    registered = [r[0] for r in store.db.execute("SELECT name FROM agencies")]
    for name in registered:
        if year is None:
            groups.setdefault(name, [])
    today = dt.date.today()
    out = []
    for name, reps in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        per_year: dict[int, int] = defaultdict(int)
        sev = {"high": 0, "medium": 0, "low": 0, "info": 0}
        pairs = set()
        legal = {r["agency_legal_rep"] for r in reps if r["agency_legal_rep"]}
        for r in reps:
            if r["report_year"]:
                per_year[r["report_year"]] += 1
            review = store.latest_review(r["id"])
            if not review:
                continue
            for s, c in review["summary"]["counts"].items():
                sev[s] = sev.get(s, 0) + c
            for f in review["findings"]:
                if f["code"] in ("FAB.TEXT_REUSE", "FAB.DATA_REUSE") and f.get("related_report"):
                    pairs.add(tuple(sorted((r["id"], f["related_report"]["id"]))))
        if not legal:
            reg = store.db.execute("SELECT legal_rep FROM agencies WHERE name=?", (name,)).fetchone()
            if reg and reg[0]:
                legal = {reg[0]}
        ban_now = active_ban(store, name, today)
        over = {}
        for rep in sorted(legal) or [None]:
            for y in sorted(per_year):
                n = len(projects_in_year(store, legal_rep=rep, agency=name, year=y))
                if n > cs.agency_cap_per_year:
                    over[y] = n
        digits = portfolio_digits(store, name, min_values=cs.digits_min_values)
        out.append({
            "agency": name,
            "legal_rep": "、".join(sorted(legal)) or None,
            "reports": len(reps),
            "per_year": {str(y): n for y, n in sorted(per_year.items())},
            "findings": sev,
            "reuse_pairs": len(pairs),
            "digits": digits,
            "banned": bool(ban_now),
            "ban": ban_now,
            "cap_exceeded": {str(y): n for y, n in over.items()},
        })
    return out
