"""Identity: USCC check digit, industry code, one entity throughout the report."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.entity_roles import (CAPTION, MARKED, OTHER_ROLE, OWN_DATA, PLACE, PLACEHOLDER_NAME, ROLE, ROLE_NAME,
                                         acts_as_applicant, is_variant, name_core, park_member)
from reviewer.rules.entity_others import bare_name, introduced_as_other, labelled_elsewhere, near_name, other_party, own_document
from reviewer.rules.entity_people import FIELD_CELL, legal_reps, signatory
from reviewer.rules.entity_text import NOT_APPLICANT as _NOT_APPLICANT
from reviewer.rules.entity_text import ORG, address_and_alias, norm as _norm, same_place as _same_place
from reviewer.rules.identifier_text import code_runs, half, industry_statements, uscc_statements
from reviewer.rules.park_entity import park_places
from reviewer.rules.registry import check
from reviewer.structure.identifiers import (USCC_LOOSE, industry_problem, org_core, parse_industry, same_legal_person, same_org,
                                             uscc_problem)

# other words tying a named company to something other than the applicant's place: a maker or brand of
# equipment, an insurer, a related company outside the scope
_RESIDUAL_OTHER = re.compile(r"(?:公司|厂)制造|制造的|生产的|(?<!产品质量)(?<!产品)产品(?!质量)|出品|品牌|型号|厂家|厂商|投保|保险|关联|未纳入|不纳入|之一|等企业|等单位|及其")
# "统一社会信用代码（18位）9135…": a bracketed note between the label and the code
_USCC_LABEL = re.compile(r"(?:(?:(?:统一)?(?:社会)?信用)?代码|USCC)\s*(?:[（(][^（）()]{0,8}[)）])?\s*" + FIELD_CELL
                         # "统一社会信用代码——91350206…", "信用代码｜9135…": a dash or a typed table's bar separates it too
                         + r"(?:为|是|记为|写为|登记为)?\s*(?:[:：｜|]|——|—|－)?\s*")  # an 18-character code must follow


@check("ID.USCC_INVALID", severity="high", title="统一社会信用代码无效")
def uscc_invalid(ctx):
    """检查内容：统一社会信用代码是否为 18 位、字符集是否合规、第 18 位校验码是否符合 GB 32100-2015（MOD 31）。读基本信息表和正文中写出的代码：
    跟在“统一社会信用代码/信用代码/USCC”之后（含“填报为”“营业执照上印的是”等说法和问答中的回答），或在“税号/纳税人识别号/营业执照号”之后的 18 位代码；
    写在受评价主体或评价机构名称后括号内的代码；与基本信息表中受评价主体代码仅差一两个字符的代码。全角、分组空格或连字符、小写均按同一代码读。
    不读：排污许可证编号等更长的编号、设备代码、组织机构代码、15 位注册号、账号，以及句中说明已更正的原错误代码（“原填写为…，已更正为…”）。
    为何重要：代码错误说明主体信息未经核对，或报告由他人材料改写；也无法据此查询信用记录。
    示例：“统一社会信用代码：91350211MA2Y3K5L17”，按 GB 32100 计算校验位应为“6”。
    """
    seen: set[str] = set()
    for loc in ctx.facts.fields.get("uscc", []):
        # the value's first code, its groups joined ("9135 0211 MA2Y 3K5L 16　2026年3月核对", "９１３５…")
        code = next((c for _s, _e, c in code_runs(half(loc.value))), "")
        if code in seen or len(code) < 15:
            continue  # "详见营业执照复印件", a column header: no code written here at all
        seen.add(code)
        problem = uscc_problem(code)
        if problem:
            yield ctx.finding("ID.USCC_INVALID", f"统一社会信用代码“{code}”无效：{problem}。", [ctx.located(loc)])
    for b in ctx.visible:  # a column of codes: "| 服务单位 | 统一社会信用代码 |"
        cols = [i for i, c in enumerate(b.rows[0]) if "信用代码" in c] if b.kind.value == "table" and b.rows else []
        for row in (b.rows[1:] if cols else []):
            for i in cols:
                code = re.sub(r"\s", "", row[i]).upper() if i < len(row) else ""
                if len(code) == 18 and code not in seen and uscc_problem(code):
                    seen.add(code)
                    yield ctx.finding("ID.USCC_INVALID", f"统一社会信用代码“{code}”无效：{uscc_problem(code)}。",
                                      [ctx.evidence(b, "\t".join(row[: i + 1]))])
    for b, start, end, code in uscc_statements(ctx):  # in running text, in any notation (identifier_text.py)
        if code in seen:
            continue
        seen.add(code)
        problem = uscc_problem(code)
        if problem:
            yield ctx.finding("ID.USCC_INVALID", f"统一社会信用代码“{code}”无效：{problem}。", [ctx.evidence_at(b, start, end)])


@check("ID.INDUSTRY_CODE", severity="medium", title="行业代码不合规")
def industry_code(ctx):
    """检查内容：所属行业代码是否符合 GB/T 4754-2017 格式（门类字母 + 2–4 位数字，大类与门类一致）；绿色工厂申报主体应属制造业（门类 C，大类 13–43）。
    除基本信息表外，工厂和供应链报告也读正文中给出的受评价主体行业代码（“受评价方所属行业为…”“公司行业代码是…”“X有限公司属于G5990…”、问答、文本表格、
    “C / 51 / 5179”写法、全角），包括位数不可能的代码（C3、C39821、398200）。供应商、承运商、客户、评价机构、关联企业等其他单位的代码，
    行业能耗限额等数值，以及“行业代码为F5179的企业不得申报”一类泛指不读；正文中的有效代码与表中不同时不在此报告。
    为何重要：非制造业企业不能申报绿色工厂；代码错误也影响行业标准和能耗限额的适用。
    示例：“所属行业：F5191 电气设备批发”出现在绿色工厂评价报告中。
    """
    ind = ctx.catalog.industry
    manufacturing = ind.get("manufacturing") if ctx.facts.type in ind.get("must_be_manufacturing", []) else None
    for loc in ctx.facts.fields.get("industry", [])[:2]:
        codes = parse_industry(loc.value)[:3]
        # "C39 计算机…制造业 / C3982 电子电路制造": a hierarchy; the most specific code is the one stated
        codes = [(le, d) for le, d in codes if not any(d2 != d and d2.startswith(d) for _l2, d2 in codes)]
        for letter, digits in codes:
            problem = industry_problem(letter, digits, ind["sections"], manufacturing)
            if problem is None and len(digits) != 4 and ctx.facts.regime in ind.get("four_digit_regimes", []):
                problem = f"行业代码“{(letter or '') + digits}”不是 4 位小类代码（{ctx.facts.regime} 年起模板要求按统计局四位代码填写）"
            if problem:
                yield ctx.finding("ID.INDUSTRY_CODE", f"{problem}。", [ctx.located(loc)])
                return
    if manufacturing is None:
        return  # a park's text names its enterprises' industries, not its own
    seen: set[str] = set()
    for b, start, end, letter, digits in industry_statements(ctx):  # "受评价方所属行业为F5179", "公司行业代码是C44" …
        code = (letter or "") + digits
        problem = industry_problem(letter, digits, ind["sections"], manufacturing)
        if problem and code not in seen:
            seen.add(code)
            yield ctx.finding("ID.INDUSTRY_CODE", f"{problem}。", [ctx.evidence_at(b, start, end)])


@check("ID.ENTITY_MISMATCH", severity="high", title="主体信息前后不一致")
def entity_mismatch(ctx):
    """检查内容：企业名称、统一社会信用代码、地址、法定代表人在封面、基本信息表、承诺和正文中是否一致；正文中应出现受评价主体的位置（“受……委托”“……成立于”、受评价主体提交的能源审计报告等自有文件的标题等）是否写成了其他单位；工厂和供应链报告中，一个完整的公司名称若不处在任何角色之中（委托、检测、供应、客户、设备制造商、保险、关联企业、评价机构等），也视为占了受评价主体的位置。园区报告中，受评价园区的位置（受评价方、园区名称、管理机构、评价对象与范围、“本报告所称‘园区’系指…”、评价结论、承诺、数据提供方、否决项核查、章节标题、英文的 Applicant/This report evaluates 等）写成另一园区、另一管委会、区政府或公司的，也报告；本园区名称的简写或加“区”“管委会”（“翔安绿谷园区”“绿谷产业园”“厦门翔安绿谷产业园管委会”）视为同一园区，名称相同而园区类别不同（“产业园”写成“工业园区”）视为另一园区。对标园区、相邻园区、对口或共建园区、曾用名、评价机构或人员的其他项目、园区企业和开发运营公司等其他角色中的园区或单位不报告。
    为何重要：名称或代码前后不一，是套用他人报告、张冠李戴的典型痕迹（报告雷同/抄袭）。
    示例：基本信息表为“厦门绿源电子科技有限公司”，概述中却写“厦门华翔精密机械有限公司成立于2012年”。园区报告的受评价园区为“厦门翔安绿谷产业园”，结论却写“评价结论：厦门海沧绿谷产业园综合得分82.0分”。
    """
    f = ctx.facts
    for fid, label in (("entity_name", "名称"), ("uscc", "统一社会信用代码"), ("legal_rep", "法定代表人"), ("address", "地址")):
        locs = f.fields.get(fid, [])
        if len(locs) < 2:
            continue
        first = locs[0]
        for other in locs[1:]:
            if fid == "address" and not re.search(r"[\u4e00-\u9fff]", other.value):
                continue  # "No. 88 Yangguang West Road": the English form is not compared
            if fid == "entity_name" and len(other.value) < 6 and not re.search(r"公司|厂|集团|中心|院|所|园", other.value):
                continue  # "| 单位名称 | 角色 |": a column header read as the name
            if _key(fid, other.value) != _key(fid, first.value) and not (fid == "entity_name" and same_org(other.value, first.value)
                                                                 and len(org_core(other.value)) == len(org_core(first.value))) \
                    and not (fid == "address" and _same_place(other.value, first.value)):
                yield ctx.finding("ID.ENTITY_MISMATCH", f"{label}前后不一致：“{first.value}”与“{other.value}”。",
                                  [ctx.located(first), ctx.located(other)])
                break
    yield from _body_identifiers(ctx)
    entity = f.entity
    if not entity:
        return
    agency = f.agency or ""
    # an organisation the report labels as its checking body ("核查机构：X", on a cover or signature line)
    bodies = {m.group(1) or m.group(2) for b in ctx.visible for m in _BODY_LABEL.finditer(b.text)}
    reported: set[str] = set(bodies)
    for b in ctx.visible:
        for pat in MARKED:
            for m in pat.finditer(b.text):
                org_m = ORG.search(m.group("org"))
                org = org_m.group(0) if org_m else ""
                if not org or org in reported or (same_org(org, entity) and not is_variant(org, entity)) \
                        or (agency and same_org(org, agency)) or PLACEHOLDER_NAME.search(org) \
                        or labelled_elsewhere(b.text, m, org):  # "受评价方委托X检测", "由X供应，…（持证单位：X）"
                    continue
                reported.add(org)
                yield ctx.finding("ID.ENTITY_MISMATCH",
                                  f"受评价主体的位置写的是另一单位“{org}”（受评价主体为“{entity}”），疑似套用其他报告。",
                                  [ctx.evidence_at(b, m.start("org"), m.end("org"), sentence=b.kind.value != "table")])
        if b.kind.value == "table":
            continue
        for m in ORG.finditer(b.text):
            org = bare_name(m.group(0))
            if len(org_core(org)) < 2 or b.text[max(0, m.start() - 1): m.start()] in ("×", "X", "Ｘ", "某", "*", "＊"):
                continue  # "依法设立的有限责任公司": a kind, not a name; "××电子有限公司": an example
            if org in reported or (same_org(org, entity) and not is_variant(org, entity)) or (agency and same_org(org, agency)) \
                    or PLACEHOLDER_NAME.search(org):
                continue
            sentence = quote_span(b.text, m.start(), m.end())
            # described with the applicant's own data, and in no third-party role: a name left from another report
            # the role words stand next to the name ("委托X检测", "与X签订", "X为本公司提供"); a 处置 or 计量台账
            # further on in the sentence is about something else
            near = near_name(b.text, m)
            commissioned = re.match(r"[^。；]{0,4}(?:接|受|应|承接)[^。；]{0,30}委托", b.text[m.end():])  # "X接Y委托…": the agency
            # "X对厦门建发建材有限公司…的第三方检查": X acts on the applicant, so X is not the applicant
            commissioned = commissioned or re.match(rf"\s*(?:已|曾|于[^。；，]{{0,12}})?对\s*{re.escape(entity)}", b.text[m.end():])
            # a full name in no role at all, in a factory or supply-chain report: the applicant's place, taken
            # by another company's name ("专家组未发现X近三年存在…", "在X现场开展检查")
            with_data = OWN_DATA.search(sentence)
            residual = f.type != "park" and not _RESIDUAL_OTHER.search(sentence)
            own = (with_data or residual) and not OTHER_ROLE.search(near) and not other_party(ctx, _NOT_A_PARTY.sub("", sentence)) \
                and not commissioned and not introduced_as_other(b.text, m.start(), org) \
                and not ROLE_NAME.search(name_core(org)) and \
                not (f.type == "park" and park_member(sentence, org))  # a park's own enterprises have data too
            document = not own and own_document(ctx, b.text, m, org)  # "企业提交的《X有限公司能源审计报告》"
            if own or document or acts_as_applicant(b.text, m, f.type):
                reported.add(org)
                what = "受评价主体的文件标为另一单位" if document else "正文用受评价主体的数据描述了另一单位" if with_data \
                    else "正文中应为受评价主体的位置出现了其他单位"
                yield ctx.finding("ID.ENTITY_MISMATCH", f"{what}“{org}”（受评价主体为“{entity}”），疑似套用其他报告。",
                                  [ctx.evidence(b, sentence)])
        for pat in [*ROLE, CAPTION]:
            for m in pat.finditer(b.text):
                org_m = ORG.search(m.group("org"))
                if not org_m:
                    continue
                org = bare_name(org_m.group(0))  # "本报告系厦门…有限公司": the name without the words before it
                if any(same_org(org, x) for x in bodies):
                    continue  # the body the report labels as its checker ("核查机构：X"), issuing the report
                if (pat is CAPTION or pat is ROLE[-1]) and ROLE_NAME.search(org):
                    continue  # "图2 国网厦门供电有限公司接入示意", "…供电有限公司提供的用电数据": a service provider
                place = PLACE.search(org)
                if (place and _NOT_APPLICANT.search(org[: place.start()])) \
                        or re.search(r"不纳入|无关|不在本次", quote_span(b.text, m.start(), m.end())):
                    continue  # "控股子公司厦门…有限公司位于同安区，不纳入本次评价范围"
                if (same_org(org, entity) and not is_variant(org, entity)) or (agency and same_org(org, agency)) or org in reported \
                        or introduced_as_other(b.text, m.start(), org) \
                        or (f.type == "park" and park_member(b.text[: m.end()], org)) \
                        or PLACEHOLDER_NAME.search(org):  # "XXXX有限公司" is TPL.PLACEHOLDER's
                    continue
                reported.add(org)
                yield ctx.finding("ID.ENTITY_MISMATCH",
                                  f"正文中应为受评价主体的位置出现了其他单位“{org}”（受评价主体为“{entity}”），疑似套用其他报告。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
    yield from park_places(ctx, reported)  # a park report: another park or committee in the park's place (park_entity.py)


def _key(fid: str, value: str) -> str:
    """A field's value as compared: a USCC written in groups with a remark after it ("9135 0211 MA2Y 3K5L 16（…见附件1）")
    is its 18 characters."""
    v = _norm(value)
    if fid == "uscc":
        code = re.match(r"[0-9A-Z]{18}(?![0-9A-Z])", v)
        return code.group(0) if code else v
    return v


_BODY_LABEL = re.compile(r"(?<![被受])(?:(?:核查|鉴证|审核|评价|评估)(?:机构|单位)|(?:报告)?编制单位|出具单位)(?:名称)?\s*[：:]\s*"
                         r"([^\s，。；,;：:]{4,40}(?:有限公司|研究院|研究所|中心))"
                         # "X接Y委托后组织现场组开展评价": the agency, wherever else it is named
                         r"|([^\s，。；,;：:]{4,40}?(?:有限公司|研究院|研究所|中心))[^。；，,]{0,4}(?:接|受|应|承接)[^。；]{0,30}委托")
# words that name no other party: a comparison with another year ("与2023年的37.83 kgce/万元相比"), customers
# addressed or welcomed ("尊敬的各位客户、合作伙伴：", "随时欢迎…各位客户安排audit")
_NOT_A_PARTY = re.compile(r"(?:与|和|同|跟|较)(?:19|20)\d{2}\s*年度?(?:的|同期)?[^，。；、]{0,24}?相比"
                          r"|优于(?=[^，。；]{0,4}?(?:行业|国家|同类|全国|全省|全市|标准|限额|基准|准入|平均|先进值|要求|指标))"
                          r"|(?:尊敬的|各位|广大|新老|亲爱的)[^，。；：:]{0,4}?客户|欢迎[^，。；]{0,16}?客户")


def _body_identifiers(ctx):
    """A USCC or legal representative stated in running text that differs from the basic-information table."""
    f = ctx.facts
    uscc = _norm(f.uscc or "")
    if len(uscc) == 18:
        after = {a.index: n for a, n in zip(ctx.visible, ctx.visible[1:])}
        for b, m in ctx.search(_USCC_LABEL):
            where, at = b, m.end()
            if not b.text[at: at + 24].strip() and after.get(b.index) is not None:
                where, at = after[b.index], 0  # "（统一社会信用代码：" / "91350212…）": a line break split it
            at += len(where.text[at:]) - len(where.text[at:].lstrip())
            t = USCC_LOOSE.match(where.text[at: at + 24])
            window = max(0, m.start() - 60)
            orgs = list(ORG.finditer(b.text[window: m.start()]))
            if orgs and not same_legal_person(name_core(orgs[-1].group(0)), f.entity or ""):
                continue  # "危废处置单位：X有限公司（统一社会信用代码…）", a sister company elsewhere: another's code
            # the applicant named last before its code holds it, whatever else the sentence says before the name
            # ("集团公司控股", a banker's "客户概况：X，…，统一社会信用代码…"), unless a word between makes it another's
            ours = bool(orgs) and not _NOT_APPLICANT.search(b.text[window + orgs[-1].end(): m.start()])
            if t and len(t.group(0)) == 18 and _norm(t.group(0)) != uscc and b is not f.first("uscc").block \
                    and (ours or not _NOT_APPLICANT.search(quote_span(b.text, m.start(), m.end()))):
                yield ctx.finding("ID.ENTITY_MISMATCH", f"正文中的统一社会信用代码“{t.group(0)}”与基本信息表“{f.uscc}”不一致。",
                                  [ctx.located(f.first("uscc")),
                                   ctx.evidence_at(b, m.start(), at + t.end(), sentence=False) if where is b
                                   else ctx.evidence_at(where, at, at + t.end(), sentence=False)])
                break
    yield from signatory(ctx)
    yield from address_and_alias(ctx)
    yield from legal_reps(ctx)
