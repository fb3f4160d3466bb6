"""A green park's negative list: whose event it is, how grave, and whether it is still open.

A park report speaks of the park (园区, its 管委会) and of its member enterprises (园区内企业, 区内企业, 园区重点企业,
"某公司" in a sentence about the park); an event of either is the park's. An event of another park, a neighbouring
place, a parent company elsewhere or a service firm located elsewhere is not, nor one the report places outside the
park ("事发地不在本园区", "与园区企业无关"). Which items apply and how an accident is weighed are standards data
(standards/eligibility.yaml, ``park``): by default every item of the negative list and an accident of any grade, as
the domain brief says (§6.3, "含园区内企业"); with ``grade_accidents`` only a 较大-or-worse accident counts — one the
sentence grades 一般 or less, or whose harm stays under every threshold of a 较大 accident, does not. A 督察 problem
counts while it is still open (central or provincial 督察 only).
"""

from __future__ import annotations

import re

from reviewer.rules.context import compiled
from reviewer.structure.numbers import cn_value
from reviewer.structure.spans import span_bounds

_NUM = r"(?P<n>\d[\d,]*(?:\.\d+)?|[一二两三四五六七八九十百]+)"
# harm stated with its count: deaths, serious injuries, the direct loss and its unit
_DEATHS = [re.compile(p.replace("N", _NUM)) for p in (
    r"(?:死亡|身亡|遇难|罹难|丧生)\s*N\s*(?:人|名)", r"N\s*(?:名|人|个人|位)[\u4e00-\u9fff]{0,4}?(?:死亡|身亡|遇难|罹难|丧生|没了)",
    r"致\s*N\s*死", r"死了?\s*N\s*(?:个|名|位)?(?:人|工人|员工|职工)")]
_SERIOUS = [re.compile(p.replace("N", _NUM)) for p in (r"重伤\s*N\s*(?:人|名)", r"N\s*(?:人|名)[\u4e00-\u9fff]{0,4}?重伤")]
# light injuries never make an accident 较大, but a count of them grades it
_INJURED = [re.compile(p.replace("N", _NUM)) for p in (
    r"(?:轻伤|受伤|烫伤|擦伤)\s*N\s*(?:人|名)", r"N\s*(?:人|名)[\u4e00-\u9fff]{0,4}?(?:轻伤|受伤|烫伤|擦伤)")]
_LOSS = re.compile(r"(?:经济)?损失[^，。；,;\d]{0,6}?" + _NUM + r"\s*(?P<u>亿元|万元|元)")
# a negation before a grade in its clause ("未发生较大及以上事故") or a nought after it ("较大及以上事故0起")
_NEGATION = re.compile(r"未|没|无|杜绝|防范|严防|防止|避免|不|零|否")
_NOUGHT = re.compile(r"[^，。；,;]{0,8}?(?:(?<![\d.])0\s*(?:起|次|件)|为零|零发生|“零|清零)")


def _park(elig: dict) -> dict:
    return elig.get("park") or {}


def _pattern(cfg: dict, key: str) -> re.Pattern:
    """The park section's pattern ``key``, or one that never matches."""
    return compiled(cfg.get(key, "(?!)"))


def items_for(elig: dict, park: bool) -> list[dict]:
    """The negative-list items the report is read against: a park's own list (with its extra patterns), or all."""
    if not park:
        return elig["negative_list"]
    names = _park(elig).get("items")
    items = [dict(i) for i in elig["negative_list"] if names is None or i["id"] in names]
    extra = _park(elig).get("patterns") or {}
    for item in items:
        item["patterns"] = [*item["patterns"], *extra.get(item["id"], [])]
    return items


def self_total(elig: dict) -> re.Pattern:
    """"园区共发生…": the park's own total, to be masked before another region's record is looked for."""
    return compiled(_park(elig).get("self_total", "(?!)"))


def member(elig: dict, text: str, sentence_start: int, m: re.Match, other: re.Match | None) -> bool:
    """Whether the party before the condition is the park's: a member enterprise named as such, or an unnamed
    company ("某化工企业", "某公司") in a sentence that speaks of the park, names no outside party and draws
    no lesson from it."""
    cfg = _park(elig)
    head = text[sentence_start: m.start()]
    if _pattern(cfg, "member").search(head):
        return True
    if other is None or not re.search(r"某|一家", other.group(0)) or _outside(cfg, head, elig):
        return False
    s, e = span_bounds(text, m.start(), m.end(), "。！？!?\n")
    return bool(_pattern(cfg, "self").search(text, s, e)) and not _pattern(cfg, "lesson").search(text, s, e)


