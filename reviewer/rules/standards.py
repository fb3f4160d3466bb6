"""Cited standards: superseded editions and the evaluation basis."""

from __future__ import annotations

import re
from datetime import date

from reviewer.structure.spans import span_bounds
from reviewer.rules.basis_text import noted_edition, secondary
from reviewer.rules.registry import check

CITATION = re.compile(r"(?P<code>GB(?:\s*/\s*T|／T|T)?\s*\d{4,5}(?:\.\d+)?)\s*[-—–－]\s*(?P<year>(?:19|20)\d{2})(?!\d)")
_REPLACED_CONTEXT = re.compile(r"代替|替代|取代|废止|作废|原标准|旧版|已被|被.{0,10}替|换版|过渡期"
                               r"|(?<![\u4e00-\u9fff])原|转换为|相比|对比|更正|改为|曾|此前|以前|过去|当时|误")


# said anywhere in the sentence, an old edition is set aside: not the basis, someone else's, kept for the record,
# or one of two editions compared
_SET_ASIDE = re.compile(r"不作为[^。；]{0,12}依据|与本次评价无关|仅(?:作为|供|用于)|历史资料|受控作废|两版|新旧"
                        r"|superseded|replaced|no longer|not used|migrat")
# just before the citation: "本报告未采用GB/T 23331-2009或…" (elsewhere in the sentence 未采用 is about something else)
_NOT_USED_BEFORE = re.compile(r"(?:未(?:予)?|不予?|不再)(?:采用|采纳|使用|引用|执行)[^，。；]{0,6}$")
# "2017年首次认证时依据GB/T 19001-2008", "2020年版能源审计报告依据GB/T 2589-2008编制": a year before the citation
# that is not a data period ("2023年至2025年") dates what is told; before the newer edition took effect it is history
_TOLD_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*(?:至|到|—|–|-|~|～|起|度?以来|\d{1,2}月\d{1,2}日起))")
_SENTENCE_END = "。；;？?！!\n"


def _history(text: str, start: int, end: int) -> bool:
    """An old edition named as history ("原GB/T 36132-2018已被代替", "与GB/T 36132-2018相比"): its clause says so."""
    s, e = span_bounds(text, start, end, "，。；（(\n", "，。；）)\n")
    if _REPLACED_CONTEXT.search(text[max(0, min(s, start - 12)): max(e, end + 12)]):
        return True
    if _NOT_USED_BEFORE.search(text[max(0, start - 16):start]):
        return True
    s, e = span_bounds(text, start, end, _SENTENCE_END)
    return bool(_SET_ASIDE.search(text[s:e]))


def _told_before(text: str, start: int, newer_effective: date) -> bool:
    """A year told before the citation in its sentence, not after the year the newer edition took effect: a past event."""
    s, _ = span_bounds(text, start, start, _SENTENCE_END)
    return any(int(m.group(1)) <= newer_effective.year and (m.start() == 0 or text[m.start() - 1] not in "-—–－")
               for m in _TOLD_YEAR.finditer(text, s, start))


def _newer_named(text: str, start: int, end: int, names: list[str]) -> bool:
    """The newer edition named in the same paragraph line ("已换版为GB/T 23331-2020", "现在按2023版管"): a comparison."""
    s, e = span_bounds(text, start, end, "\n")
    line = re.sub(r"\s+", "", text[s:e]).replace("—", "-").replace("－", "-").replace("–", "-").upper()
    return any(n in line for n in names)


def citations(ctx):
    """(block, match) for every dated standard citation in visible text."""
    return list(ctx.search(CITATION))


