"""Template completeness: chapters, basic-information fields, placeholders, length limits, commitment."""

from __future__ import annotations

import re

from reviewer.document import BlockKind
from reviewer.rules.registry import check


@check("TPL.SECTION_MISSING", severity="medium", title="缺少模板要求的章节")
def section_missing(ctx):
    """检查内容：按报告类型（工厂/园区/供应链）、性质（自评价/第三方）和适用年度模板，逐一查找必备章节（如“评价过程和方法”“评价结论”）。
    为何重要：模板章节是审查的骨架；缺少“评价过程”或“评价结论”的报告无法判断评价是否按程序开展。
    示例：第三方评价报告中找不到“二、评价过程和方法”章节，也没有任何标题含“评价过程/评价方法”。
    """
    tpl = ctx.template
    if tpl is None:
        return
    headings = [b for b in ctx.visible if b.kind == BlockKind.HEADING]
    if len(headings) < 3 or len(ctx.facts.chapters) < 2:
        return  # the structure was not recognised at all; one chapter list would be noise
    for ch in tpl.chapters:
        if ch.required and ch.id not in ctx.facts.chapters:
            yield ctx.finding("TPL.SECTION_MISSING",
                              f"未找到模板（{tpl.id}）要求的章节“{ch.name}”。",
                              searched=[f"标题含：{'、'.join(ch.patterns)}"], requirement=ch.name)


@check("TPL.FIELD_MISSING", severity="medium", title="基本信息缺项")
def field_missing(ctx):
    """检查内容：基本信息表中模板要求的字段（统一社会信用代码、法定代表人、第三方机构名称等）是否存在且已填写；名称、信用代码、法定代表人、地址等主体标识栏目只要列出就必须填写。
    为何重要：缺少主体标识信息，审查人员无法核对申报主体和评价机构。
    示例：基本信息表中“统一社会信用代码”一栏为空。
    """
    tpl = ctx.template
    if tpl is None or not ctx.facts.fields:
        return
    basic = _basic_tables(ctx)
    # an identity field shown with its label but left blank is unfilled whatever the template requires
    blank = [fid for fid in _IDENTITY_FIELDS if fid not in tpl.required_fields and fid in ctx.facts.empty_fields
             and not ctx.facts.fields.get(fid)]
    for fid in [*tpl.required_fields, *blank]:
        locs = ctx.facts.fields.get(fid, [])
        # the basic-information table is where the template requires the field; elsewhere does not count.
        # Without a table, a label left blank in the front matter ("统一社会信用代码：" on the cover page) is
        # unfilled even when the body states the value later.
        blank_front = not basic and fid in ctx.facts.empty_fields and _front_matter(ctx, ctx.facts.empty_fields[fid])
        if any(loc.block.index in basic for loc in locs) or (locs and not basic and not blank_front):
            continue
        spec = ctx.catalog.field(fid)
        if spec and spec.row_labels and _filled_row(ctx, basic, spec.row_labels):
            continue
        label = (spec.label_by_type.get(ctx.facts.type or "", spec.label)) if spec else fid
        block = ctx.facts.empty_fields.get(fid)
        if block is not None:
            quote = next((ln for ln in block.text.split("\n") if any(a in ln for a in [label, *spec.aliases])), block.text)
            yield ctx.finding("TPL.FIELD_MISSING", f"基本信息“{label}”未填写。", [ctx.evidence(block, quote)],
                              requirement=label)
        else:
            yield ctx.finding("TPL.FIELD_MISSING", f"基本信息中未找到“{label}”。",
                              searched=list(dict.fromkeys([label, *((spec.label, *spec.aliases, *spec.row_labels) if spec else ())])),
                              requirement=label)


def _front_matter(ctx, block) -> bool:
    """Whether ``block`` is in the cover or the basic-information section: before the report's first top-level
    heading, or under a "基本信息表" heading."""
    if block.section and re.search(r"基本信息|信息表", block.section[0]):
        return True
    first = next((b.index for b in ctx.visible if b.kind == BlockKind.HEADING and (b.level or 9) <= 1), None)
    return first is not None and block.index < first


