"""Eligibility: negative-list conditions the report itself discloses and the 否决条件 check (applicant criteria: criteria.py)."""

from __future__ import annotations

import re

from reviewer.rules import park_veto, veto_text
from reviewer.rules.checklist import checklist_blocks
from reviewer.rules.context import compiled
from reviewer.rules.disclosure import disclosed_in
from reviewer.rules.registry import check
from reviewer.structure.spans import span_bounds

_CN_DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _count(s: str) -> int:
    """"14", "十四", "二十", "十" -> the number (a stoppage's months may be written in Chinese numerals)."""
    if s.isdigit():
        return int(s)
    tens, _, ones = s.partition("十")
    if "十" not in s:
        return _CN_DIGIT.get(s, 0)
    return (_CN_DIGIT.get(tens, 0) if tens else 1) * 10 + _CN_DIGIT.get(ones, 0)


def _long_enough(m: re.Match, min_months: int | None) -> bool:
    """A stated stoppage counts from ``min_months``: "停产15个月", "2023年1月至2024年3月…停产"."""
    if not min_months:
        return True
    groups = m.groupdict()
    if groups.get("months"):
        return _count(groups["months"]) >= min_months
    if groups.get("days"):  # "连续停产共计412天"
        return int(groups["days"]) >= min_months * 365 / 12
    if groups.get("y1"):
        months = (int(groups["y2"]) - int(groups["y1"])) * 12 + int(groups["m2"]) - int(groups["m1"]) + 1
        return months >= min_months
    return True  # "停产一年以上": the pattern itself states the length


@check("ELIG.NEGATIVE_LIST", severity="high", title="报告自述存在否决条件（负面清单）情形")
def negative_list(ctx):
    """检查内容：报告正文是否自述存在《办法》否决条件：近三年发生安全/质量/环境污染事故、被列入经营异常名单、失信被执行人、连续停产 12 个月以上、被调出绿色制造名单、节能监察整改名单等（否定表述如“未发生……”不计；一句话含否定词、却没有任何未被否定的“发生了”的迹象——正数计数、伤害或处罚、列入、具体年月的事件、未完成的整改——也读作否认）。绿色园区报告的否决条件同样适用于园区内企业：园区或其成员企业（园区内企业、区内企业、园区重点企业，以及写园区的句子里未具名的“某公司”）近三年发生上述情形都算，中央或省级督察通报的问题尚未整改也算（市、区级督察和已整改销号的不算）；相邻园区、外地母公司、外地处置单位的事件，写明不在园区内的事件，都不是园区的否决情形。只把较大及以上事故算作园区否决情形是一个设置（park.grade_accidents，默认关闭）。模式在 standards/eligibility.yaml（园区部分：park）。
    为何重要：存在否决条件的企业不得申请、推荐和列入；报告自己写出却仍给出“符合”结论，是最直接的审查问题。
    示例：“2024年6月，企业发生一起一般生产安全事故，已完成整改。”
    """
    elig = ctx.catalog.eligibility
    negs = elig["negations"]
    before = {b.index: a for a, b in zip(ctx.visible, ctx.visible[1:])}
    after = {a.index: b for a, b in zip(ctx.visible, ctx.visible[1:])}
    topics = [compiled(t) for t in elig["veto_section"].get("topics", [])]
    least = elig["veto_section"].get("min_topics", 3)
    listed = checklist_blocks(ctx.visible, topics, [compiled(p) for p in elig["veto_section"]["patterns"]])
    park = elig if ctx.facts.type == "park" else None
    for item in park_veto.items_for(elig, park is not None):
        for p in item["patterns"]:
            pat = compiled(p)
            released = compiled(r"[^。；]{0,24}?(?:" + item["released"] + ")") if item.get("released") else None
            hit = next(((b, m) for b, m in ctx.search(pat)
                        if b.kind.value != "heading" and _long_enough(m, item.get("min_months"))
                        and not (released and released.match(b.text, m.end()))
                        and disclosed_in(b, m, negs, before.get(b.index), after.get(b.index), b.index in listed,
                                         park=park, topics=topics, least=least)
                        and (park is None or park_veto.holds(elig, item, b.text, m))
                        and (item.get("any_time") or not _before_window(b.text, m, ctx.report_date))), None)
            if hit:
                b, m = hit
                yield ctx.finding("ELIG.NEGATIVE_LIST", f"报告自述存在否决条件“{item['label']}”。",
                                  [ctx.evidence_at(b, m.start(), m.end())], requirement=item["label"])
                break


