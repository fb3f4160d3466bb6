"""Another park or managing body where a park report's evaluated park stands (part of ID.ENTITY_MISMATCH).

A green-park report names its park in the places only the evaluated park (or its 管委会) can hold: a role label
("受评价方为X", "受评价方（盖章）：X", "园区名称｜X", "管理机构为X"), the evaluation's object and scope ("评价对象：X",
"以X为评价边界", "本报告所称“园区”系指X", "本报告仅适用于X", "This report evaluates …（X）"), the conclusion
("评价结论：X综合得分…", "合计82.0分，X符合绿色园区评价要求"), the commitment ("X管理委员会郑重承诺"), the data
("数据均由X管委会提供", "2025年，X单位工业增加值综合能耗为…"), the veto check ("X及区内重点企业近三年未发生…") and a
chapter heading ("四、X绿色园区评价指标核算情况"). A name read there is the park's own when it is a short form of the
park's name (its words in order, a park kind that agrees: "翔安绿谷产业园区", "绿谷园区", "厦门翔安绿谷产业园管委会");
any other park, committee, government office or company there is a leftover from another report. A park named in a
sentence that gives it another role (a benchmark, a neighbour, a partner, a former name, a past job of the agency's)
anywhere in the report is left alone. Word lists are in standards/text_patterns.yaml (entity: park_*).
"""

from __future__ import annotations

import re

from reviewer.rules.context import compiled
from reviewer.structure.spans import span_bounds

# a character of a name: no function word a name would not hold ("受评价方为X", "X及区内重点企业", "赴X开展")
_C = r"(?:(?![的在对为是与及和或等由将把从向于以均即并且也已赴到])[\u4e00-\u9fff])"
# a managing body that is not a park's committee, and a company
_BODY = re.compile(rf"{_C}{{2,20}}?(?:人民政府|街道办事处|办事处|管理委员会|管委会)")
# a body named for what it has, not as the park's manager: "厦门市翔安区人民政府派出机构", "…人民政府的批复"
_BODY_OF = re.compile(r"的|派出|下属|所属|设立|批准|批复|印发")
_COMPANY = re.compile(rf"{_C}{{2,30}}?(?:股份有限公司|有限责任公司|有限公司)")
# what may follow a park's name and belong to the name: a company ("…产业园开发有限公司"), the committee, a sub-area
# ("厦门火炬高技术产业开发区翔安产业区")
_COMPANY_AFTER = re.compile(rf"{_C}{{0,10}}?(?:股份有限公司|有限责任公司|有限公司)")
_COMMITTEE = re.compile(r"管理委员会|管委会")
_MORE = re.compile(rf"{_C}{{1,6}}?(?:产业区|片区|工业区)")
# what may open a name: spaces, a quotation mark, a book-title mark; an English name with the Chinese one in brackets
# ("Xiamen Haicang Green Valley Industrial Park（厦门海沧绿谷产业园）")
_OPEN = re.compile(r"[\s“\"「《]*(?:[A-Za-z][A-Za-zÀ-ÿ'’ .,\-]{2,80}?\s*[（(]\s*(?=[\u4e00-\u9fff]))?")
# the same kind of park written out or short: the high-tech and the economic-technological development zones
_KIND_ALIAS = {"高技术产业开发区": "高新技术产业开发区", "高新技术开发区": "高新技术产业开发区", "高新区": "高新技术产业开发区",
               "经开区": "经济技术开发区"}
_ALIAS = re.compile("|".join(sorted(_KIND_ALIAS, key=len, reverse=True)))

# Places only the evaluated park holds, as (label before the name, words that must follow it, kinds of name read):
# P a park, B its committee ("…产业园管委会"), G another managing body (a government, an office), C a company.
_ROLE = (r"(?:(?:受|被)(?:评价|评审|评|审核|审计|审|核查|检查|检验|查验|稽查|稽核|鉴证)(?:方|园区|单位|主体)|评价对象|评价园区"
         r"|(?:申报|申请|参评)(?:主体|单位|园区)|承诺主体)")
