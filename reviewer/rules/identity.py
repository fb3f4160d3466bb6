"""Identity: USCC check digit, industry code, one entity throughout the report."""

from __future__ import annotations

import re

from reviewer.rules.context import quote_span
from reviewer.rules.entity_text import NOT_APPLICANT as _NOT_APPLICANT
from reviewer.rules.entity_text import address_and_alias, norm as _norm, same_place as _same_place
from reviewer.rules.registry import check
from reviewer.structure.identifiers import (USCC_LOOSE, industry_problem, org_core, parse_industry, same_org,
                                             uscc_problem)

_USCC_LABEL = re.compile(r"(?:(?:(?:统一)?(?:社会)?信用)?代码|USCC)\s*(?:为|是|记为|写为|登记为)?\s*[:：]?\s*")  # an 18-character code must follow


@check("ID.USCC_INVALID", severity="high", title="统一社会信用代码无效")
def uscc_invalid(ctx):
    """检查内容：统一社会信用代码是否为 18 位、字符集是否合规、第 18 位校验码是否符合 GB 32100-2015（MOD 31）。
    为何重要：代码错误说明主体信息未经核对，或报告由他人材料改写；也无法据此查询信用记录。
    示例：“统一社会信用代码：91350211MA2Y3K5L17”，按 GB 32100 计算校验位应为“6”。
    """
    seen: set[str] = set()
    for loc in ctx.facts.fields.get("uscc", []):
        code = re.sub(r"\s", "", loc.value).upper()
        code = re.split(r"[（(，,；;]", code)[0]
        if code in seen or not code or not re.search(r"[0-9A-Z]{15}", code):
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
    for b, m in ctx.search(_USCC_LABEL):
        tail = b.text[m.end(): m.end() + 24]
        t = USCC_LOOSE.match(tail)
        if not t:
            continue
        code = t.group(0).upper()
        if code in seen:
            continue
        seen.add(code)
        problem = uscc_problem(code)
        if problem:
            yield ctx.finding("ID.USCC_INVALID", f"统一社会信用代码“{code}”无效：{problem}。",
                              [ctx.evidence_at(b, m.start(), m.end() + t.end())])