_IDENTITY_FIELDS = ("entity_name", "uscc", "legal_rep", "address", "agency_name", "agency_legal_rep")


def _filled_row(ctx, basic: set[int], labels: list[str]) -> bool:
    """A basic-information table row labelled with one of ``labels`` and a value next to it."""
    wanted = {re.sub(r"\s+", "", x) for x in labels}
    for b in ctx.visible:
        if b.index in basic:
            for row in b.rows or []:
                cells = [re.sub(r"\s+", "", c) for c in row]
                if any(c in wanted and j + 1 < len(cells) and cells[j + 1] and cells[j + 1] not in wanted
                       for j, c in enumerate(cells)):
                    return True
    return False


def _basic_tables(ctx) -> set[int]:
    """Indices of tables holding at least three basic-information labels."""
    from reviewer.structure.fields import LabelIndex

    labels = {lab: f.id for f in ctx.catalog.fields for lab in (f.label, *f.aliases)}
    index = LabelIndex.build(labels)
    out = set()
    for b in ctx.visible:
        if b.kind == BlockKind.TABLE and b.rows:
            found = {index.field_of(c) for row in b.rows for c in row} - {None}
            if len(found) >= 3:
                out.add(b.index)
    return out


# a placeholder quoted as such: "残留“XX公司”字样", "模板中“××年度目标”一栏", "“□是 □否”选项均已勾选"
_QUOTED_MENTION = re.compile(r"[^“”\"「」『』\n]{0,16}[”\"」』]\s*(?:等)?(?:字样|字眼|字句|等字|的表述|占位|一?栏目?|选项|写法|格式|样式|代称|代指|指代)")
# ... or quoted after a word that introduces a format, an example or a name: "示例写法“XX企业…”", "简称“TBD”"
_QUOTE_INTRO = re.compile(r"(?:模板|示例|样例|范例|范本|写法|格式|代称|简称|称为|命名为?|名为)[^“”\"。；\n]{0,8}[“\"「][^”\"」\n]{0,20}$")
# a token explained in the same paragraph: "其中“XX”以当年年份替代", "“XX”为两位流水号"
_EXPLAINED = re.compile(r"[“\"「]\s*([XxＸ×]+|某{2,3}|[YMD]{2,4}|TBD|TBC|[_＿]{2,})\s*[”\"」]\s*(?:均|即)?(?:为|表示|代表|是指|指|系|以[^，。；]{0,12}(?:替代|代替|替换|代入|填写))")
# an acronym spelt out next to it is a name, not a "TBD" left to fill: "“TBD”（Total Building Decarbonization）"
_SPELT_OUT = re.compile(r"[”\"」]?\s*[（(]\s*[A-Z][a-z]+(?:[\s-]+[A-Za-z][a-z]*){1,6}\s*[）)]")


def _mention(text: str, m: re.Match, explained: set[str]) -> bool:
    """Whether the match quotes, names or explains a placeholder rather than leaving one unfilled."""
    found = m.group(0)
    return bool(_QUOTED_MENTION.match(text, m.end()) or _QUOTE_INTRO.search(text, max(0, m.start() - 40), m.start())
                or (found.isascii() and found.isupper() and _SPELT_OUT.match(text, m.end()))
                or any(t in found for t in explained))


