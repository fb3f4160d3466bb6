"""The main flow through the API with FastAPI's TestClient: upload, review job, review@1, exports."""

from __future__ import annotations

import io
import json

import docx
import jsonschema

from tests.api.conftest import CLEAN_PDF, DEFECTS_PDF, ROOT, SELF_DOCX, bearer, review, upload


def test_health_and_version_need_no_login(client):
    assert client.get("/api/health").json()["status"] == "ok"
    v = client.get("/api/version").json()
    assert v["name"] == "greenreview" and v["review_schema"] == "review@1"


def test_upload_review_and_exports(client, tokens):
    tok = tokens["reviewer"]
    r = upload(client, tok, DEFECTS_PDF)
    assert r.status_code == 201, r.text
    rid = r.json()["id"]
    assert r.json()["created"] is True and r.json()["report"]["entity"] == "厦门源昌汽车部件有限公司"
    # same content again: deduplicated by hash
    again = upload(client, tok, DEFECTS_PDF, name="副本.pdf")
    assert again.status_code == 200 and again.json() == {**again.json(), "id": rid, "created": False}
    # not reviewed yet
    nr = client.get(f"/api/reports/{rid}/review", headers=bearer(tok))
    assert nr.status_code == 404 and nr.json()["error"] == "no_review"

    job = review(client, tok, rid)
    assert job["progress"] == 1.0 and job["review_url"] == f"/api/reports/{rid}/review"
    rv = client.get(f"/api/reports/{rid}/review", headers=bearer(tok))
    assert rv.status_code == 200
    data = rv.json()
    schema = json.loads((ROOT / "docs/review.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    codes = {f["code"] for f in data["findings"]}
    assert {"STD.WRONG_BASIS", "EVIDENCE.MISSING"} <= codes

    d = client.get(f"/api/reports/{rid}/review.docx", headers=bearer(tok))
    assert d.status_code == 200 and d.content[:2] == b"PK"
    assert "attachment" in d.headers["content-disposition"]
    document = docx.Document(io.BytesIO(d.content))
    text = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for t in document.tables for row in t.rows for cell in row.cells)
    assert "审查意见书" in text and "厦门源昌汽车部件有限公司" in text and "审查人员（签字）：reviewer" in text
    for code in codes:
        assert code in text
    md = client.get(f"/api/reports/{rid}/review.md", headers=bearer(tok))
    assert md.status_code == 200 and "STD.WRONG_BASIS" in md.text
    html = client.get(f"/api/reports/{rid}/review.html", headers=bearer(tok))
    assert html.status_code == 200 and "STD.WRONG_BASIS" in html.text and "<script" not in html.text
    orig = client.get(f"/api/reports/{rid}/file", headers=bearer(tok))
    assert orig.content == DEFECTS_PDF.read_bytes()


def test_page_text_marks_the_quote(client, tokens):
    tok = tokens["admin"]
    rid = upload(client, tok, DEFECTS_PDF).json()["id"]
    review(client, tok, rid)
    data = client.get(f"/api/reports/{rid}/review", headers=bearer(tok)).json()
    f = next(f for f in data["findings"] if f["code"] == "STD.WRONG_BASIS")
    ev = f["evidence"][0]
    page = client.get(f"/api/reports/{rid}/pages/{ev['page']}", params={"quote": ev["quote"]},
                      headers=bearer(tok)).json()
    assert page["found"]
    marked = ["".join(b["text"][a:z] for a, z in b["marks"]) for b in page["blocks"] if b["marks"]]
    assert any("GB/T 33635" in m for m in marked)
    assert client.get(f"/api/reports/{rid}/pages/999", headers=bearer(tok)).status_code == 404


def test_sse_stream_reports_progress_until_done(client, tokens):
    tok = tokens["admin"]
    rid = upload(client, tok, CLEAN_PDF).json()["id"]
    job_id = client.post(f"/api/reports/{rid}/review", headers=bearer(tok)).json()["job_id"]
    with client.stream("GET", f"/api/jobs/{job_id}/events", headers=bearer(tok)) as s:
        assert s.headers["content-type"].startswith("text/event-stream")
        body = s.read().decode("utf-8")
    events = [json.loads(line[6:]) for line in body.splitlines() if line.startswith("data: ")]
    assert events and events[-1]["status"] == "done"


def test_unfinished_job_is_reused(client, tokens, app):
    tok = tokens["admin"]
    rid = upload(client, tok, SELF_DOCX).json()["id"]
    app.state.ctx.jobs._closed = True  # hold the job in the queue
    first = client.post(f"/api/reports/{rid}/review", headers=bearer(tok)).json()
    second = client.post(f"/api/reports/{rid}/review", headers=bearer(tok)).json()
    assert first["job_id"] == second["job_id"] and second["created"] is False
    assert client.get(f"/api/jobs/{first['job_id']}", headers=bearer(tok)).json()["status"] == "queued"


def test_list_is_sorted_by_risk(client, tokens):
    tok = tokens["admin"]
    clean = upload(client, tok, CLEAN_PDF).json()["id"]
    bad = upload(client, tok, DEFECTS_PDF).json()["id"]
    unreviewed = upload(client, tok, SELF_DOCX).json()["id"]
    review(client, tok, clean)
    review(client, tok, bad)
    items = client.get("/api/reports", headers=bearer(tok)).json()["items"]
    assert [i["id"] for i in items][0] == bad and items[-1]["id"] == unreviewed
    assert items[0]["risk"] == "high" and items[0]["counts"]["high"] >= 1
    only = client.get("/api/reports", params={"risk": "unreviewed"}, headers=bearer(tok)).json()["items"]
    assert [i["id"] for i in only] == [unreviewed]


def test_comments_go_into_the_docx(client, tokens):
    tok = tokens["reviewer"]
    rid = upload(client, tok, DEFECTS_PDF).json()["id"]
    review(client, tok, rid)
    r = client.post(f"/api/reports/{rid}/comments", headers=bearer(tok),
                    json={"body": "评价依据引用错误，请退回更正。", "finding_code": "STD.WRONG_BASIS"})
    assert r.status_code == 201
    assert client.get(f"/api/reports/{rid}/comments", headers=bearer(tok)).json()["items"][0]["author"] == "reviewer"
    d = docx.Document(io.BytesIO(client.get(f"/api/reports/{rid}/review.docx", headers=bearer(tok)).content))
    assert any("评价依据引用错误" in p.text for p in d.paragraphs)


def test_enterprise_may_not_upload_someone_elses_report(client, tokens, app):
    r = upload(client, tokens["ent_b"], DEFECTS_PDF)
    assert r.status_code == 422 and r.json()["error"] == "identity_mismatch"
    assert app.state.ctx.store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == 0
    assert upload(client, tokens["ent_a"], DEFECTS_PDF).status_code == 201
    # and uploading an existing report of another tenant is refused the same way
    assert upload(client, tokens["ent_b"], DEFECTS_PDF).status_code == 422


def test_self_report_without_agency_is_visible_to_its_uploader_only(client, tokens):
    r = upload(client, tokens["agency_a"], SELF_DOCX)  # self-evaluation: no agency recognised
    assert r.status_code == 201
    rid = r.json()["id"]
    assert client.get(f"/api/reports/{rid}", headers=bearer(tokens["agency_a"])).status_code == 200
    assert client.get(f"/api/reports/{rid}", headers=bearer(tokens["agency_b"])).status_code == 404


def test_ask_calls_the_service_when_it_has_ask(client, tokens, app):
    tok = tokens["admin"]
    rid = upload(client, tok, CLEAN_PDF).json()["id"]
    svc = app.state.ctx.service
    had = "ask" in vars(svc)
    svc.ask = lambda path, question: {"answer": f"答：{question}", "citations": [{"page": 1, "quote": "x"}]}
    try:
        r = client.post(f"/api/reports/{rid}/ask", headers=bearer(tok), json={"question": "评价机构？"})
        assert r.status_code == 200 and r.json()["answer"] == "答：评价机构？"
    finally:
        if not had:
            del svc.ask
    if not hasattr(svc, "ask"):
        r = client.post(f"/api/reports/{rid}/ask", headers=bearer(tok), json={"question": "评价机构？"})
        assert r.status_code == 501 and r.json()["message"].startswith("问答功能")
    assert client.post(f"/api/reports/{rid}/ask", headers=bearer(tok), json={"question": ""}).status_code == 422


def test_login_session_and_csrf_guard(client, tokens):
    assert client.post("/api/login", json={"token": "gr_wrong"}).status_code == 401
    r = client.post("/api/login", json={"token": tokens["reviewer"]})
    assert r.status_code == 200 and "httponly" in r.headers["set-cookie"].lower()
    assert client.get("/api/me").json()["user"]["name"] == "reviewer"
    with open(CLEAN_PDF, "rb") as f:
        no_header = client.post("/api/reports", files={"file": ("a.pdf", f)})
    assert no_header.status_code == 403  # cookie writes need the page's X-Greenreview header
    with open(CLEAN_PDF, "rb") as f:
        ok = client.post("/api/reports", files={"file": ("a.pdf", f)}, headers={"X-Greenreview": "1"})
    assert ok.status_code == 201
    assert client.get("/workbench").status_code == 200
    client.post("/api/logout", headers={"X-Greenreview": "1"})
    assert client.get("/api/me").status_code == 401
    page = client.get("/workbench", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")


def test_disabled_user_loses_access(client, tokens, app):
    from api.auth import disable_user

    assert client.get("/api/me", headers=bearer(tokens["ent_a"])).status_code == 200
    disable_user(app.state.ctx.store, "ent_a", actor="test")
    assert client.get("/api/me", headers=bearer(tokens["ent_a"])).status_code == 401


def test_user_admin_over_api(client, tokens):
    tok = tokens["admin"]
    r = client.post("/api/users", headers=bearer(tok), json={"name": "新企业", "role": "enterprise",
                                                             "uscc": "91350200MA0000000X"})
    assert r.status_code == 201 and r.json()["token"].startswith("gr_")
    assert client.get("/api/me", headers=bearer(r.json()["token"])).json()["user"]["role"] == "enterprise"
    dup = client.post("/api/users", headers=bearer(tok), json={"name": "新企业", "role": "reviewer"})
    assert dup.status_code == 409
    bad = client.post("/api/users", headers=bearer(tok), json={"name": "x", "role": "enterprise"})
    assert bad.status_code == 422 and "统一社会信用代码" in bad.json()["message"]
    assert client.post("/api/users/新企业/disable", headers=bearer(tok)).status_code == 200


def test_pages_render_in_chinese(client, tokens):
    assert "登录" in client.get("/login").text
    client.post("/api/login", json={"token": tokens["supervisor"]})
    for path in ("/workbench", "/dashboard", "/complaints"):
        r = client.get(path)
        assert r.status_code == 200 and 'lang="zh-CN"' in r.text and "审查工作台" in r.text
        assert "http://" not in r.text and "https://" not in r.text  # no CDN assets
    assert client.get("/reports/" + "0" * 64).status_code == 404
    assert client.get("/static/app.js").status_code == 200


def test_reviewer_cannot_open_the_dashboard_page(client, tokens):
    client.post("/api/login", json={"token": tokens["reviewer"]})
    assert client.get("/dashboard").status_code == 403
