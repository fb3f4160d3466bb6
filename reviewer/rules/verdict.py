"""The conclusion against the scores and the basic requirements: a pass with an unmet requirement or a
total under the pass mark, and a failing verdict where the scores and requirements pass (SCORE.INCONSISTENT)."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.verdict_text import EARLIER_STAGE, SINCE_MET, unmet_more
from reviewer.structure.fields import ticked
from reviewer.structure.spans import RU_CONDITION
from reviewer.structure.tables import part_with

_PASS = re.compile(r"(?<![不未没])(?:符合|满足|达到|已达|够得上|够得着|够上|达得到|称得上|算得上)[^。；，]{0,24}?(?:绿色(?:工厂|园区|供应链管理企业)[的之]?(?:评价)?[的之]?(?:要求|标准|条件|水平)|评价要求)"
                   r"|(?<!不)(?:符合|满足|达到)《[^》]{0,30}绿色[^》]{0,20}》的?(?:要求|规定)"
                   # "符合GB/T 33635-2017《…》规定的绿色供应链管理要求"
                   r"|(?<![不未没])(?:符合|满足|达到)了?(?:GB/?T?\s*[\d.]+(?:[-—]\d{4})?)?\s*《[^》]{0,40}》(?:所)?(?:规定的|中的)?[^。；，]{0,12}绿色[^。；，]{0,12}(?:要求|条件)"
                   r"|评价结论为[“\"]?(?:符合|通过)|具备申报[^。；，]{0,8}?绿色(?:工厂|园区|供应链管理企业)的?条件"
                   r"|(?:可以|可|予以|应)?认定为[^。；，]{0,6}?绿色(?:工厂|园区|供应链管理企业)(?!的?(?:条件|要求))"
                   r"|(?:结论|判定|评估结果|评价结果|评定结果|审核结果|审查结果)\s*(?:为|是|[：:])\s*[“\"「]?(?:符合|通过|合格|达标)(?![^。；]*不符合)"
                   r"|(?:结论|判定|结果)\s*[：:]?\s*[☑■√✔]\s*(?:符合|通过|合格)"
                   # "绿色园区评价要求——符合": the requirement named, a separator, then the verdict
                   r"|绿色(?:工厂|园区|供应链(?:管理企业)?)[^。；，,]{0,8}?(?:评价)?(?:要求|标准|条件)\s*(?:——|—|[：:]|→|=)\s*[“\"「]?(?:符合|满足|通过|合格|达标)(?![^。；]*不符合)"
                   # "具备GB/T 36132-2025《绿色工厂评价通则》规定的绿色工厂条件", "…要求,判定为绿色工厂"
                   r"|(?<![不未没])具备[^。；，,]{0,40}?绿色(?:工厂|园区|供应链管理企业)[的之]?(?:条件|要求|水平)"
                   r"|(?<!不)(?:符合|满足|达到)(?:GB/?T?\s*[\d.]+(?:[-—]\d{4})?)?\s*《[^》]{0,40}绿色[^》]{0,20}》(?:的|之|规定的|中的)?(?:要求|规定|条件)"
                   r"|(?<![不未没])判定为[“\"]?绿色(?:工厂|园区|供应链管理企业)"
                   # "否决项为零，基本要求全部满足，因此本厂具备申报条件"
                   r"|(?<![不未没])具备了?申报(?:条件|资格)"
                   # "否决项不存在，基本要求均已满足，可以申报绿色工厂"
                   r"|(?<![不未没])(?:可以|可)申报[^。；，]{0,6}?绿色(?:工厂|园区|供应链管理企业)"
                   # "…，绿色工厂评价要求已经达到": the requirement first, then that it is met
                   r"|绿色(?:工厂|园区|供应链管理企业)[^。；，]{0,6}?(?:评价)?(?:要求|标准|条件)(?:已经|已|均已|已全部|全部已)(?:达到|满足|符合|具备)"
                   # "…基本要求项项到位。本厂据此提出申报", "…，据此申报绿色工厂": applying on the strength of the result
                   r"|(?:据此|因此|故此|特此|为此)(?:正式)?(?:提出|提交)?申报(?![^。；，]{0,4}?(?:材料|资料|的))")
# recommending it is a pass verdict too ("建议推荐", "☑推荐", "是否推荐——推荐")
_RECOMMEND = re.compile(r"(?<![□☐不未])(?<!不予)(?:建议|同意|予以|可)?推荐(?:申报|为|其)?")
# a basic requirement the report itself says is unmet ("基本要求有1项不满足", "基本要求□符合 ☑不符合")
_BASIC_UNMET = re.compile(r"基本要求[^。；，,]{0,30}?(?:(?<![□☐])(?:不符合|不满足|不达标)|未(?:全部|完全)?(?:满足|符合|达到|达标)|部分(?:符合|满足)|[☑■√]\s*不符合"
                          # "基本要求就没过关", "基本要求未通过"
                          r"|(?:就|都|还|也)?(?:没|未)(?:过关|通过))"
                          r"|(?:满足|符合)基本要求[？?]\s*(?:答\s*[：:])?\s*(?:否|不满足|不符合|未满足)"
                          r"|基本要求[^。；]{0,24}?(?<![\d.])[1-9]\d*\s*项(?:基本要求)?(?:不符合|不满足)|一票否决项[^。；]{0,24}不满足"
                          r"|(?:该项|此项)基本要求[^。；]{0,8}不符合|(?<![□☐])(?:不满足|不符合|未满足|未达到)(?:全部)?基本要求"
                          # "基本要求核查中发现企业未开展…培训，该项判定为“不符合”"
                          r"|基本要求[^。；]{0,60}?[，,]\s*(?:该项|此项|这一项|该条)(?:被)?(?:判定|判为|认定|评定|结论)为?\s*[“\"「]?(?:不符合|不满足)")
# "未发现基本要求不符合项", "不符合0项", "另一家企业因基本要求不符合…": not this report's unmet requirement
_UNMET_DENIED = re.compile(r"未发现|未见|未注意到|未察觉|未识别|未查出|未发觉|没有发现|未开具|未开出|未出具|无一项|没有|不存在|另一家|其他企业|无关|无不|均无|并无|任一|任何一项|如有|若有|若|如果|一旦|否则|凡|预评估|预评价|初评|暂判|初判")
# "…基本要求不符合（…），企业已…完成整改，经复核满足基本要求": rectified before the verdict
_RECTIFIED = re.compile(r"(?:已|均已|现已)[^。；]{0,30}(?:完成整改|整改完成|整改到位|整改闭环|闭环)|整改后[^。；]{0,8}(?:满足|符合)|经复核[^。；]{0,10}(?:满足|符合)"
                        r"|现已(?:制定|建立|编制|完成|补充|取得)[^。；]{0,60}(?:本次|经复核|判定|评价)[^。；]{0,10}(?:符合|满足)")
# rectified before the verdict, in verdict.py's words or verdict_text's ("本次评价时该项已判定为符合"): one scan
_DONE_SINCE = re.compile(_RECTIFIED.pattern + "|" + SINCE_MET.pattern)
# "基本要求样样齐备", "基本要求项项到位": every one of them
_BASIC_MET = re.compile(r"(?<![不未没])(?:满足|符合)(?:全部)?基本要求|基本要求(?:全部|均|都|均已|已全部|样样|项项|件件|条条|全都|悉数)?(?:都|均)?(?:符合|满足|齐全|齐备|达到|到位)"
                        # "基本要求均有书面依据证明已经满足": words between, no negation among them
                        r"|基本要求(?:全部|均|都)?[^。；，,不未没否]{0,14}?(?:已经|均已|已)(?:全部)?(?:满足|符合|达到|到位)")
_FAIL_VERDICT = re.compile(r"(?<![□☐])(?:不(?:符合|满足)绿色(?:工厂|园区|供应链)[^。；，]{0,10}要求|未达到?绿色[^。；，]{0,10}(?:要求|水平)|不予推荐|不推荐"
                           r"|评价结论[:：]\s*不通过|结论为[“\"]?不(?:符合|通过|满足)|(?:评价等级|等级|结论|结果)(?:为|是|[：:])\s*[“\"]?不合格"
                           # "评价结论：□ 符合　☑ 不符合": the failing box ticked
                           r"|(?:结论|结果|判定|意见)[^。；☑■√✔□☐]{0,6}?\s*(?:[□☐]\s*(?:符合|通过|合格|推荐)\s*)?[☑■√✔]\s*不(?:符合|通过|合格|推荐))")
# a verdict that holds only once something is done is not a pass
_CONDITIONAL = re.compile(r"方可|后方|才能|整改(?:完成|到位)?(?:前|后)|待[^。；]{0,12}后|如能|若能|前不予")

_RULE_STATED = re.compile(r"任一|任何一项|即判定|则判定|即为|即视为|否则|如有|若有|如不|若不|一旦"
                          # "如企业未满足基本要求则不予推荐": a condition and its consequence
                          + "|" + RU_CONDITION + r"[^。；]*则\s*$")


def _fail_verdict(text: str) -> re.Match | None:
    """A failing verdict, not the rule that would give one ("任一项不满足即判定不符合绿色工厂要求")."""
    for m in _FAIL_VERDICT.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        if re.search(r"[□☐]\s*$", text[start: m.start()]):
            continue  # "□ 不符合绿色工厂评价要求": the option left empty
        if "基本要求" in text[start: m.end()] and re.search(r"[☑■√✔]", m.group(0)):
            continue  # "基本要求：□符合 ☑不符合": the requirements' box, not the verdict
        if _NOTHING_NOTED.search(text, start, m.start()):
            continue  # "我们没有注意到任何事项使我们认为X不满足绿色工厂基本要求": the failing words denied
        if not _RULE_STATED.search(text, start, m.start()):
            return m
    return None


# an assurance opinion's double negative: "没有注意到任何事项使我们认为……不满足……", "未发现……表明……不符合"
_NOTHING_NOTED = re.compile(r"(?:没有|未|并未|并没有)(?:注意到|发现|察觉)[^。；]{0,24}?(?:认为|相信|表明|显示|说明)|不认为")


# a self-evaluation presenting itself for the experts' check: "…基本要求样样齐备……欢迎专家来厂检验" (its claim to pass)
_INVITE = re.compile(r"(?:欢迎|恳请|敬请|请)(?:各位)?(?:专家|评审组|评价组|主管部门|上级)[^。；，,]{0,6}?(?:来厂|莅临|到厂|到现场|来现场)?(?:检验|检查|评审|验收|审核|复核)")


def conclusion_findings(ctx, scores):
    """SCORE.INCONSISTENT findings of the conclusion, given every stated total (value, block, quote)."""
    concl = ctx.facts.chapters.get("conclusion")
    blocks = [b for b in ctx.visible if concl is not None and b.index >= concl.index and b.kind.value in ("paragraph", "table")][:6]
    passes = [(b, m) for b in blocks if not _fail_verdict(b.text)
              for m in [*_PASS.finditer(b.text), *(r for r in _RECOMMEND.finditer(b.text)  # not "不建议推荐"
                                                    if not re.search(r"[不未]|暂缓", b.text[max(0, r.start() - 4): r.start()]))]
              if not _CONDITIONAL.search(quote_span(b.text, m.start(), m.end()))]
    text = "\n".join(b.text for b in blocks)
    unmet = _unmet_stated(text) or _unmet_in_table(ctx) or _unmet_elsewhere(ctx, blocks)
    basic = ctx.facts.first("basic_requirements")
    ticked_unmet = bool(basic and ticked(basic.value, "不符合") and not ticked(basic.value, "符合"))
    threshold = _threshold(ctx)  # the report's own pass mark is searched once
    invite = None if passes or _fail_verdict(text) or not _BASIC_MET.search(text) else _INVITE.search(text)
    if invite:
        ib = next(b for b in blocks if invite.group(0) in b.text)
        passes = [(ib, re.search(re.escape(invite.group(0)), ib.text))]
    if not passes:
        met = _BASIC_MET.search(text)
        if ticked_unmet and met and not _fail_verdict(text):
            # "本次自评81.5分，没有否决项，基本要求齐全" under a ticked "☑不符合": the conclusion contradicts the form
            mb = next(b for b in blocks if met.group(0) in b.text)
            yield ctx.finding("SCORE.INCONSISTENT", "基本要求勾选为“不符合”，结论却写基本要求已满足。",
                              [ctx.located(basic), ctx.evidence_at(mb, mb.text.find(met.group(0)), mb.text.find(met.group(0)) + len(met.group(0)))])
            return
        fail = _fail_verdict(text)
        if fail and not unmet and _BASIC_MET.search(text) and scores and all(sc[0] >= threshold for sc in scores):
            fb = next(b for b in blocks if fail.group(0) in b.text)
            yield ctx.finding("SCORE.INCONSISTENT", f"结论为不符合（“{fail.group(0)}”），但报告写明满足基本要求，总分 {scores[0][0]:.10g} 分不低于 {threshold:.10g} 分。",
                              [ctx.evidence(fb, quote_span(fb.text, fb.text.find(fail.group(0)), fb.text.find(fail.group(0)) + len(fail.group(0))))])
        return
    b, m = passes[0]
    if not unmet and _BASIC_MET.search(text) and scores and all(sc[0] >= threshold for sc in scores):
        other = _fail_elsewhere(ctx, blocks)
        if other is not None:
            fb, fq = other
            yield ctx.finding("SCORE.INCONSISTENT", f"报告另处写有不符合的结论（“{fq}”），与结论、基本要求和总分 {scores[0][0]:.10g} 分矛盾。",
                              [ctx.evidence(fb, fq), ctx.evidence_at(b, m.start(), m.end())])
            return
    if unmet:
        ub = next((x for x in blocks if isinstance(unmet, re.Match) and unmet.group(0) in x.text), None)
        where = [ctx.evidence_at(ub, ub.text.find(unmet.group(0)), ub.text.find(unmet.group(0)) + len(unmet.group(0)))] if ub \
            else [ctx.evidence(unmet[0], unmet[1])] if not isinstance(unmet, re.Match) else []
        yield ctx.finding("SCORE.INCONSISTENT", "报告写明有基本要求未满足，结论却为符合/推荐。",
                          where + [ctx.evidence_at(b, m.start(), m.end())])
        return
    if ticked_unmet:
        yield ctx.finding("SCORE.INCONSISTENT", "基本要求勾选为“不符合”，结论却为符合。",
                          [ctx.located(basic), ctx.evidence_at(b, m.start(), m.end())])
        return
    low = [s for s in scores if s[0] < threshold]
    if low:
        yield ctx.finding("SCORE.INCONSISTENT", f"总分 {low[0][0]:.10g} 分低于 {threshold:.10g} 分，结论却为符合。",
                          [ctx.evidence(low[0][1], low[0][2]), ctx.evidence_at(b, m.start(), m.end())])


# "基本要求全部满足（不符合项零项）", "基本要求判定为满足（未开具不符合项）": met, whatever 不符合 follows
_MET_INSIDE = re.compile(r"(?<![未不没])(?:全部|均|均已|已全部|判定为|判为|认定为|结论为)(?:满足|符合)")
# "…不符合0项", "…不符合项零项": none; "一项不满足即不得评分", "不满足的，…": the rule, not a finding
_NONE_OR_RULE_AFTER = re.compile(r"\s*(?:项|项数)?\s*(?:为|[:：])?\s*[0０零无]\s*项?|\s*(?:即|则|就|的|时|者)")
_EMPTY_BOX = re.compile(r"[\[［(（]\s*[\]］)）]")


def _unmet_stated(text: str) -> re.Match | None:
    """The first statement in text that a basic requirement is unmet, not denied, not none ("0项")
    and not rectified after."""
    boxed = _EMPTY_BOX.sub(lambda x: "□" * len(x.group(0)), text)  # "[√]符合 [ ]不符合": the unticked option
    u = next((u for u in _BASIC_UNMET.finditer(boxed)
              if not _UNMET_DENIED.search(boxed[max(boxed.rfind(c, 0, u.start()) for c in "，。；,\n") + 1: u.start()] + u.group(0))
              and not _MET_INSIDE.search(u.group(0)) and not _NONE_OR_RULE_AFTER.match(boxed, u.end())
              and not EARLIER_STAGE.search(boxed[max(boxed.rfind(c, 0, u.start()) for c in "。；\n") + 1: u.start()])
              and not _DONE_SINCE.search(boxed, u.end(), u.end() + 160)), None)
    if u is None:
        return unmet_more(text)  # "基本要求共10项，其中第7项…判定为不符合", "有一项不满足", English
    return re.compile(re.escape(text[u.start(): u.end()])).search(text, u.start())  # the words as written


def _unmet_elsewhere(ctx, conclusion_blocks):
    """An unmet basic requirement stated in prose outside the conclusion ("基本要求“管理体系”项不符合；
    鉴于指标得分较高，…仍勾选“符合”"): (block, quote), or None."""
    seen = {b.index for b in conclusion_blocks}
    for b in ctx.visible:
        if b.kind.value != "paragraph" or b.index in seen or not re.search(r"基本要求|(?i:requirement)", b.text):
            continue
        u = _unmet_stated(b.text)
        if u is not None:
            return b, quote_span(b.text, u.start(), u.end())
    return None


# whose verdict it is: the evaluators' or the report's own, not a rule or another company's
_EVALUATOR = re.compile(r"评价组|评审组|专家组|核查组|审核组|本机构|我们|我方|综合|最终|评价结论|结论|(?:审核|评审|评价|推荐)意见")


def _fail_elsewhere(ctx, conclusion_blocks):
    """A failing verdict given by the evaluators outside the conclusion chapter ("综合上述情况，评价组认为企业
    不符合绿色工厂评价要求"): (block, quote), or None."""
    seen = {b.index for b in conclusion_blocks}
    for b in ctx.visible:
        if b.kind.value != "paragraph" or b.index in seen:
            continue
        f = _fail_verdict(b.text)
        if f is None:
            continue
        start = max(b.text.rfind(c, 0, f.start()) for c in "。；\n") + 1
        head = b.text[start: f.start()]
        if b.text.startswith("的", f.end()):
            continue  # "评价结论不符合绿色工厂评价要求的企业，不予推荐": a rule about such companies
        if _EVALUATOR.search(head + f.group(0)) and not _CONDITIONAL.search(head) and not re.search(r"若|如果|假如|一旦|另一家|其他企业|曾|此前|初评|预评", head):
            return b, quote_span(b.text, f.start(), f.end())
    return None


def _threshold(ctx) -> float:
    """The pass mark: the report's own ("得分不低于80分"), else standards/scoring.yaml's."""
    threshold = float(ctx.catalog.scoring.get("pass_threshold", 60))
    for pat in ctx.catalog.scoring.get("threshold_patterns", []):
        for b, tm in ctx.search(re.compile(pat)):
            if re.search(r"力争|争取|目标|计划|预计|希望|期望|拟", b.text[max(0, tm.start() - 16): tm.start()]):
                continue  # "力争到2027年评价得分达到90分以上": an aim, not the pass mark
            threshold = float(tm.group(1))
    return threshold


def _unmet_in_table(ctx):
    """A basic-requirements table with a row answered 不符合 / 不满足: (block, quote), or None."""
    for rows, parts in ctx.doc.logical_tables():
        header = bool(rows) and any("基本要求" in c for c in rows[0])
        for row in rows[1:]:
            if not header and not (row and "基本要求" in row[0]):
                continue
            # "不符合", "☑不符合", "□符合 √不符合": the ticked answer
            # under a "基本要求" header the answer may stand in the first column ("基本要求 | 指标得分" over "□符合√不符合 | 83.0")
            cells = [row[i] for i, h in enumerate(rows[0]) if "基本要求" in h and i < len(row)] if header else []
            cell = next((c for c in [*row[1:], *cells] if re.fullmatch(r"\s*(?:[□☐]\s*(?:符合|满足)\s*)?(?:[☑■√]\s*)?(?:不符合|不满足|未满足)\s*", c)), None)
            if cell is not None:
                q = "\t".join(row)
                return part_with(parts, q), q
    return None