_FIELD_START = r"(?:^|(?<=[；;，,\s｜|☑■√✓：:—]))"
_SLOTS = [(re.compile(before), re.compile(after) if after else None, kinds) for before, after, kinds in [
    # a role label and a form's field: "受评价方为X", "受评价方（盖章）：X", "受评价方基本信息——单位名称：X", "委托方和受评价方均为X",
    # "受评价方，即X", "受评价园区概况：X"
    (rf"{_ROLE}(?:名称|概况|基本情况|基本信息)?(?:[（(][^（）()]{{0,8}}[)）])?\s*(?:均|都)?(?:为|是|系|即为|：|:|｜|\||——|—)?\s*"
     r"(?:[，,]\s*即\s*)?(?:(?:园区|单位)(?:名称|全称)\s*(?:[：:｜|]|为|是)?\s*)?", None, "PBGC"),
    (rf"{_FIELD_START}(?:受评价)?园区(?:名称|全称)\s*(?:[：:｜|]|为|是)?\s*", None, "PBGC"),
    (rf"{_FIELD_START}(?:园区)?管理机构(?:名称)?\s*(?:[：:｜|]|为|是)?\s*", None, "PBGC"),
    # the applicant's contact, with the committee's department: "受评价方联系人：许文静（X管理委员会经济发展局）"
    (rf"{_ROLE}(?:联系人|负责人|经办人|联络人)\s*[：:]\s*[\u4e00-\u9fff]{{2,4}}\s*[（(]\s*", None, "PB"),
    # a question and its answer: "本次评价的对象是哪个园区？答：X"
    (r"(?:评价的?对象|受评价方|评的是|评价的是)[^。？?\n]{0,12}[？?]\s*(?:答|A)\s*[：:]\s*", None, "PBGC"),
    # the object and scope: "评价对象：X", "评价范围：X规划范围内", "本报告适用范围：X", "评价结论仅适用于X", "以X为评价边界",
    # "本报告仅对X…作出评价", "为客观评价X绿色园区建设成效", "此次接受第三方评价的X", "这次我参加的是X的第三方评价"
    (r"(?:评价范围|适用范围|评价对象|研究对象|评价主体)\s*(?:为|是|覆盖|涵盖|：|:)\s*", None, "PB"),
    (r"(?:仅|只)(?:适用于|限于)\s*", None, "PB"),
    (r"仅供\s*", r"[^。；，]{0,12}?(?:申报|申请|使用)", "PB"),
    (r"以\s*", r"(?:规划范围)?(?:[（(][^（）()]{0,20}[)）])?\s*为(?:本次)?评价(?:边界|范围|对象)", "PB"),
    (r"仅(?:对|就)\s*", r"[^。；]{0,30}?(?:作出|进行|开展)(?:的)?(?:第三方)?评价", "PB"),
    (r"(?:^|[为对以，,])(?:客观|全面|科学|公正|准确)?评价\s*", r"(?:的)?绿色园区(?:建设|创建)", "P"),
    (r"(?:本次|此次|这次)[^。；，]{0,10}?(?:接受|参加|参与)[^。；，]{0,8}?评价的\s*", None, "P"),
    (r"(?:本次|此次|这次)[^。；，]{0,12}?(?:参加|参与|承担|负责)的是\s*", r"的[^。；，]{0,6}?评价", "P"),
    (r"所称\s*[“\"「](?:园区|本园区|管委会|受评价方|评价对象|申报单位)[”\"」]\s*[，,]?\s*(?:系指|是指|均指|即|指)\s*", None, "PBGC"),
    (r"本报告(?:为|是|系)\s*《\s*", r"[^》]{0,20}?评价报告》", "P"),
    # the evaluators' site visit: "评价组于…赴X开展现场核查"
    (r"评价组[^。；]{0,30}?(?:赴|到|前往|进驻|进入)\s*", r"[^。；，]{0,4}?(?:开展|进行)(?:了)?现场(?:核查|评价|检查|审核|评审)", "P"),
    (r"受\s*", r"(?:的)?委托", "PB"),
    # the commitment, the data, the conclusion and the recommendation
    (r"代表\s*", r"[^。；]{0,4}?签署[^。；]{0,12}?承诺", "PB"),
    (r"数据(?:均|主要|全部)?(?:由|来自|取自)\s*", None, "PB"),
    (r"数据来源\s*[：:][^。；]{0,8}?《\s*", r"[^》]{0,6}?(?:统计年鉴|统计公报|统计报表|能源统计)", "P"),
    (r"(?:评价结论|结论意见|(?i:conclusion))\s*[：:]\s*", None, "PB"),
    (r"将\s*", r"作为(?:本次)?(?:申报|推荐|评价)", "P"),
    # a chapter heading opening with the park: "四、X绿色园区评价指标核算情况"
    (r"^\s*#*\s*(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分][、\s]*)\s*",
     r"(?:绿色园区)?(?:评价|指标|概况|基本情况|核算|创建)", "P"),
    # English: "Applicant: …（X）", "Evaluated park（受评价方）：…（X）", "The subject of this report is …（X）"
    (r"(?i:applicant|evaluated\s+(?:park|party|entity)|subject\s+of\s+(?:this|the)\s+(?:report|evaluation)\s+is"
     r"|this\s+report\s+evaluates"
     r"|evaluation\s+(?:object|subject))(?:\s*[（(][^（）()]{0,10}[)）])?\s*[:：]?\s*", None, "PBGC"),
]]
# a clause's opening words before its subject: a year, "评价组认为", "经评价", a ticked box ("☑否——")
_LEAD = re.compile(r"(?:\s|[□☑■√✓☐]\s*[是否]\s*|——|—|(?:评价组|核查组|审核组|专家组|本次评价|我们)(?:一致)?(?:认为|查明|认定|确认|判定)"
                   r"|经(?:综合)?评价|综上(?:所述)?|此外|同时"
                   r"|(?:19|20)\d{2}\s*年(?:度|\d{1,2}\s*月(?:\d{1,2}\s*日)?)?)*")
