"""How a report names other organisations around the applicant (part of ID.ENTITY_MISMATCH): a name is read
without the words a lazy match took in before it; a role label labels only the name right after it; a company
once introduced as a supplier or lab stays that party; companies listed beside the applicant are not in its
place; and a document of the applicant's own kind, titled with another company's name and handed in as the
applicant's, puts that company in the applicant's place. Word lists are in standards/text_patterns.yaml (entity).
"""

from __future__ import annotations

import re

from reviewer.rules.context import compiled
from reviewer.rules.entity_roles import OTHER_PARTY_SENTENCE, OTHER_ROLE, PLACE, ROLE_NAME
from reviewer.rules.entity_text import NOT_APPLICANT, ORG
from reviewer.structure.identifiers import same_org

# the words a lazily matched name takes before its place name ("在厦门…", "专家组未发现厦门…")
_LEAD_WORD = re.compile(r"(?:在|对于|对|于|向|由|经|据|内|发现|认为|确认|核实|显示|表明|及|和|与|为|是|系|将|把|时|后|前|年|来|间)$")


def bare_name(org: str) -> str:
    """The name without what the lazy match took before it: "2025年厦门…有限公司" (the year's 年), "在厦门…",
    "专家组未发现厦门…", "经福建…" (the words before the place name)."""
    org = org.lstrip("年月日")
    org = org[org.rfind("的") + 1:]  # "污水处理站的膜处理设备由…", "绿源电子为依法设立的有限责任公司": the words before
    place = PLACE.search(org)
    if place and (0 < place.start() <= 2 or _LEAD_WORD.search(org[: place.start()])):
        org = org[place.start():]
    return org


def near_name(text: str, m: re.Match) -> str:
    """The words around a name within its clause, where a role stands ("委托X检测", "与X签订", "X为本公司提供")."""
    return text[max(0, m.start() - 14, *(text.rfind(c, 0, m.start()) + 1 for c in "。；，,")): m.end() + 12]


# what may stand between a role label and its name: a form's field or a copula ("委托单位”栏为X", "受评价方即X")
_LABEL_GAP = re.compile(r"[”\"」』]?(?:一?栏(?:内|中)?)?(?:填写?的?|写的?|载明的?)?(?:为|是|系|即)?")
# a clause going on after the label instead: "受评价方委托X", "受评价方与X签订", "受评价方母公司X", "受评价方隔壁的X"
_CLAUSE_WORD = re.compile(r"委托|由|与|和|同|对|向|的|在|将|把|从|隔壁|旗下|下属|母公司|子公司|供应商|客户")
# a commissioning party that is itself a service firm commissions its own work ("审核报告委托方为X能源服务有限公司")
_SERVICE_FIRM = re.compile(r"能源服务|节能服务|检测|监测|认证|咨询|评价|评估|事务所|审计")


def labelled_elsewhere(text: str, m: re.Match, org: str) -> bool:
    """Whether a role label ("受评价方", "委托方", "持证单位") matched with ``org`` does not label that organisation as
    the applicant: the label goes on as a clause before the name, a service firm commissions its own work, or the
    paragraph introduced the organisation earlier in a third party's role ("由X供应，…（持证单位：X）")."""
    place = PLACE.search(org)
    if m.start("org") > m.start():  # the label first: only a form's field or a copula may stand before the name
        lead = m.group("org")[: max(0, m.group("org").find(org))] + (org[: place.start()] if place else "")
        if lead and not _LABEL_GAP.fullmatch(lead) and (len(lead) > 2 or _CLAUSE_WORD.search(lead)) \
                or not place and _CLAUSE_WORD.match(org):
            return True
    if m.group(0).lstrip().startswith("委托") and _SERVICE_FIRM.search(org):
        return True
    return introduced_as_other(text, m.start(), org)


def introduced_as_other(text: str, at: int, org: str) -> bool:
    """The paragraph named ``org`` before ``at`` in a third party's role ("主要原材料由X供应")."""
    name = bare_name(org)
    for o in ORG.finditer(text, 0, at):
        if same_org(bare_name(o.group(0)), name) and OTHER_ROLE.search(near_name(text, o)):
            return True
    return False


