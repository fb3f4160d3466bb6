"""Markdown: a review a reviewer can paste into a memo."""

from __future__ import annotations

from reviewer.formatters.labels import COVERAGE_LABELS, KIND_LABELS, RISK_LABELS, SEVERITY_LABELS, TYPE_LABELS, quote_for_display


def _cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def render(review) -> str:
    r, s = review.report, review.summary
    out = [
        f"# 审查结果：{r.entity or r.file}",
        "",
        "| 项目 | 内容 |",
        "| --- | --- |",
        f"| 文件 | {_cell(r.file)}（{r.pages} 页） |",
        f"| 报告类型 | {TYPE_LABELS.get(r.type, '未识别')} {KIND_LABELS.get(r.kind, '')} |",
        f"| 适用规则 | {r.regime or '未识别'} |",
        f"| 统一社会信用代码 | {r.uscc or '未识别'} |",
        f"| 评价机构 | {r.agency or '—'} |",
        f"| 报告日期 | {r.report_date or '未识别'} |",
        f"| 总体风险 | **{RISK_LABELS[s.risk]}**（" + "，".join(f"{SEVERITY_LABELS[k]} {v}" for k, v in s.counts.items()) + "） |",
        "",
        "## 问题清单",
        "",
    ]
    if not review.findings:
        out.append("未发现问题。")
    else:
        out += ["| 级别 | 代码 | 问题 | 说明 | 证据（页码：原文） |", "| --- | --- | --- | --- | --- |"]
        for f in review.findings:
            ev = "<br>".join(f"第{e.page}页：“{_cell(quote_for_display(e.quote))}”" for e in f.evidence[:3])
            if not ev and f.searched:
                ev = "已检索未找到：" + _cell("、".join(f.searched[:8]))
            out.append(f"| {SEVERITY_LABELS[f.severity]} | `{f.code}` | {_cell(f.title)} | {_cell(f.message)} | {ev} |")
    if review.checklist:
        out += ["", "## 条款覆盖清单", "", "| 要求 | 条款 | 状态 | 证据（页码：原文） |", "| --- | --- | --- | --- |"]
        for item in review.checklist:
            ev = "<br>".join(f"[第{e['page']}页](#page-{e['page']})：“{_cell(e['quote'])}”" for e in item.get("evidence", [])[:2])
            if not ev and item.get("searched"):
                ev = "已检索未找到：" + _cell("、".join(item["searched"][:6]))
            label = item.get("text") or item.get("requirement", "")
            out.append(f"| {_cell(label)} | {_cell(item.get('clause') or '')} | {COVERAGE_LABELS.get(item['status'], item['status'])} | {ev} |")
    out.append("")
    out.append(f"_greenreview {review.tool.version} · 规则 {review.tool.rules} · 配置 {review.tool.settings_hash}_")
    return "\n".join(out) + "\n"
