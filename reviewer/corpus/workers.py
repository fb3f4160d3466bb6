"""Worker processes for batch ingest.

Parsing and the report-only part of a review (facts, every check outside the corpus family,
coverage, passage preparation — about 80 % of a review's time) run in worker processes. The
calling process keeps what must be serial: the corpus checks against everything stored so
far, and the single SQLite writer. Reports are finished in input order, so a parallel batch
stores exactly what a serial one would.
"""

from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import deque
from typing import Iterator

from reviewer import errors

PRELOAD = ["reviewer.service", "reviewer.rules", "reviewer.ingest", "reviewer.structure", "reviewer.corpus.reuse",
           "reviewer.retrieval.coverage"]
_SERVICE = None  # the worker's own ReviewService (no corpus: drafting needs none)
_HOME = None  # the corpus home, where the worker stores the files it drafts


def _init(settings_json: str, batch_pid: int, home: str) -> None:
    global _SERVICE, _HOME
    from reviewer.service import ReviewService
    from reviewer.settings import Settings

    _SERVICE = ReviewService(Settings.model_validate_json(settings_json))
    _HOME = home
    threading.Thread(target=_exit_with, args=(batch_pid,), daemon=True).start()


def _exit_with(pid: int) -> None:
    """A worker blocks on its task queue forever if the batch process is killed (it holds both
    ends of the queue's pipe itself), so it checks once a second that the batch still runs."""
    while True:
        time.sleep(1.0)
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            os._exit(1)
        except PermissionError:  # someone else's process now has that pid
            os._exit(1)


def draft_job(data: bytes, filename: str, doc=None) -> tuple:
    """Parse (unless ``doc`` is given), draft one review and store the file (content-addressed:
    harmless if the report is never committed). Errors come back as plain tuples: an exception
    class of ours may not survive pickling with its two messages."""
    from reviewer.corpus.batch import _parse
    from reviewer.corpus.store import put_file

    try:
        if doc is None:
            doc = _parse(_SERVICE, data, filename)
        draft = _SERVICE.draft(doc, for_corpus=True)
        put_file(_HOME, data)
        return ("ok", draft)
    except errors.GreenreviewError as exc:
        return ("error", type(exc).__name__, exc.zh, exc.en, exc.code)
    except Exception as exc:  # noqa: BLE001 — reported for this file only
        return ("crash", type(exc).__name__, str(exc))


def _rebuild(out: tuple) -> Exception:
    if out[0] == "error":
        cls = getattr(errors, out[1], errors.GreenreviewError)
        cls = cls if isinstance(cls, type) and issubclass(cls, errors.GreenreviewError) else errors.GreenreviewError
        return cls(out[2], out[3], code=out[4])
    return RuntimeError(f"{out[1]}: {out[2]}")


def parallel(service, store, items, actor: str, workers: int) -> Iterator[dict]:
    """Results for ``items`` in input order (see reviewer.corpus.batch.run)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from reviewer.corpus.batch import _error_result, _exists, _finish, _serial_one, _stored

    # forkserver: workers fork from a clean server with our modules imported once (no threads
    # inherited from the caller, no per-worker import cost)
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    pending: deque = deque()
    feed = iter(items)
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init,
                             initargs=(service.settings.model_dump_json(), os.getpid(), str(store.home))) as pool:

        def submit_next() -> bool:
            item = next(feed, None)
            if item is None:
                return False
            try:
                data = item.load()
            except Exception as exc:  # noqa: BLE001
                pending.append((item, None, None, _error_result(item, exc)))
                return True
            rid = hashlib.sha256(data).hexdigest()
            if _stored(store, rid):
                pending.append((item, rid, None, _exists(rid, item.filename)))
                return True
            doc = item.doc
            pending.append((item, rid, data, pool.submit(draft_job, data, item.filename, doc)))
            return True

        while len(pending) < 2 * workers and submit_next():
            pass
        while pending:
            item, rid, data, job = pending.popleft()
            submit_next()
            if isinstance(job, dict):
                yield job
                continue
            try:
                out = job.result()
            except BrokenProcessPool:  # a worker died (e.g. out of memory): do this one here
                yield _serial_one(service, store, item, actor)
                continue
            if out[0] != "ok":
                yield _error_result(item, _rebuild(out))
                continue
            try:
                yield _finish(service, store, rid, data, item.filename, out[1], actor=actor)
            except Exception as exc:  # noqa: BLE001
                yield _error_result(item, exc)