def other_party(ctx, sentence: str) -> bool:
    """Whether a sentence is about another party: a benchmark, a supplier, a neighbour, a list beside the applicant."""
    listed = ctx.catalog.entity.get("other_party")
    return bool(OTHER_PARTY_SENTENCE.search(sentence) or listed and compiled(listed).search(sentence))


# the applicant handing a document in ("企业提交的《", "受评价方安环部提供的《"), or the text equating it with the
# applicant's own ("《…》（文号）即受评价方的年度监测报告")
_HANDED_IN = re.compile(r"(?:受评价方|受评方|申报单位|申请单位|企业|公司|本公司|我司|本厂|我厂|工厂|该企业)[^。；，,《》]{0,8}?"
                        r"(?:提交|提供|报送|上报|出示|编制)的\s*$")
_SAME_AS = re.compile(r"\s*(?:[（(][^（）()]{0,30}[)）])?\s*(?:即|就是|系|即为)(?:受评价方|受评方|申报单位|申请单位|企业|本公司|该企业|公司|工厂)(?:自身)?(?:的|之)")


def own_document(ctx, text: str, m: re.Match, org: str) -> bool:
    """《<org>…能源审计报告》 handed in as the applicant's: a document only the applicant itself holds, titled
    with another company's name."""
    kinds = ctx.catalog.entity.get("own_document")
    at = m.end() - len(org)
    if _products_as_own(ctx, text, at, m.end(), org):
        return True
    if kinds and (at == 0 or text[at - 1] != "《"):
        return _examined_as_own(ctx, text, at, m.end(), org, kinds)
    if not kinds or at == 0:
        return False
    close = text.find("》", m.end())
    if close < 0 or not compiled(kinds).search(text, m.end(), close) or ROLE_NAME.search(org):
        return False
    start, ours = _own_sentence(ctx, text, at, close)
    return ours and bool(_HANDED_IN.search(text, start, at - 1) or _SAME_AS.match(text, close + 1))


def _own_sentence(ctx, text: str, at: int, end: int) -> tuple[int, bool]:
    """Where the sentence around text[at:end] starts, and whether it leaves the name in the applicant's place
    (it names no other party and does not say the company is not the applicant)."""
    start = max(text.rfind(c, 0, at) for c in "。；") + 1
    stop = min((i for i in (text.find(c, end) for c in "。；") if i >= 0), default=len(text))
    sentence = text[start:stop]
    return start, not (NOT_APPLICANT.search(sentence) or other_party(ctx, sentence))


# the evaluator examining a document of the applicant's own kind under another company's name: "审计组调阅了X的自评价报告",
# "查询了X的排污许可信息" (the applicant's documents, another name on them)
# (the verb may stand inside the name the text reader took: "审计组调阅了厦门安能建材有限公司")
_EXAMINED = re.compile(r"(?:调阅|查阅|审阅|查询|核查|核对|抽查|查看|检查|调取)了?(?=[\u4e00-\u9fff（）()]{6,}$)")


def _examined_as_own(ctx, text: str, at: int, end: int, org: str, kinds: str) -> bool:
    if not _EXAMINED.search(text, max(0, at - 4), end) or text[end:end + 1] != "的" or ROLE_NAME.search(org):
        return False
    return bool(compiled(kinds).search(text, end + 1, end + 12)) and _own_sentence(ctx, text, at, end)[1]


# the applicant's products checked against another company's: "报告上的产品名称、型号与X在产产品一致" (the comparison
# names whose products are made on the site, so X stands in the applicant's place)
_COMPARED_WITH = re.compile(r"(?:与|同|跟)(?=[\u4e00-\u9fff（）()]{6,}$)")
_OWN_PRODUCTS = re.compile(r"(?:的)?(?:在产|现产|实际生产的?|正在生产的?)产品(?:名称|型号|规格)?[^。；，,]{0,6}?(?:一致|相符|吻合)")


def _products_as_own(ctx, text: str, at: int, end: int, org: str) -> bool:
    if not _COMPARED_WITH.search(text, max(0, at - 3), end) or not _OWN_PRODUCTS.match(text, end) or ROLE_NAME.search(org):
        return False
    return _own_sentence(ctx, text, at, end)[1]
