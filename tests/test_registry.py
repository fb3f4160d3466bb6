"""The runner isolates checks: a crashing check becomes an info finding and the others still run."""

from __future__ import annotations

from reviewer.rules import registry
from reviewer.rules.registry import CheckSpec, run_checks
from reviewer.rules.context import ReviewContext
from reviewer.settings import Settings
from reviewer.structure.facts import ReportFacts
from tests.minireport import build


def _ctx():
    doc = build("绿色工厂自评价报告\n# 一、工厂基本情况\n正文。")
    return ReviewContext(doc=doc, facts=ReportFacts(type="factory", kind="self"), settings=Settings(home="/x"), catalog=None)


def test_crashing_check_becomes_info_and_others_still_run(monkeypatch):
    reg = registry.Registry()

    def boom(ctx):
        """检查内容 (What it checks)\nx\n为何重要 (Why it matters)\ny\n示例 (Example)\nz"""
        raise ZeroDivisionError("division by zero")

    def fine(ctx):
        from reviewer.findings import Finding

        yield Finding(code="TEST.FINE", severity="low", title="t", message="ok")

    reg.add(CheckSpec("TEST.BOOM", "boom", "test", "high", "t", boom, boom.__doc__))
    reg.add(CheckSpec("TEST.FINE", "fine", "test", "low", "t", fine, ""))
    monkeypatch.setattr(registry, "load_all", lambda: reg)
    findings, timings = run_checks(_ctx())
    codes = [f.code for f in findings]
    assert "TOOL.CHECK_ERROR" in codes and "TEST.FINE" in codes
    err = next(f for f in findings if f.code == "TOOL.CHECK_ERROR")
    assert err.severity == "info" and "TEST.BOOM" in err.message and "ZeroDivisionError" in err.message
    assert set(timings) == {"TEST.BOOM", "TEST.FINE"}


def test_disabled_codes_do_not_run(monkeypatch):
    reg = registry.Registry()
    calls = []
    reg.add(CheckSpec("TEST.ONE", "one", "test", "low", "t", lambda ctx: calls.append(1) or [], ""))
    monkeypatch.setattr(registry, "load_all", lambda: reg)
    run_checks(_ctx(), disabled=["TEST.ONE"])
    assert calls == []


def test_sections_parse_fixed_headings():
    spec = CheckSpec("A.B", "n", "f", "low", "t", None,
                     "检查内容 (What it checks)\n检查甲。\n为何重要 (Why it matters)\n因为乙。\n示例 (Example)\n丙。")
    assert spec.sections() == {"检查内容": "检查甲。", "为何重要": "因为乙。", "示例": "丙。"}
