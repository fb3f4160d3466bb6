"""Corpus checks, agencies: an agency in its period of not being trusted (Art. 21), its legal representative's yearly
cap, and a third-party report copying the applicant's own self-evaluation. Part of the corpus family; each check
needs a corpus and is a no-op without one.
"""

from __future__ import annotations

from datetime import date

from reviewer.rules.corpus_shared import (
    MAX_EVIDENCE,
    applicant_keys,
    corpus_prep,
    our_evidence,
    related_report,
    reuse_result,
    same_entity,
    their_evidence,
    who,
)
from reviewer.rules.registry import check

FAMILY = "corpus"  # the same family as the reuse checks (corpus.py)


@check("AGENCY.BANNED", severity="high", title="评价机构处于不予采信期")
def banned(ctx):
    """检查内容：第三方评价机构（含其别名）是否因弄虚作假、故意隐瞒问题被登记为不予采信，且报告日期（无日期时按审查当日）落在不予采信期内（自决定日起三年，到期日当天起恢复）。
    为何重要：《管理办法》第二十一条：第三方机构存在弄虚作假或故意隐瞒评价对象问题的，三年内其出具的评价报告不予采信。
    示例：机构于 2024年5月10日被登记不予采信，其 2026年3月20日出具的报告仍在 2027年5月10日前的不予采信期内。
    """
    if ctx.corpus is None or ctx.facts.kind != "third_party" or not ctx.facts.agency:
        return
    from reviewer.corpus.agencies import active_ban

    day = ctx.report_date or date.today()
    b = active_ban(ctx.corpus, ctx.facts.agency, day)
    if not b:
        return
    ev = []
    loc = ctx.facts.first("agency_name")
    if loc:
        ev.append(ctx.located(loc))
    if ctx.facts.report_date:
        ev.append(ctx.evidence(ctx.facts.report_date.block, ctx.facts.report_date.quote))
    basis = "报告日期" if ctx.report_date else "审查日期（报告未写明日期）"
    yield ctx.finding(
        "AGENCY.BANNED",
        f"评价机构“{ctx.facts.agency}”自 {b['start_date']} 起 {b['years']} 年内不予采信（至 {b['end_date']} 前），"
        f"{basis} {day.isoformat()} 在此期间。原因：{b['reason']}",
        ev, searched=[f"不予采信名单：{b['agency']}（记录 #{b['id']}）"])


@check("AGENCY.CAP_EXCEEDED", severity="medium", title="机构法定代表人年度评价项目超限")
def cap_exceeded(ctx):
    """检查内容：以第三方机构法定代表人（无则以机构名称）为单位，统计报告库中同一报告年度的评价项目数（同一单位同一类型只算一次），加上本报告后是否超过年度上限（默认 15 个，可在 corpus.agency_cap_per_year 配置）。
    为何重要：同一法定代表人控制的机构每年可承担的评价项目有上限；超量承接往往意味着评价走过场。
    示例：机构法定代表人王建华名下 2026 年已有 15 份第三方评价报告，本报告为第 16 份。
    """
    if ctx.corpus is None or ctx.facts.kind != "third_party" or ctx.report_date is None:
        return
    from reviewer.corpus.agencies import projects_in_year

    rep = ctx.facts.value("agency_legal_rep")
    agency = ctx.facts.agency
    if not rep and not agency:
        return
    year = ctx.report_date.year
    projects = projects_in_year(ctx.corpus, legal_rep=rep, agency=agency, year=year, exclude={ctx.doc.sha256})
    me = applicant_keys(ctx)
    key = (me["uscc"] or me["entity"] or me["id"], ctx.facts.type)
    keys = {(p["uscc"] or p["entity"] or p["id"], p["type"]) for p in projects}
    n = len(keys | {key})
    cap = ctx.settings.corpus.agency_cap_per_year
    if n <= cap:
        return
    loc = ctx.facts.first("agency_legal_rep") or ctx.facts.first("agency_name")
    who = f"法定代表人“{rep}”" if rep else f"机构“{agency}”"
    yield ctx.finding(
        "AGENCY.CAP_EXCEEDED",
        f"{who}在 {year} 年的评价项目（含本报告）共 {n} 个，超过年度上限 {cap} 个。",
        [ctx.located(loc)] if loc else [],
        searched=[f"报告库中 {year} 年{who}的第三方评价报告：{len(projects)} 份"])


@check("AGENCY.INDEPENDENCE", severity="high", title="第三方报告照抄企业自评价报告", kinds=("third_party",))
def independence(ctx):
    """检查内容：第三方评价报告的叙述段落是否大量照搬同一单位的自评价报告（报告库中已有的自评价报告；模板、标准原文和多家单位共用的通用表述不计）。
    为何重要：第三方评价应独立核实，而不是把企业自评价报告换个封面；照抄自评价说明未独立开展评价，属于弄虚作假或故意隐瞒问题的情形（第二十一条）。
    示例：第三方报告“受评价方基本情况”“能源低碳化”等 12 段中有 9 段与企业自评价报告逐字相同。
    """
    if ctx.corpus is None or ctx.facts.kind != "third_party":
        return
    res = reuse_result(ctx)
    me = applicant_keys(ctx)
    from reviewer.corpus.reuse import agency_section

    passages = corpus_prep(ctx).passages
    narrative = [p for i, p in enumerate(passages) if p.row is None and len(p.norm) >= 30
                 and i not in res.boiler_idx and not agency_section(p.section)]
    if not narrative:
        return
    for rid, matches in res.support.items():
        info = res.reports[rid]
        if info.get("kind") != "self" or not same_entity(me, info):
            continue
        copied = [m for m in matches if m.ours.row is None and len(m.ours.norm) >= 30
                  and max(m.jaccard, m.containment) >= 0.8 and not agency_section(m.ours.section)]
        share = len(copied) / len(narrative)
        if len(copied) < 5 or share < 0.25:
            continue
        from reviewer.corpus.reuse import text_numbers

        copied.sort(key=lambda m: (-len(text_numbers(m.ours.text)), -len(m.ours.norm)))  # most specific first
        ours = [e for e in (our_evidence(ctx, m.ours) for m in copied[:MAX_EVIDENCE]) if e]
        theirs = [their_evidence(m.theirs) for m in copied[:MAX_EVIDENCE]]
        f = ctx.finding(
            "AGENCY.INDEPENDENCE",
            f"本第三方报告的 {len(narrative)} 段叙述中有 {len(copied)} 段（{share:.0%}）与该单位的自评价报告高度相同。"
            f"自评价报告：{who(info)}。",
            ours)
        f.related_report = related_report(info, theirs)
        yield f
