"""Evidence index: the reference list and the 证明材料 each indicator cites."""

from __future__ import annotations

import re

from reviewer.rules.registry import check

_CITED = re.compile(r"(?:见|详见|参见)?附件\s*(\d{1,2})")
_LISTED = re.compile(r"^\s*附件\s*(\d{1,2})")


@check("EVIDENCE.MISSING", severity="medium", title="证明材料索引缺失或不对应")
def evidence_missing(ctx):
    """检查内容：报告是否有“参考文件/证明材料清单”（第三方报告为“参考文件”，自评价报告为“证明材料清单”，以模板为准）；正文引用的“附件N”是否都在清单中；指标表“证明材料索引”列是否有空项。
    为何重要：2016 与 2024 模板都要求参考文件与指标表的证明材料索引一一对应；没有证据索引，数据无法核查。
    示例：能源指标写“详见附件7”，参考文件清单只列到附件5。
    """
    refs = ctx.facts.chapters.get("references")
    tpl = ctx.template
    if refs is None:
        if tpl is not None and any(c.id == "references" for c in tpl.chapters) and len(ctx.facts.chapters) >= 2:
            pats = next(c.patterns for c in tpl.chapters if c.id == "references")
            yield ctx.finding("EVIDENCE.MISSING", "未找到参考文件/证明材料清单，指标数据的证据来源无从核对。", searched=pats)
        return
    region = []
    for b in ctx.visible:
        if b.index <= refs.index:
            continue
        if b.kind.value == "heading" and (b.level or 9) <= (refs.level or 1) and not (b.number or "").startswith("附"):
            break
        region.append(b)
    listed = {int(m.group(1)) for b in region for line in b.text.split("\n") for m in [_LISTED.match(line)] if m}
    list_blocks = {b.index for b in region if any(_LISTED.match(line) for line in b.text.split("\n"))}
    if not region:
        yield ctx.finding("EVIDENCE.MISSING", "“参考文件”章节没有内容。", [ctx.evidence(refs)])
        return
    if listed:
        for b, m in ctx.search(_CITED):
            if b.index in list_blocks:
                continue
            n = int(m.group(1))
            if n not in listed:
                yield ctx.finding("EVIDENCE.MISSING", f"正文引用“附件{n}”，但参考文件清单中没有附件{n}（清单为附件{min(listed)}–{max(listed)}）。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                return
    for b in ctx.visible:
        if b.kind.value != "table" or not b.rows:
            continue
        col = next((i for i, c in enumerate(b.rows[0]) if re.search(r"证明材料|材料索引|证据", c)), None)
        if col is None:
            continue
        empty = [r for r in b.rows[1:] if col < len(r) and r[0].strip() and not r[col].strip()]
        if empty:
            yield ctx.finding("EVIDENCE.MISSING", f"指标表中有 {len(empty)} 行“证明材料索引”为空，如“{empty[0][0]}”。",
                              [ctx.evidence(b, empty[0][0])])
            return