_CLAUSE = re.compile(r"^|(?<=[。；;：:，,！？?\n])|(?<=——)")
# what a clause's subject does that only the evaluated park does
_SUBJECT_ROLE = re.compile(r"(?:[（(][^（）()]{0,40}[)）])?\s*(?:作为|是|为|系)(?:本次[^。；，]{0,12}?的|本项目的?)?"
                           r"(?:受评价方|受评价园区|申报主体|申报单位|申请单位|申请主体|评价对象)")
_SUBJECT_ACT = re.compile(r"(?:[（(][^（）()]{0,40}[)）])?\s*(?:"
                          r"(?:郑重)?承诺\s*[：:]"  # the commitment
                          r"|(?:及|和)(?:区内|园区内|园内|其)(?:重点|入驻|入园|规上)?企业"  # the veto check's territory
                          r"|(?:近[三3]年(?:来|内)?)?\s*(?:均)?(?:未发生|无)(?:重大|较大)"
                          r"|[^。；，]{0,4}?(?:综合得分|评价得分|总得分|得分)[^。；，]{0,6}?\d"  # the verdict
                          r"|(?:均|已)?(?:满足|符合|达到)[^。；，]{0,16}?(?:绿色园区|评价要求|基本要求)"
                          r"|在[^。；]{0,60}?绿色化水平"
                          r"|提供的[^。；，]{0,6}?(?:数据|资料|材料)[^。；，]{0,4}?(?:真实|准确|完整|可靠)"
                          r"|\s+(?:meets|satisfies|complies\s+with|fulfil?ls)\b)")


def _words(ctx):
    words = ctx.catalog.entity
    return (compiled(words.get("park_kind") or "(?!)"), compiled(f"(?:{words.get('park_generic') or '(?!)'})*"),
            compiled(words.get("park_other") or "(?!)"), compiled(words.get("park_indicator") or "(?!)"),
            compiled(words.get("park_place") or "(?!)"))


