"""The workbench in a real browser: Playwright driving Debian's chromium headless (never
``playwright install``). Login with a token → upload a report → findings visible → click a
finding: the page text opens with the quote highlighted → download the DOCX → reopen it with
python-docx and find every finding code. Screenshots go to test-artifacts/."""

from __future__ import annotations

import io
import os
import time
from pathlib import Path

import docx
import httpx
import pytest

from tests.api.conftest import DEFECTS_PDF, bearer, make_app, make_users
from tests.api.server import running

CHROMIUM = os.environ.get("GREENREVIEW_CHROMIUM", "/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (CI installs the Debian package chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    app = make_app(tmp_path_factory.mktemp("web") / "home")
    toks = make_users(app)
    with running(app) as base:
        yield base, toks


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


def _login(page, base, token):
    page.goto(f"{base}/login")
    page.fill("#token", token)
    page.click("#login-submit")
    page.wait_for_url(f"{base}/workbench")


def test_upload_review_quote_and_docx(browser, live, tmp_path):
    base, toks = live
    ctx = browser.new_context(accept_downloads=True, locale="zh-CN", viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    _login(page, base, toks["reviewer"])
    assert "提交报告审查" in page.inner_text("main")
    _shot(page, "01-workbench")

    page.set_input_files("#file", str(DEFECTS_PDF))
    page.click("#upload-submit")
    page.wait_for_url(f"{base}/reports/*", timeout=30_000)
    page.wait_for_selector("body[data-review-loaded='1']", timeout=60_000)
    findings = page.locator(".finding")
    assert findings.count() >= 2
    assert page.inner_text("#risk-badge") == "高风险"
    assert "评价依据与报告类型或年度不符" in page.inner_text("#findings")
    _shot(page, "02-findings")

    # click a finding: its page opens with the quote marked
    page.click(".finding[data-code='STD.WRONG_BASIS']")
    mark = page.wait_for_selector("#page-text mark", timeout=15_000)
    assert "GB/T 33635-2017" in mark.inner_text()
    assert page.locator(".finding.selected").count() == 1
    _shot(page, "03-quote-highlighted")

    with page.expect_download(timeout=30_000) as dl:
        page.click("#dl-docx")
    target = tmp_path / dl.value.suggested_filename
    dl.value.save_as(str(target))
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "审查意见书.docx").write_bytes(target.read_bytes())
    assert target.name.endswith("审查意见书.docx")

    rid = page.url.rstrip("/").split("/")[-1].split("?")[0]
    review = httpx.get(f"{base}/api/reports/{rid}/review", headers=bearer(toks["reviewer"])).json()
    d = docx.Document(io.BytesIO(target.read_bytes()))
    text = "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(
        c.text for t in d.tables for row in t.rows for c in row.cells)
    assert review["findings"]
    for f in review["findings"]:
        assert f["code"] in text, f["code"]
    assert "审查意见书" in text and "审查人员（签字）：reviewer" in text
    assert errors == []
    ctx.close()


def test_other_tenant_sees_no_report_and_supervisor_dashboard(browser, live):
    base, toks = live
    h = bearer(toks["admin"])
    with open(DEFECTS_PDF, "rb") as f:  # the report may already be there (tests can run in any order)
        rid = httpx.post(f"{base}/api/reports", headers=h, files={"file": (DEFECTS_PDF.name, f)}).json()["id"]
    job = httpx.post(f"{base}/api/reports/{rid}/review", headers=h).json()["job_id"]
    for _ in range(600):
        if httpx.get(f"{base}/api/jobs/{job}", headers=h).json()["status"] == "done":
            break
        time.sleep(0.05)
    ctx = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    _login(page, base, toks["ent_b"])
    page.wait_for_selector("#report-rows tr")
    assert "源昌" not in page.inner_text("#report-rows")
    ctx.close()

    ctx = browser.new_context(locale="zh-CN", viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    _login(page, base, toks["supervisor"])
    page.click("text=监管看板")
    page.wait_for_selector("#chart-agency .row", timeout=15_000)
    assert "厦门绿蓝节能环保咨询有限公司" in page.inner_text("#chart-agency")
    _shot(page, "04-dashboard")
    ctx.close()


def test_wrong_token_shows_a_chinese_error(browser, live):
    base, _ = live
    ctx = browser.new_context(locale="zh-CN")
    page = ctx.new_page()
    page.goto(f"{base}/login")
    page.fill("#token", "gr_wrong")
    page.click("#login-submit")
    page.wait_for_selector("#login-error:not([hidden])")
    assert "令牌无效" in page.inner_text("#login-error")
    ctx.close()
