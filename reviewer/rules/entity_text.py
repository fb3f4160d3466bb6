"""The applicant as running text states it: its address and its short name, against the basic-information table."""

from __future__ import annotations

import re

from reviewer.rules.context import compiled, quote_span
from reviewer.structure.identifiers import org_core, same_org

ORG = re.compile(r"[\u4e00-\u9fffA-Za-z（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团公司|研究院|研究所)")
# an organisation named beside the applicant in a role of its own, or left out of the evaluation
NOT_APPLICANT = re.compile(r"子公司|母公司|分公司|集团|控股|关联|客户|供应商|股东|不纳入|无关|不在本次")


def same_place(a: str, b: str) -> bool:
    """One address refines the other ("福建省厦门市" and "厦门市集美区灌口镇…"), also when one of them
    leaves out the sub-district ("海沧区阳光西路88号" and "海沧区新阳街道阳光西路88号")."""
    na, nb = (re.sub(r"^(?:中国|中华人民共和国)?(?:福建省|福建)?", "", norm(x)).rstrip("。.；;，,") for x in (a, b))
    if not (na and nb):
        return False
    if na in nb or nb in na:
        return True
    sa, sb = (_SUBDISTRICT.sub("", x) for x in (na, nb))
    if bool(sa and sb) and (sa in sb or sb in sa) and bool(_STREET.search(sa)):
        return True
    # "厦门海沧阳光西路88号": the same street and number with the 市/区 suffixes left out
    ta, tb = (re.sub(r"(?<=[\u4e00-\u9fff]{2})(?:省|市|区|县)", "", x) for x in (sa, sb))
    return bool(_STREET.search(ta)) and (ta in tb or tb in ta)


_SUBDISTRICT = re.compile(r"(?<=[区县市])(?:(?![区县市省路街])[\u4e00-\u9fff]){2,6}?(?:街道|镇|乡)")


def norm(v: str) -> str:
    return re.sub(r"[\s（）()]", "", v).upper()


# "委托单位地址：…", "经营场所：…", "<applicant>注册地址及生产地址均为…"
_ADDRESS_LABEL = (r"(?:(?:^|[，。；,;\s])(?:受评价方|受评方|委托|申报|申请|受评价|被评价|本|该|我)?(?:公司|企业|工厂|单位)?|{entity})(?:实际)?"
                  r"(?:(?:注册|生产|经营|通讯|通信|联系)?(?:厂区|工厂)?(?:地址|住所|厂址)|(?:生产|营业)?(?:经营)?场所)"
                  r"(?:及[^，。；,;\s]{{2,8}}?(?:地址|住所|厂址|场所))?\s*(?:均|都)?\s*(?:为|是|：|:)\s*(?P<addr>[^，。；,;\s（(]{{4,60}})")
# "<applicant>于2016年在厦门市同安区…注册成立": where it was founded
_FOUNDED_AT = r"{entity}(?:[（(][^（）()]{{0,16}}[)）])?(?:于|在)?\s*(?:(?:19|20)\d{{2}}\s*年(?:\d{{1,2}}\s*月)?(?:\d{{1,2}}\s*日)?)?\s*在\s*(?P<addr>[^，。；,;\s]{{4,60}}?)(?:依法)?(?:注册成立|注册|成立|设立|投资设立)"
# "<applicant>（统一社会信用代码9135…）位于…", "我司…，厂房位于…", "…，即受评价方位于…厂区"
_ADDRESS_AT = (r"(?:(?:^|[，。；,;\s]|(?<=即))(?:本|该|我)?(?:公司|企业|工厂|厂区|厂房|厂址|本厂|我司|受评价方)|{entity}(?:[（(][^（）()]{{0,40}}[)）])?)"
               r"(?:厂区)?(?:位于|坐落于|地处|坐落在)\s*(?P<addr>[^，。；,;\s（(]{{4,60}})")
_PLACE_TOKEN = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:省|市|区|县|镇|乡|街道)")
_ZONE = re.compile(r"(?:工业|产业|开发|投资|集中|高新|科技|物流|保税|园)区$")
_STREET = re.compile(r"([\u4e00-\u9fff]{2}(?:路|街|大道))\s*(\d+)\s*号")
# a role, not a name: "受审核方", "目标公司" (due diligence), "被审计单位", "拟申报企业", "评价对象"
_ROLE_ALIAS = re.compile(r"(?:本|我|该|贵|目标|标的|拟申报|申报|申请|委托|受托|参评|受评价?|被评价?|受审核?|被审核?|受审计|被审计|受检查?|被检查?"
                         r"|受核查|被核查|被监测|受监测|评价|审核|核查|检查|监测)?(?:公司|企业|厂|工厂|司|单位|方|人|主体|组织|对象|园区)|甲方|乙方")