def _proper(name: tuple[str, str, int, int] | None, place: re.Pattern) -> tuple[str, str, int, int] | None:
    """A name that opens with a place, or None ("受评园区", "近三年园区", "航修产业园": a role, a part or a description,
    not another park's name; "不包括厦门…": words before a name)."""
    if name is None:
        return None
    return name if place.match(name[0]) else None


def _read_name(text: str, at: int, kind_re: re.Pattern) -> tuple[str, str, int, int] | None:
    """The name written at ``text[at:]``: (name, what it is, start, end); P a park, B its committee, G another body,
    C a company."""
    at = _OPEN.match(text, at).end()
    park = compiled(rf"{_C}{{0,20}}?(?:{kind_re.pattern})").match(text, at)
    if park:
        end = park.end()
        if text[end - 1] == "园" and text[end: end + 1] == "区":
            end += 1  # "翔安绿谷产业园区"
        more = _MORE.match(text, end) if text[end - 1] == "区" else None
        if more and not _BODY.match(text, end):
            end = more.end()  # "厦门火炬高技术产业开发区翔安产业区"
        company = _COMPANY_AFTER.match(text, end)
        if company:
            return text[at: company.end()], "C", at, company.end()
        body = _COMMITTEE.match(text, end)
        if body:
            return text[at: body.end()], "B", at, body.end()
        return text[at: end], "P", at, end
    for kind, pat in (("G", _BODY), ("C", _COMPANY)):
        m = pat.match(text, at)
        if m and not (kind == "G" and _BODY_OF.match(text, m.end())):
            return m.group(0), kind, at, m.end()
    return None


def _norm(name: str) -> str:
    name = re.sub(r"[\s（）()]", "", _ALIAS.sub(lambda m: _KIND_ALIAS[m.group(0)], name))
    return re.sub(r"^(?:中国|中华人民共和国)?(?:福建省?)?", "", name)


def _split(name: str, kind_re: re.Pattern) -> tuple[str, str]:
    """A park's name as (core, kind): "厦门翔安绿谷产业园区" is ("厦门翔安绿谷", "产业园"); 园区 alone is no kind."""
    name = re.sub(r"(?:管理委员会|管委会)$", "", _norm(name))
    kinds = [m for m in kind_re.finditer(name)
             if m.end() == len(name) or name[m.end():] == "区" and name[m.end() - 1] == "园"]
    if not kinds:
        return re.sub(r"[省市区县]", "", name), ""
    k = kinds[-1]
    kind = name[k.start():].removesuffix("区") if name.endswith("园区") else name[k.start():]
    return re.sub(r"[省市区县]", "", name[: k.start()]), "" if kind in ("园", "") else kind


def _in_order(short: str, full: str) -> bool:
    it = iter(full)
    return all(c in it for c in short)


def _own_park(name: str, entity: str, kind_re: re.Pattern) -> bool:
    """Whether a park's name is the evaluated park's written another way: its words in the park's order and a kind
    that agrees ("翔安绿谷产业园区", "绿谷园区"), or part of the park's full name ("厦门火炬高新区" of "…翔安产业区")."""
    n, e = (re.sub(r"[省市区县]", "", _norm(re.sub(r"(?:管理委员会|管委会)$", "", x))) for x in (name, entity))
    if n in e or n.startswith(e):
        return True  # "厦门市火炬高技术产业开发区" of "厦门火炬高技术产业开发区翔安产业区"; the whole name and more words
    (core, kind), (own_core, own_kind) = _split(name, kind_re), _split(entity, kind_re)
    return _in_order(core, own_core) and (not kind or not own_kind or kind == own_kind)


def _bodies(ctx) -> set[str]:
    """The managing body the basic-information table names ("| 管理机构 | X |")."""
    out = set()
    for b in ctx.visible:
        for row in (b.rows or []) if b.kind.value == "table" else []:
            for i, cell in enumerate(row[:-1]):
                if re.fullmatch(r"\s*(?:园区)?管理机构(?:名称)?\s*", cell):
                    out.add(_norm(row[i + 1]))
    return out


