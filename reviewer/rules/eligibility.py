"""Eligibility: negative-list conditions the report itself discloses, the 否决条件 check, applicant criteria."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.registry import check

_CLAUSE_START = re.compile(r"[，。；;,\n：:]")
# right after the condition: "：无", "为零", "发生数为0起", "发生率为0", "名单中无该企业"
_AFTER_DENIAL = re.compile(r"^\s*[（(]?\s*(?:中|内|里|上)?\s*(?:数|起数|次数|发生数|发生率|数量|总数|记录)?\s*(?:为|是|[：:])?\s*"
                           r"(?:无|0(?:\.0+)?\s*(?:起|次|项|例|%|％)?(?![\d.])|零|未发生|不存在|否)")
# "经营异常名录、失信被执行人——未列入；": an answer closing the clause after the condition
_CLAUSE_ANSWER = re.compile(r"[^；;。\n，,]*?(?:(?:——|—|－|[:：])\s*(?:近三年|经核查|经查询|经查|均|全部|一律|目前)?\s*"
                            r"(?:查无|从未|从来没有|并非|[不无未没零否非])[^；;。\n，,]{0,10}"
                            r"|[，,]\s*(?:均)?(?:查无|否|无|没有|不存在|未发生|不涉及|未涉及|未列入|未见|不在列)"
                            r"(?:记录|相关记录|此情况|此情形)?)\s*(?=[；;。\n]|$)")


def _clause_before(text: str, pos: int) -> str:
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, 0, pos)), default=0)
    # keep the previous clause too when this one starts with "也/且/并/亦"
    return text[max(0, cut - 20) if text[cut: cut + 1] in "也且并亦" else cut: pos]


_CAUSE = re.compile(r"(?:因|由于|因为)[^，。；,;]{0,12}?未")
_GOVERNING = re.compile(r"未发现|未见|不存在|均未|均不存在|没有发现|未查询到|未查到|无以下|无下列")
_ADVERSATIVE = re.compile(r"但|然而|不过|其中|除")
# a condition named as a rule, a question or a precaution, not as a fact
_HYPOTHETICAL = re.compile(r"不得|是否|如有|若有|如存在|若存在|包括|下列情况|否决条件包括|否决条件为|一旦|如发生|若发生|如果|假如|凡|防止|避免|杜绝|预防|严防|防范|以防")
_BACK_DENIAL = re.compile(r"(?:以上|上述|前述|所列|上列|前列)[^。；]{0,10}?(?:情形|情况|条件|事项|问题|内容)[^。；]{0,8}?"
                          r"(?:均|都|皆|全部|一概)?(?:不存在|未发生|不涉及|无|没有|未出现|未发现)")
# the answer on the next line: "（1）……事故\n核查结果：无。"
_NEXT_ANSWER = re.compile(r"^\s*(?:核查|查询|检查|审核|评价)?(?:结果|结论|情况)?\s*[：:]?\s*(?:均|全部)?(?:无|否|不存在|不涉及|未发生|未列入|没有|查无|未见|未发现)")
_LIST_DENIAL = re.compile(r"(?:[、和及与][^、，。；,;]{1,16}){0,8}\s*等?(?:情形|情况|事项|问题|行为|记录)?\s*(?:均|都|皆|全部|一律)\s*"
                          r"(?:查无|无|未|没有|不存在|未发生|未出现|未发现|不涉及)")
_QUESTION = re.compile(r"是否|有无|有没有")
_ANSWER = re.compile(r"[^。；？?：:]*[：:？?]\s*(是|有|存在|否|无|不存在|没有|不涉及)(?![否])")
_CATEGORY = re.compile(r"(?:名单|名录)?的(?:供应商|企业|单位|合作方|承包商|客户|主体|情形|情况|处置|处理)")
_INNER_DENIAL = re.compile(r"未发现|未查出|未查到|没有|未见|未曾|从未|未被|并未|未有|不存在|无(?:严重|重大|任何)")


def disclosed(text: str, m: re.Match, negations: list[str]) -> bool:
    sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    q = None
    for q in _QUESTION.finditer(text, max(sentence_start, max(text.rfind("；", 0, m.start()), 0)), m.start()):
        pass
    if q is not None:  # "是否存在……的情况：是，……": the question answered yes discloses, answered no denies
        ans = _ANSWER.match(text, q.end())
        if ans:
            return ans.group(1) in ("是", "有", "存在")
    before = _clause_before(text, m.start())
    cause = _CAUSE.sub("", before)  # "因年报未按期公示被列入…": a cause, not a denial
    if any(n in cause for n in negations):
        return False
    # a denial governing an enumeration: "未发现……事故，经营异常或失信记录，……"
    g = None
    for g in _GOVERNING.finditer(text, sentence_start, m.start()):
        pass
    if g is not None and not _ADVERSATIVE.search(text, g.end(), m.start()):
        return False
    head = text[sentence_start: m.start()]
    if _HYPOTHETICAL.search(head):
        return False
    if _INNER_DENIAL.search(m.group(0)):  # "督察中未发现严重问题": the denial inside the matched span
        return False
    if _BACK_DENIAL.search(text, m.end(), m.end() + 300):  # "…；连续停产12个月以上。以上情形均不存在。"
        return False
    if _LIST_DENIAL.match(text, m.end()):  # "事故、失信、长期停产等情形均查无记录"
        return False
    if _CATEGORY.match(text, m.end()):  # "列入失信被执行人名单的供应商": a kind of party, not this one
        return False
    if _CLAUSE_ANSWER.match(text, m.end()):
        return False
    return not _AFTER_DENIAL.match(text[m.end(): m.end() + 8])


_SENTENCE_END = ("。", "！", "？", "；", ";", "!", "?")
_ROW_DENIAL = re.compile(r"未发现|未触发|未查到|未见|不存在|不涉及|未被|未列入|^无$|\t无\t|\t无$|\t否$|符合|满足|通过|正常"
                         r"|无记录|无相关|无此|查无|未有|没有|\t否\t|\t[×✗✘]\s*(?:\t|$)|[☑■√✓]\s*否|零"
                         r"|\t[/／—–-]+\s*(?:\t|$)"
                         r"|\t(?:未|无|不|没|否|非)[\u4e00-\u9fff]{0,5}\s*$")  # a short negative answer closing the row: 未触及, 无记录


def _disclosed_in(b, m: re.Match, negs: list[str], prev=None, nxt=None) -> bool:
    """In a table, a condition is disclosed only by a row without any denial or 'checked: OK' cell.
    A paragraph continuing the previous one (which stops mid-sentence, as a PDF page or layout
    break leaves it) is read together with that one's tail, where a denial may stand."""
    if b.kind.value != "table":
        if prev is not None and prev.kind.value == "paragraph" and not prev.text.rstrip().endswith(_SENTENCE_END):
            tail = prev.text[-200:]
            joined = m.re.search(tail + b.text, len(tail) + m.start())
            if joined is not None:
                return disclosed(joined.string, joined, negs)
        if nxt is not None and nxt.kind.value == "paragraph" and not b.text[m.end():].strip(" 。.；;") \
                and _NEXT_ANSWER.match(nxt.text):
            return False
        return disclosed(b.text, m, negs)
    start = b.text.rfind("\n", 0, m.start()) + 1
    if start == 0:
        return False  # the header row names conditions, it states none
    end = b.text.find("\n", m.end())
    row = b.text[start: end if end != -1 else len(b.text)]
    return not _ROW_DENIAL.search(row)


