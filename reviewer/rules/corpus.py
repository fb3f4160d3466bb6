"""Corpus checks, reuse: another report's entity-specific text or data tables, the same values across years, and an
agency's digit distribution. The agency checks are in agency.py and what both share in corpus_shared.py.

Every check here needs a corpus (``ctx.corpus``, a reviewer.corpus.Store) and is a
no-op without one. The report under review is never compared with itself: its own id
(content hash) is excluded from every query.
"""

from __future__ import annotations

import re

from reviewer.findings import Evidence
from reviewer.rules.corpus_shared import (
    MAX_EVIDENCE,
    applicant_keys,
    block_at,
    corpus_prep,
    grouped,
    our_evidence,
    related_report,
    reuse_result,
    same_entity,
    their_evidence,
    who,
)
from reviewer.rules.registry import check

_FLOW_ROW = re.compile(r"能耗|用电|耗电|用水|取水|产值|产量|排放|产生量|利用量|消耗|消费量|发电量|用气|用煤|处置量")
_STOCK_ROW = re.compile(r"面积|系数|因子|容积率|职工|人数|员工|限值|标准值|排放标准")


@check("FAB.TEXT_REUSE", severity="high", title="与其他单位报告的企业特有内容雷同")
def text_reuse(ctx):
    """检查内容：在报告库中查找与本报告段落高度相同、但评价对象是其他单位的报告（单位名称替换与否均可发现）。模板、标准原文以及在多家单位报告中反复出现的通用表述（含机构自己的方法学段落）不计；只统计企业特有的描述与数据——设施、工艺、设备、项目和数字——相同的段落，并给出两份报告中的原文和页码。
    为何重要：不同企业的设施、能耗和项目数据不可能逐字相同；整段照搬其他企业报告是编造评价材料的最强信号（《管理办法》第二十条、第二十一条）。
    示例：本报告写“企业利用厂房屋顶建设了装机容量2.64MW的分布式光伏电站，2024年发电278.02万kWh”，与另一家企业的报告（同一机构出具）完全相同，只换了企业名称。
    """
    if ctx.corpus is None:
        return
    from reviewer.corpus.reuse import text_reuse_verdict

    res = reuse_result(ctx)
    me = applicant_keys(ctx)
    cs = ctx.settings.corpus
    for rid, matches in sorted(res.text.items(), key=lambda kv: -len(kv[1])):
        info = res.reports[rid]
        if same_entity(me, info) or not text_reuse_verdict(matches, cs):
            continue
        matches = sorted(matches, key=lambda m: (-len(m.shared_numbers), -m.jaccard))
        numbers = sorted({n for m in matches for n in m.shared_numbers})
        ours, theirs = [], []
        for m in matches[:MAX_EVIDENCE]:
            e = our_evidence(ctx, m.ours, m.shared_numbers)
            if e:
                ours.append(e)
                theirs.append(their_evidence(m.theirs, m.shared_numbers))
        sim = max(max(m.jaccard, m.containment) for m in matches)
        strong = len(matches) >= 3 or len(numbers) >= 3
        msg = (f"本报告有 {len(matches)} 段企业特有内容与另一单位的报告高度相同（最高相似度 {sim:.0%}"
               + (f"，相同数据 {len(numbers)} 个：{'、'.join(grouped(n) for n in numbers[:6])}" if numbers else "")
               + f"）。相关报告：{who(info)}。")
        f = ctx.finding("FAB.TEXT_REUSE", msg, ours, severity="high" if strong else "medium")
        f.related_report = related_report(info, theirs)
        yield f


def _same_year_table(ctx):
    """Flow rows of a year table whose values are identical in three or more years."""
    from reviewer.corpus.reuse import _YEAR_HEADER, canonical, cell_number

    for b in ctx.visible:
        if b.kind != "table" or not b.rows:
            continue
        rows = b.rows
        years = {ci: int(m.group(1)) for ci, c in enumerate(rows[0]) if (m := _YEAR_HEADER.match(c.strip()))}
        if len(years) < 3:  # one row per year: look at the transposed table
            width = max(len(r) for r in rows)
            cols = [[r[i] if i < len(r) else "" for r in rows] for i in range(width)]
            for lead in (0, 1):
                if lead < len(cols):
                    ys = {ri: int(m.group(1)) for ri, c in enumerate(cols[lead]) if (m := _YEAR_HEADER.match(c.strip()))}
                    if len(ys) >= 3:
                        rows, years = [[c for c in col] for col in cols], ys
                        break
        if len(years) < 3:
            continue
        for row in rows[1:]:
            label = "".join(c for ci, c in enumerate(row) if ci not in years)
            if not _FLOW_ROW.search(label) or _STOCK_ROW.search(label):
                continue
            vals, raw = [], ""
            for ci in years:
                if ci < len(row) and (n := cell_number(row[ci])) and (c := canonical(n)) and c[1] >= 3:
                    vals.append(c[0])
                    raw = row[ci].strip()
            if len(vals) >= 3 and len(set(vals)) == 1:
                yield b, row, raw, sorted(years.values())