_OUT_OF_WINDOW = re.compile(r"超出(?:了)?(?:近三年|近3年|核查期|评价期|追溯期)|不在(?:近三年|近3年|核查期|评价期)|核查期(?:限)?(?:以)?外|三年(?:以)?前")


_HOLDS = re.compile(r"否决(?:项|条件|情形)?(?:成立|触发)|(?:触发|构成)(?:了)?(?:一票)?否决")
_STILL = re.compile(r"尚未|仍未|至今|未完成|仍在|仍处于|迄今|目前仍|现仍|到现在|到目前|还没|还未|仍没")


def _before_window(text: str, m: re.Match, day) -> bool:
    """An event the sentence dates before the three years the negative list covers ("2019年企业曾发生一起
    火灾事故，已超出近三年核查期限"), or says is outside them."""
    s, e = span_bounds(text, m.start(), m.end(), "。；;\n")
    if _OUT_OF_WINDOW.search(text, s, e):
        return True
    if _STILL.search(text, m.end(), e) or _HOLDS.search(text, m.end(), e):
        return False  # "2022年被列入…整改名单，整改尚未完成": a state that lasts to this day; "该否决项成立": the report's own verdict
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})\s*年", text[s: m.end()])]
    months = m.groupdict().get("months")
    start = _START.findall(text, s, m.start())
    if months and start:  # "2022年3月起…停了14个月": the stoppage runs into the window
        y, mo = start[-1]
        years.append(int(y) + (int(mo) - 1 + _count(months)) // 12)
    return bool(day and years) and max(years) < day.year - 3


_START = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月")


@check("ELIG.VETO_UNCHECKED", severity="medium", title="第三方报告未核查否决条件", kinds=("third_party",))
def veto_unchecked(ctx):
    """检查内容：2024 年起的第三方评价报告是否逐项核查了《办法》的否决条件，并核查了评价标准的基本要求。核查须写出结果（“经核查，无否决情形”、逐项作答的核查表或段落）；只提到核查的句子（人员分工、工作步骤、计划、“见第三章”）和对企业自查的评述（“自评价报告对否决条件的自查只写了结论，没有附检索截图”）不算核查；申报方自己的话照录（负责人的介绍、承诺函、自查结论、申报书所载、委托方提供的资料、部门出具的情况说明），评价机构只“予以记录”，引述的规则或核查程序（“申报园区应为……”，“如发现存在否决情形，即终止评价”），未填的模板（没有勾选的方框、结果栏空白的表）也都不算；逐一列出各类情形的段落须写出结果。核查发现存在否决情形（“经评价组核查，园区内某公司被列为失信被执行人”）同样是核查，由 ELIG.NEGATIVE_LIST 处理。
    为何重要：2024 年模板要求第三方机构首先核查否决条件；缺少这一步，评价结论不能采信。
    示例：报告“三、评价内容”直接从能源低碳化开始，全文没有“否决条件”的核查表述。
    """
    if ctx.facts.regime not in ("2024", "2025", "2026"):
        return
    if veto_witness(ctx) is None:
        elig = ctx.catalog.eligibility
        basic = [compiled(p) for p in elig["basic_requirements"]["patterns"]]
        has_basic = any(p.search(b.text) for b in ctx.visible if b.kind.value == "paragraph" for p in basic)
        yield ctx.finding("ELIG.VETO_UNCHECKED",
                          "第三方评价报告中未见对《绿色工厂梯度培育及管理暂行办法》否决条件的核查" + ("" if has_basic else "，也未见基本要求的核查") + "。",
                          searched=[*elig["veto_section"]["patterns"], *([] if has_basic else elig["basic_requirements"]["patterns"])])


def veto_witness(ctx):
    """(how, block) of the first block that checks the 否决条件, or None: a sentence stating the check,
    a paragraph or an answered table going through the conditions, or an answered 否决条件 section."""
    elig = ctx.catalog.eligibility
    section = elig["veto_section"]
    veto = [compiled(p) for p in section["patterns"]]
    topics = [compiled(p) for p in section.get("topics", [])]
    least = section.get("min_topics", len(topics) + 1)
    declined = compiled(section.get("declined", "(?!)"))
    verdict = compiled(section.get("verdict", "(?!)"))
    # the check itself: a heading "否决条件核查" over "略。" checks nothing; a table counts by the conditions
    # it goes through (a basis table naming the 《办法》 "否决情形" checks none)
    # a conclusion saying "无否决情形" restates a check, it is not one
    concl = ctx.facts.chapters.get("conclusion")
    body = [b for b in ctx.visible if b.kind.value == "paragraph"
            and not re.match(r"\s*(?:[（(]?\d[)）]?\s*)?(?:评价结论|结论|综上|总体结论)", b.text)
            and not (concl is not None and concl.section[:1] and b.section[:1] == concl.section[:1])]
    for b in body:
        if any(_checked(b.text, p, verdict, section) for p in veto) and not _declines(b.text, declined, section):
            return "mention", b
    for b in body:  # a paragraph going through the conditions, with a result ("无", "未发生", "存在否决情形")
        if sum(1 for t in topics if t.search(b.text)) >= least and not _declines(b.text, declined, section) \
                and veto_text.answered(b.text, section, verdict):
            return "topics", b
    for b in ctx.visible:
        if b.kind.value == "table" and sum(1 for t in topics if t.search(b.text)) >= least and _answered(b, declined):
            return "table", b
    h = _veto_section_done(ctx, veto, topics, declined)
    return ("section", h) if h is not None else None


# "所谓第三方评价，是指……对否决条件逐项核实": a definition names the check without making it
_DEFINITION = re.compile(r"所谓|是指|系指|指的是|定义为")


# "业务计划明确了需重点关注的领域，包括……否决项的查证": a plan names the check it will make
_PLANNED = re.compile(r"(?:重点关注|关注的?(?:领域|事项|重点))[^。；]{0,40}$|(?:计划|方案)[^。；]{0,12}(?:明确|列明|包括|涵盖)[^。；]{0,40}$")


# "作为供应商年度评估和准入复审的一票否决事项": another evaluation's veto, in the same clause
_OTHER_VETO = re.compile(r"供应商|供方|采购|准入|招标|投标|客户|员工|绩效考核")


# a question names what is to be checked, not its answer: "核查企业是否存在否决情形"
_QUESTION = veto_text.QUESTION


def _checked(text: str, pattern: re.Pattern, verdict: re.Pattern, section: dict) -> bool:
    """A veto mention whose sentence states the check's result ("经核查，企业无否决情形"), outside a
    definition's or a plan's sentence, and not another evaluation's veto. A sentence that only names
    the check — a task, a method, a team's duties — makes none, however it is worded."""
    for m in pattern.finditer(text):
        s, e = span_bounds(text, m.start(), m.end(), "。；;！？\n")
        if re.match(r"[？?]\s*(?:A|答)\s*[：:]", text[e: e + 4]):
            e = span_bounds(text, e + 1, e + 2, "。；;！？\n")[1]  # "Q：是否存在否决情形？A：…不存在。": the answer after it
        clause = span_bounds(text, m.start(), m.end(), "。；;！？\n，,")[0]
        # "否决项：①……，近三年空白；②……；③……，查无": a list the mention opens answers over its "；"
        listed = span_bounds(text, m.start(), m.end(), "。；;！？\n", closing="。！？\n")[1] if re.match(r"[^，,。；;？?]{0,8}[：:]", text[m.end():]) else e
        if not _DEFINITION.search(text, s, e) and not _PLANNED.search(text, s, m.start()) \
                and not _OTHER_VETO.search(text, clause, m.start()) \
                and (verdict.search(_QUESTION.sub("", text[s:listed])) or veto_text.found(text, s, listed, section)):
            return True
    return False


_EMPTY_ANSWER = re.compile(r"^\W*(?:略|从略|本项不适用|不适用|待补充|待填写|无)\W*$")


# an answer under a 否决条件 heading that goes through no condition by name: "以上情形均不存在", "无否决项"
_BLANKET = re.compile(r"(?:上述|以上|前述|下列|所列|各项|全部|六项|6项|所有)[^。；]{0,12}(?:情形|情况|条件|事项|否决项)[^。；]{0,10}(?:均|都|皆|全部)?(?:不存在|未发生|无|不涉及)"
                      r"|(?:无|不存在|未发现|未见|未识别到?|未查见)[^。；]{0,24}(?:情形|否决|负面清单|不得申报)|逐(?:项|一|条)(?:核查|审查|核实|检查|比对)")


# a negative finding about the veto conditions: "未获得任何表明…存在否决情形的客观证据", "均未显示…存在否决性事项"
_NEGATED_VETO = re.compile(r"(?:未|无|没有|并无|不)[^。；]{0,30}?(?:否决|负面清单|情形)")


def _veto_section_done(ctx, veto, topics, declined):
    """The 否决条件 heading with a real answer under it (a sentence, list or answered table going through
    the conditions, not "略", "见附件", a deferral, or text about something else), or None."""
    section = ctx.catalog.eligibility["veto_section"]
    verdict = compiled(section.get("verdict", "(?!)"))
    blocks = ctx.visible
    for i, h in enumerate(blocks):
        if h.kind.value != "heading" or not any(p.search(h.text) for p in veto):
            continue
        for b in blocks[i + 1:]:
            if b.kind.value == "heading":
                break
            if b.kind.value == "table":
                if any(t.search(b.text) for t in topics) and _answered(b, declined):
                    return h
                continue
            if len(re.findall(r"[\u4e00-\u9fff]", b.text)) >= 8 and not _declines(b.text, declined, section) \
                    and not _EMPTY_ANSWER.match(b.text) \
                    and (any(t.search(b.text) for t in topics) or any(p.search(b.text) for p in veto) or _BLANKET.search(b.text)) \
                    and (verdict.search(_QUESTION.sub("", b.text)) or _BLANKET.search(b.text)
                         or _NEGATED_VETO.search(b.text) or veto_text.found(b.text, 0, len(b.text), section)
                         or veto_text.agency_found_topic(b.text, section, topics)):
                return h  # an answer: "否决条件实行一票否决，任何一项不满足即不得评定" under the heading answers nothing
    return None


def _answered(table, declined) -> bool:
    """A checklist table whose rows carry answers: most rows have a filled cell beside the condition
    that is not "待核实" or a bare number."""
    rows = (table.rows or [])[1:]
    filled = [r for r in rows if any(c.strip() and not re.fullmatch(r"\s*\d{1,2}\s*", c) and not declined.search(c)
                                     for c in r[1:] if c.strip() != r[0].strip())
              and sum(1 for c in r if c.strip() and not re.fullmatch(r"\s*\d{1,2}\s*", c)) >= 2]
    return len(filled) * 2 >= len(rows) > 0


def _declines(text: str, declined: re.Pattern, section: dict | None = None) -> bool:
    """A mention that declines the check, or only points elsewhere ("见企业自评价报告第二章。"); with the
    catalog's veto section also one that only talks about the check, or only quotes the rule or the applicant's pledge."""
    verdict = compiled(section.get("verdict", "(?!)")) if section else None
    pointer = len(text) <= 30 and re.search(r"^\W*(?:详)?见|(?:详|参)见(?:附件|附表|附录)[^。；]{0,8}\W*$", text)
    if declined.search(text) or (pointer and not (verdict and verdict.search(_QUESTION.sub("", text)))):
        return True  # "详见附件4。" points elsewhere; "核查通过（六项均未触发，查询记录详见附件4）" answers
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if lines and all(re.search(r"[：:]\s*$", ln) for ln in lines):
        return True  # "一、否决条件：\n二、核查依据：\n三、核查结论：": the template's labels, nothing filled in
    if section is None:
        return False
    if veto_text.declines(text, section):
        # "企业填报的《否决条件自查表》中六项均勾选为“否”": the applicant's word, repeated; "自评价报告对否决条件的
        # 自查只写了结论，没有附检索截图": a remark on the applicant's self-check, whose search was never made;
        # "申报园区应为…": a rule; "□存在　□不存在": a template left to fill in
        return True
    if section.get("empty_talk") and re.search(section["empty_talk"], text) and not re.search(section.get("verdict", "(?!)"), text):
        return True  # "评价组高度重视否决条件核查工作，…确保评价工作客观公正": talk about the check, no result
    return bool(section.get("quoted_rule") and re.search(section["quoted_rule"], text)
                and not re.search(section.get("agency_finding", "(?!)"), text))
