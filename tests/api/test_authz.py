"""Authorisation matrix: role × endpoint. Unauthenticated → 401; another tenant's report → 404
(never 403, so existence does not leak); role-gated endpoints → 403 for the wrong role."""

from __future__ import annotations

import pytest

from tests.api.conftest import bearer

# (method, path, json body); {id} is the report, {job} a job of that report
REPORT_ENDPOINTS = [
    ("GET", "/api/reports/{id}", None),
    ("GET", "/api/reports/{id}/file", None),
    ("POST", "/api/reports/{id}/review", None),
    ("GET", "/api/jobs/{job}", None),
    ("GET", "/api/jobs/{job}/events", None),
    ("GET", "/api/reports/{id}/review", None),
    ("GET", "/api/reports/{id}/review.docx", None),
    ("GET", "/api/reports/{id}/review.md", None),
    ("GET", "/api/reports/{id}/review.html", None),
    ("GET", "/api/reports/{id}/pages/1", None),
    ("POST", "/api/reports/{id}/ask", {"question": "报告的评价机构是哪家？"}),
    ("GET", "/api/reports/{id}/similar", None),
]
STAFF_REPORT_ENDPOINTS = [
    ("GET", "/api/reports/{id}/comments", None),
    ("POST", "/api/reports/{id}/comments", {"body": "请补充证明材料。"}),
]
SUPERVISOR_ENDPOINTS = [
    ("GET", "/api/agencies", None), ("GET", "/api/bans", None), ("GET", "/api/complaints", None),
    ("GET", "/api/dashboard", None),
]
ADMIN_ENDPOINTS = [("GET", "/api/users", None), ("GET", "/api/audit", None)]
ALL_ROLES = ["admin", "reviewer", "supervisor", "ent_a", "ent_b", "agency_a", "agency_b"]
OWNERS_OF_A = {"admin", "reviewer", "supervisor", "ent_a", "agency_a"}
OK = {200, 201, 202, 501}  # 501: an optional module (ask) is not installed here


def _call(world, role, method, path, body):
    c = world["client"]
    job = c.get(f"/api/reports/{world['a']}", headers=bearer(world["tokens"]["admin"])).json()["job"]["job_id"]
    url = path.format(id=world["a"], job=job)
    headers = bearer(world["tokens"][role]) if role else {}
    return c.request(method, url, headers=headers, json=body)


def _id(ep):
    return f"{ep[0]} {ep[1]}"


@pytest.mark.parametrize("ep", REPORT_ENDPOINTS + STAFF_REPORT_ENDPOINTS + SUPERVISOR_ENDPOINTS + ADMIN_ENDPOINTS +
                         [("GET", "/api/reports", None), ("POST", "/api/reports", None), ("GET", "/api/me", None),
                          ("GET", "/api/rules", None), ("POST", "/api/complaints", {}),
                          ("DELETE", "/api/reports/{id}", None)], ids=_id)
def test_unauthenticated_gets_401(world, ep):
    r = _call(world, None, *ep)
    assert r.status_code == 401, r.text
    assert r.json()["error"] == "unauthorized" and r.json()["message"]
    assert r.headers.get("www-authenticate") == "Bearer"


