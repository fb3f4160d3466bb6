"""Terminal text: report identity, risk, then findings grouped by severity with pages."""

from __future__ import annotations

from reviewer.formatters.labels import (KIND_LABELS, RISK_LABELS, SEVERITY_LABELS, TYPE_LABELS, location,
                                        quote_for_display)


def render(review) -> str:
    r, s = review.report, review.summary
    lines = [
        f"审查对象：{r.file}（{r.pages} 页）",
        f"报告类型：{TYPE_LABELS.get(r.type, '未识别')} · {KIND_LABELS.get(r.kind, '未识别')} · 适用规则 {r.regime or '未识别'}",
        f"受评价方：{r.entity or '未识别'}    统一社会信用代码：{r.uscc or '未识别'}",
    ]
    if r.agency:
        lines.append(f"评价机构：{r.agency}")
    lines.append(f"报告日期：{r.report_date or '未识别'}")
    counts = "，".join(f"{SEVERITY_LABELS[k]} {v}" for k, v in s.counts.items())
    lines.append(f"总体风险：{RISK_LABELS[s.risk]}（{counts}）")
    if s.coverage:
        c = s.coverage
        lines.append(f"条款覆盖：共 {c.requirements} 项，已覆盖 {c.covered}，薄弱 {c.weak}，缺失 {c.missing}")
    for sev in ("high", "medium", "low", "info"):
        group = [f for f in review.findings if f.severity == sev]
        if not group:
            continue
        lines.append("")
        lines.append(f"【{SEVERITY_LABELS[sev]}】{len(group)} 项")
        for i, f in enumerate(group, 1):
            lines.append(f"  {i}. [{f.code}] {f.title}")
            lines.append(f"     {f.message}")
            for ev in f.evidence[:3]:
                lines.append(f"     · {location(ev)}：“{quote_for_display(ev.quote)}”")
            if not f.evidence and f.searched:
                lines.append(f"     · 已检索未找到：{'、'.join(f.searched[:8])}")
    if not review.findings:
        lines.append("")
        lines.append("未发现问题。")
    if review.checklist:
        lines.append("")
        lines.append("【条款覆盖清单】（✓ 已覆盖  △ 薄弱  ✗ 缺失）")
        marks = {"covered": "✓", "weak": "△", "missing": "✗"}
        for item in review.checklist:
            ev = item.get("evidence") or []
            where = f"第{ev[0]['page']}页" if ev else "未找到"
            lines.append(f"  {marks.get(item['status'], '?')} {item.get('clause') or item['id']}：{item.get('text', '')}（{where}）")
    return "\n".join(lines) + "\n"
