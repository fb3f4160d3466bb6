"""Assemble ReportFacts: type/kind/regime, template chapters, basic fields, dates, data years."""

from __future__ import annotations

import re
from functools import lru_cache

from reviewer.document import Block, BlockKind, Document
from reviewer.structure.classify import classify_type_kind, cover_text, regime_for, title_match
from reviewer.structure.dates import DateMention, find_dates
from reviewer.structure.enumerations import sentence_end
from reviewer.structure.facts import Located, LocatedDate, ReportFacts
from reviewer.structure.fields import LabelIndex, extract_fields
from reviewer.structure.spans import span_bounds

# "现场评价完成日期" is the end of the site visit, not the report's date
_REPORT_DATE_LABEL = re.compile(r"(?:报告|评价报告|编制|出具|签发|(?<!现场)评价完成|发布|编写|定稿|成稿)\s*(?:日期|时间)\s*[:：]?")
# "现场检验日期：…" labels the visit; a bare 现场检验 is as often another body's inspection of a boiler or a vessel
_SITE_VISIT = re.compile(r"现场检验(?:日期|时间)|现场(?:开展|进行|实施)?(?:评价|评估|核查|核实|审核|检查|查看|调研|勘查|勘察|踏勘|审查|走访|访谈|验收|稽核|查验|核验|测试|审计|监督|抽检|抽查|抽样|实测)|进驻"
                         r"|(?:到厂|赴厂|入厂|进厂|到场)(?:开展|进行)?|实地(?:查看|核查|检查|踏勘|调研|走访|评价|核实|勘察)"
                         # "监督组驻场2天", "驻场监督共2天": the team's stay on site (not "企业驻场工程师")
                         r"|(?:组|人员|专家)驻(?:场|厂)|驻(?:场|厂)(?:监督|核查|检查|评价|审核|抽查)"
                         # "…，检查组按检查计划逐区检查，在场2天": days spent on site
                         r"|(?<![师家商方队])(?:在场|驻场|驻厂)\s*(?:共|计)?\s*[\d一二两三四五六七八九十]+\s*(?:天|日|个工作日)")
# words of a signed commitment; a date is its signing date only in a sentence holding one
_SIGNING = re.compile(r"承诺|签字|签名|盖章|公章")
# a date that opens or closes a span ("2025年04月04日至2025年04月06日")
_RANGE_OPEN = re.compile(r"\s*(?:至|到|—|–|-|~|～)")
_RANGE_CLOSE = re.compile(r"(?:至|到|—|–|~|～)\s*$")
_SINCE = re.compile(r"\s*(?:起|开始|以来)")  # "自2026年03月01日起": the start of a period
_RANGE_TAIL = re.compile(r"^\s*(?:至|到|—|–|-|~|～)\s*(?:(?P<m>\d{1,2})\s*月\s*)?(?P<d>\d{1,2})\s*日")
_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d{2})\s*年?度?\s*(?:[（(][^)）]*[)）])?\s*$")
_YEAR_SPAN = re.compile(r"((?:19|20)\d{2})\s*年?\s*(?:[-—–~～至到]|—)\s*((?:19|20)\d{2})\s*年")


# the date of another report ("委托监测报告出具日期为…"), not this one
_OTHER_REPORT = re.compile(r"(?:监测|检测|检验|审计|认证|评估|可研|环评|验收|核查)报告")
# a label inside the parenthesis after another document: "检测报告（报告编号XMHJ-2026-0412，报告日期…", "《…核查报告》（核查报告日期："
_OTHER_REPORT_NOTE = re.compile(r"(?:(?:监测|检测|检验|审计|认证|评估|可研|环评|验收|核查)报告|》)\s*[（(][^）)。；]{0,40}$")
# between the visit and a date: another dated thing ("…现场评价，查验了排污许可证，有效期至2028年"), or a plan
_NOT_VISIT_DATE = re.compile(r"[。；]|有效期|计划|将于|将在|预计|出具|签发|许可证|证书|回访|填报|监测报告|日期为|之前|前完成|于同日"
                             # "…现场评价，拟于2026年10月…跟踪检查", "约定企业于…前补交", "原定于…的现场复核…取消"
                             r"|拟|原定|取消|约定|承诺|需在|须在|应在|要求|跟踪"
                             r"|实施|发布|GB|标准|依据")


_DEADLINE = re.compile(r"\s*(?:之前|以前|前(?!往|后))")
# "检查组计划于2026年4月8日至9日再次在场2天": a visit planned, not made
_PLANNED = re.compile(r"(?<!按)计划|拟|将于|将在|预计|下次|回访|原定")  # "按计划于…完成了现场评价" was done as planned
# "现场审核安排在2026年4月中旬进行。": scheduled, and nothing in the sentence says it took place
_SCHEDULED = re.compile(r"安排|定于|排定")
_TOOK_PLACE = re.compile(r"了|已|期间|完成|结束|为期")


