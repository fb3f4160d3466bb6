"""Review jobs survive a restart: queued ones resume, interrupted ones are re-run once and then
failed with a reason. Process workers produce the same result as thread workers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from api.jobs import MAX_ATTEMPTS
from reviewer.corpus.store import now
from tests.api.conftest import CLEAN_PDF, DEFECTS_PDF, SELF_DOCX, bearer, make_app, make_users, upload, wait_job


def _insert_job(store, job_id, report_id, status, attempts):
    with store.write() as db:
        db.execute("INSERT INTO jobs (id, report_id, status, stage, progress, attempts, created_by, created_at, "
                   "updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
                   (job_id, report_id, status, "规则检查", 0.5, attempts, "admin", now(), now()))


def test_jobs_survive_a_restart(tmp_path):
    home = tmp_path / "home"
    app = make_app(home)
    toks = make_users(app)
    with TestClient(app) as c:
        ids = [upload(c, toks["admin"], p).json()["id"] for p in (DEFECTS_PDF, CLEAN_PDF, SELF_DOCX)]
    store = app.state.ctx.store
    # what a crash leaves behind: one job mid-run, one waiting, one that already crashed the server twice
    _insert_job(store, "interrupted", ids[0], "running", 1)
    _insert_job(store, "waiting", ids[1], "queued", 0)
    _insert_job(store, "hopeless", ids[2], "running", MAX_ATTEMPTS)

    app2 = make_app(home)  # the restarted server
    with TestClient(app2) as c:
        tok = toks["admin"]
        assert wait_job(c, tok, "interrupted")["status"] == "done"
        assert wait_job(c, tok, "waiting")["status"] == "done"
        failed = c.get("/api/jobs/hopeless", headers=bearer(tok)).json()
        assert failed["status"] == "failed" and "服务重启" in failed["error"]["message"]
        assert c.get(f"/api/reports/{ids[0]}/review", headers=bearer(tok)).status_code == 200
    audit = {r["target"] for r in app2.state.ctx.store.db.execute("SELECT target FROM audit WHERE action='job.recover'")}
    assert audit == {"interrupted", "hopeless"}


def test_queued_jobs_are_not_lost_on_shutdown(tmp_path):
    home = tmp_path / "home"
    app = make_app(home)
    toks = make_users(app)
    with TestClient(app) as c:
        rid = upload(c, toks["admin"], CLEAN_PDF).json()["id"]
        app.state.ctx.jobs._closed = True  # the server is going down: nothing more is started
        job_id = c.post(f"/api/reports/{rid}/review", headers=bearer(toks["admin"])).json()["job_id"]
    assert app.state.ctx.store.db.execute("SELECT status FROM jobs WHERE id=?", (job_id,)).fetchone()[0] == "queued"
    with TestClient(make_app(home)) as c:
        assert wait_job(c, toks["admin"], job_id)["status"] == "done"


def test_a_failing_review_is_recorded_not_lost(tmp_path):
    app = make_app(tmp_path / "home")
    toks = make_users(app)
    with TestClient(app) as c:
        rid = upload(c, toks["admin"], CLEAN_PDF).json()["id"]
        row = app.state.ctx.store.report(rid)
        app.state.ctx.store.file_path(row["stored_path"]).write_bytes(b"%PDF-1.7\nbroken")
        job_id = c.post(f"/api/reports/{rid}/review", headers=bearer(toks["admin"])).json()["job_id"]
        job = wait_job(c, toks["admin"], job_id)
        assert job["status"] == "failed" and job["error"]["message"]
        assert c.get("/api/health").status_code == 200


def test_process_workers(tmp_path):
    app = make_app(tmp_path / "home", worker_mode="process", workers=1)
    toks = make_users(app)
    with TestClient(app) as c:
        rid = upload(c, toks["admin"], DEFECTS_PDF).json()["id"]
        job_id = c.post(f"/api/reports/{rid}/review", headers=bearer(toks["admin"])).json()["job_id"]
        job = wait_job(c, toks["admin"], job_id, timeout=120)
        assert job["status"] == "done", job
        review = c.get(f"/api/reports/{rid}/review", headers=bearer(toks["admin"])).json()
        assert {"STD.WRONG_BASIS", "EVIDENCE.MISSING"} <= {f["code"] for f in review["findings"]}
        assert job["attempts"] == 1
