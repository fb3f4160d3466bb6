"""Art. 22 complaints: real-name complainant, target, content, evidence files, linked
reports, status received -> verifying -> substantiated | unsubstantiated, resulting
actions. Every change is one transaction with its audit row and a status event."""

from __future__ import annotations

from pathlib import Path

from reviewer.corpus.store import now
from reviewer.errors import InputError, NotFound

STATUSES = ("received", "verifying", "substantiated", "unsubstantiated")
STATUS_ZH = {"received": "已受理", "verifying": "核实中", "substantiated": "属实", "unsubstantiated": "不属实"}
TARGET_TYPES = ("unit", "agency")
TRANSITIONS = {
    "received": {"verifying"},
    "verifying": {"substantiated", "unsubstantiated"},
    "substantiated": set(),
    "unsubstantiated": set(),
}


def add_complaint(store, *, name: str, contact: str, target_type: str, target: str, content: str,
                  evidence_files=(), report_ids=(), actor: str = "cli") -> int:
    """Record a complaint. Real name and contact are required (anonymous complaints are not
    accepted under Art. 22). ``evidence_files``: paths or (file name, bytes) pairs."""
    name, contact, target, content = (x.strip() if isinstance(x, str) else "" for x in (name, contact, target, content))
    if not name or not contact:
        raise InputError("投诉须实名并留联系方式（第二十二条）", "a complaint needs the complainant's real name and contact")
    if target_type not in TARGET_TYPES:
        raise InputError(f"投诉对象类型应为 unit（单位）或 agency（机构）：{target_type}",
                         f"target type must be unit or agency: {target_type}")
    if not target or not content:
        raise InputError("投诉对象和内容不能为空", "target and content are required")
    files = []
    for ev in evidence_files:
        if isinstance(ev, (tuple, list)):
            fname, data = ev
        else:
            p = Path(ev)
            if not p.is_file():
                raise InputError(f"证据文件不存在：{ev}", f"evidence file not found: {ev}")
            fname, data = p.name, p.read_bytes()
        sha, rel = store.put_file(data)
        files.append((fname, sha, rel))
    for rid in report_ids:
        store.report(rid)  # raises NotFound
    ts = now()
    with store.write() as db:
        cur = db.execute("INSERT INTO complaints (created_at, updated_at, name, contact, target_type, target, content, status) "
                         "VALUES (?,?,?,?,?,?,?, 'received')", (ts, ts, name, contact, target_type, target, content))
        cid = cur.lastrowid
        db.executemany("INSERT INTO complaint_files (complaint_id, file_name, sha256, stored_path) VALUES (?,?,?,?)",
                       [(cid, *f) for f in files])
        db.executemany("INSERT OR IGNORE INTO complaint_reports (complaint_id, report_id) VALUES (?,?)",
                       [(cid, r) for r in report_ids])
        db.execute("INSERT INTO complaint_events (complaint_id, at, actor, status_from, status_to, note) VALUES (?,?,?,?,?,?)",
                   (cid, ts, actor, None, "received", "受理"))
        store._audit(db, actor, "complaint.add", str(cid), {"target_type": target_type, "target": target,
                                                            "files": [f[1] for f in files], "reports": list(report_ids)})
    return cid


def list_complaints(store, status: str | None = None) -> list[dict]:
    if status:
        rows = store.db.execute("SELECT * FROM complaints WHERE status=? ORDER BY id", (status,))
    else:
        rows = store.db.execute("SELECT * FROM complaints ORDER BY id")
    return [dict(r) for r in rows]


def get_complaint(store, complaint_id: int) -> dict:
    row = store.db.execute("SELECT * FROM complaints WHERE id=?", (int(complaint_id),)).fetchone()
    if row is None:
        raise NotFound(f"投诉不存在：{complaint_id}", f"complaint not found: {complaint_id}")
    out = dict(row)
    cid = out["id"]
    out["files"] = [dict(r) for r in store.db.execute(
        "SELECT file_name, sha256, stored_path FROM complaint_files WHERE complaint_id=?", (cid,))]
    out["reports"] = [r[0] for r in store.db.execute(
        "SELECT report_id FROM complaint_reports WHERE complaint_id=? ORDER BY report_id", (cid,))]
    out["events"] = [dict(r) for r in store.db.execute(
        "SELECT at, actor, status_from, status_to, note FROM complaint_events WHERE complaint_id=? ORDER BY id", (cid,))]
    return out


def update_status(store, complaint_id: int, status: str, actor: str, note: str = "", *, action: str | None = None,
                  report_ids=()) -> dict:
    """Move a complaint along received -> verifying -> substantiated | unsubstantiated; a
    note is required for the final decision. ``action`` records a resulting action."""
    c = get_complaint(store, complaint_id)
    if status not in STATUSES:
        raise InputError(f"未知状态：{status}（可选 {'、'.join(STATUSES)}）", f"unknown status: {status}")
    if status not in TRANSITIONS[c["status"]]:
        raise InputError(f"不能从“{STATUS_ZH[c['status']]}”变为“{STATUS_ZH[status]}”",
                         f"cannot move a complaint from {c['status']} to {status}")
    if status in ("substantiated", "unsubstantiated") and not (note or "").strip():
        raise InputError("核实结论须说明理由", "a note is required for the decision")
    for rid in report_ids:
        store.report(rid)
    ts = now()
    with store.write() as db:
        actions = c["actions"]
        if action:
            actions = f"{actions}\n{action}" if actions else action
        db.execute("UPDATE complaints SET status=?, updated_at=?, actions=? WHERE id=?", (status, ts, actions, c["id"]))
        db.executemany("INSERT OR IGNORE INTO complaint_reports (complaint_id, report_id) VALUES (?,?)",
                       [(c["id"], r) for r in report_ids])
        db.execute("INSERT INTO complaint_events (complaint_id, at, actor, status_from, status_to, note) VALUES (?,?,?,?,?,?)",
                   (c["id"], ts, actor, c["status"], status, note))
        store._audit(db, actor, "complaint.status", str(c["id"]),
                     {"from": c["status"], "to": status, "note": note, "action": action, "reports": list(report_ids)})
    return get_complaint(store, c["id"])