def _last(pattern: re.Pattern, text: str) -> str | None:
    """The text after the last match of ``pattern`` in ``text`` (what lies between it and what follows), or None."""
    last = None
    for last in pattern.finditer(text):
        pass
    return None if last is None else text[last.end():]


@lru_cache(maxsize=8)
def _label_index(catalog_key: int, labels: tuple[tuple[str, str], ...]) -> LabelIndex:
    return LabelIndex.build(dict(labels))


def _labels(catalog) -> tuple[tuple[str, str], ...]:
    out: dict[str, str] = {}
    for tpl in catalog.templates:
        for f in tpl.fields:
            for label in (f.label, *f.aliases):
                out.setdefault(label, f.id)
    return tuple(sorted(out.items()))


def extract_facts(doc: Document, catalog, *, type_hint: str | None = None, kind_hint: str | None = None) -> ReportFacts:
    facts = ReportFacts()
    rtype, kind = classify_type_kind(doc)
    facts.type = type_hint or rtype
    facts.kind = kind_hint or kind
    m = title_match(doc)
    if m:
        block = doc.block_at(doc.text.find(m.group(0))) if m.group(0) in doc.text else None
        if block:
            facts.title = Located(m.group(0), block, m.group(0))

    labels = _labels(catalog)
    index = _label_index(id(catalog), labels)
    facts.fields, facts.empty_fields = extract_fields(doc, index)

    _dates(doc, facts)
    facts.regime = regime_for(facts.report_date.value if facts.report_date else None, doc.text[:50000])
    facts.data_years = _data_years(doc, facts)

    tpl = catalog.templates_for(facts.type, facts.kind, facts.regime) if facts.type and facts.kind else None
    if tpl is not None:
        facts.template_id = tpl.id
        facts.chapters = map_chapters(doc, tpl)
    return facts


_SPACES = re.compile(r"[\s\u3000]+")


def compact(title: str) -> str:
    """A title without its spaces: "概　述", "承　诺" are spaced out for looks."""
    return _SPACES.sub("", title)


def map_chapters(doc: Document, template) -> dict[str, Block]:
    found: dict[str, Block] = {}
    compiled = [(ch.id, [re.compile(p) for p in ch.patterns]) for ch in template.chapters]
    candidates = [b for b in doc.visible_blocks()
                  if b.kind == BlockKind.HEADING
                  or (b.kind == BlockKind.PARAGRAPH and len(b.text) <= 20 and not re.search(r"[，。；：:,;]", b.text))]
    # Chapters are top-level headings first; deeper headings only fill what is still missing.
    top = [b for b in candidates if b.kind == BlockKind.HEADING and (b.level or 9) <= 1]
    for pool in (top, candidates):
        for b in pool:
            deeper = pool is not top and not (b.kind == BlockKind.HEADING and (b.level or 9) <= 1)
            parent = next((t for t in reversed(top) if t.index < b.index), None) if deeper else None
            if parent is not None and any(parent is f for f in found.values()):
                continue  # "（一）立项缘由及结论用途" under "一、概述": a part of the chapter already found
            text = compact(b.title or b.text)
            for cid, pats in compiled:
                if cid in found:
                    continue
                # a deeper "3.1 否决情形排查结论" is one check's result inside a chapter, not the chapter
                if any(m and (pool is top or not _CHECK_BEFORE.search(text, 0, m.start()))
                       for m in (p.search(text) for p in pats)):
                    found[cid] = b
                    break
    return found


_CHECK_BEFORE = re.compile(r"(?:排查|核查|检查|审查|检测|监测|核实|验证|测算|计算|分析|比对)$")


def _block_dates(b: Block) -> list[DateMention]:
    return find_dates(b.text)


