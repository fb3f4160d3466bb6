"""Review jobs: persisted in the ``jobs`` table, run by a bounded worker pool.

The database is the single source of truth: a worker (thread or child process) claims a
queued job with one conditional UPDATE, writes its progress there and saves the review
through the store; the API and the SSE stream only read the row. On start-up, jobs left
``running`` by a previous process are re-queued (up to ``MAX_ATTEMPTS``) or marked failed with a
reason, and every queued job is submitted again, so nothing is lost silently.

Process workers (the default for ``greenreview serve``) run at a lower scheduling priority so
that reading pages and reviews stays fast while reports are being reviewed.
"""

from __future__ import annotations

import json
import logging
import multiprocessing
import os
import threading
import uuid
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from reviewer.corpus.store import Store, now
from reviewer.errors import GreenreviewError

log = logging.getLogger("greenreview.jobs")
MAX_ATTEMPTS = 2
WORKER_NICE = 10

# ---- the worker side (runs in a thread or a child process) -------------------------------------
_proc_cache: dict = {}


def _context(home: str, settings_data: dict):
    key = (home, json.dumps(settings_data, sort_keys=True, default=str))
    ctx = _proc_cache.get(key)
    if ctx is None:
        from reviewer.service import ReviewService
        from reviewer.settings import Settings

        store = Store(home)
        ctx = _proc_cache[key] = (store, ReviewService(Settings.model_validate(settings_data), corpus=store))
    return ctx


def _init_process_worker() -> None:
    try:
        os.nice(WORKER_NICE)
    except OSError:
        pass


def run_job(home: str, settings_data: dict, job_id: str) -> str:
    """Claim and run one job; returns its final status. Never raises for a job's own failure."""
    store, service = _context(home, settings_data)
    with store.write() as db:
        cur = db.execute("UPDATE jobs SET status='running', started_at=?, updated_at=?, attempts=attempts+1, "
                         "stage=?, progress=0 WHERE id=? AND status='queued'", (now(), now(), "开始审查", job_id))
        if cur.rowcount == 0:
            return "skipped"  # someone else has it, or it was already finished
        job = db.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()
    last = [0.0]

    def progress(stage: str, fraction: float) -> None:
        fraction = max(0.0, min(1.0, float(fraction)))
        last[0] = fraction
        with store.write() as db:
            db.execute("UPDATE jobs SET stage=?, progress=?, updated_at=? WHERE id=? AND status='running'",
                       (stage, min(fraction, 0.99), now(), job_id))

    try:
        report = store.report(job["report_id"])
        review = service.review_file(store.file_path(report["stored_path"]), filename=report["file_name"],
                                     progress=progress)
        with store.write() as db:
            review_id = store._save_review(db, report["id"], review)
            store._audit(db, job["created_by"], "review.save", report["id"], {"review": review_id, "job": job_id})
            db.execute("UPDATE jobs SET status='done', stage=?, progress=1, review_id=?, finished_at=?, updated_at=? "
                       "WHERE id=?", ("审查完成", review_id, now(), now(), job_id))
        return "done"
    except Exception as exc:  # noqa: BLE001 — the job records why it failed
        if isinstance(exc, GreenreviewError):
            err = exc.to_dict()
        else:
            log.exception("review job %s crashed", job_id)
            err = {"error": "internal", "message": f"审查过程中发生内部错误（{type(exc).__name__}）。",
                   "message_en": f"internal error during the review ({type(exc).__name__})."}
        fail(store, job_id, err)
        return "failed"


def fail(store: Store, job_id: str, err: dict) -> None:
    with store.write() as db:
        db.execute("UPDATE jobs SET status='failed', error=?, finished_at=?, updated_at=? WHERE id=? "
                   "AND status IN ('queued', 'running')", (json.dumps(err, ensure_ascii=False), now(), now(), job_id))


# ---- the server side ----------------------------------------------------------------------------
def job_dict(row) -> dict:
    d = {"job_id": row["id"], "report_id": row["report_id"], "kind": row["kind"], "status": row["status"],
         "stage": row["stage"], "progress": round(row["progress"] or 0.0, 3), "attempts": row["attempts"],
         "created_at": row["created_at"], "started_at": row["started_at"], "finished_at": row["finished_at"],
         "error": json.loads(row["error"]) if row["error"] else None}
    if row["status"] == "done":
        d["review_url"] = f"/api/reports/{row['report_id']}/review"
    return d


