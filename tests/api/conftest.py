"""Shared fixtures for the API tests: an app on a temporary home, one user per role, two tenants."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.auth import add_user
from reviewer.settings import load_settings

ROOT = Path(__file__).resolve().parents[2]
DEFECTS_PDF = ROOT / "tests/web/fixtures/factory_tp_defects.pdf"  # 厦门源昌汽车部件有限公司, 厦门绿蓝节能环保咨询有限公司
CLEAN_PDF = ROOT / "tests/fixtures/reports/factory_tp_clean.pdf"  # 厦门华晖光伏科技有限公司, 厦门市闽信检测认证有限公司
SELF_DOCX = ROOT / "tests/fixtures/reports/factory_self_clean.docx"  # 厦门力鼎精密塑胶有限公司 (self-evaluation)

USCC_A, AGENCY_A = "91350206MAARN11R5F", "厦门绿蓝节能环保咨询有限公司"
USCC_B, AGENCY_B = "91350205MABR3A1P66", "厦门市闽信检测认证有限公司"

ROLES = {
    "admin": ("admin", {}), "reviewer": ("reviewer", {}), "supervisor": ("supervisor", {}),
    "ent_a": ("enterprise", {"uscc": USCC_A}), "ent_b": ("enterprise", {"uscc": USCC_B}),
    "agency_a": ("agency", {"agency": AGENCY_A}), "agency_b": ("agency", {"agency": AGENCY_B}),
}


def make_app(home, **kw):
    return create_app(load_settings(str(home)), **kw)


def make_users(app) -> dict[str, str]:
    store = app.state.ctx.store
    return {name: add_user(store, name, role, **extra, actor="test") for name, (role, extra) in ROLES.items()}


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


def upload(client, token, path: Path, name: str | None = None):
    with open(path, "rb") as f:
        return client.post("/api/reports", headers=bearer(token), files={"file": (name or path.name, f)})


def wait_job(client, token, job_id: str, timeout: float = 60) -> dict:
    end = time.time() + timeout
    while time.time() < end:
        job = client.get(f"/api/jobs/{job_id}", headers=bearer(token)).json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def review(client, token, report_id: str) -> dict:
    r = client.post(f"/api/reports/{report_id}/review", headers=bearer(token))
    assert r.status_code == 202, r.text
    job = wait_job(client, token, r.json()["job_id"])
    assert job["status"] == "done", job
    return job


@pytest.fixture
def app(tmp_path):
    return make_app(tmp_path / "home")


@pytest.fixture
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture
def tokens(app):
    return make_users(app)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """A reviewed corpus of two tenants' reports, shared by the read-only authorisation tests."""
    home = tmp_path_factory.mktemp("world")
    app = make_app(home)
    toks = make_users(app)
    with TestClient(app) as c:
        a = upload(c, toks["admin"], DEFECTS_PDF).json()["id"]
        b = upload(c, toks["admin"], CLEAN_PDF).json()["id"]
        review(c, toks["admin"], a)
        review(c, toks["admin"], b)
        yield {"client": c, "app": app, "tokens": toks, "a": a, "b": b, "home": home}