def _dates(doc: Document, facts: ReportFacts) -> None:
    cover_len = len(cover_text(doc))
    cover_candidates: list[LocatedDate] = []
    labelled: list[LocatedDate] = []
    commitment_left = 0  # blocks after a commitment statement whose bare dates are its signing date
    for b in doc.visible_blocks():
        if b.kind == BlockKind.TABLE and b.rows is None:
            continue
        if re.search(r"承诺|保证[：:]", b.text[:40]) and b.kind != BlockKind.TABLE:
            commitment_left = 7
        elif b.kind == BlockKind.HEADING:
            commitment_left = 0  # the next chapter: its dates are not the signing date
        elif commitment_left:
            commitment_left -= 1
        mentions = _block_dates(b)
        if not mentions:
            continue
        text = b.text
        for dm in mentions:
            before = text[max(0, dm.start - 24): dm.start]
            quote = text[max(0, dm.start - 24): dm.end].strip() or dm.text
            if _REPORT_DATE_LABEL.search(before) and not _OTHER_REPORT.search(before) \
                    and not _OTHER_REPORT_NOTE.search(text, max(0, dm.start - 60), dm.start):
                labelled.append(LocatedDate(dm.value, b, quote, "report", dm.day_known))
            elif b.start < cover_len and b.page <= 2:
                cover_candidates.append(LocatedDate(dm.value, b, dm.text, "cover", dm.day_known))
            if commitment_left and len(text) <= 60 and dm.day_known and not _SIGNING.search(text) \
                    and not _RANGE_OPEN.match(text, dm.end):
                facts.commitment_dates.append(LocatedDate(dm.value, b, _quote(text, dm), "commitment"))
        if _SITE_VISIT.search(text):
            for dm in mentions:
                if _DEADLINE.match(text, dm.end):
                    continue  # "企业需在2026年5月31日前提交…": a deadline, whatever visit the sentence names
                after = text[dm.end: dm.end + 40]  # "2026年06月15日至2026年06月16日，检查组……，在场2天"
                near = _last(_SITE_VISIT, text[max(0, dm.start - 80): dm.start])
                later = _SITE_VISIT.search(after)
                if near is not None and _SCHEDULED.search(near) and not _TOOK_PLACE.search(text, dm.end, sentence_end(text, dm.end)):
                    continue
                if (near is not None and not _NOT_VISIT_DATE.search(near)) \
                        or (later and not re.search(r"[。；]", after[: later.start()])
                            and not _PLANNED.search(text, max(0, dm.start - 12, text.rfind("，", 0, dm.start) + 1), dm.start)):
                    facts.site_visit.append(LocatedDate(dm.value, b, _quote(text, dm), "site_visit"))
                    tail = _RANGE_TAIL.match(text[dm.end:])
                    if tail and dm.day_known:
                        month = int(tail.group("m") or dm.value.month)
                        try:
                            end = dm.value.replace(month=month, day=int(tail.group("d")))
                            facts.site_visit.append(LocatedDate(end, b, _quote(text, dm, extra=tail.end()), "site_visit"))
                        except ValueError:
                            pass
        if _SIGNING.search(text):
            for dm in mentions:
                if _RANGE_OPEN.match(text, dm.end) or _RANGE_CLOSE.search(text, max(0, dm.start - 2), dm.start) \
                        or _SINCE.match(text, dm.end):
                    continue  # "于2025年04月04日至2025年04月06日……签字确认", "自2026年03月01日起……": a period of work, not a signing date
                if not _SIGNING.search(text, *span_bounds(text, dm.start, dm.end, "。；;")):
                    continue  # "现场测试从…开始…；询问记录均由被询问人签名。": the signature is another sentence's
                facts.commitment_dates.append(LocatedDate(dm.value, b, _quote(text, dm), "commitment"))
    # labelled date > full cover date > the signing date of the commitment > a month-only cover date
    full_cover = [d for d in cover_candidates if d.day_known]
    month_cover = [d for d in cover_candidates if not d.day_known]
    signed = [d for d in facts.commitment_dates if d.day_known]
    if labelled:
        facts.report_date = labelled[0]
    elif full_cover:
        facts.report_date = max(full_cover, key=lambda d: d.value)
    elif signed and (not month_cover or (signed[0].value.year, signed[0].value.month) >= (month_cover[0].value.year, month_cover[0].value.month)):
        facts.report_date = LocatedDate(signed[0].value, signed[0].block, signed[0].quote, "report")
    elif month_cover:
        facts.report_date = max(month_cover, key=lambda d: d.value)


def _quote(text: str, dm: DateMention, extra: int = 0) -> str:
    start = max(0, dm.start - 30)
    cut = text.rfind("。", start, dm.start)
    if cut != -1:
        start = cut + 1
    return text[start: dm.end + extra].strip()


def _data_years(doc: Document, facts: ReportFacts) -> list[int]:
    """Years that label the columns or rows of indicator tables, or a stated span (2023—2025年)."""
    years: set[int] = set()
    for b in doc.visible_blocks():
        if b.kind == BlockKind.TABLE and b.rows:
            for row in b.rows[: max(1, b.header_rows)]:
                for cell in row:
                    m = _YEAR_CELL.match(cell)
                    if m:
                        years.add(int(m.group(1)))
            for row in b.rows:
                if row:
                    m = _YEAR_CELL.match(row[0])
                    if m:
                        years.add(int(m.group(1)))
    if not years:
        for m in _YEAR_SPAN.finditer(doc.text):
            a, b_ = int(m.group(1)), int(m.group(2))
            if 0 < b_ - a <= 5:
                years.update(range(a, b_ + 1))
    limit = facts.report_date.value.year + 1 if facts.report_date else 2100
    return sorted(y for y in years if 1990 < y <= limit + 5)