@check("ID.INDUSTRY_CODE", severity="medium", title="行业代码不合规")
def industry_code(ctx):
    """检查内容：所属行业代码是否符合 GB/T 4754-2017 格式（门类字母 + 2–4 位数字，大类与门类一致）；绿色工厂申报主体应属制造业（门类 C，大类 13–43）。
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


_ORG = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团公司|研究院|研究所)")
# Places where the evaluated entity (not a supplier or a lab) must be named.
_ROLE = [
    re.compile(r"受(?P<org>[^，。；]{4,40}?)(?:的)?委托"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?)(?:开展|进行)(?:了)?(?:绿色|第三方|现场)"),
    re.compile(r"^(?P<org>[^，。；]{4,40}?)(?:成立于|始建于|位于|主要从事|满足基本要求|是一家)"),
    re.compile(r"评价范围为(?P<org>[^，。；]{4,40}?)(?:位于|的|厂区)"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?)(?:的)?(?:申报材料|申报资料|申报书|提交的材料)(?:进行|开展)"),
    re.compile(r"(?:评价对象|受评价方|受评价单位|受评单位|申报主体|申报单位|被评价单位)(?:为|是|系|：|:)\s*(?P<org>[^，。；]{4,40}?有限公司)"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?有限公司)的[^，。；]{0,20}(?:进行|开展)了?(?:核查|评价|检查|审核|现场)"),
    re.compile(r"建议(?P<org>[^，。；]{4,40}?有限公司)(?:进一步|继续|加强|完善|加快|持续|尽快)"),
    re.compile(r"(?P<org>[^，。；]{4,40}?有限公司)[^，。；]{0,10}(?:陪同|配合|接待)(?:了)?评价组"),
    re.compile(r"(?:证书持有人|持证单位|持证人|获证组织|受审核方|排污单位)(?:为|是|：|:)\s*(?P<org>[^，。；]{4,40}?有限公司)"),
    re.compile(r"以上为(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:基本情况|简介|概况)"),
    re.compile(r"(?:查阅|审阅|抽查|核查|查看)了?(?P<org>[^，。；、]{4,40}?有限公司)(?!出具|提供)(?:的)?[^，。；]{0,24}(?:统计表|报表|台账|记录|证书|资料)"),
    # the object of the evaluation or its thanks, the referent of the report's own terms, a closing line
    re.compile(r"对(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:绿色工厂|绿色制造|创建|申报)"),
    re.compile(r"(?:均指|系指|是指|特指)\s*[“\"]?(?P<org>[^，。；“”\"]{4,40}?有限公司)"),
    re.compile(r"以上为(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:绿色工厂|创建|主要做法|评价情况|自评价)"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?有限公司)(?:各部门|各级|全体|相关部门|领导)[^。；]{0,30}(?:支持|配合|协助)"),
    re.compile(r"(?:主要亮点|受评价方亮点|创建亮点)\s*[：:]\s*(?P<org>[^，。；]{4,40}?有限公司)"),
    re.compile(r"承诺\s*[：:，,]?\s*(?P<org>[^，。；:：]{4,40}?有限公司)(?:所|已)?(?:提交|提供|申报|报送)"),
    re.compile(r"(?:营业执照|执照|工商登记|登记|注册)(?:上的?)?(?:名称|企业名称)(?:为|是|：|:)\s*[“\"]?(?P<org>[^，。；“”\"]{4,40}?有限公司)"),
    # the evaluators' requests go to the applicant: "缺失材料通过补充资料清单一次性向X公司提出"
    re.compile(r"(?:资料|材料|清单|问题|意见|整改要求)[^。；]{0,20}向(?P<org>[^，。；]{4,40}?有限公司)(?:提出|发出|反馈|通报|下发|索取)"),
    re.compile(r"向(?P<org>[^，。；]{4,40}?有限公司)(?:提出|发出|反馈|通报|下发)了?[^。；]{0,10}(?:补充资料|资料清单|问题清单|整改|评价意见|审核发现)"),
    re.compile(r"(?:依据|根据|采用|使用)(?P<org>[^，。；]{4,40}?有限公司)提供的(?:统计|能源|生产|财务|运行|台账)?(?:数据|报表|台账)"),
]
# the applicant named by its role: "受评价方石家庄X有限公司已通过…", "受评价组织\tX有限公司", "致：X有限公司",
# "X有限公司（受评价方）"; also read in table rows
_MARKED = [
    re.compile(r"(?:受评价方|受评方|受评价组织|受评价单位|被评价单位|被评价方|受审核方|受审核组织|受检单位|Auditee|申报单位|申报企业|申请单位|委托方|委托单位|致)"
               r"\s*(?:[（(][^）)\t]{0,12}[）)])?\s*[:：为是\t]?\s*(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司|集团公司))"),
    re.compile(r"(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))\s*[（(]\s*(?:受评价方|受评方|申报单位|申报企业|委托方)\s*[)）]"),
    # "本企业（X有限公司）承诺", "我司——X有限公司——始终…", "评价对象名称：X", "仅供X申报…使用"
    re.compile(r"(?:本企业|本公司|我司|我公司|本厂|我厂|申请人|申报单位|受评价企业)\s*(?:[（(]|——|—)\s*(?P<org>[^，。；\t\n（(：:—]{4,40}?(?:股份有限公司|有限责任公司|有限公司))\s*(?:[)）]|——|—)"),
    re.compile(r"(?:评价对象名称|评价对象|受评价企业|受评企业|受评价工厂|申请人)\s*[:：为是\t]\s*(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))"),
    re.compile(r"仅供(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))(?:申报|申请|使用|用于)"),
    re.compile(r"(?:营业执照|执照)[^。；\n]{0,8}名称\s*[:：\s\u3000]\s*(?P<org>[^，。；\t\n“”\s]{4,40}?有限公司)"),
]
# captions and attachment titles that open with an organisation: "表5 X有限公司2023—2025年主要能源消费情况"
_CAPTION = re.compile(r"^\s*#*\s*(?:图|表|附件|附表|附图)\s*[\d一二三四五六七八九十]+(?:\s*[-－—.．]\s*\d+)?\s*[：:、.．]?\s*(?P<org>[^，。；\s]{4,40}?有限公司)")


_OWN_DATA = re.compile(r"自评|申报|获评|荣获|被评为|被认定为|成立于|组建于|设立|注册成立|注册资本|员工|职工|占地|用地|法定代表人|法人代表|信用代码|工业总产值|产值|综合能(?:耗|源消费)|用电|用水|取水|主营|主要从事|主导产品|厂区|基本要求"
                       r"|排放二氧化碳|二氧化碳排放|碳排放|温室气体排放|能源消费|耗电|耗水|用能|光伏装机|装机|发电量|绿电"
                       # what the evaluators do with the applicant, and what only the applicant has
                       r"|评价组|现场评价|现场查看|访谈|首次会议|末次会议|会议纪要|报送|陪同|整改通知|现场评价问题|评价发现|绿色工厂|创建|领导小组"
                       r"|营业执照|排污许可|许可证|危废暂存|污水处理站|蚀刻|电镀线|车间|生产线|节能改造|LED改造|屋顶光伏|一般工业固体废物|综合利用率"
                       r"|行政处罚|信用中国|四体系|管理体系认证|ISO\s*\d{4,5}|能源管理部|安环部|设备部|管理层|总经理|入选|名单|一级指标|得分")
_OTHER_ROLE = re.compile(r"委托|检测|监测|认证|供应|回收|处置|供电|燃气|银行|设计|施工|咨询|服务|合同|协议|客户|供应商|合作|签订|采购|租赁|母公司|子公司|集团|控股|运输|承包|外协"
                         r"|对标|标杆|同行业|上市公司|相比|优于|差距|销售额|销售收入|收购|兼并|并购|原名|曾用名|更名|已注销|EPC|总包|安装|为(?:我|本|该)"
                         r"|先进企业|行业先进|领先企业|参照|借鉴|学习|考察|参观|交流|邻近|相邻|出租|承租|房东|业主|贷款|授信|检验|鉴定|计量|校准|托管|代为|代理|经销|供货|生产厂家|制造商|品牌商|厂家"
                         r"|包括|例如|入选企业|其他企业|[（(]原|前身|投资建设|投资方|出资"
                         r"|[东西南北]临|毗邻|相邻|[东西南北]侧|邻近|无关|不纳入")


# the subject of a sentence doing what the applicant does ("厦门某某有限公司建立了能源管理体系")
_LEAD = re.compile(r"(?:经核查|经查|经核实|据统计|近年来|目前|此外|同时|另外|(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?"
                   r"(?:以来|起|至今|度|初|底)?|[，,\s])*")
# or one short framing clause ("从能源结构来看，", "总体而言，") that names no other party
_LEAD_CLAUSE = re.compile(r"(?:(?!客户|供应商|委托|合作|其中|包括|例如|如|同行|对标|标杆)[^，。；,]){1,14}[，,]\s*|作为[^，。；,]{1,28}[，,]\s*")
_APPLICANT_ACT = re.compile(r"\s*(?:在|于|已|还|也|先后|累计|共|始终|一直|自)?\s*"
                            r"(?:(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:起|以来|内|度|底|初)?\s*[，,]?\s*)?"
                            r"(?:已|还|也|先后|累计|共)?\s*(?:建立|建成|实施|开展|成立|制定|推行|推进|建设|完成|投入|获得|"
                            r"取得|未发生|高度重视|坚持|积极|持续|严格|按照|依据|拥有|现有|年产|编制|配备|设立|引进|采用|购置|淘汰|近三年|"
                            r"满足|符合|具备|不存在|被评为|荣获|注册成立|注册|组建|通过了?|未被|未列入|将|制定了?|纳入|始终"
                            r"|对[^。；，]{0,12}(?:未提出异议|无异议|表示认可|予以确认|签字确认|进行了确认))")
_ROLE_NAME = re.compile(r"检测|监测|认证|环保|环境|回收|处置|物流|运输|投资|供电|电网|燃气|水务|设计|咨询|银行|建设工程|工程|节能服务|能源服务|科学研究|研究院|研究所|控股|集团|租赁|供应链|评价|检验|鉴定|计量|测试")


def _acts_as_applicant(text: str, m: re.Match, rtype: str | None) -> bool:
    """An organisation opening its sentence (after a time or 经核查 lead, or a short framing clause) as
    the subject of what the applicant itself does or has, and not named for a service role (a lab, a
    recycler, an investor). In a park report only the park's own attributes count ("X的供水管网")."""
    org = m.group(0)
    lead_chars = re.match(r"[年月日]*", org).end()  # the lazy name may start with the lead's 年
    place = _PLACE.search(re.sub(r"[（(][^（）()]*[）)]", lambda b: "＿" * len(b.group(0)), org), lead_chars)
    if place and place.start() > lead_chars:
        return False  # "本厂与厦门…", "园区内厦门…": the name is not the subject
    if re.match(r"[对向与和为给从跟同]", org[lead_chars:]):
        return False  # "对华为技术有限公司的销售额": the object of a preposition
    if re.search(r"参照|借鉴|学习|对标|参考|效仿|仿照", org[lead_chars: -4]):
        return False  # "企业参照欣兴电子股份有限公司的做法": the model the applicant follows
    start = m.start() + lead_chars
    sentence_start = max(text.rfind(c, 0, start) for c in "。；！？\n") + 1
    lead = text[sentence_start: m.start()] + org[:lead_chars]
    if not _LEAD.fullmatch(lead) and not _LEAD_CLAUSE.fullmatch(lead):
        return False
    if _ROLE_NAME.search(org) or re.search(r"受[^。；]{0,30}委托|[为对向](?:公司|企业|我|本|该|其)", text[start: start + 80]):
        return False
    if rtype == "park":
        return bool(_PARK_ATTRIBUTE.match(text, m.end()))
    return rtype == "factory" and bool(_APPLICANT_ACT.match(text, m.end()) or _APPLICANT_HAS.match(text, m.end()))


