"""greenreview user add/list/disable and serve --help."""

from __future__ import annotations

import json

from click.testing import CliRunner

from api.auth import user_for_token
from reviewer.cli import main
from reviewer.corpus.store import Store


def test_user_commands(tmp_path):
    home = str(tmp_path / "home")
    run = CliRunner().invoke
    r = run(main, ["user", "add", "市局审查员", "--role", "reviewer", "--home", home])
    assert r.exit_code == 0, r.output
    token = r.stdout.strip()
    assert token.startswith("gr_") and "只显示这一次" in r.stderr
    assert user_for_token(Store(home), token).role == "reviewer"
    r = run(main, ["user", "add", "企业甲", "--role", "enterprise", "--uscc", "91350206MAARN11R5F", "--home", home])
    assert r.exit_code == 0
    r = run(main, ["user", "add", "机构乙", "--role", "agency", "--home", home])
    assert r.exit_code == 2 and "--agency" in r.stderr
    r = run(main, ["user", "add", "市局审查员", "--role", "reviewer", "--home", home])
    assert r.exit_code == 2 and "已存在" in r.stderr
    listed = json.loads(run(main, ["user", "list", "--format", "json", "--home", home]).stdout)
    assert [u["name"] for u in listed] == ["市局审查员", "企业甲"]
    assert all("token" not in k for u in listed for k in u)
    assert "企业" in run(main, ["user", "list", "--home", home]).stdout
    r = run(main, ["user", "disable", "市局审查员", "--home", home])
    assert r.exit_code == 0 and user_for_token(Store(home), token) is None
    assert run(main, ["user", "disable", "无此人", "--home", home]).exit_code == 2


def test_serve_help_mentions_defaults():
    r = CliRunner().invoke(main, ["serve", "--help"])
    assert r.exit_code == 0 and "127.0.0.1" in r.output and "8000" in r.output