class JobManager:
    """Submits persisted jobs to a bounded pool. ``mode`` is "process" or "thread"."""

    def __init__(self, store: Store, settings, *, workers: int = 2, mode: str = "process", max_queue: int = 200):
        if mode not in ("process", "thread"):
            raise ValueError(mode)
        self.store = store
        self.settings = settings
        self.workers = max(1, int(workers))
        self.mode = mode
        self.max_queue = max_queue
        self._settings_data = settings.model_dump(mode="json")
        if settings.llm.api_key:
            self._settings_data["llm"]["api_key"] = settings.llm.api_key
        self._pool: Executor | None = None
        self._lock = threading.Lock()
        self._closed = False

    # pool -------------------------------------------------------------------------------------
    def _executor(self) -> Executor:
        with self._lock:
            if self._pool is None:
                if self.mode == "process":
                    self._pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                                     initializer=_init_process_worker)
                else:
                    self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="greenreview-review")
            return self._pool

    def _submit(self, job_id: str) -> None:
        if self._closed:
            return
        try:
            fut = self._executor().submit(run_job, str(self.store.home), self._settings_data, job_id)
        except (BrokenProcessPool, RuntimeError):
            with self._lock:
                self._pool = None
            fut = self._executor().submit(run_job, str(self.store.home), self._settings_data, job_id)
        fut.add_done_callback(lambda f, j=job_id: self._done(j, f))

    def _done(self, job_id: str, fut) -> None:
        exc = fut.exception() if not fut.cancelled() else None
        if exc is None and not fut.cancelled():
            return
        # the worker died (segfault, OOM kill) or the pool shut down: never leave the job hanging
        if self._closed:
            return
        log.error("review worker lost for job %s: %r", job_id, exc)
        if isinstance(exc, BrokenProcessPool):
            with self._lock:
                self._pool = None
        fail(self.store, job_id, {"error": "worker_lost", "message": "审查进程意外退出，请重新提交审查。",
                                  "message_en": "the review worker died; start the review again."})

    # API --------------------------------------------------------------------------------------
    def start(self) -> None:
        """Recover jobs from a previous run, then submit everything queued."""
        with self.store.write() as db:
            for row in db.execute("SELECT id, attempts FROM jobs WHERE status='running'").fetchall():
                if row["attempts"] >= MAX_ATTEMPTS:
                    err = {"error": "interrupted", "message": f"服务重启导致审查中断，已尝试 {row['attempts']} 次，请重新提交。",
                           "message_en": "the review was interrupted by restarts; start it again."}
                    db.execute("UPDATE jobs SET status='failed', error=?, finished_at=?, updated_at=? WHERE id=?",
                               (json.dumps(err, ensure_ascii=False), now(), now(), row["id"]))
                else:
                    db.execute("UPDATE jobs SET status='queued', stage=?, progress=0, updated_at=? WHERE id=?",
                               ("服务重启后重新排队", now(), row["id"]))
                self.store._audit(db, "system", "job.recover", row["id"], {})
        for row in self.store.db.execute("SELECT id FROM jobs WHERE status='queued' ORDER BY created_at").fetchall():
            self._submit(row["id"])

    def enqueue(self, report_id: str, actor: str) -> tuple[dict, bool]:
        """Queue a review of ``report_id``; returns (job, created). An unfinished job is reused."""
        with self.store.write() as db:
            row = db.execute("SELECT * FROM jobs WHERE report_id=? AND status IN ('queued','running') "
                             "ORDER BY created_at DESC LIMIT 1", (report_id,)).fetchone()
            if row is not None:
                return job_dict(row), False
            queued = db.execute("SELECT COUNT(*) FROM jobs WHERE status IN ('queued','running')").fetchone()[0]
            if queued >= self.max_queue:
                raise GreenreviewError("审查队列已满，请稍后再试。", "the review queue is full; try again later.",
                                       code="queue_full", http_status=503)
            job_id = uuid.uuid4().hex
            db.execute("INSERT INTO jobs (id, report_id, kind, status, stage, progress, created_by, created_at, "
                       "updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                       (job_id, report_id, "review", "queued", "排队等待", 0.0, actor, now(), now()))
            self.store._audit(db, actor, "review.start", report_id, {"job": job_id})
            row = db.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()
        self._submit(job_id)
        return job_dict(row), True

    def get(self, job_id: str):
        return self.store.db.execute("SELECT * FROM jobs WHERE id=?", (job_id,)).fetchone()

    def shutdown(self, wait: bool = True) -> None:
        self._closed = True
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=wait, cancel_futures=True)