_PARK_MEMBER = re.compile(r"园区内|区内|园内|入驻|入园|重点企业|龙头企业|规上企业|骨干企业|企业中|其中")
_PLACE = re.compile(r"厦门|福建|泉州|漳州|福州|莆田|三明|南平|龙岩|宁德|中国|[\u4e00-\u9fff]{2}(?:省|市)")
# "X的…" or "X面临…": the applicant's own attributes, not a partner's products or subsidiaries
_APPLICANT_HAS = re.compile(r"\s*(?:的(?!全资|控股|子公司|分公司|关联|母公司|客户|供应商|产品|设备|服务|技术|专家|人员)|面临|整体|总体|各项|目前)")
_PARK_ATTRIBUTE = re.compile(r"\s*的(?:供水|供电|供热|供气|污水|管网|基础设施|道路|规划|用地|土地|主导产业|产业结构|能源结构|"
                             r"工业增加值|地区生产总值|管理机构|环境质量|循环化改造|绿色发展)")


_PLACEHOLDER_NAME = re.compile(r"[XＸx×某*＊]{2}")


def _name_core(org: str) -> str:
    """The name itself, without the words the leftmost match took in before it ("评价组现场查看了莆田…有限公司")."""
    place = _PLACE.search(org)
    return org[place.start():] if place else org[-12:]


