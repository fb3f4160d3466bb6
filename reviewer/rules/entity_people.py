"""The applicant's legal representative as running text names it, and who signs the commitment, against the
basic-information table (part of ID.ENTITY_MISMATCH). The words a representative named in narrative does
("到会致辞", "也来到会议室") are in standards/text_patterns.yaml (entity.rep_act).
"""

from __future__ import annotations

import re

from reviewer.rules.context import compiled, quote_span
from reviewer.rules.entity_text import ORG
from reviewer.structure.identifiers import same_legal_person, same_org

# a form's field named before its value: "信用代码栏91350213…", "法定代表人一栏填写的是杨丽"
FIELD_CELL = r"(?:(?:一)?栏(?:内|中|里)?(?:填写?(?:的)?|写(?:的)?|载明(?:的)?)?)?"
_LEGAL_REP_TEXT = (r"(?:法定代表人|法人代表|法人(?!代表|资格|单位|地位|组织|证书|机构|治理|企业|身份|主体|股东|边界|实体|层面|范围|口径|结构|性质|名义|登记))"
                   r"(?:[、兼](?:总经理|董事长|执行董事|总裁|厂长))?(?:[（(](?:签字|签名|签章|签字盖章|签字或盖章)[)）])?"
                   + FIELD_CELL +  # "法定代表人栏杨丽": the form's field, then the name in it
                   # "法定代表人是谁？答：王志明", also after a second question ("是谁？何时任职？答：张建军")
                   r"(?:(?:是谁|为何人|是哪位)[？?](?:[^。？?：:]{{1,12}}[？?])*\s*(?:答|A)\s*[：:])?"
                   r"(?:为|是|系|：|:|——|—)?\s*[“\"「（(]?(?P<name>(?!是否|是谁|不同|相同|一致|变更|签字|签名|签署|出具|确认|授权|亲自|负责|本人|交叉|任职|兼任|未|不|已|同|均|为|由|应|{act})[\u4e00-\u9fff]{{2,3}}?)"
                   r"(?=[，。；,、\s（(）)｜|】”\"」]|$|先生|女士|同志|担任|任|签|主持|亲自|于|在|出席|参加|对|作出|已|签署|承诺|表示|进行|全面|陪同|介绍|{act})")
# the name first: "现由萧丽担任法定代表人", "陈志强作为公司法定代表人，亲自…", "本人陈建明作为<applicant>法定代表人"
_LEGAL_REP_BEFORE = re.compile(r"(?:由\s*(?P<name>[\u4e00-\u9fff]{2,3}?)\s*(?:先生|女士)?(?:担任|出任|任)"
                               r"|(?:^|(?<=[，。；,;：:\s])|(?<=本人))(?P<name2>[\u4e00-\u9fff]{2,3}?)\s*(?:先生|女士)?作为)"
                               r"(?:公司|企业|本公司|该公司|(?P<org>[\u4e00-\u9fff（）()]{4,30}?(?:股份有限公司|有限责任公司|有限公司)))?(?:的)?(?:法定代表人|法人代表)")
# whose representative: a former one, the parent's, a supplier's or the agency's is not the applicant's
_OTHER_REP = re.compile(r"原|前任|曾|变更前|母公司|子公司|集团|控股|股东|供应商|客户|机构")
# a sentence about another party from its first word: "集团注册地址为福州…，法定代表人陈国梁"
_OTHER_SUBJECT = re.compile(r"\s*(?:该|其)?(?:母公司|子公司|集团|控股股东|股东|供应商|客户(?!概况|基本|情况|信息|名称|简介))")  # "客户概况：" heads the applicant's own profile in a lender's voice


def legal_reps(ctx):
    """A legal representative stated in running text that differs from the basic-information table's."""
    f = ctx.facts
    rep = f.first("legal_rep")
    if not (rep and 2 <= len(rep.value) <= 4):
        return
    act = ctx.catalog.entity.get("rep_act") or "(?!)"
    for b, m in (hit for pat in (compiled(_LEGAL_REP_TEXT.format(act=act)), _LEGAL_REP_BEFORE) for hit in ctx.search(pat)):
        clause = re.split(r"[，。；,;]", b.text[max(0, m.start() - 16): m.start()])[-1]
        sentence_start = b.text.rfind("。", 0, m.start()) + 1
        if b.kind.value == "table" or _OTHER_REP.search(clause) or _OTHER_SUBJECT.match(b.text, sentence_start):
            continue
        owner = [o for o in ORG.finditer(b.text[max(0, m.start() - 40): m.start()]) if o.end() == min(m.start(), 40)]
        if owner and not same_org(owner[-1].group(0), f.entity or ""):
            continue  # "厦门中衡绿色认证有限公司法定代表人王建华…": another organisation's representative
        if m.groupdict().get("org") and not same_legal_person(m.group("org"), f.entity or ""):
            continue  # "王强作为供应商厦门…有限公司法定代表人": another organisation's representative
        subject = ORG.search(quote_span(b.text, m.start(), m.end()))
        if subject and not same_org(subject.group(0), f.entity or "") and subject.start() < m.start() - sentence_start + 1:
            continue  # "厦门中衡绿色认证有限公司位于…，法定代表人王建华": the sentence is about another organisation
        agency_rep = f.first("agency_legal_rep")
        name = m.group("name") or m.groupdict().get("name2") or ""
        if agency_rep and name == agency_rep.value and not re.search(r"受评|受审|申报|申请|企业|公司|厂|我|本", clause) \
                and not _names_applicant(b.text[sentence_start: m.start()], f):
            continue  # the agency's representative signing or named for the agency
        if name != rep.value and not rep.value.startswith(name):
            yield ctx.finding("ID.ENTITY_MISMATCH", f"正文中的法定代表人“{name}”与基本信息表“{rep.value}”不一致。",
                              [ctx.located(rep), ctx.evidence_at(b, m.start(), m.end(), sentence=False)])
            return


def _names_applicant(sentence: str, f) -> bool:
    """"名称为<applicant>，统一社会信用代码为…，法定代表人为<name>": the sentence lists the applicant's own facts."""
    uscc = f.first("uscc")
    return bool(f.entity and f.entity in sentence or uscc and uscc.value in sentence)


_SIGNER = re.compile(r"(?:签字|签名|签字人|签章|签署人)[^：:\n]{0,4}[：:]\s*(?P<name>[\u4e00-\u9fff]{2,3})(?![\u4e00-\u9fff])")


def signatory(ctx):
    """The person signing the commitment should be the legal representative of whoever commits
    (the agency for a third-party report, the applicant for a self-evaluation)."""
    f = ctx.facts
    expected = f.first("agency_legal_rep" if f.kind == "third_party" else "legal_rep")
    if expected is None or not 2 <= len(expected.value) <= 4:
        return
    start = ctx.commitment_start
    if start is None:
        return
    for b in ctx.visible[start: start + 8]:
        for m in _SIGNER.finditer(b.text):
            name = m.group("name")
            if name != expected.value and not expected.value.startswith(name):
                who = "评价机构" if f.kind == "third_party" else "申报单位"
                yield ctx.finding("ID.ENTITY_MISMATCH", f"承诺签字人“{name}”不是{who}法定代表人“{expected.value}”。",
                                  [ctx.evidence_at(b, m.start(), m.end(), sentence=False), ctx.located(expected)])
                return