def _long_enough(m: re.Match, min_months: int | None) -> bool:
    """A stated stoppage counts from ``min_months``: "停产15个月", "2023年1月至2024年3月…停产"."""
    if not min_months:
        return True
    groups = m.groupdict()
    if groups.get("months"):
        return int(groups["months"]) >= min_months
    if groups.get("y1"):
        months = (int(groups["y2"]) - int(groups["y1"])) * 12 + int(groups["m2"]) - int(groups["m1"]) + 1
        return months >= min_months
    return True  # "停产一年以上": the pattern itself states the length


@check("ELIG.NEGATIVE_LIST", severity="high", title="报告自述存在否决条件（负面清单）情形")
def negative_list(ctx):
    """检查内容：报告正文是否自述存在《办法》否决条件：近三年发生安全/质量/环境污染事故、被列入经营异常名单、失信被执行人、连续停产 12 个月以上、被调出绿色制造名单、节能监察整改名单等（否定表述如“未发生……”不计）。模式在 standards/eligibility.yaml。
    为何重要：存在否决条件的企业不得申请、推荐和列入；报告自己写出却仍给出“符合”结论，是最直接的审查问题。
    示例：“2024年6月，企业发生一起一般生产安全事故，已完成整改。”
    """
    elig = ctx.catalog.eligibility
    negs = elig["negations"]
    before = {b.index: a for a, b in zip(ctx.visible, ctx.visible[1:])}
    after = {a.index: b for a, b in zip(ctx.visible, ctx.visible[1:])}
    for item in elig["negative_list"]:
        for p in item["patterns"]:
            pat = re.compile(p)
            hit = next(((b, m) for b, m in ctx.search(pat)
                        if b.kind.value != "heading" and _long_enough(m, item.get("min_months"))
                        and _disclosed_in(b, m, negs, before.get(b.index), after.get(b.index))), None)
            if hit:
                b, m = hit
                yield ctx.finding("ELIG.NEGATIVE_LIST", f"报告自述存在否决条件“{item['label']}”。",
                                  [ctx.evidence_at(b, m.start(), m.end())], requirement=item["label"])
                break


