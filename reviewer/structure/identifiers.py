"""Identifier formats: the unified social credit code (GB 32100-2015) and GB/T 4754-2017 industry codes."""

from __future__ import annotations

import re

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
USCC_RE = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NP-RTUWXY][0-9A-Z]{17}(?![0-9A-Z])")
USCC_LOOSE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{15,20}(?![0-9A-Za-z])")


def uscc_check_char(code17: str) -> str | None:
    try:
        total = sum(USCC_CHARSET.index(c) * w for c, w in zip(code17, USCC_WEIGHTS))
    except ValueError:
        return None
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc_problem(code: str) -> str | None:
    """None when valid; else a short Chinese reason."""
    c = code.strip().upper()
    if len(c) != 18:
        return f"长度为 {len(c)} 位，应为 18 位"
    bad = [ch for ch in c if ch not in USCC_CHARSET]
    if bad:
        return f"含有不允许的字符“{''.join(sorted(set(bad)))}”（不使用 I、O、Z、S、V）"
    if not c[2:8].isdigit():
        return "第 3–8 位登记管理机关行政区划码应为数字"
    expect = uscc_check_char(c[:17])
    if expect != c[17]:
        return f"校验位应为“{expect}”，实为“{c[17]}”"
    return None


# a number counted or dated ("第一类第28项", "2024年本", "12家") is no code
_INDUSTRY = re.compile(r"(?<![A-Za-z0-9第])([A-Za-z])?\s*[-—]?\s*(\d{2,6})(?![\d.]|\s*[项条款类号年月日%万元个家台套])")
# what an 所属行业 value cites besides its code: "（GB/T 4754-2017）", "《国民经济行业分类》", "第1号修改单"
INDUSTRY_NOTE = re.compile(r"GB\s*/?\s*T?\s*\d{3,5}(?:\.\d+)?(?:\s*[-—]\s*\d{4})?|《[^》]*》|第\s*\d+\s*号")


def parse_industry(value: str) -> list[tuple[str | None, str]]:
    """(门类 letter or None, digits) for every code-looking token in an 所属行业 value."""
    value = INDUSTRY_NOTE.sub(" ", value)
    return [(m.group(1).upper() if m.group(1) else None, m.group(2)) for m in _INDUSTRY.finditer(value)]


def industry_problem(letter: str | None, digits: str, sections: dict[str, list[int]], manufacturing: str | None) -> str | None:
    if len(digits) not in (2, 3, 4):
        return f"行业代码“{(letter or '') + digits}”位数不对（大类 2 位、中类 3 位、小类 4 位）"
    if letter and letter not in sections:
        return f"门类代码“{letter}”不存在（GB/T 4754-2017 门类为 A–T）"
    division = int(digits[:2])
    owner = next((sec for sec, (lo, hi) in sections.items() if lo <= division <= hi), None)
    if owner is None:
        return f"大类代码“{digits[:2]}”不存在"
    if letter and letter != owner:
        return f"门类“{letter}”与大类“{digits[:2]}”（属门类 {owner}）不符"
    if manufacturing and owner != manufacturing:
        return f"行业代码“{(letter or '') + digits}”属门类 {owner}，不是制造业（门类 {manufacturing}，大类 13–43）"
    return None


def org_core(name: str) -> str:
    """An organisation name without its place prefix, legal form and bracketed notes."""
    n = re.sub(r"[（(][^）)]*[）)]", "", name)
    n = re.sub(r"^(?:厦门市?|福建省?|中国)", "", n)
    return re.sub(r"(?:股份有限公司|有限责任公司|有限公司|集团公司|公司)$", "", n)


# a city written first in a full name: "泉州绿蓝节能…" and "厦门市绿蓝节能…" are two companies
_LEAD_CITY = re.compile(r"^(?:福建省?|中国)?(厦门|泉州|漳州|福州|莆田|三明|南平|龙岩|宁德|上海|北京|天津|重庆|深圳|广州|杭州|南京|苏州|宁波|武汉|成都)市?")


def same_org(a: str, b: str) -> bool:
    """One name contains the other once place and legal form are set aside."""
    ca, cb = org_core(a), org_core(b)
    return bool(ca and cb) and (ca in cb or cb in ca)


def same_legal_person(a: str, b: str) -> bool:
    """``same_org``, unless each full name opens with its own, different city: a sister company elsewhere is
    related (``same_org``) but is not the same legal person."""
    pa, pb = _LEAD_CITY.match(a), _LEAD_CITY.match(b)
    return same_org(a, b) and not (pa and pb and pa.group(1) != pb.group(1))