@check("FAB.DATA_REUSE", severity="high", title="数据表与其他报告或其他年份雷同")
def data_reuse(ctx):
    """检查内容：表格中的数值（≥3 位有效数字，不含年份、编码、电话、标准号）与报告库中其他单位报告的同一张表有 3 个及以上完全相同；或同一单位的另一份报告把相同数值标为不同年份；或本报告年度数据表中能耗、产值等流量指标连续三年数值完全相同。
    为何重要：不同企业、不同年份的计量数据几乎不可能逐位相同，这是照抄或编造数据的直接证据（《管理办法》第二十条）。
    示例：本报告“能源消费表”的 1,474.8、425.0、1,899.8 与另一家企业报告的同名表格完全一致；或综合能耗 2023、2024、2025 年均为 1,850.2 tce。
    """
    if ctx.corpus is None:
        return
    from reviewer.corpus.reuse import data_reuse_groups

    res = reuse_result(ctx)
    me = applicant_keys(ctx)
    cs = ctx.settings.corpus
    by_report: dict[str, list] = {}
    for rid, entries in res.data.items():
        if len({o[0] for o, _t in entries}) < cs.data_reuse_min_values:
            continue  # a value or two in common happens by chance; no group can form
        info = res.reports[rid]
        if same_entity(me, info):
            entries = [(o, t) for o, t in entries if o[4] and t[5] and o[4] != t[5]]  # same value, different year
        for ob, tb, vals in data_reuse_groups(entries, cs):
            by_report.setdefault(rid, []).append((ob, tb, vals))
    for rid, groups in by_report.items():
        info = res.reports[rid]
        same = same_entity(me, info)
        n = sum(len(g[2]) for g in groups)
        ours, theirs, shown = [], [], []
        for ob, tb, vals in groups:
            b = block_at(ctx, ob)
            for o, t in vals[:MAX_EVIDENCE]:
                if b is not None and len(ours) < MAX_EVIDENCE:
                    ours.append(ctx.evidence(b, o[5]))
                    theirs.append(Evidence(page=t[4], quote=t[6], block=t[2]))
                shown.append(o[5])
        if same:
            msg = (f"本报告表格中 {n} 个数值与同一单位另一份报告中的数值完全相同，但所标年份不同"
                   f"（如 {'、'.join(shown[:4])}）。相关报告：{who(info)}。")
        else:
            msg = (f"本报告表格中 {n} 个数值与另一单位报告的表格完全相同（如 {'、'.join(shown[:4])}）。"
                   f"相关报告：{who(info)}。")
        f = ctx.finding("FAB.DATA_REUSE", msg, ours)
        f.related_report = related_report(info, theirs)
        yield f
    for b, row, value, years in _same_year_table(ctx):
        cells = [c for c in row if c.strip()]
        label = next((c for c in cells if _FLOW_ROW.search(c)), cells[0])
        yield ctx.finding("FAB.DATA_REUSE",
                          f"“{label}”在 {years[0]}—{years[-1]} 年的数值完全相同（{value}），流量指标逐年不变不合常理。",
                          [ctx.evidence(b, value)], severity="medium")


@check("FAB.DIGITS", severity="low", title="机构报告数字分布异常")
def digits(ctx):
    """检查内容：汇总同一评价机构全部报告（含本报告）中的数值，在数值足够多时检验首位数字是否符合本福特定律（平均绝对偏差 MAD，Nigrini 阈值 0.006/0.012/0.015）、末位数字是否均匀（卡方检验，p<0.001）以及整数取整比例；与其他机构的分布对照。只提示，不单独作为高风险。
    为何重要：真实计量数据的首位数字近似服从本福特分布、末位数字近似均匀；编造的数字常偏爱某些数字或整数。异常只说明需要抽查原始台账。
    示例：某机构 30 份报告的 1,200 个数值中首位为 5～9 的比例明显偏高（MAD 0.031），末位为 0 或 5 的占 60%。
    """
    if ctx.corpus is None or ctx.facts.kind != "third_party" or not ctx.facts.agency:
        return
    from reviewer.corpus.agency_digits import portfolio_digits

    cs = ctx.settings.corpus
    out = portfolio_digits(ctx.corpus, ctx.facts.agency, extra=corpus_prep(ctx).digits, exclude={ctx.doc.sha256},
                           min_values=cs.digits_min_values)
    if out["result"] != "fail":
        return
    names = {"benford": f"首位数字偏离本福特分布（MAD {out.get('mad')}）",
             "last_digit": f"末位数字不均匀（卡方 {out.get('last_digit_chi2')}）",
             "round": f"整数取整比例过高（{out.get('round_share', 0):.0%}）"}
    failed = [names[k] for k in out["failed"]]
    loc = ctx.facts.first("agency_name")
    yield ctx.finding(
        "FAB.DIGITS",
        f"评价机构“{ctx.facts.agency}”的 {out['reports']} 份报告共 {out['n']} 个数值：{'；'.join(failed)}。建议抽查原始台账。",
        [ctx.located(loc)] if loc else [],
        severity="medium" if len(failed) >= 2 else "low",
        searched=[f"机构报告 {out['reports']} 份、数值 {out['n']} 个"])