def park_places(ctx, reported: set[str]):
    """Findings for another park, committee or company written where a park report's evaluated park stands."""
    f = ctx.facts
    entity = f.entity
    if f.type != "park" or not entity:
        return
    kind_re, generic, other, indicator, place = _words(ctx)
    bodies, agency = _bodies(ctx), _norm(f.agency or "")
    # the park's own figure with the name as its subject: "X2025年工业取水量820,000 m³"
    data = compiled(rf"\s*(?:(?:19|20)\d{{2}}\s*年(?:度)?\s*[，,]?\s*)?(?:的)?[\u4e00-\u9fff]{{0,4}}?(?:{indicator.pattern})"
                    r"[^。；，]{0,16}?\d")
    blocks = [b for b in ctx.visible if b.kind.value != "table"]
    seen: set[str] = set()
    for b in blocks:
        text, hits = b.text, []
        for before, after, kinds in _SLOTS:  # a label, then the name
            for m in before.finditer(text):
                name = _proper(_read_name(text, m.end(), kind_re), place)
                if name and name[1] in kinds and (after is None or after.match(text, name[3])):
                    hits.append(name)
        for c in _CLAUSE.finditer(text):  # the name as its clause's subject, doing what only the evaluated park does
            name = _proper(_read_name(text, _LEAD.match(text, c.end()).end(), kind_re), place)
            if name and (_SUBJECT_ROLE.match(text, name[3])
                         or name[1] in "PB" and (_SUBJECT_ACT.match(text, name[3]) or data.match(text, name[3]))):
                hits.append(name)
        for name, what, start, end in hits:
            key = _norm(name)
            if key in seen or key == agency or key in bodies or any(_norm(r) == key for r in reported) \
                    or _own(name, what, entity, kind_re, generic, place):
                continue
            if _named_as_other(blocks, name, other) or other.search(_sentence(text, start, end)):
                continue  # a benchmark, a neighbour, a partner, a former name
            seen.add(key)
            reported.add(name)
            word = {"P": "另一园区", "B": "另一管理机构", "G": "另一管理机构", "C": "另一单位"}[what]
            yield ctx.finding("ID.ENTITY_MISMATCH", f"受评价园区的位置写的是{word}“{name}”（受评价园区为“{entity}”），疑似套用其他报告。",
                              [ctx.evidence_at(b, start, end)])


def _own(name: str, what: str, entity: str, kind_re: re.Pattern, generic: re.Pattern, place: re.Pattern) -> bool:
    """Whether a name read in the park's place is the park itself, its committee, or no name at all ("本园区", "该开发区管委会",
    "省级园区", "园区管委会"). A government office or a company is never the park (the table's managing body is let
    through before)."""
    if what == "C":
        return False
    if _own_park(name, entity, kind_re):  # "厦门翔安绿谷产业园管委会", "厦门海沧生物医药港管理委员会"
        return True
    if what == "G":
        return False  # "厦门市翔安区人民政府", "…街道办事处"
    core = _split(name, kind_re)[0]
    rest = core[place.match(core).end():] if place.match(core) else core  # a place and a kind alone name a park
    return not core or bool(rest) and bool(generic.fullmatch(rest))  # "园区管委会", "厦门市省级园区", "泉州同类园区"


def _sentence(text: str, start: int, end: int) -> str:
    s, e = span_bounds(text, start, end, "。；;？?！\n")
    return text[s:e]


def _named_as_other(blocks, name: str, other: re.Pattern) -> bool:
    """Whether any sentence of the report names ``name`` in another role (a benchmark, a neighbour, a partner)."""
    for b in blocks:
        at = b.text.find(name)
        while at >= 0:
            if other.search(_sentence(b.text, at, at + len(name))):
                return True
            at = b.text.find(name, at + 1)
    return False