def _outside(cfg: dict, stretch: str, elig: dict) -> bool:
    """Another party or place named in ``stretch``: "相邻的…园区", "母公司", "位于龙岩的", "同安区某食品厂"."""
    criteria = elig.get("criteria") or {}
    places = criteria.get("places")
    if _pattern(cfg, "outside").search(stretch) \
            or (places and compiled(cfg.get("elsewhere", "(?!)").replace("{places}", places)).search(stretch)):
        return True
    region = criteria.get("region") or "(?!)"
    own = _pattern(cfg, "own_place")
    return any(region not in p.group("place") and not own.search(p.group("place"))
               for p in _pattern(cfg, "place").finditer(stretch))


def holds(elig: dict, item: dict, text: str, m: re.Match) -> bool:
    """Whether a condition a park report states is a park veto: the park's own event (not one its clause gives to
    another party or place, nor one its sentence or the next places outside the park), an accident (graded 较大 or
    worse, or ungraded with a consequence told, when ``grade_accidents`` is set), a 督察 problem of a central or
    provincial inspection still open."""
    cfg = _park(elig)
    s, e = span_bounds(text, m.start(), m.end(), "。！？!?\n")
    nxt = span_bounds(text, e + 1, e + 1, "。！？!?\n")[1] if e < len(text) else e
    clause = max(text.rfind(c, s, m.start()) for c in "，,；;：:") + 1
    # the party may stand inside a long match too: "督察通报的典型案例中涉及另一工业园区…，整改仍未完成"
    stretch = text[max(s, clause): m.start()]
    if item["id"] == "inspection":
        stretch += "，" + _QUOTED.sub("", m.group(0))
    if _outside(cfg, stretch, elig) or _pattern(cfg, "excluded").search(text, s, nxt):
        return False
    if item["id"] == "accident" and cfg.get("grade_accidents"):
        return bool(_grade(cfg, text, m))
    if item["id"] == "inspection":
        return _inspection_open(cfg, text, m)
    return True


def _grade(cfg: dict, text: str, m: re.Match) -> bool | None:
    """True when the accident's sentence grades it 较大 or worse (a grade word, or harm at a threshold), False when
    it grades it lower (一般, 轻微, no one hurt, harm under every threshold); ungraded, True when it tells a
    consequence (pollution, a penalty, harm uncounted), None when it tells nothing of the event's weight."""
    s, e = span_bounds(text, m.start(), m.end(), "。；;！？!?\n")
    for g in _pattern(cfg, "severe").finditer(text, s, e):
        clause = max(text.rfind(c, s, g.start()) for c in "，,：:（(") + 1
        if not _NEGATION.search(text, max(s, clause), g.start()) and not _NOUGHT.match(text, g.end()):
            return True
    limits = cfg.get("thresholds") or {}
    harm = [(_count(text, s, e, _DEATHS), limits.get("deaths", 3)),
            (_count(text, s, e, _SERIOUS), limits.get("serious_injuries", 10))]
    loss = [_value(x.group("n")) * {"亿元": 1e4, "万元": 1, "元": 1e-4}[x.group("u")] for x in _LOSS.finditer(text, s, e)]
    harm += [(max(loss) if loss else None, limits.get("loss", 1000)), (_count(text, s, e, _INJURED), float("inf"))]
    if any(n is not None and n >= limit for n, limit in harm):
        return True
    if any(n is not None for n, _ in harm) or _pattern(cfg, "minor").search(text, s, e):
        return False
    return True if _pattern(cfg, "consequence").search(text, s, e) else None


def _value(s: str) -> float:
    return float(s.replace(",", "")) if s[0].isdigit() else (cn_value(s) or 0.0)


def _count(text: str, s: int, e: int, patterns: list[re.Pattern]) -> float | None:
    counts = [_value(x.group("n")) for p in patterns for x in p.finditer(text, s, e)]
    return max(counts) if counts else None


_QUOTED = re.compile(r"“[^”]{0,80}”|\"[^\"]{0,80}\"|「[^」]{0,80}」")


def _inspection_open(cfg: dict, text: str, m: re.Match) -> bool:
    """A central or provincial 督察's problem, still open: not closed in the sentence ("已整改销号") unless something
    is still pending there ("报送整改完成，经现场核实实际并未完成")."""
    s, e = span_bounds(text, m.start(), m.end(), "。！？!?\n")
    sentence = _QUOTED.sub(lambda q: "〇" * len(q.group(0)), text[s:e])
    before = sentence[: m.end() - s]
    if _pattern(cfg, "local_inspection").search(before) and not _pattern(cfg, "higher_inspection").search(before):
        return False
    return not _pattern(cfg, "rectified").search(sentence) or bool(_pattern(cfg, "pending").search(sentence))