@check("STD.OUTDATED", severity="medium", title="引用了已被替代的标准版本")
def outdated(ctx):
    """检查内容：报告引用的带年号标准（如 GB/T 2589-2008），在报告日期时是否已被新版替代。版本和实施日期表在 standards/editions.yaml，可按需更新。作为历史或对比提到的旧版不算：同段写出了新版（“已换版为GB/T 23331-2020”“现按2023版”）、说明不采用或仅供参考、或句中先写了新版实施之前的年份（“2017年首次认证时依据……”）。
    为何重要：按作废标准计算或评价，结论可能失效；也常说明报告套用了旧模板。
    示例：2026 年 3 月的报告以“GB/T 36132-2018”为评价依据，而 GB/T 36132-2025 已于 2025-12-31 实施。
    """
    day: date | None = ctx.report_date
    if day is None:
        return
    reported: set[str] = set()
    for b, m in citations(ctx):
        spec = ctx.catalog.standard(m.group("code"))
        if spec is None:
            continue
        year = int(m.group("year"))
        if _history(b.text, m.start(), m.end()):
            continue
        key = f"{spec.code}-{year}"
        if key in reported:
            continue
        current = spec.current_on(day)
        newer = None
        if spec.replaced_by and date.fromisoformat(str(spec.replaced_by["effective"])) <= day:
            newer = f"{spec.replaced_by['code']}-{spec.replaced_by['year']}"
        elif current is not None and current.year > year and any(e.year == year for e in spec.editions):
            newer = f"{spec.code}-{current.year}"
        if newer and _set_aside(b.text, m, spec, year, newer):
            continue
        if newer:
            reported.add(key)
            yield ctx.finding("STD.OUTDATED",
                              f"引用的 {spec.code}-{year}《{spec.title}》在报告日期 {day.isoformat()} 已被 {newer} 替代。",
                              [ctx.evidence_at(b, m.start(), m.end())])
    for doc_spec in ctx.catalog.documents:
        pat = re.compile(doc_spec["pattern"])
        eds = sorted(doc_spec["editions"], key=lambda e: str(e["effective"]))
        live = [e for e in eds if date.fromisoformat(str(e["effective"])) <= day]
        if not live:
            continue
        current = live[-1]["year"]
        names = [f"{current}年本", f"{current}版"]
        for b, m in ctx.search(pat):
            if int(m.group(1)) < current and not _history(b.text, m.start(), m.end()) \
                    and not _newer_named(b.text, m.start(), m.end(), names):
                yield ctx.finding("STD.OUTDATED", f"引用的《{doc_spec['name']}（{m.group(1)}年本）》已被 {current} 年本替代。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                break


def _set_aside(text: str, m, spec, year: int, newer: str) -> bool:
    """The old edition is told as history: the newer one is named beside it, or a year before its effect dates it."""
    later = [e for e in spec.editions if e.year > year]
    code = re.sub(r"\s+", "", spec.code).upper()
    names = [re.sub(r"\s+", "", newer).upper()] + [f"{code}-{e.year}" for e in later] + [f"{e.year}版" for e in later]
    if _newer_named(text, m.start(), m.end(), names):
        return True
    effective = min((e.effective for e in later), default=None)
    if spec.replaced_by:
        effective = date.fromisoformat(str(spec.replaced_by["effective"]))
    return effective is not None and _told_before(text, m.start(), effective)


# a sentence "依据/按照/按《…》…开展…评价" declares the basis: the verb, then the act, in one sentence;
# or "评价以《…》为主要依据"
_BASIS_AS = re.compile(r"以[^。；]{2,60}?为(?:主要|评价|基本)?(?:评价)?(?:依据|标准|准则|基准|准绳)"
                       # "评价标准为GB/T 33635-2017《…》", "评价依据：GB/T 36132-2025"
                       r"|评价(?:标准|依据|准据|准则)(?:为|是|采用|[：:])[^。；]{2,60}"
                       # "确认是否达到《…评价要求》的要求": the standard the applicant is measured against
                       r"|(?:是否|能否)?(?:达到|符合|满足)《[^》]{2,40}》(?:[（(][^）)]{0,30}[）)])?(?:规定)?的?(?:要求|条件)")
_SENTENCE = re.compile(r"[^。；\n]+")
_BASIS_VERB = re.compile(r"依据|根据|按照|参照|按|遵循|对照|采用|依照|遵照|依循|比照|照着?(?=《|GB)")  # "就照《…》一条一条对"
_BASIS_ACT = re.compile(r"评价|开展|审核|自评|评估|核查|鉴证|核对|审查|比对|自查|自己(?:先)?查|查了一遍|查一遍|过了一遍|逐条过|逐项过|一条一条|一项一项|逐条|逐项|打个分|打分|评分|算了一遍|核算")
_COMPARED = re.compile(r"对照的是|依据的是|按照的是|参照的是")
_REPORT_ACT = re.compile(r"(?:自评价|评价|审核|核查)报告")


# "问：对照的是哪些标准？答：下面这些。", "我们对照了哪些文件？列在这里：": a line opening a list of the basis
_LIST_LEAD = re.compile(r"(?:对照|依据|参照|对标|遵循|采用|按照|引用)(?:了|的是|的)?(?:哪些|以下|下列|如下|这些)?(?:标准|文件|依据|规范)"
                        r"|(?:用到|用上|所用|使用|用)的(?:评价)?(?:标准|文件|依据|规范)")  # "咱厂这次用到的依据："
_LIST_ITEM = re.compile(r"\s*(?:\[\d+\]|\d+\s*[.、．)）]|[（(]\d+[)）]|[①-⑳]|[•·●▪■\-])")


def _basis_blocks(ctx):
    """Blocks stating the evaluation basis: a 评价依据 section, the list a basis line opens, or sentences
    '依据…开展…评价'."""
    listing = False
    for b in ctx.visible:
        if listing and b.kind.value == "paragraph" and _LIST_ITEM.match(b.text):
            yield b, b.text
            continue
        listing = b.kind.value == "paragraph" and len(b.text) <= 40 and bool(_LIST_LEAD.search(b.text))
        in_section = any(re.search(r"依据|所据|据以|准据|引用文件|规范性文件|引用标准|评价标准|准则|基准|对照的?(?:标准|文件)|对标|(?:采用|使用|所用)的?标准|(?:照着|依照|按照|遵照)(?:哪些|的)?标准", s) for s in b.section[-2:])
        if in_section and b.kind.value != "heading":
            yield b, b.text
            continue
        if b.kind.value == "table" and b.rows and any(re.search(r"依据(?:文件|标准|名称)?$|评价依据", c.strip()) for c in b.rows[0]):
            yield b, b.text  # "序号 | 依据文件 | 性质 | 适用内容": a basis table under any heading
            continue
        for m in _BASIS_AS.finditer(b.text):
            yield b, m.group(0)
        if not (_BASIS_VERB.search(b.text) and _BASIS_ACT.search(b.text)):
            continue
        for m in _SENTENCE.finditer(b.text):
            v = _BASIS_VERB.search(m.group(0))
            # "这份自评价报告…，对照的是GB/T …": the report itself named before what it was checked against
            if v and (_BASIS_ACT.search(m.group(0), v.end()) or (_COMPARED.search(m.group(0)) and _REPORT_ACT.search(m.group(0)))):
                yield b, m.group(0)


@check("STD.WRONG_BASIS", severity="high", title="评价依据与报告类型或年度不符")
def wrong_basis(ctx):
    """检查内容：报告声明的评价依据是否适用于本报告类型（工厂用 GB/T 36132 或行业绿色工厂标准；园区、供应链各有其评价要求），且在报告日期已经实施（标准号带年号，或标题带版次，如“《绿色工厂评价通则（2025版）》”）。依据中写了本类型标准时，另一类型的标准若只处于从属位置不算依据：仅供参考、另行单独出具报告或不在本报告范围、自查结论作为附件且不影响本报告得分、写明“不是本次评价依据”，或问“是评价依据吗？”答“不是”。
    为何重要：依据错了，整份评价的指标和得分都失去基础。
    示例：绿色工厂评价报告写“依据GB/T 33635-2017《绿色制造 制造企业绿色供应链管理 导则》对其开展评价”。
    """
    rtype = ctx.facts.type
    if not rtype:
        return
    markers = [(re.compile(m["pattern"]), m["type"]) for m in ctx.catalog.bases["markers"]]
    fitting, foreign = [], []
    for b, text in _basis_blocks(ctx):
        for pat, t in markers:
            m = pat.search(text)
            if m:
                (fitting if t == rtype else foreign).append((b, text, m, t))
    names = {"factory": "绿色工厂", "park": "绿色园区", "supply_chain": "绿色供应链"}
    if not fitting and not foreign and rtype == "factory" and not any(pat.search(ctx.joined()) for pat, t in markers if t == "factory"):
        # no basis statement recognised and no factory standard anywhere: another type's evaluation standard
        # cited in its place (in a sentence no basis pattern foresaw) is the basis that was used
        elsewhere = next(((b, m, t) for b in ctx.visible if b.kind.value != "heading" for pat, t in markers if t != rtype
                          for m in [pat.search(b.text)] if m and not secondary(b.text, m.start(), m.end())), None)
        if elsewhere:
            b, m, t = elsewhere
            yield ctx.finding("STD.WRONG_BASIS", f"本报告为绿色工厂评价报告，全文未引用绿色工厂评价标准，却引用了{names.get(t, t)}评价标准。",
                              [ctx.evidence_at(b, m.start(), m.end())])
            return
        cited = next(((b, text, c) for b, text in _basis_blocks(ctx) for c in [CITATION.search(text) or re.search(r"《[^》]{2,40}》", text)] if c), None)
        if cited:
            b, text, c = cited  # a basis of management-system, product or other standards only
            start = b.text.find(text)
            yield ctx.finding("STD.WRONG_BASIS", "本报告为绿色工厂评价报告，但声明的评价依据中没有绿色工厂评价标准（GB/T 36132 或行业绿色工厂评价标准）。",
                              [ctx.evidence_at(b, start + c.start(), start + c.end())])
            return
    # another type's standard as a basis is wrong even beside the right one, unless only referred to ("参考")
    listed = [x for x in foreign if not secondary(x[1], x[2].start(), x[2].end())]
    if foreign and (not fitting or listed):
        b, text, m, t = (listed or foreign)[0]
        start = b.text.find(text)
        yield ctx.finding("STD.WRONG_BASIS",
                          f"本报告为{names.get(rtype, rtype)}评价报告，但声明的评价依据属于{names.get(t, t)}评价。",
                          [ctx.evidence_at(b, start + m.start(), start + m.end())])
        return
    day = ctx.report_date
    if day is None:
        return
    for b, text, m, _t in fitting:
        start = b.text.find(text)
        c, note = CITATION.search(text, max(0, m.start() - 2)), noted_edition(text, m)
        if note:  # "《绿色工厂评价通则（2025版）》": the title with an edition note
            spec = ctx.catalog.standard(m.group(0)) or next((s for s in ctx.catalog.standards if s.title in m.group(0)), None)
            c, year = note, int(note.group(1))
        elif c and c.start() <= m.end() + 2:
            spec, year = ctx.catalog.standard(c.group("code")), int(c.group("year"))
        else:
            continue
        ed = next((e for e in spec.editions if e.year == year), None) if spec else None
        if ed and ed.effective > day:
            yield ctx.finding("STD.WRONG_BASIS",
                              f"评价依据 {spec.code}-{ed.year} 于 {ed.effective.isoformat()} 才实施，晚于报告日期 {day.isoformat()}。",
                              [ctx.evidence_at(b, start + c.start(), start + c.end())])
            return