def _variant(org: str, entity: str) -> bool:
    """The applicant's name written another way ("…股份有限公司", "绿源电子（厦门）有限公司"), not a
    group or branch that shares its core."""
    return _norm(entity) not in _norm(org) and not re.search(r"集团|控股|分公司|子公司|分厂|研究院", org)


@check("ID.ENTITY_MISMATCH", severity="high", title="主体信息前后不一致")
def entity_mismatch(ctx):
    """检查内容：企业名称、统一社会信用代码、地址、法定代表人在封面、基本信息表、承诺和正文中是否一致；正文中应出现受评价主体的位置（“受……委托”“……成立于”等）是否写成了其他单位。
    为何重要：名称或代码前后不一，是套用他人报告、张冠李戴的典型痕迹（报告雷同/抄袭）。
    示例：基本信息表为“厦门绿源电子科技有限公司”，概述中却写“厦门华翔精密机械有限公司成立于2012年”。
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
            if _norm(other.value) != _norm(first.value) and not (fid == "entity_name" and same_org(other.value, first.value)
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
    reported: set[str] = set()
    for b in ctx.visible:
        for pat in _MARKED:
            for m in pat.finditer(b.text):
                org_m = _ORG.search(m.group("org"))
                org = org_m.group(0) if org_m else ""
                if not org or org in reported or (same_org(org, entity) and not _variant(org, entity)) \
                        or (agency and same_org(org, agency)) or _PLACEHOLDER_NAME.search(org):
                    continue
                reported.add(org)
                yield ctx.finding("ID.ENTITY_MISMATCH",
                                  f"受评价主体的位置写的是另一单位“{org}”（受评价主体为“{entity}”），疑似套用其他报告。",
                                  [ctx.evidence_at(b, m.start("org"), m.end("org"), sentence=b.kind.value != "table")])
        if b.kind.value == "table":
            continue
        for m in _ORG.finditer(b.text):
            org = m.group(0)
            if org in reported or (same_org(org, entity) and not _variant(org, entity)) or (agency and same_org(org, agency)) \
                    or _PLACEHOLDER_NAME.search(org):
                continue
            sentence = quote_span(b.text, m.start(), m.end())
            # described with the applicant's own data, and in no third-party role: a name left from another report
            own = _OWN_DATA.search(sentence) and not _OTHER_ROLE.search(sentence) and not _ROLE_NAME.search(_name_core(org)) and \
                not (f.type == "park" and _PARK_MEMBER.search(sentence))  # a park's own enterprises have data too
            if own or _acts_as_applicant(b.text, m, f.type):
                reported.add(org)
                yield ctx.finding("ID.ENTITY_MISMATCH",
                                  f"正文用受评价主体的数据描述了另一单位“{org}”（受评价主体为“{entity}”），疑似套用其他报告。",
                                  [ctx.evidence(b, sentence)])
        for pat in [*_ROLE, _CAPTION]:
            for m in pat.finditer(b.text):
                org_m = _ORG.search(m.group("org"))
                if not org_m:
                    continue
                org = org_m.group(0)
                if (pat is _CAPTION or pat is _ROLE[-1]) and _ROLE_NAME.search(org):
                    continue  # "图2 国网厦门供电有限公司接入示意", "…供电有限公司提供的用电数据": a service provider
                place = _PLACE.search(org)
                if (place and _NOT_APPLICANT.search(org[: place.start()])) \
                        or re.search(r"不纳入|无关|不在本次", quote_span(b.text, m.start(), m.end())):
                    continue  # "控股子公司厦门…有限公司位于同安区，不纳入本次评价范围"
                if (same_org(org, entity) and not _variant(org, entity)) or (agency and same_org(org, agency)) or org in reported \
                        or _PLACEHOLDER_NAME.search(org):  # "XXXX有限公司" is TPL.PLACEHOLDER's
                    continue
                reported.add(org)
                yield ctx.finding("ID.ENTITY_MISMATCH",
                                  f"正文中应为受评价主体的位置出现了其他单位“{org}”（受评价主体为“{entity}”），疑似套用其他报告。",
                                  [ctx.evidence_at(b, m.start(), m.end())])


_LEGAL_REP_TEXT = re.compile(r"(?:法定代表人|法人代表|法人(?!代表|资格|单位|地位|组织|证书|机构|治理|企业|身份|主体|股东))"
                             r"(?:[、兼](?:总经理|董事长|执行董事|总裁|厂长))?(?:为|是|系|：|:)?\s*[“\"「]?(?P<name>(?!不同|相同|一致|变更|签字|签名|本人|未|不|已|同|均|为|由|应)[\u4e00-\u9fff]{2,3}?)"
                             r"(?=[，。；,、\s（(｜|】”\"」]|$|先生|女士|同志|担任|任|签|主持|亲自|于|在|出席|参加|对|作出|已|签署|承诺|表示)")
# whose representative: a former one, the parent's, a supplier's or the agency's is not the applicant's
_OTHER_REP = re.compile(r"原|前任|曾|变更前|母公司|子公司|集团|控股|股东|供应商|客户|机构")


def _body_identifiers(ctx):
    """A USCC or legal representative stated in running text that differs from the basic-information table."""
    f = ctx.facts
    uscc = _norm(f.uscc or "")
    if len(uscc) == 18:
        for b, m in ctx.search(_USCC_LABEL):
            t = USCC_LOOSE.match(b.text[m.end(): m.end() + 24])
            named = [o.group(0) for o in _ORG.finditer(b.text[max(0, m.start() - 60): m.start()])]
            if named and not same_org(named[-1], f.entity or ""):
                continue  # "危废处置单位：X有限公司（统一社会信用代码…）": another organisation's code
            if t and len(t.group(0)) == 18 and _norm(t.group(0)) != uscc and b is not f.first("uscc").block \
                    and not _NOT_APPLICANT.search(quote_span(b.text, m.start(), m.end())):
                yield ctx.finding("ID.ENTITY_MISMATCH", f"正文中的统一社会信用代码“{t.group(0)}”与基本信息表“{f.uscc}”不一致。",
                                  [ctx.located(f.first("uscc")), ctx.evidence_at(b, m.start(), m.end() + t.end(), sentence=False)])
                break
    yield from _signatory(ctx)
    yield from address_and_alias(ctx)
    rep = f.first("legal_rep")
    if rep and 2 <= len(rep.value) <= 4:
        for b, m in ctx.search(_LEGAL_REP_TEXT):
            clause = re.split(r"[，。；,;]", b.text[max(0, m.start() - 16): m.start()])[-1]
            if b.kind.value == "table" or _OTHER_REP.search(clause):
                continue
            owner = [o for o in _ORG.finditer(b.text[max(0, m.start() - 40): m.start()]) if o.end() == min(m.start(), 40)]
            if owner and not same_org(owner[-1].group(0), f.entity or ""):
                continue  # "厦门中衡绿色认证有限公司法定代表人王建华…": another organisation's representative
            if m.group("name") != rep.value and not rep.value.startswith(m.group("name")):
                yield ctx.finding("ID.ENTITY_MISMATCH", f"正文中的法定代表人“{m.group('name')}”与基本信息表“{rep.value}”不一致。",
                                  [ctx.located(rep), ctx.evidence_at(b, m.start(), m.end(), sentence=False)])
                break


_SIGNER = re.compile(r"(?:签字|签名|签字人|签章|签署人)[^：:\n]{0,4}[：:]\s*(?P<name>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")


def _signatory(ctx):
    """The person signing the commitment should be the legal representative of whoever commits
    (the agency for a third-party report, the applicant for a self-evaluation)."""
    f = ctx.facts
    expected = f.first("agency_legal_rep" if f.kind == "third_party" else "legal_rep")
    if expected is None or not 2 <= len(expected.value) <= 4:
        return
    blocks = ctx.visible
    start = ctx.commitment_start
    if start is None:
        return
    for b in blocks[start: start + 8]:
        for m in _SIGNER.finditer(b.text):
            name = m.group("name")
            if name != expected.value and not expected.value.startswith(name):
                who = "评价机构" if f.kind == "third_party" else "申报单位"
                yield ctx.finding("ID.ENTITY_MISMATCH", f"承诺签字人“{name}”不是{who}法定代表人“{expected.value}”。",
                                  [ctx.evidence_at(b, m.start(), m.end(), sentence=False), ctx.located(expected)])
                return
