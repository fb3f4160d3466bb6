"""``greenreview inspect``: the parsed structure, for people debugging a parse."""

from __future__ import annotations

from reviewer.document import BlockKind, Document
from reviewer.formatters.labels import KIND_LABELS, TYPE_LABELS

_KIND_MARK = {BlockKind.HEADING: "H", BlockKind.PARAGRAPH: "P", BlockKind.TABLE: "T", BlockKind.IMAGE: "I"}


def _facts_summary(facts) -> dict:
    return {
        "type": facts.type,
        "kind": facts.kind,
        "regime": facts.regime,
        "template": facts.template_id,
        "report_date": facts.report_date.value.isoformat() if facts.report_date else None,
        "site_visit": sorted({d.value.isoformat() for d in facts.site_visit}),
        "data_years": facts.data_years,
        "fields": {k: [{"value": v.value, "page": v.page} for v in vals] for k, vals in sorted(facts.fields.items())},
        "empty_fields": sorted(facts.empty_fields),
        "chapters": {k: {"page": b.page, "heading": b.text} for k, b in facts.chapters.items()},
    }


def inspect_json(doc: Document, facts) -> dict:
    return {
        "file": doc.source,
        "sha256": doc.sha256,
        "format": doc.format,
        "pages": doc.pages,
        "paginated": doc.paginated,
        "parser": doc.parser,
        "meta": {k: getattr(doc.meta, k) for k in doc.meta.__slots__},
        "warnings": doc.warnings,
        "facts": _facts_summary(facts),
        "blocks": [
            {"index": b.index, "kind": str(b.kind), "page": b.page, "level": b.level, "number": b.number,
             "section": list(b.section), "text": b.text, "hidden": b.hidden or None,
             "rows": b.rows}
            for b in doc.blocks
        ],
    }


def inspect_text(doc: Document, facts) -> str:
    f = _facts_summary(facts)
    lines = [
        f"文件：{doc.source}  格式：{doc.format}  页数：{doc.pages}  解析器：{doc.parser.get('name')} {doc.parser.get('version', '')}",
        f"类型：{TYPE_LABELS.get(facts.type, '未识别')}  种类：{KIND_LABELS.get(facts.kind, '未识别')}  "
        f"适用规则：{facts.regime or '未识别'}  模板：{facts.template_id or '—'}",
        f"报告日期：{f['report_date'] or '未识别'}  现场评价：{'、'.join(f['site_visit']) or '未识别'}  "
        f"数据年份：{'、'.join(map(str, f['data_years'])) or '未识别'}",
    ]
    for w in doc.warnings:
        lines.append(f"注意：{w}")
    lines.append("要素：")
    for k, vals in f["fields"].items():
        lines.append(f"  {k}: " + "；".join(f"{v['value']}（第{v['page']}页）" for v in vals[:3]))
    if f["empty_fields"]:
        lines.append("  空白要素：" + "、".join(f["empty_fields"]))
    lines.append("章节：")
    for k, v in f["chapters"].items():
        lines.append(f"  {k}: 第{v['page']}页 {v['heading']}")
    lines.append("分块：")
    for b in doc.blocks:
        mark = _KIND_MARK[b.kind] + (str(b.level) if b.level else "")
        hidden = " [隐藏]" if b.hidden else ""
        text = b.text.replace("\n", " ⏎ ").replace("\t", " │ ")
        if len(text) > 100:
            text = text[:100] + "…"
        lines.append(f"  p{b.page:<3} {mark:<3} {(b.number or ''):<6} {text}{hidden}")
    return "\n".join(lines) + "\n"
