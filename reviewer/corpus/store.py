"""The corpus store: one SQLite database (WAL) under ``--home`` plus content-addressed
original files. Numbered migrations in ``migrations/NNN_name.sql`` are applied in order,
each in its own transaction. All writes go through ``Store.write()`` (one writer per
process; SQLite's busy timeout serialises processes), so a crash leaves either the whole
change or none of it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
import threading
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from reviewer.errors import NotFound

DB_NAME = "corpus.sqlite3"


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _migrations() -> list[tuple[int, str, str]]:
    out = []
    for item in resources.files("reviewer.corpus").joinpath("migrations").iterdir():
        name = item.name
        if name.endswith(".sql") and name[:3].isdigit():
            out.append((int(name[:3]), name, item.read_text(encoding="utf-8")))
    return sorted(out)


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


WAL_AUTOCHECKPOINT = 10000  # pages; the reuse index takes random-key inserts, so checkpoint rarely
CACHE_KIB = 65536  # SQLite page cache per connection
BATCH_CACHE_KIB = 262144  # for the one writing connection during a batch ingest


def file_rel(sha: str) -> str:
    """Where a stored file lives, relative to the home (content-addressed)."""
    return f"files/{sha[:2]}/{sha}"


def put_file(home: Path, data: bytes) -> tuple[str, str]:
    """Write ``data`` under ``home`` content-addressed (atomic, idempotent; no database: batch
    workers store the files they parse, so the writing process need not)."""
    sha = hashlib.sha256(data).hexdigest()
    rel = file_rel(sha)
    path = Path(home) / rel
    if not path.exists():
        atomic_write(path, data)
    return sha, rel


class Store:
    def __init__(self, home: str | Path):
        self.home = Path(home)
        self.home.mkdir(parents=True, exist_ok=True)
        self.path = self.home / DB_NAME
        self._lock = threading.RLock()
        self._local = threading.local()
        with self.write() as db:
            self._migrate(db)

    # ---- connections ------------------------------------------------------
    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        db.row_factory = sqlite3.Row
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        # the reuse index takes random-key inserts: a bigger page cache and rarer WAL checkpoints
        db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        db.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")
        return db

    @property
    def db(self) -> sqlite3.Connection:
        """This thread's connection (reads)."""
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect()
        return db

    @contextmanager
    def write(self):
        """One write transaction: BEGIN IMMEDIATE ... COMMIT, rolled back on any error."""
        with self._lock:
            db = self.db
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
            except BaseException:
                db.execute("ROLLBACK")
                raise
            db.execute("COMMIT")

    @contextmanager
    def batch_writing(self, every: float = 1.0):
        """For a batch of writes: WAL checkpoints run on a thread and connection of their own
        instead of inside whichever commit crosses the WAL threshold (on a large corpus one
        checkpoint costs ~100 ms, more than a whole report's write). PASSIVE checkpoints never
        block readers or the writer; the automatic threshold is restored afterwards."""
        self.db.execute("PRAGMA wal_autocheckpoint=0")
        # and a larger page cache: the reuse index is read at random, and a host may evict
        # the file's pages from its own cache between reports
        self.db.execute(f"PRAGMA cache_size=-{BATCH_CACHE_KIB}")
        stop = threading.Event()

        def loop() -> None:
            con = self._connect()
            try:
                while not stop.wait(every):
                    con.execute("PRAGMA wal_checkpoint(PASSIVE)")
                con.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                con.close()

        thread = threading.Thread(target=loop, name="greenreview-checkpoint", daemon=True)
        thread.start()
        try:
            yield self
        finally:
            stop.set()
            thread.join()
            self.db.execute(f"PRAGMA wal_autocheckpoint={WAL_AUTOCHECKPOINT}")
            self.db.execute(f"PRAGMA cache_size=-{CACHE_KIB}")

    def _migrate(self, db: sqlite3.Connection) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
        done = {r[0] for r in db.execute("SELECT version FROM schema_version")}
        for version, name, sql in _migrations():
            if version in done:
                continue
            for stmt in _statements(sql):
                db.execute(stmt)
            db.execute("INSERT INTO schema_version VALUES (?, ?, ?)", (version, name, now()))

    def schema_version(self) -> int:
        return self.db.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0

    # ---- files --------------------------------------------------------------
    def put_file(self, data: bytes) -> tuple[str, str]:
        """Store bytes content-addressed; returns (sha256, path relative to home). Idempotent."""
        return put_file(self.home, data)

    def file_path(self, rel: str) -> Path:
        return self.home / rel

    # ---- reports and reviews -------------------------------------------------
    def add_report(self, data: bytes, doc, facts, review=None, *, actor: str = "cli") -> tuple[str, bool]:
        """Store a report (and its review) once; returns (id, created). Re-adding is a no-op
        apart from saving a newer review."""
        sha, _rel = self.put_file(data)
        with self.write() as db:
            return self.add_report_row(db, sha, doc, facts, review, actor=actor)

    def add_report_row(self, db, sha: str, doc, facts, review=None, *, actor: str = "cli") -> tuple[str, bool]:
        """The report row (its file already stored) and review, inside the caller's transaction."""
        agency_rep = facts.value("agency_legal_rep") if facts else None
        year = facts.report_date.value.year if facts and facts.report_date else None
        exists = db.execute("SELECT 1 FROM reports WHERE id=?", (sha,)).fetchone()
        if not exists:
            db.execute(
                "INSERT INTO reports (id, file_name, format, pages, type, kind, regime, entity, uscc, agency, "
                "agency_legal_rep, report_date, report_year, stored_path, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (sha, doc.source, doc.format, doc.pages, facts.type, facts.kind, facts.regime, facts.entity, facts.uscc,
                 facts.agency if facts.kind == "third_party" else None, agency_rep,
                 facts.report_date.value.isoformat() if facts.report_date else None, year, file_rel(sha),
                 now()))
            self._audit(db, actor, "report.ingest", sha, {"file": doc.source})
        if review is not None:
            self._save_review(db, sha, review)
        return sha, not exists

    def save_review(self, report_id: str, review, *, actor: str = "cli") -> int:
        with self.write() as db:
            rid = self._save_review(db, report_id, review)
            self._audit(db, actor, "review.save", report_id, {"review": rid})
            return rid

    def _save_review(self, db, report_id: str, review) -> int:
        d = review.to_json_dict() if hasattr(review, "to_json_dict") else review
        cur = db.execute(
            "INSERT INTO reviews (report_id, created_at, rules_version, settings_hash, risk, review_json) VALUES (?,?,?,?,?,?)",
            (report_id, now(), d["tool"]["rules"], d["tool"]["settings_hash"], d["summary"]["risk"],
             json.dumps(d, ensure_ascii=False)))
        return cur.lastrowid

    def report(self, report_id: str) -> sqlite3.Row:
        row = self.db.execute("SELECT * FROM reports WHERE id=?", (report_id,)).fetchone()
        if row is None:
            raise NotFound(f"报告不存在：{report_id}", f"report not found: {report_id}")
        return row

    def reports(self, where: str = "1=1", params: tuple = ()) -> list[sqlite3.Row]:
        return self.db.execute(f"SELECT * FROM reports WHERE {where} ORDER BY ingested_at", params).fetchall()  # noqa: S608

    def latest_review(self, report_id: str) -> dict | None:
        row = self.db.execute("SELECT review_json FROM reviews WHERE report_id=? ORDER BY id DESC LIMIT 1",
                              (report_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def delete_report(self, report_id: str, *, actor: str = "cli") -> None:
        self.report(report_id)
        with self.write() as db:
            db.execute("DELETE FROM reports WHERE id=?", (report_id,))
            self._audit(db, actor, "report.delete", report_id, {})

    # ---- audit ---------------------------------------------------------------
    def audit(self, actor: str, action: str, target: str | None = None, detail: dict | None = None) -> None:
        with self.write() as db:
            self._audit(db, actor, action, target, detail or {})

    @staticmethod
    def _audit(db, actor: str, action: str, target: str | None, detail: dict) -> None:
        db.execute("INSERT INTO audit (at, actor, action, target, detail) VALUES (?,?,?,?,?)",
                   (now(), actor, action, target, json.dumps(detail, ensure_ascii=False)))


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping CREATE TRIGGER ... END; blocks whole."""
    out, buf = [], []
    in_trigger = False
    for line in sql.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") or not stripped:
            continue
        buf.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            in_trigger = True
        if (in_trigger and upper.endswith("END;")) or (not in_trigger and stripped.endswith(";")):
            out.append("\n".join(buf))
            buf, in_trigger = [], False
    if buf:
        out.append("\n".join(buf))
    return out
