"""ELIG.CRITERIA: who may apply — a park's industrial share; a factory's or supply-chain leader's being an
independent legal person (or an independent accounting unit) that manufactures now, established in the region its
rules cover. Whose statement it is, a branch's accounting and a stop of production are read in criteria_text.py."""

from __future__ import annotations

import re

from reviewer.rules.context import compiled, quote_span
from reviewer.rules.criteria_text import (accounts_independently, facility_subject, other_party, part_time,
                                          production_ceased, unrelated)
from reviewer.rules.entity_text import ORG
from reviewer.rules.registry import check
from reviewer.structure.identifiers import same_org
from reviewer.structure.spans import RU_CONDITION, span_bounds

FAMILY = "eligibility"  # the same family as the negative-list checks (eligibility.py)

# between a share's name and its percentage: a verb at most ("比重为", "占比达到", "比重：")
_SHARE = r"\s*(?:[:：]|为|达到?|是|约为?|仅为?|只有|已达到?|接近)?\s*(\d+(?:\.\d+)?)\s*[%％]"


# "不属于贸易企业", "申报主体不是分公司": a kind or a status denied right before it
_DENIED_BEFORE = re.compile(r"(?:不|并非|非|而非|并不|未|没有|没)\s*$")
# "不属于分公司或其他非法人分支机构": denied a few words before, in the same clause
_DENIED_CLAUSE = re.compile(r"(?:不属于|不是|并非|而非|并不是|不为|不存在)[^。；，,：:]{0,14}$")
# the rule quoted, not the applicant's case: "分公司、事业部等非法人单位不得单独申报", "申报主体须为法人企业"
# "分公司不具有独立法人资格，不能单独申报", "贴牌企业不在申报范围之内——这是办法原文的意思"
_RULE = re.compile(r"(?:不得|不能|不可|不允许|无权)(?:单独)?(?:申报|申请)|不(?:在|属于)申报范围|(?:须|应|应当|必须)为|指南|规定[：:]|明确[：:]|原文")
# the present, after a word of history: "由…办事处转制而来，目前仍以采购…为主营业务"
_NOW = re.compile(r"目前|现在|现时|如今|至今|当前|仍")