# the applicant's staff quoted naming their company by a short name: "经理说：“我们鼎泰公司这几年…”" (opening the
# quotation or one of its clauses; outside a quotation "我们认为公司…" is the evaluators' own voice)
_WE_NAME = re.compile(r"(?<=[“「，,；;])\s*(?:我们|咱们)(?P<short>[\u4e00-\u9fff]{2})公司")
_ALIAS = re.compile(r"[（(]\s*以下简称\s*[“\"「]?(?P<short>[^”\"」）)]{2,12})[”\"」]?\s*[）)]")


def _other_address(text: str, field: str) -> bool:
    """A stated address that cannot be the field's: another city or district, or another street number."""
    if same_place(text, field):
        return False
    whole = norm(field)
    # an industrial zone ("新阳工业区") is often left out of the registered address: no other place by itself
    if any(t not in whole for t in _PLACE_TOKEN.findall(norm(text)) if not t.endswith("省") and not _ZONE.search(t)):
        return True
    a, b = _STREET.search(norm(text)), _STREET.search(whole)
    return bool(a and b and a.groups() != b.groups())


def address_and_alias(ctx):
    """The applicant's address in running text against the basic-information table, and a short
    name ("以下简称“华美公司”") that shares nothing with the applicant's name."""
    f = ctx.facts
    addr, entity = f.first("address"), f.entity
    if addr and f.type != "park":
        name = re.escape(entity) if entity else "(?!)"
        for pat in (compiled(p.format(entity=name)) for p in (_ADDRESS_LABEL, _ADDRESS_AT, _FOUNDED_AT)):
            for b, m in ctx.search(pat):
                if b.kind.value == "table" or b is addr.block or "机构" in b.text[max(0, m.start() - 6): m.start("addr")]:
                    continue
                sentence_start = max(b.text.rfind(c, 0, m.start("addr")) for c in "。\n") + 1
                before = list(ORG.finditer(b.text[sentence_start: m.start("addr")]))
                if before and not same_org(before[-1].group(0), entity or ""):
                    continue  # "评价机构名称：厦门中衡…有限公司；地址：…": another organisation's address
                if _other_address(m.group("addr"), addr.value) and not NOT_APPLICANT.search(quote_span(b.text, m.start(), m.end())):
                    yield ctx.finding("ID.ENTITY_MISMATCH", f"正文中的地址“{m.group('addr')}”与基本信息表“{addr.value}”不一致。",
                                      [ctx.located(addr), ctx.evidence_at(b, m.start("addr"), m.end("addr"))])
                    return
    if entity:
        own = set(org_core(entity))
        for b, m in ctx.search(_ALIAS):
            if not norm(b.text[max(0, m.start() - len(entity) - 2): m.start()]).endswith(norm(entity)):
                continue  # the short name of another organisation
            if _ROLE_ALIAS.fullmatch(m.group("short").strip()):
                continue  # "以下简称“受审核方”": a role, not a name
            short = re.sub(r"公司|集团|企业|股份|有限|工厂|厂|厦门|福建", "", m.group("short"))
            if short and not own.intersection(short):
                yield ctx.finding("ID.ENTITY_MISMATCH", f"受评价主体“{entity}”的简称写作“{m.group('short')}”，与其名称无关，疑似套用其他报告。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                return
        # the applicant's staff naming their own company: "我们鼎泰公司这几年…" (a supplier's staff are named as such)
        stop = ctx.catalog.entity.get("we_not_a_name")
        for b, m in ctx.search(_WE_NAME) if stop else ():
            short, quoted = m.group("short"), b.text.rfind("“", 0, m.start()) > b.text.rfind("”", 0, m.start()) \
                or b.text.rfind("「", 0, m.start()) > b.text.rfind("」", 0, m.start())
            if quoted and not (compiled(stop).search(short) or own.intersection(short)
                               or NOT_APPLICANT.search(quote_span(b.text, m.start(), m.end()))):
                yield ctx.finding("ID.ENTITY_MISMATCH", f"正文中受评价主体自称“{m.group(0)[2:]}”，与其名称“{entity}”无关，疑似套用其他报告。",
                                  [ctx.evidence_at(b, m.start(), m.end())])
                return
