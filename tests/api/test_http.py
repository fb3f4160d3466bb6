"""The real app over HTTP: uvicorn on 127.0.0.1, a random port, httpx as the client."""

from __future__ import annotations

import io
import json
import time

import docx
import httpx
import pytest

from tests.api.conftest import DEFECTS_PDF, bearer, make_app, make_users
from tests.api.server import running


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    app = make_app(tmp_path_factory.mktemp("live") / "home")
    toks = make_users(app)
    with running(app) as base:
        yield base, toks, app


def test_full_flow_over_http(live):
    base, toks, _ = live
    h = bearer(toks["reviewer"])
    with httpx.Client(base_url=base, timeout=60) as c:
        assert c.get("/api/health").json()["status"] == "ok"
        assert c.get("/api/reports").status_code == 401
        with open(DEFECTS_PDF, "rb") as f:
            r = c.post("/api/reports", headers=h, files={"file": (DEFECTS_PDF.name, f, "application/pdf")})
        assert r.status_code in (200, 201), r.text
        rid = r.json()["id"]
        job_id = c.post(f"/api/reports/{rid}/review", headers=h).json()["job_id"]
        events = []
        with c.stream("GET", f"/api/jobs/{job_id}/events", headers=h) as s:
            for line in s.iter_lines():
                if line.startswith("data: "):
                    events.append(json.loads(line[6:]))
        assert events[-1]["status"] == "done"
        review = c.get(f"/api/reports/{rid}/review", headers=h).json()
        assert review["schema"] == "review@1" and review["findings"]
        d = docx.Document(io.BytesIO(c.get(f"/api/reports/{rid}/review.docx", headers=h).content))
        text = "\n".join(cell.text for t in d.tables for row in t.rows for cell in row.cells)
        assert all(f["code"] in text for f in review["findings"])
        # another tenant, over the wire as well
        assert c.get(f"/api/reports/{rid}/review", headers=bearer(toks["ent_b"])).status_code == 404


def test_100_mb_upload_over_http_is_refused_quickly(live):
    base, toks, app = live
    before = app.state.ctx.store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    big = b"%PDF-1.7\n" + b"\0" * (100 * 1024 * 1024)
    t = time.perf_counter()
    with httpx.Client(base_url=base, timeout=60) as c:
        try:
            r = c.post("/api/reports", headers=bearer(toks["admin"]), files={"file": ("big.pdf", big)})
            assert r.status_code == 413 and r.json()["error"] == "file_too_large"
        except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
            pytest.fail("the server closed the connection instead of answering 413")
    assert time.perf_counter() - t < 30
    assert app.state.ctx.store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == before


def test_server_stays_responsive_during_reviews(live):
    base, toks, _ = live
    h = bearer(toks["admin"])
    with httpx.Client(base_url=base, timeout=60) as c:
        with open(DEFECTS_PDF, "rb") as f:
            rid = c.post("/api/reports", headers=h, files={"file": ("x.pdf", f)}).json()["id"]
        c.post(f"/api/reports/{rid}/review", headers=h)
        t = time.perf_counter()
        assert c.get("/api/health").status_code == 200
        assert time.perf_counter() - t < 2
