"""Scores: item scores against maxima and totals; the conclusion against them is read in verdict.py."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.registry import check
from reviewer.rules.score_paragraphs import paragraph_problems
from reviewer.rules.verdict import conclusion_findings
from reviewer.rules.verdict_text import paragraph_verdict_problems
from reviewer.structure.numbers import parse_number
from reviewer.structure.tables import part_with, total_label

# "得分16.5分（满分20分）", "得分 15.0 分 / 满分 16 分": a score stated with its own maximum below 100 is an item's, not the total
_ITEM_MAX_AFTER = re.compile(r"\s*(?:[（(]\s*(?:该项|本项|此项|该部分)?满分(?:为|是)?|[/／]\s*(?:满分)?)\s*(\d{1,3}(?:\.\d+)?)(?![\d.])\s*分?\s*[)）]?")

# "资源高效化（25.0/30）与能源低碳化（26.5/30）合计": two named items joined, their sum a part of the total
_PART_SUM = re.compile(r"化[^，。；与和及]{0,12}(?:与|和|及|、)[^，。；]{0,12}化[^，。；]{0,12}$")
# "两项合计", "二者合计": a part of the total
_TWO_ITEMS = re.compile(r"(?:[两二三四2-4]项|二者|两者|这两项?)(?!二级|三级|一级|指标)")
# "59.0分——这是本厂的自评价得分": the score first, then what it is
_SCORE_FIRST = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分\s*(?:——|—|[，,：:])\s*(?:这是|即|为|系|是)?[^。；，\d]{0,10}?(?:自评价得分|自评得分|自评分|评价得分|综合得分|总得分|总分)"
                          r"(?![^。；，,]{0,8}?\d)")  # not "26.5分，总分相应由90.5分…": the next clause's own score
# "评价指标计得89.5分": 计得 / 核得 / 评得 like 得分; "……基本要求合格，得70.1分，满足……绿色工厂条件": a verdict's bare 得
# a clause whose score is a part's, an item's with its maximum, another plant's or an earlier evaluation's
_NOT_TOTAL = re.compile(r"部分(?!项)|单项|该项|此项|[（(]\s*\d{1,3}(?:\.\d+)?\s*分\s*[）)]|下属|兄弟|同行|对标|标杆|另一|其他(?:工厂|企业|公司)"
                        r"|上一?年度?|去年|往年|以往|当时|彼时|上一?次|上一?轮|前次|此前|(?:19|20)\d{2}\s*年度?(?:参加|参评|申报|的?自评价报告|的?自评报告)")
_SCORE_TEXT = re.compile(r"(?:指标|评价|综合|总)?(?:得分|合计|总分|计分|计得|核得|评得|(?<=指标)得(?=\s*\d)|评分|记分|自评结果|(?<=评价|综合)分数|评价结果|评分结果|自评分|自评(?=\s*\d)|(?:自己|我们)?打了(?=\s*\d)|(?<=[，,])得(?=\s*\d{1,3}(?:\.\d+)?\s*分\s*[，,]\s*(?:满足|符合|达到)[^。；]{0,40}?(?:绿色工厂|绿色园区|绿色供应链))|(?:汇总|合计|加总|总计)[^。；\d]{0,20}?[，,]\s*[^，。；\d]{2,30}?(?:公司|企业|园区|工厂|单位)得(?=\s*\d))(?:数|值)?(?:(?:加在一起|相加|加总|累加|合起来)(?:后)?)?(?:为|是|共|——|—|[:：]|拿了|拿到)?\s*(\d{1,3}(?:\.\d+)?)\s*(?:分|/\s*100(?![\d.]))")


class _Table:
    """A page-split score table read as one; quotes resolve to the part that holds them."""

    def __init__(self, rows, parts):
        self.rows, self.parts = rows, parts

    def part(self, quote: str):
        return part_with(self.parts, quote)


def _score_tables(ctx):
    for rows, parts in ctx.doc.logical_tables():
        if len(rows) < 3:
            continue
        h = rows[0]
        imax = next((i for i, c in enumerate(h) if re.search(r"满分|分值|标准分|权重分", c)), None)
        iscore = next((i for i, c in enumerate(h) if re.search(r"得分|实得分|评分", c) and not re.search(r"满分", c)), None)
        if imax is not None and iscore is not None:
            yield _Table(rows, parts), imax, iscore


def _n(cell: str):
    p = parse_number(cell)
    return p[0] if p and re.fullmatch(r"\s*\d+(?:\.\d+)?\s*分?\s*", cell) else None


@check("SCORE.INCONSISTENT", severity="high", title="得分与合计、满分或结论矛盾")
def score_inconsistent(ctx):
    """检查内容：评分表中各项得分不超过满分、各项之和等于合计；正文中写出的得分同样核对——各项得分（“26.5/30”“得分6分（满分5分）”、以｜或制表符排成的文字表格、问答、英文“Total 90.5/100”）不超过各自满分或评分表中该项满分，所列各项之和等于其后写出的合计、“两项合计”或一级指标得分，所分二级指标之和等于该一级指标得分，满分之和等于所写满分，扣分与满分、得分相符，同一段中不出现两个不同的总分；结论（符合/不符合）与总分（默认及格线 60 分，可在 standards/scoring.yaml 配置）和基本要求是否符合一致（基本要求有未整改的不符合项却判定符合或推荐），评价结果勾选框不同时勾选“符合”与“不符合”，得分与分数线的比较不写反。已更正的初评分值、企业自评分、其他企业或往年得分、整改后复核为符合的基本要求不在此列。
    为何重要：结论与得分或基本要求矛盾，是评价结论不可信最直接的证据。
    示例：基本要求“☑不符合”，结论却写“符合绿色工厂评价要求”；各项得分之和 85.0，表中合计 88.0；“合计得分85.0分（满分110分）”而各项满分之和为 100；“☑ 符合……☑ 不符合”同时勾选；“综合得分85.0分，低于80分的推荐线”。
    """
    problems, all_scores = _scan(ctx)
    for msg, block, quote in problems + paragraph_verdict_problems(ctx.visible):
        yield ctx.finding("SCORE.INCONSISTENT", msg, [ctx.evidence(block, quote)])
    yield from conclusion_findings(ctx, all_scores)


def _scan(ctx):
    """Score tables and stated totals, read once per review: (problems, every stated total)."""
    if "score_scan" in ctx.cache:
        return ctx.cache["score_scan"]
    problems: list[tuple[str, object, str]] = []
    totals: list[tuple[float, object, str]] = []
    item_scores: dict[str, float] = {}  # a score table's items by label, for sums of named items in the text
    item_rows: dict[str, tuple[float, float, object, str]] = {}  # every item's (maximum, score, part, quote) by label
    for b, imax, iscore in _score_tables(ctx):
        items, total_row = [], None
        i2 = next((i for i, c in enumerate(b.rows[0]) if "二级" in c), None)
        groups: list[tuple[list[str], float, float, list[float]]] = []  # two-level: (row, max, score, leaves)
        for row in b.rows[1:]:
            if len(row) <= max(imax, iscore):
                continue
            # the label is the first cell, or the second after a 序号 column
            label = row[1] if len(row) > 2 and (row[0].strip() in ("", "—", "-", "/") or row[0].strip().isdigit()) else row[0]
            if total_label(row) is not None:
                total_row = row
                continue
            mx, sc = _n(row[imax]), _n(row[iscore])
            if mx is None or sc is None:
                continue
            q = "\t".join(row[: iscore + 1])
            item_rows.setdefault(label.strip(), (mx, sc, b.part(q), q))
            if i2 is not None and i2 < len(row):  # 一级 rows carry subtotals of the 二级 rows below them
                if row[0].strip() and row[0] != row[i2]:
                    groups.append((row, mx, sc, []))
                    items.append((row, mx, sc))
                elif groups:
                    groups[-1][3].append(sc)
                if sc > mx + 1e-9:
                    q = "\t".join(row[: iscore + 1])
                    problems.append((f"“{row[i2] or row[0]}”得分 {row[iscore]} 超过满分 {row[imax]}。", b.part(q), q))
                continue
            items.append((row, mx, sc))
            item_scores.setdefault(label.strip(), sc)
            if sc > mx + 1e-9:
                q = "\t".join(row[: iscore + 1])
                problems.append((f"“{label}”得分 {row[iscore]} 超过满分 {row[imax]}。", b.part(q), q))
        for grow, _gmax, gsc, leaves in groups:
            if leaves and abs(sum(leaves) - gsc) > 0.051 * max(1, len(leaves) ** 0.5):
                q = "\t".join(grow[: iscore + 1])
                problems.append((f"“{grow[0]}”下各二级指标得分之和为 {sum(leaves):.1f}，一级指标得分却为 {grow[iscore]}。",
                                 b.part(q), q))
        if total_row is not None and len(items) >= 2:
            t = _n(total_row[iscore])
            if t is not None:
                tq = "\t".join(total_row[: iscore + 1])
                totals.append((t, b.part(tq), tq))
                s = sum(sc for _r, _m, sc in items)
                if abs(s - t) > 0.051 * max(1, len(items) ** 0.5):
                    problems.append((f"各项得分之和为 {s:.1f}，合计行却为 {total_row[iscore]}。", b.part(tq), tq))
    field = ctx.facts.first("total_score")
    stated: list[tuple[float, object, str]] = []
    item_stated: list[tuple[object, int, str, float, float]] = []
    if field:
        v = _n(field.value)
        if v is not None:
            stated.append((v, field.block, field.quote))
    for b, m in ctx.search(_SCORE_TEXT):
        if b.kind.value == "table":
            continue
        clause = b.text[max(b.text.rfind(c, 0, m.start()) for c in "，。；,;\n") + 1: m.start()]
        named = [label for label in item_scores if len(label) >= 2 and label in clause]
        if len(named) >= 2 and _PART_SUM.search(clause):
            # "能源低碳化与产品绿色化合计得分为42.0分": a sum of named items, against their scores in the table;
            # not "能源低碳化得分26.5分、资源高效化得分25.0分" (a list: its sums are read in score_text)
            part = sum(item_scores[label] for label in named)
            if not re.search(r"\d", clause) and abs(part - float(m.group(1))) > 0.051 * max(1, len(named) ** 0.5):
                problems.append((f"文中{'与'.join(named)}合计 {m.group(1)} 分，评分表中各项得分之和为 {part:.1f} 分。", b, quote_span(b.text, m.start(), m.end())))
            continue
        own_max = _ITEM_MAX_AFTER.match(b.text, m.end())
        if own_max and float(own_max.group(1)) < 100:  # an item's score with its maximum: against the table's row
            item_stated.append((b, m.start(), m.group(0) + own_max.group(0), float(m.group(1)), float(own_max.group(1))))
            continue
        # "能源低碳化得分26.5分", "两项合计51.5分": an item's or a part's score, not the total; "各项指标合计84.9分" is all of them
        if _NOT_TOTAL.search(clause):
            continue  # "管理体系部分得分9分", "能源低碳化（30分）：得分26.5分", "集团下属漳州工厂…得分为88分": not this total
        sentence_head = b.text[max(b.text.rfind(c, 0, m.start()) for c in "。；;\n") + 1: m.start()]
        after_label = clause[clause.rfind(named[0]) + len(named[0]):] if len(named) == 1 else clause
        named_before = [label for label in item_scores if len(label) >= 2 and label in sentence_head]
        if (len(named) == 1 or (len(named_before) >= 2 and _TWO_ITEMS.search(sentence_head))) and not re.search(r"各项|所有|全部|[五六七5-7]项|总", after_label + m.group(0)):
            continue  # "产品绿色化（企业自评14.5分", "…两项在总分中占比最高，合计51.5分": an item's score, a part's sum
        every = re.search(r"(?:各项|所有|全部|全部各项)$", b.text[max(0, m.start() - 4): m.start()])
        if (every or not re.search(r"[化项率量值度性]$|项合计$|[两二三四五六七2-7]项$", b.text[max(0, m.start() - 2): m.start()])) \
                and not _PART_SUM.search(clause):
            stated.append((float(m.group(1)), b, m.group(0)))
    for b, m in ctx.search(_SCORE_FIRST):
        if b.kind.value != "table":
            stated.append((float(m.group(1)), b, m.group(0)))
    # scores written in paragraphs: against the maxima and totals written with them, and the table's maxima
    problems += paragraph_problems(ctx.visible, {label: row[0] for label, row in item_rows.items()})
    ctx.cache["score_scan"] = (problems, totals + stated)
    ctx.cache["score_items"] = _item_differences(item_rows, item_stated)
    return ctx.cache["score_scan"]




def _item_differences(rows: dict, stated: list) -> list[tuple[str, tuple, tuple]]:
    """An item's score in the text ("资源高效化一级指标得分23.0分（满分30分）") that the score table's row with the same
    label and maximum gives otherwise: (label, (table score, part, quote), (stated score, block, quote))."""
    out = []
    for b, at, quote, score, mx in stated:
        head = b.text[max(b.text.rfind(c, 0, at) for c in "。；;\n") + 1: at]
        named = [label for label in rows if len(label) >= 2 and label in head]
        named = [label for label in named if not any(label != o and label in o for o in named)]  # the longest
        if len(named) == 1 and abs(rows[named[0]][0] - mx) < 1e-9 and abs(rows[named[0]][1] - score) > 0.051:
            _mx, sc, part, q = rows[named[0]]
            out.append((named[0], (sc, part, q), (score, b, quote)))
    return out


def score_conflicts(ctx) -> list[tuple[str, list]]:
    """(message, evidence) for NUM.CONFLICT: an item whose score the text states with its maximum and the score table
    gives otherwise, and the total score stated twice with different values (the first difference)."""
    _problems, totals = _scan(ctx)
    out = [(f"“{label}”得分前后不一致：评分表 {sc:.10g} 分，文中 {stated:.10g} 分。", [ctx.evidence(part, q), ctx.evidence(b, quote)])
           for label, (sc, part, q), (stated, b, quote) in ctx.cache["score_items"]]
    ref = totals[0] if totals else None
    other = next((t for t in totals[1:] if abs(t[0] - ref[0]) > 0.051), None)
    if other is not None:
        out.append((f"总分前后不一致：{ref[0]:.10g} 分与 {other[0]:.10g} 分。",
                    [ctx.evidence(ref[1], ref[2]), ctx.evidence(other[1], other[2])]))
    return out
