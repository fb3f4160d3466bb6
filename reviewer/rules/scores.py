"""Scores: item scores vs maxima vs totals, and the conclusion vs scores and basic requirements."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.registry import check
from reviewer.structure.fields import ticked
from reviewer.structure.numbers import parse_number
from reviewer.structure.tables import part_with, total_label

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
_BASIC_UNMET = re.compile(r"基本要求[^。；，,]{0,30}?(?:(?<![□☐])(?:不符合|不满足)|未(?:全部|完全)?(?:满足|符合|达到|达标)|部分(?:符合|满足)|[☑■√]\s*不符合)"
                          r"|(?:满足|符合)基本要求[？?]\s*(?:答\s*[：:])?\s*(?:否|不满足|不符合|未满足)"
                          r"|基本要求[^。；]{0,24}?(?<![\d.])[1-9]\d*\s*项(?:基本要求)?(?:不符合|不满足)|一票否决项[^。；]{0,24}不满足"
                          r"|(?:该项|此项)基本要求[^。；]{0,8}不符合|(?<![□☐])(?:不满足|不符合|未满足|未达到)(?:全部)?基本要求"
                          # "基本要求核查中发现企业未开展…培训，该项判定为“不符合”"
                          r"|基本要求[^。；]{0,60}?[，,]\s*(?:该项|此项|这一项|该条)(?:被)?(?:判定|判为|认定|评定|结论)为?\s*[“\"「]?(?:不符合|不满足)")
# "未发现基本要求不符合项", "不符合0项", "另一家企业因基本要求不符合…": not this report's unmet requirement
_UNMET_DENIED = re.compile(r"未发现|未见|无一项|没有|不存在|另一家|其他企业|无关|无不|均无|并无|任一|任何一项|如有|若有|凡|预评估|预评价|初评|暂判")
# "…基本要求不符合（…），企业已…完成整改，经复核满足基本要求": rectified before the verdict
_RECTIFIED = re.compile(r"(?:已|均已|现已)[^。；]{0,30}(?:完成整改|整改完成|整改到位|整改闭环|闭环)|整改后[^。；]{0,8}(?:满足|符合)|经复核[^。；]{0,10}(?:满足|符合)"
                        r"|现已(?:制定|建立|编制|完成|补充|取得)[^。；]{0,60}(?:本次|经复核|判定|评价)[^。；]{0,10}(?:符合|满足)")
_BASIC_MET = re.compile(r"(?<![不未没])(?:满足|符合)(?:全部)?基本要求|基本要求(?:全部|均)?(?:符合|满足)")
_FAIL_VERDICT = re.compile(r"(?<![□☐])(?:不符合绿色(?:工厂|园区|供应链)[^。；，]{0,10}要求|未达到?绿色[^。；，]{0,10}(?:要求|水平)|不予推荐|不推荐"
                           r"|评价结论[:：]\s*不通过|结论为[“\"]?不(?:符合|通过)|(?:评价等级|等级|结论|结果)(?:为|是|[：:])\s*[“\"]?不合格)")
# "各一级指标得分分别为…26.5分、…7.0分，合计87.0分", "26.5/30，…；总得分79.5/100"
_ITEM_SCORE = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*(?:分|/\s*\d{1,3}(?:\.\d+)?)")
_TEXT_TOTAL = re.compile(r"(?<![两二三四五六七2-7]项)(?<!前[两二三四2-4]项)(?:合计|总分|总得分|共计|总计|(?<=\d)\s*分?\s*[=＝])(?:得分)?\s*(?:为|是|[:：])?\s*(\d{1,3}(?:\.\d+)?)\s*(?:分|/\s*100)")
_TOTAL_FIRST = re.compile(r"(?:得分|总分|合计)\s*(?:为|是|[:：])?\s*(\d{1,3}(?:\.\d+)?)\s*分\s*[（(](?P<items>[^（）()]{8,120})[)）]")
_PLUS_CHAIN = re.compile(r"(?:\d{1,3}(?:\.\d+)?\s*分?\s*[+＋][^+＋=＝\d]{0,8}){2,}\d{1,3}(?:\.\d+)?")
_LIST_SCORES = re.compile(r"(?<!满分)分别(?:为|是|得分|得)?\s*(?:\d{1,3}(?:\.\d+)?\s*分?\s*[、，,和及]\s*){2,}\d{1,3}(?:\.\d+)?\s*分")
_OVER_MAX = re.compile(r"(\d{1,3}(?:\.\d+)?)\s*分\s*[（(]\s*(?:该项|本项|此项)?满分(?:为|是)?\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*[)）]")
_OVER_MAX_AFTER = re.compile(r"得分(?:为)?\s*(\d{1,3}(?:\.\d+)?)\s*分[，,]\s*(?:该项|本项|此项)(?:的)?满分(?:为|是|仅)?\s*(\d{1,3}(?:\.\d+)?)\s*分")
_MAX_TEXT = re.compile(r"满分(?:为|是)?\s*(\d{1,3}(?:\.\d+)?)\s*分")

# a verdict that holds only once something is done is not a pass
_CONDITIONAL = re.compile(r"方可|后方|才能|整改(?:完成|到位)?(?:前|后)|待[^。；]{0,12}后|如能|若能|前不予")
_FAIL = re.compile(r"不符合绿色(?:工厂|园区|供应链)|不满足(?:绿色|基本要求)|未达到?绿色|尚未达到?绿色")
# "59.0分——这是本厂的自评价得分": the score first, then what it is
_SCORE_FIRST = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s*分\s*(?:——|—|[，,：:])\s*(?:这是|即|为|系|是)?[^。；，\d]{0,10}?(?:自评价得分|自评得分|自评分|评价得分|综合得分|总得分|总分)")
# "评价指标计得89.5分": 计得 / 核得 / 评得 like 得分
_SCORE_TEXT = re.compile(r"(?:指标|评价|综合|总)?(?:得分|合计|总分|计分|计得|核得|评得|评分|记分|自评结果|(?<=评价|综合)分数|评价结果|评分结果|自评分|自评(?=\s*\d)|(?:自己|我们)?打了(?=\s*\d))(?:数|值)?(?:为|是|共|——|—|[:：])?\s*(\d{1,3}(?:\.\d+)?)\s*分")


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
    """检查内容：评分表中各项得分不超过满分、各项之和等于合计；结论（符合/不符合）与总分（默认及格线 60 分，可在 standards/scoring.yaml 配置）和基本要求是否符合一致。
    为何重要：结论与得分或基本要求矛盾，是评价结论不可信最直接的证据。
    示例：基本要求“☑不符合”，结论却写“符合绿色工厂评价要求”；或各项得分之和 85.0，表中合计 88.0。
    """
    problems, all_scores = _scan(ctx)
    for msg, block, quote in problems:
        yield ctx.finding("SCORE.INCONSISTENT", msg, [ctx.evidence(block, quote)])
    yield from _conclusion(ctx, all_scores)


def _scan(ctx):
    """Score tables and stated totals, read once per review: (problems, every stated total)."""
    if "score_scan" in ctx.cache:
        return ctx.cache["score_scan"]
    problems: list[tuple[str, object, str]] = []
    totals: list[tuple[float, object, str]] = []
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
    if field:
        v = _n(field.value)
        if v is not None:
            stated.append((v, field.block, field.quote))
    for b, m in ctx.search(_SCORE_TEXT):
        # "能源低碳化得分26.5分", "两项合计51.5分": an item's or a part's score, not the total
        if b.kind.value != "table" and not re.search(r"[化项率量值度性]$|项合计$|[两二三四五六七2-7]项$", b.text[max(0, m.start() - 2): m.start()]):
            stated.append((float(m.group(1)), b, m.group(0)))
    for b, m in ctx.search(_SCORE_FIRST):
        if b.kind.value != "table":
            stated.append((float(m.group(1)), b, m.group(0)))
    for b, m in [*ctx.search(_OVER_MAX), *ctx.search(_OVER_MAX_AFTER)]:  # "生产洁净化16.5分（满分16分）": a score above the maximum stated with it
        if b.kind.value != "table" and float(m.group(1)) > float(m.group(2)) + 1e-9:
            problems.append((f"得分 {m.group(1)} 分超过其满分 {m.group(2)} 分。", b, m.group(0)))
    problems += _text_sums(ctx)
    ctx.cache["score_scan"] = (problems, totals + stated)
    return ctx.cache["score_scan"]




def _listed_items(text: str, end: int) -> list[float]:
    """Item scores before a stated total: "26.5分、25.0分…", "分别为26.5、25.0…7.0分", "26.5＋25.0＋…"."""
    flat = re.sub(r"[（(][^（）()]*[)）]", lambda b: "＿" * len(b.group(0)), text)  # "26.5分（能源消耗强度10.0分、…）": sub-items
    items = [float(m.group(1)) for m in _ITEM_SCORE.finditer(flat, 0, end)]
    chain = _PLUS_CHAIN.search(text, 0, end) or _LIST_SCORES.search(text, 0, end)
    if chain is not None:
        listed = [float(x) for x in re.findall(r"\d{1,3}(?:\.\d+)?", chain.group(0))]
        if len(listed) > len(items):
            return listed
    return items


def _text_sums(ctx) -> list[tuple[str, object, str]]:
    """Scores listed in a sentence against the total it states, and a score above a stated maximum."""
    out = []
    for b in ctx.visible:
        if b.kind.value != "paragraph" or "分" not in b.text:
            continue
        for sent in re.finditer(r"[^。\n]+", b.text):
            text = sent.group(0)
            total = _TEXT_TOTAL.search(text)
            found = False
            for first in _TOTAL_FIRST.finditer(text):  # "得分85.0分（能源低碳化26.5分、…7.0分）", also an item's own parts
                items = [float(m.group(1)) for m in _ITEM_SCORE.finditer(first.group("items"))]
                if len(items) >= 3 and abs(sum(items) - float(first.group(1))) > 0.051 * max(1, len(items) ** 0.5):
                    out.append((f"文中所列各项得分之和为 {sum(items):.1f}，总分却为 {first.group(1)} 分。", b, text.strip()))
                    found = True
                    break
            if found:
                continue
            if total:
                items = _listed_items(text, total.start())
                if len(items) >= 3 and abs(sum(items) - float(total.group(1))) > 0.051 * max(1, len(items) ** 0.5):
                    out.append((f"文中所列各项得分之和为 {sum(items):.1f}，合计却为 {total.group(1)} 分。", b, text.strip()))
                    continue
            mx = _MAX_TEXT.search(text)
            got = _SCORE_TEXT.search(text, mx.end()) if mx else None
            if mx and got and float(got.group(1)) > float(mx.group(1)) + 1e-9:
                out.append((f"得分 {got.group(1)} 分超过文中所写满分 {mx.group(1)} 分。", b, text.strip()))
    return out


def score_totals(ctx) -> list[tuple[float, object, str]]:
    """Every place the total score is stated: (value, block, quote); NUM.CONFLICT compares them."""
    return _scan(ctx)[1]


_RULE_STATED = re.compile(r"任一|任何一项|即判定|则判定|即为|即视为|否则|如有|若有|如不|若不|一旦")


def _fail_verdict(text: str) -> re.Match | None:
    """A failing verdict, not the rule that would give one ("任一项不满足即判定不符合绿色工厂要求")."""
    for m in _FAIL_VERDICT.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        if not _RULE_STATED.search(text, start, m.start()):
            return m
    return None


def _conclusion(ctx, scores):
    concl = ctx.facts.chapters.get("conclusion")
    blocks = [b for b in ctx.visible if concl is not None and b.index >= concl.index and b.kind.value in ("paragraph", "table")][:6]
    passes = [(b, m) for b in blocks if not _fail_verdict(b.text)
              for m in [*_PASS.finditer(b.text), *(r for r in _RECOMMEND.finditer(b.text)  # not "不建议推荐"
                                                    if not re.search(r"[不未]|暂缓", b.text[max(0, r.start() - 4): r.start()]))]
              if not _CONDITIONAL.search(quote_span(b.text, m.start(), m.end()))]
    text = "\n".join(b.text for b in blocks)
    unmet = next((u for u in _BASIC_UNMET.finditer(text)
                  if not _UNMET_DENIED.search(text[max(text.rfind(c, 0, u.start()) for c in "，。；,\n") + 1: u.start()] + u.group(0))
                  and not re.match(r"\s*[0０零]\s*项", text[u.end():]) and not _RECTIFIED.search(text, u.end(), u.end() + 160)), None) \
        or _unmet_in_table(ctx)
    if not passes:
        fail = _fail_verdict(text)
        threshold = _threshold(ctx)
        if fail and not unmet and _BASIC_MET.search(text) and scores and all(sc[0] >= threshold for sc in scores):
            fb = next(b for b in blocks if fail.group(0) in b.text)
            yield ctx.finding("SCORE.INCONSISTENT", f"结论为不符合（“{fail.group(0)}”），但报告写明满足基本要求，总分 {scores[0][0]:.10g} 分不低于 {threshold:.10g} 分。",
                              [ctx.evidence(fb, quote_span(fb.text, fb.text.find(fail.group(0)), fb.text.find(fail.group(0)) + len(fail.group(0))))])
        return
    b, m = passes[0]
    if unmet:
        ub = next((x for x in blocks if isinstance(unmet, re.Match) and unmet.group(0) in x.text), None)
        where = [ctx.evidence_at(ub, ub.text.find(unmet.group(0)), ub.text.find(unmet.group(0)) + len(unmet.group(0)))] if ub \
            else [ctx.evidence(unmet[0], unmet[1])] if not isinstance(unmet, re.Match) else []
        yield ctx.finding("SCORE.INCONSISTENT", "报告写明有基本要求未满足，结论却为符合/推荐。",
                          where + [ctx.evidence_at(b, m.start(), m.end())])
        return
    basic = ctx.facts.first("basic_requirements")
    if basic and ticked(basic.value, "不符合") and not ticked(basic.value, "符合"):
        yield ctx.finding("SCORE.INCONSISTENT", "基本要求勾选为“不符合”，结论却为符合。",
                          [ctx.located(basic), ctx.evidence_at(b, m.start(), m.end())])
        return
    threshold = _threshold(ctx)
    low = [s for s in scores if s[0] < threshold]
    if low:
        yield ctx.finding("SCORE.INCONSISTENT", f"总分 {low[0][0]:.10g} 分低于 {threshold:.10g} 分，结论却为符合。",
                          [ctx.evidence(low[0][1], low[0][2]), ctx.evidence_at(b, m.start(), m.end())])


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