@check("TPL.PLACEHOLDER", severity="medium", title="残留未填写的模板占位内容")
def placeholder(ctx):
    """检查内容：正文和表格中残留的模板占位内容：XX/××/某某、“20  年  月  日”、“____年”、“合计    万元”、“（请填写）”“【待核算】”“[Insert …]”、未替换的字段名（“<客户名称>”“{设备台数}”）、“附件X”、以“待补充/待定/略”作答、“提交前删除”之类的填写说明、未勾选的勾选项等；带引号说明格式或模板写法的（“其中‘XX’为流水号”）不算。
    为何重要：占位内容说明报告由模板拼凑、未经认真核对，常与抄袭或赶工同时出现。
    示例：“受XX有限公司委托”；封面日期“20  年  月  日”；“审核评估时间：待定”。
    """
    seen: dict[int, list[tuple[int, int]]] = {}
    texts: set[tuple[int, str]] = set()
    explained: dict[int, set[str]] = {}
    for item in ctx.catalog.placeholders:
        for b, m in ctx.search(item["pattern"]):
            if b.index not in explained:
                explained[b.index] = {e.group(1) for e in _EXPLAINED.finditer(b.text)}
            spans = seen.setdefault(b.index, [])
            # one finding per spot (several patterns may read the same blank) and per text within a paragraph
            if (b.index, m.group(0)) in texts or any(s < m.end() and m.start() < e for s, e in spans) \
                    or _mention(b.text, m, explained[b.index]):
                continue
            spans.append((m.start(), m.end()))
            texts.add((b.index, m.group(0)))
            yield ctx.finding("TPL.PLACEHOLDER", f"{item['label']}：“{m.group(0).strip()}”。",
                              [ctx.evidence_at(b, m.start(), m.end())])


def _length(text: str) -> int:
    return len(re.sub(r"\s", "", text))


@check("TPL.LENGTH_LIMIT", severity="low", title="字段超出字数限制")
def length_limit(ctx):
    """检查内容：模板限定字数的字段：受评价方主要亮点 ≤ 100 字，园区简介 ≤ 500 字，创建经验及成效 ≤ 1000 字（限值在 standards/templates.yaml）。
    为何重要：超长内容不符合模板要求，申报平台也可能截断。
    示例：“受评价方主要亮点”一栏写了 160 字。
    """
    tpl = ctx.template
    if tpl is None:
        return
    for fid, limit in tpl.length_limits.items():
        for loc in ctx.facts.fields.get(fid, [])[:1]:
            n = _length(loc.value)
            if n > limit:
                spec = ctx.catalog.field(fid)
                # the quote stays in the field's own block (a value may run on into the next paragraph)
                quote = next((loc.value[:k] for k in range(min(60, len(loc.value)), 0, -1) if loc.value[:k] in loc.block.text), loc.value[:60])
                yield ctx.finding("TPL.LENGTH_LIMIT", f"“{spec.label if spec else fid}”共 {n} 字，超过 {limit} 字的限制。",
                                  [ctx.evidence(loc.block, quote)])


_PLEDGE = re.compile(r"负责|真实|准确|属实|承担|保证|承诺|如有|愿意?")
_UNFILLED = re.compile(r"[:：\t]\s*(?:[（(]?\s*(?:待签|未签|待签字|待盖章|未盖章|待盖|略|空)\s*[）)]?|[_＿]{2,})?\s*$|待签|待盖章|未盖章")
# commitment content that only points elsewhere or is left to fill in: "承诺内容详见附件", "【此处粘贴承诺书扫描件】"
_DEFERRED = re.compile(r"详见|见附件|另行报送|不再附列|此处粘贴|此处插入|按模板填写|[（(]\s*略\s*[）)]")
_INSTRUCTION = re.compile(r"须|应|需|后生效|方可生效|请")
# a sentence saying someone signed ("各责任部门负责人已签字；", "我在这里签字承诺：……"), not a field for the
# signature ("公章：（已盖章）", "法定代表人（签字）：")
_STATED_DONE = re.compile(r"^[^:：\t|]*(?:已|均已|已经|并已)(?:经)?(?:签字|签名|签署|盖章)[^:：\t|]*$"
                          r"|^(?![^\n]*(?:签字|签名|签章|签署|盖章|公章|代表人|负责人)\s*[）)]?\s*[:：])(?![^\n]*[（(]\s*(?:签字|签名|签章|盖章|公章))"
                          # "…复制未重新加盖本机构检验专用章无效；…由本机构依法担责": a statement on copies, not the seal
                          r"(?=(?:[^\n]*?[\u4e00-\u9fff]){20})[^\n]*(?:承诺|负责|真实|属实|承担|担责|无效)")


def _lines(text: str, words: list[str]) -> str:
    return "\n".join(line for line in text.split("\n") if any(w in line for w in words))