@check("ELIG.CRITERIA", severity="high", title="申报主体不满足申报条件")
def criteria(ctx):
    """检查内容：园区：工业增加值占比应大于 50%；工厂和供应链管理企业：申报主体应为具有独立法人资格（或视同法人的独立核算单位）、从事实际生产的制造企业（主营批发、贸易、物流、软件等非制造业务、生产全部外包或迁出、行业代码改为非制造业门类的不符合；目前已全面停止生产（全面停产、处于歇业状态、办理歇业备案、注销排污许可证、生产车间全部停用、一线职工全部解除合同等）或从未投产的不符合——写明停产时长的（连续停产N个月）归 ELIG.NEGATIVE_LIST，节假日、检修、临时或已恢复的停产、往年的停产、部分产线的停产不算；分公司、内设部门等不具有独立法人资格的不符合，同一句写明实行独立核算、视同法人的分公司不算；注册地或实际生产经营场所不在规则适用地区（默认厦门，《厦门市绿色工厂培育管理办法》第八条“依法在厦门市设立”）的不符合；描述供应商、客户、股东、租户等其他方（包括写明与申报主体无关的单位）、企业自己的仓库办公室等设施、企业过去情况的句子，条件句和引述的规定不算）。阈值、地区和模式在 standards/eligibility.yaml。
    为何重要：不满足申报条件的主体，评价得分再高也不能列入名单。
    示例：“园区工业增加值占地区生产总值比重为42.6%”。
    """
    c = ctx.catalog.eligibility["criteria"]
    if ctx.facts.type == "park":
        limit = float(c["park_industrial_value_added_share_min"])
        for p in c["park_share_patterns"]:
            for b, m in ctx.search(compiled(p + _SHARE)):
                if "占" in b.text[max(0, m.start() - 8): m.start()]:
                    continue  # "新兴产业增加值占工业增加值比重": the industrial value is the denominator
                share = float(m.group(1))
                if share <= limit:
                    yield ctx.finding("ELIG.CRITERIA", f"园区工业增加值占比 {share:.10g}% 不高于 {limit:.10g}%，不满足绿色园区申报条件。",
                                      [ctx.evidence_at(b, m.start(), m.end())])
                    return
    if ctx.facts.type in c.get("manufacturer_types", ["factory"]):
        others = compiled(c["other_party_words"]) if c.get("other_party_words") else None
        history = compiled(c["history_words"]) if c.get("history_words") else None
        facilities = compiled(c["facility_words"]) if c.get("facility_words") else None
        times = compiled(c["part_time_words"]) if c.get("part_time_words") else None
        for p in c["non_manufacturer_patterns"]:
            for b, m in ctx.search(compiled(p)):
                if b.kind.value == "table" or b.text[max(0, m.start() - 2): m.start()].strip().endswith("□"):
                    continue  # tables hold suppliers and customers too; "□贸易型" is an option left unticked
                if _DENIED_BEFORE.search(b.text, max(0, m.start() - 3), m.start()) or _not_the_case(b.text, m):
                    continue  # "属于工业生产企业，不属于贸易企业": denied; a question, a rule
                q = quote_span(b.text, m.start(), m.end())
                # the subject, before the statement; not an object ("整体出租给其他企业使用", "向供应商采购")
                other = other_party(q, q.find(m.group(0)), others, history)
                if other and not re.search(r"(?:为|是|系|作为|属于)[^。；，]{0,12}$", q[: other.start()]):
                    continue  # "供应商主要从事原材料批发": a supplier, not the applicant ("该公司为…代理商" is the applicant)
                if unrelated(b.text, m) or facility_subject(b.text, m, facilities) or part_time(b.text, m, times):
                    continue  # "该公司不从事生产，与受评价方…无关"; "该仓库不进行加工"; "周末没有任何生产活动"
                start = span_bounds(b.text, m.start(), m.end())[0]
                was = history.search(b.text, start, m.start()) if history else None
                if was and not _NOW.search(b.text, was.end(), m.start()):
                    continue  # "前身为一家贸易企业", "前身为2010年成立的…商行，主要从事…贸易": what it was
                if _CONDITION.search(b.text, start, m.start()):
                    continue  # "若企业生产环节全部外包，则不属于…": the rule, not the applicant
                if _another_named(b.text[start: m.start()], ctx.facts.entity):
                    continue  # "<the agency>为依托高校设立的独立研究机构": another organisation's description
                who = "绿色供应链管理企业" if ctx.facts.type == "supply_chain" else "绿色工厂"
                yield ctx.finding("ELIG.CRITERIA", f"申报主体自述主营非制造业务，{who}申报主体应为制造业企业。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                return
        # registered or producing outside the region; not producing now at all
        found = _outside_region(ctx, c, others) or production_ceased(ctx, c, others, history)
        if found is not None:
            yield found
            return
        rows = [*c.get("non_manufacturer_field_patterns", [])]
        legal = [*c.get("non_legal_person_patterns", [])]
        for p, message in [*((p, "申报主体自述主营非制造业务") for p in rows), *((p, "申报主体自述不具有独立法人资格") for p in legal)]:
            for b, m in ctx.search(compiled(p)):
                if _DENIED_BEFORE.search(b.text, max(0, m.start() - 3), m.start()) or _not_the_case(b.text, m) \
                        or _CONDITION.search(b.text, span_bounds(b.text, m.start(), m.end())[0], m.start()):
                    continue  # "申报主体不是分公司或其他分支机构": denied; a question, a rule, a condition
                if b.text[max(0, m.start() - 2): m.start()].strip().endswith("□") or \
                        (p in legal and re.search(r"(?:另设|下设|设有|旗下)[^。；]{0,30}(?:分公司|办事处|部门|中心|子公司|分厂|车间|事业部)",
                                                  quote_span(b.text, m.start(), m.end()))):
                    continue  # an unticked option; a branch the applicant has, not the applicant
                cell = span_bounds(b.text, m.start(), m.end(), "。；;\n\t|")
                if p in legal and accounts_independently(b.text[cell[0]: cell[1]]):
                    continue  # "分公司实行独立核算、视同法人": Art. 8 (一) admits an independent accounting unit
                yield ctx.finding("ELIG.CRITERIA", f"{message}，申报主体应为具有独立法人资格的制造业企业。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                return


# "若企业生产环节全部外包，则不属于…", "如企业…": a condition the sentence sets, not the applicant's case
_CONDITION = re.compile(r"若|如果|假如|倘若|倘|一旦|" + RU_CONDITION)


def _outside_region(ctx, c: dict, others):
    """The applicant registered or producing outside the region its rules cover ("依法在厦门市设立"):
    a finding, or None. A place naming the region (厦门市海沧区…) is inside it."""
    region = c.get("region")
    if not region:
        return None
    places = c.get("places") or "(?!)"
    for p in c.get("outside_region_patterns", []):
        for b, m in ctx.search(compiled(p.replace("{region}", re.escape(region)).replace("{places}", places))):
            if b.kind.value == "table" or _DENIED_BEFORE.search(b.text, max(0, m.start() - 3), m.start()) or _not_the_case(b.text, m):
                continue
            place = m.groupdict().get("place")
            if place is not None and region in place:
                continue
            start = span_bounds(b.text, m.start(), m.end())[0]
            if _CONDITION.search(b.text, start, m.start()):
                continue
            if (others and others.search(b.text, start, m.start())) or _another_named(b.text[start: m.start()], ctx.facts.entity):
                continue  # "供应商注册地位于…", "<another company>注册地位于…": another party's seat
            return ctx.finding("ELIG.CRITERIA", f"申报主体自述注册地或实际生产经营场所不在{region}，"
                                                f"培育对象应为依法在{region}设立、从事实际生产的制造型企业。",
                               [ctx.evidence_at(b, m.start(), m.end())])
    return None


def _not_the_case(text: str, m: re.Match) -> bool:
    """A statement denied earlier in its clause, asked as a question ("企业是不是贸易公司？答：不是。"), or the rule
    quoted ("…等非法人单位不得单独申报")."""
    start, end = span_bounds(text, m.start(), m.end())
    clause_end = span_bounds(text, m.start(), m.end(), "，,。；？?")[1]
    asked = text[clause_end: clause_end + 1] in ("？", "?") and not re.search(r"[？?]\s*(?:答|A)\s*[：:]", text[m.start(): m.end()])
    return bool(_DENIED_CLAUSE.search(text, start, m.start()) or asked or _RULE.search(text, start, end))


def _another_named(head: str, entity: str | None) -> bool:
    """Whether the clause before a statement names another organisation as its subject: a full name
    that is not the applicant's and not after 为/是/系 ("该公司系…有限公司的代理商" is the applicant)."""
    head = re.split(r"[，,；;：:]", head)[-1]
    for n in ORG.finditer(head):
        if entity and same_org(n.group(0), entity):
            continue
        if re.search(r"(?:为|是|系|属于|作为)$", head[: n.start()]):
            continue
        return True
    return False