def test_bad_token_and_malformed_header_get_401(world):
    c = world["client"]
    assert c.get("/api/reports", headers=bearer("gr_not-a-token")).status_code == 401
    assert c.get("/api/reports", headers={"Authorization": "Basic abc"}).status_code == 401


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("ep", REPORT_ENDPOINTS, ids=_id)
def test_report_endpoint_by_role(world, ep, role):
    r = _call(world, role, *ep)
    if role in OWNERS_OF_A:
        assert r.status_code in OK, (role, r.status_code, r.text[:300])
    else:
        assert r.status_code == 404, (role, r.status_code, r.text[:300])
        assert r.json()["error"] == "not_found"
        assert world["a"] not in r.json().get("message_en", "") or "not found" in r.json()["message_en"]


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("ep", STAFF_REPORT_ENDPOINTS, ids=_id)
def test_comments_are_staff_only(world, ep, role):
    r = _call(world, role, *ep)
    expected = OK if role in ("admin", "reviewer", "supervisor") else {403}
    assert r.status_code in expected, (role, r.status_code, r.text[:200])


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("ep", SUPERVISOR_ENDPOINTS, ids=_id)
def test_supervisor_endpoints(world, ep, role):
    r = _call(world, role, *ep)
    expected = OK if role in ("admin", "supervisor") else {403}
    assert r.status_code in expected, (role, r.status_code, r.text[:200])


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("ep", ADMIN_ENDPOINTS, ids=_id)
def test_admin_endpoints(world, ep, role):
    r = _call(world, role, *ep)
    assert r.status_code == (200 if role == "admin" else 403), (role, r.status_code)


@pytest.mark.parametrize("role", ["reviewer", "supervisor", "ent_a", "ent_b", "agency_a", "agency_b"])
def test_delete_is_admin_only_and_hidden_from_other_tenants(world, role):
    r = _call(world, role, "DELETE", "/api/reports/{id}", None)
    assert r.status_code == 403  # role is checked before the report, so no existence leak either


@pytest.mark.parametrize("role,visible", [("admin", {"a", "b"}), ("reviewer", {"a", "b"}), ("supervisor", {"a", "b"}),
                                          ("ent_a", {"a"}), ("ent_b", {"b"}), ("agency_a", {"a"}),
                                          ("agency_b", {"b"})])
def test_list_and_search_only_show_own_reports(world, role, visible):
    c, tok = world["client"], world["tokens"][role]
    ids = {r["id"] for r in c.get("/api/reports", headers=bearer(tok)).json()["items"]}
    assert ids == {world[k] for k in visible}
    # searching for the other tenant's entity or USCC finds nothing
    for q in ("源昌", "91350206MAARN11R5F", "华晖", "91350205MABR3A1P66"):
        found = {r["id"] for r in c.get("/api/reports", params={"q": q}, headers=bearer(tok)).json()["items"]}
        assert found <= {world[k] for k in visible}


def test_other_tenant_cannot_see_the_other_report_either(world):
    c, t = world["client"], world["tokens"]
    for role in ("ent_a", "agency_a"):
        r = c.get(f"/api/reports/{world['b']}/review", headers=bearer(t[role]))
        assert r.status_code == 404
    for role in ("ent_b", "agency_b"):
        assert c.get(f"/api/reports/{world['b']}/review", headers=bearer(t[role])).status_code == 200


def test_missing_and_foreign_report_look_the_same(world):
    c, tok = world["client"], world["tokens"]["ent_b"]
    foreign = c.get(f"/api/reports/{world['a']}", headers=bearer(tok))
    missing = c.get("/api/reports/" + "0" * 64, headers=bearer(tok))
    assert foreign.status_code == missing.status_code == 404
    assert foreign.json()["error"] == missing.json()["error"]


def test_reads_and_refusals_are_audited(world):
    c, t = world["client"], world["tokens"]
    c.get(f"/api/reports/{world['a']}/review", headers=bearer(t["ent_a"]))
    c.get(f"/api/reports/{world['a']}/review", headers=bearer(t["ent_b"]))
    db = world["app"].state.ctx.store.db
    rows = db.execute("SELECT actor, action FROM audit WHERE target=?", (world["a"],)).fetchall()
    actions = {(r["actor"], r["action"]) for r in rows}
    assert ("ent_a", "review.read") in actions
    assert ("ent_b", "report.denied") in actions
    assert ("admin", "report.upload") in actions and ("admin", "review.start") in actions


def test_tokens_are_stored_hashed(world):
    db = world["app"].state.ctx.store.db
    stored = {r[0] for r in db.execute("SELECT token_hash FROM users")}
    for tok in world["tokens"].values():
        assert tok not in stored
        assert all(tok not in s for s in stored)