def _marked(text: str, words: list[str]) -> bool:
    """A signature or seal is there: a line naming it that is not left empty ("法人代表签字："), not
    marked pending ("（待盖章）") and not an instruction ("须由法定代表人签字并加盖公章后生效"). Fields set
    side by side on one line ("签字：王建华　　　　公章：　　") are read one by one; a label whose value
    stands on the next line ("法定代表人签字：" then "王建华") is filled."""
    lines = [seg for line in text.split("\n") for seg in re.split(r"[\s\u3000]{2,}", line) if seg.strip()]
    for i, line in enumerate(lines):
        if not any(w in line for w in words) or _INSTRUCTION.search(line) or _STATED_DONE.search(line):
            continue
        if not _UNFILLED.search(line):
            return True
        nxt = lines[i + 1] if i + 1 < len(lines) else ""
        if re.search(r"[:：]\s*$", line) and nxt and len(nxt) <= 30 and not re.search(r"[:：]|签|章|日期|时间|\d{4}\s*[年.\-/]", nxt):
            return True
    return False


@check("TPL.COMMITMENT_MISSING", severity="medium", title="缺少承诺或其签字、盖章、日期")
def commitment_missing(ctx):
    """检查内容：材料真实性承诺（自评价）或第三方机构承诺是否存在，其后是否有签字、公章和日期。
    为何重要：承诺是追究弄虚作假责任的依据（《办法》第二十一条）；没有签字盖章的承诺不具效力。
    示例：报告没有“本机构承诺”段落；或承诺后只有日期，没有法人代表签字。
    """
    tpl = ctx.template
    if tpl is None:
        return
    blocks = ctx.visible
    start = ctx.commitment_start
    if start is None:
        yield ctx.finding("TPL.COMMITMENT_MISSING", "未找到承诺（材料真实性承诺 / 第三方机构承诺）。",
                          searched=list(tpl.commitment.patterns))
        return
    region = [blocks[start]]
    for b in blocks[start + 1: start + 10]:
        if b.kind == BlockKind.HEADING and region[-1] is not blocks[start]:
            break
        region.append(b)
    text = "\n".join(b.text for b in region)
    missing = []
    body = [b.text for b in region if "承诺" in b.text and b.kind != BlockKind.HEADING and not _DEFERRED.search(b.text)]
    # a pledge however short ("本报告内容的真实性、准确性由我司负责。"), not signature, seal or date lines
    pledges = [b.text for b in region[1:] if b.kind != BlockKind.HEADING and _PLEDGE.search(b.text) and not _DEFERRED.search(b.text)
               and not any(w in b.text for w in (*tpl.commitment.sign, *tpl.commitment.seal))]
    if not any(len(re.findall(r"[\u4e00-\u9fff]", t)) >= 12 for t in body) and \
            not any(len(re.findall(r"[\u4e00-\u9fff]", b.text)) >= 20 for b in region[1:] if b.kind != BlockKind.HEADING
                    and not _DEFERRED.search(b.text)) and \
            not any(len(re.findall(r"[\u4e00-\u9fff]", t)) >= 8 for t in pledges):
        missing.append("承诺内容")  # a heading and signature lines over "本机构承诺：（略）"
    if not _marked(text, tpl.commitment.sign):
        missing.append("签字")
    elif re.search(r"组长|评价员|经办人|编制人|审核人", _lines(text, tpl.commitment.sign)) and \
            not re.search(r"法定代表人|法人|负责人|签字盖章|签章|授权签字人|授权代表|被授权人", _lines(text, tpl.commitment.sign)):
        # "评价组长签字：郑凯": someone signed, not the one who commits ("授权签字人" signs for the agency)
        missing.append("法定代表人签字")
    if not _marked(text, tpl.commitment.seal):
        missing.append("公章")
    # a date line left as "20  年  月  日" is there, unfilled: TPL.PLACEHOLDER reports it
    if not re.search(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}|二[〇零○O]|(?<!\d)20\s*年\s*月\s*日", text):
        missing.append("日期")
    if missing:
        yield ctx.finding("TPL.COMMITMENT_MISSING", f"承诺后缺少{'、'.join(missing)}。",
                          [ctx.evidence(blocks[start], blocks[start].text[:60])], searched=missing)