@check("ELIG.VETO_UNCHECKED", severity="medium", title="第三方报告未核查否决条件", kinds=("third_party",))
def veto_unchecked(ctx):
    """检查内容：2024 年起的第三方评价报告是否逐项核查了《办法》的否决条件，并核查了评价标准的基本要求。
    为何重要：2024 年模板要求第三方机构首先核查否决条件；缺少这一步，评价结论不能采信。
    示例：报告“三、评价内容”直接从能源低碳化开始，全文没有“否决条件”的核查表述。
    """
    if ctx.facts.regime not in ("2024", "2025", "2026"):
        return
    elig = ctx.catalog.eligibility
    veto = [re.compile(p) for p in elig["veto_section"]["patterns"]]
    basic = [re.compile(p) for p in elig["basic_requirements"]["patterns"]]
    body = [b for b in ctx.visible if b.kind.value != "table"]
    topics = [re.compile(p) for p in elig["veto_section"].get("topics", [])]
    least = elig["veto_section"].get("min_topics", len(topics) + 1)
    has_veto = any(p.search(b.text) for b in body for p in veto) or \
        any(sum(1 for t in topics if t.search(b.text)) >= least for b in body)
    has_basic = any(p.search(b.text) for b in body for p in basic)
    if not has_veto:
        yield ctx.finding("ELIG.VETO_UNCHECKED",
                          "第三方评价报告中未见对《绿色工厂梯度培育及管理暂行办法》否决条件的核查" + ("" if has_basic else "，也未见基本要求的核查") + "。",
                          searched=[*elig["veto_section"]["patterns"], *([] if has_basic else elig["basic_requirements"]["patterns"])])


# between a share's name and its percentage: a verb at most ("比重为", "占比达到", "比重：")
_SHARE = r"\s*(?:[:：]|为|达到?|是|约为?|仅为?|只有|已达到?|接近)?\s*(\d+(?:\.\d+)?)\s*[%％]"


@check("ELIG.CRITERIA", severity="high", title="申报主体不满足申报条件")
def criteria(ctx):
    """检查内容：园区：工业增加值占比应大于 50%；工厂和供应链管理企业：申报主体应为制造企业（主营批发、贸易、物流、软件等非制造业务、生产全部外包或迁出的不符合；描述供应商的句子不算）。阈值和模式在 standards/eligibility.yaml。
    为何重要：不满足申报条件的主体，评价得分再高也不能列入名单。
    示例：“园区工业增加值占地区生产总值比重为42.6%”。
    """
    c = ctx.catalog.eligibility["criteria"]
    if ctx.facts.type == "park":
        limit = float(c["park_industrial_value_added_share_min"])
        for p in c["park_share_patterns"]:
            for b, m in ctx.search(re.compile(p + _SHARE)):
                if "占" in b.text[max(0, m.start() - 8): m.start()]:
                    continue  # "新兴产业增加值占工业增加值比重": the industrial value is the denominator
                share = float(m.group(1))
                if share <= limit:
                    yield ctx.finding("ELIG.CRITERIA", f"园区工业增加值占比 {share:.10g}% 不高于 {limit:.10g}%，不满足绿色园区申报条件。",
                                      [ctx.evidence_at(b, m.start(), m.end())])
                    return
    if ctx.facts.type in c.get("manufacturer_types", ["factory"]):
        others = re.compile(c["other_party_words"]) if c.get("other_party_words") else None
        for p in c["non_manufacturer_patterns"]:
            for b, m in ctx.search(re.compile(p)):
                if b.kind.value == "table":
                    continue
                if others and others.search(quote_span(b.text, m.start(), m.end())):
                    continue  # "供应商主要从事原材料批发": a supplier, not the applicant
                who = "绿色供应链管理企业" if ctx.facts.type == "supply_chain" else "绿色工厂"
                yield ctx.finding("ELIG.CRITERIA", f"申报主体自述主营非制造业务，{who}申报主体应为制造业企业。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                return

