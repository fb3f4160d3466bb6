"""Rule documentation generated from the registry (``greenreview rules``, docs/rules.md)."""

from __future__ import annotations

import json

from reviewer.errors import InputError
from reviewer.formatters.labels import SEVERITY_LABELS
from reviewer.rules.registry import load_all

FAMILY_LABELS = {
    "template": "模板完整性", "identity": "主体身份", "standards": "标准引用", "numbers": "数据计算",
    "scores": "评分与结论", "dates": "日期", "eligibility": "申报资格", "security": "安全", "tool": "工具",
    "evidence": "证据索引", "metadata": "文件元数据", "retrieval": "条款覆盖", "coverage": "条款覆盖", "corpus": "跨报告比对", "llm": "大模型",
}


def render_rules(fmt: str = "text") -> str:
    checks = sorted(load_all().active(), key=lambda c: c.code)
    if fmt == "json":
        return json.dumps([{"code": c.code, "severity": c.severity, "family": c.family, "title": c.title,
                            "status": c.status, **c.sections()} for c in checks], ensure_ascii=False, indent=2) + "\n"
    if fmt == "md":
        out = ["# 检查规则一览", "", "本页由 `greenreview rules --format md` 根据规则注册表生成，请勿手工编辑。", ""]
        out += ["| 代码 | 默认级别 | 类别 | 标题 |", "| --- | --- | --- | --- |"]
        out += [f"| [`{c.code}`](#{c.code.lower().replace('.', '')}) | {SEVERITY_LABELS[c.severity]} | "
                f"{FAMILY_LABELS.get(c.family, c.family)} | {c.title} |" for c in checks]
        for c in checks:
            out += ["", f"## {c.code}", "", f"**{c.title}** — 默认级别：{SEVERITY_LABELS[c.severity]}；"
                    f"模块：`{c.func.__module__.replace('.', '/')}.py`（`{c.name}`）", ""]  # where it is declared
            for head, body in c.sections().items():
                out += [f"**{head}**", "", body, ""]
        return "\n".join(out).rstrip() + "\n"
    out = []
    for c in checks:
        out.append(f"{c.code:<22} {SEVERITY_LABELS[c.severity]:<3} {FAMILY_LABELS.get(c.family, c.family):<6} {c.title}")
    return "\n".join(out) + "\n"


def explain(code: str) -> str:
    reg = load_all()
    spec = reg.checks.get(code)
    if spec is None:
        raise InputError(f"没有这个检查代码：{code}（用 greenreview rules 查看全部）",
                         f"unknown check code: {code} (see `greenreview rules`)")
    lines = [f"{spec.code} — {spec.title}", f"默认级别：{SEVERITY_LABELS[spec.severity]}    类别：{FAMILY_LABELS.get(spec.family, spec.family)}", ""]
    for head, body in spec.sections().items():
        lines += [f"【{head}】", body, ""]
    return "\n".join(lines)
