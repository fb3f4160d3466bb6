"""Evidence index: the reference list and the 证明材料 each indicator cites (how the index and its citations are
read: reviewer/rules/evidence_refs.py)."""

from __future__ import annotations

import re

from reviewer.rules.evidence_refs import citations, evidence_index
from reviewer.rules.registry import check


@check("EVIDENCE.MISSING", severity="medium", title="证明材料索引缺失或不对应")
def evidence_missing(ctx):
    """检查内容：报告是否有“参考文件/证明材料清单”（第三方报告为“参考文件”，自评价报告为“证明材料清单”，以模板为准）；正文引用的证明材料是否都在清单中；指标表“证明材料索引”列是否有空项。清单有“附件N”编号（列表行、“附件编号”表格列或附件标题）时以附件编号为准，否则以参考文件的编号列表（“1. …”“（1）…”）为准。引用包括“附件N”（阿拉伯或中文数字，可带空格、括号、前导零；“附件6-1”按附件6计）、“第N号附件”“附件第N项”“参考文件第N项/参考文件N”“证明材料N/证明材料清单第N项”“Annex/Appendix N”，以及“附件4至附件7”“附件1—5”“参考文件第7、8项”等范围和列举（范围以终点计）。其他文件的附件（“合同附件2”“批复的附件5”“《办法》附件2”“通知附件1”“排污许可证副本附件”）、标准的“附录”、正文的“附表/附图”、引号内转述的引用均不计。
    为何重要：2016 与 2024 模板都要求参考文件与指标表的证明材料索引一一对应；没有证据索引，数据无法核查。
    示例：能源指标写“详见附件7”，参考文件清单只列到附件5；参考文件只列三项，正文写“台账列入参考文件第6项”。
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
    if not region:
        yield ctx.finding("EVIDENCE.MISSING", "“参考文件”章节没有内容。", [ctx.evidence(refs)])
        return
    index = evidence_index(region)
    if index is not None:
        name = refs.title or "参考文件"
        for b in ctx.visible:
            if b.index in index.blocks:
                continue
            for c in citations(b.text):
                n = next((n for n in c.numbers if n not in index.numbers), None)
                if n is None:
                    continue
                cited = b.text[c.start:c.end]
                entry = f"附件{n}" if index.annexed else f"第{n}项"
                yield ctx.finding("EVIDENCE.MISSING", f"正文引用“{cited}”，但{name}中没有{entry}（清单为{index.describe()}）。",
                                  [ctx.evidence_at(b, c.start, c.end)])
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
