"""Totals stated in running text with their parts (NUM.SUM beyond real tables).

A total is read only with its complete list of parts:
  * a closing total right after an enumeration: "A a、B b、C c，合计X" (三项合计, 全年合计, 员工总数, "Total = X");
    with a count (两者合计, 三年累计) the last so many parts, else any tail of the enumeration may be the one meant;
  * a total and the wording of its make-up: "X由A a和B b两部分构成", "X为A a与B b之和", "X分为…三部分", "X，包括…"
    (with a count, a total word or a closing 其他), "合计X：…" / "X，明细为：…", "累计X，分别为…", "X里…，剩下的c";
  * a formula: "a＋b＝X", "X＝a＋b", "a加上b再加c，总…为X" (text_formulas.py), "X（a＋b＋c）", "小计X（a、b、c）";
  * a table written as one paragraph (text_tables.py).
The figures and their rounding are read by text_amounts.py.
Parts and total share a unit (万kWh/kWh/度, tce/吨标准煤, 万元/元, 人, MW/kW …); they agree within the rounding of
what is written (half a unit of the last digit of every part and of the total). Left alone: subsets (其中/主要/…等),
shares unless they close at 100 %, rates, averages, changes, year-by-year figures without a cumulative total,
approximations (约/近/超), scores (SCORE.INCONSISTENT's) and sentences that correct a sum or explain a rounding gap.
"""

from __future__ import annotations

import re

from reviewer.structure.text_amounts import Amount, StatedSum, amounts
from reviewer.structure.text_formulas import formula_sums
from reviewer.structure.text_tables import paragraph_table_problems

_SENTENCES = re.compile(r"[^。！？?!\n☑☐□■]+")  # "；" stays inside: "生产用水：150,000 m³；…；取水量合计：186,000 m³"
# a sentence that corrects a sum or explains a rounding gap states no slip of its own
_CORRECTION = re.compile(r"初稿|原稿|原表|原填|原录|原为|误录|误填|误写|误计|笔误|有误|错误|更正|修正|纠正|勘误|重复统计|重复计入|"
                         r"尾差|四舍五入|舍入|取整|[Rr]econcil|不符|不一致|差异")
_SCORE = re.compile(r"得分|分值|评分|满分|总分|赋分")  # SCORE.INCONSISTENT's

# ---- counts: "两者合计", "三项合计", "三条产品线合计", "三年累计", "分为…三部分", "按两种方式实现" ----------------------
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
_MEASURE = r"(?:个|条|家|台|处|块|项|类|大类|种|部分|段|者|年|季度|个月|月|车间|部门|品种|方面|路|座|栋)"
_COUNT_BEFORE = re.compile(rf"(?:^|[，,、；;：:\s（(])(?P<n>十[一二]?|[两二三四五六七八九]|\d{{1,2}}(?!\d))\s*{_MEASURE}"
                           rf"[\u4e00-\u9fffA-Za-z]{{0,5}}$")
_COUNT = re.compile(rf"(?P<n>十[一二]?|[两二三四五六七八九])\s*{_MEASURE}")

# ---- total words ---------------------------------------------------------------------------------------------------
_CLOSE = re.compile(r"合\s*计|共\s*计|总\s*计|累\s*计|小\s*计|拢共|一共|总共|共(?=\s*\d)|之和|总和|总量|总数|总额|"
                    r"(?<![A-Za-z])(?:Total|TOTAL|total)(?![A-Za-z])")
_TOTAL_NOUN = ("总量", "总数", "总额")  # a named whole, not itself a word of adding up
# between the total word and its figure: a name, 为/是, "：" or "=" — nothing that makes it a share, a rate or a change
_TO_FIGURE = re.compile(r"[^，,。；;、（(%％]{0,14}")
_NOT_A_SUM = re.compile(r"占|比|率|均|下降|降低|增长|增加|减少|提高|提升|上升|降幅|增幅|变化|节约率")
_AVERAGE = re.compile(r"平均|均值|人均|月均|年均|日均")
_PRIOR_TOTAL = re.compile(r"(?:合\s*计|共\s*计|总\s*计|累\s*计|总量|总数|总额|总和|之和)[^，,。；;、\d]{0,8}$")  # before a figure
_PRIOR_SUBTOTAL = re.compile(r"小\s*计[^，,。；;、\d]{0,8}$")
_HAS_TOTAL_WORD = re.compile(r"(?:合\s*计|共\s*计|总\s*计|累\s*计|总量|总额|总数|总和|一共|总共|拢共|共有|"
                             r"总[\u4e00-\u9fff]{1,4}?(?:量|额|数|容量|面积))[^，,。；;、\d]{0,8}$")
_CUMULATIVE = re.compile(r"累\s*计|合\s*计|共\s*计|总\s*计|[两二三四五六七八九十\d]\s*年")  # what sums years
_YEAR = re.compile(r"(?:19|20)\d{2}\s*年")

# ---- how far a list runs -------------------------------------------------------------------------------------------
_SUBSET = re.compile(r"其中|主要|例如|比如|等(?![于同级])|(?<![两二三四五六七八九十\d])部分(?!构成|组成)")  # not the whole
_RESIDUAL = re.compile(r"其他|其它|其余|剩余|剩下|余下")  # a last item that takes the rest: the list is complete
_REMAINDER = re.compile(r"(?:其余|剩余|剩下的?|余下的?)[^，,。；;\d]{0,8}$")
_BREAK = re.compile(r"其中|包括|主要|例如|比如|分别为|分别是")  # an enumeration closed by a total starts after these
_CUT = re.compile(r"[，,；;]\s*(?:均|其中|另|此外|以上|合\s*计|共\s*计|总\s*计|占|较|同比|与|相比|比)")  # and ends here
_DETAIL_LEAD = re.compile(r"明细|具体|分别|构成|组成|分项|分类|类别|按|去向|如下|分解")  # "X，明细为：…"


def _count(text: str) -> int | None:
    m = _COUNT.search(text)
    return _CN_COUNT.get(m.group("n")) if m else None


def _groups(s: str) -> list[tuple[int, int]]:
    """(open, close) of every bracket pair (（…）, (…)), innermost first."""
    out, stack = [], []
    for i, c in enumerate(s):
        if c in "（(":
            stack.append(i)
        elif c in "）)" and stack:
            out.append((stack.pop(), i))
    return out


def _details(s: str, amts: list[Amount]) -> tuple[list[StatedSum], set[int]]:
    """Bracketed lists after a figure ("小计980万kWh（沉铜电镀420、压合钻孔310）", "154,500万元（45,000＋48,500＋52,000）"):
    the sums they state, and the starts of every bracketed figure but a lone restatement in another unit
    ("1,200万kWh（1,474.8 tce）"), which is no part of an enumeration outside the brackets."""
    sums, inside = [], set()
    for o, c in _groups(s):
        inner = [a for a in amts if o < a.start and a.end <= c + 1 and not (a.start < o < a.end)]
        owner = next((a for a in amts if a.end <= o and not s[a.end:o].strip()), None)
        if len(inner) == 1 and owner and inner[0].unit != owner.unit:
            continue
        inside |= {a.start for a in inner}
        if len(inner) < 2 or owner is None or owner.unit is None or re.search(r"[×÷*✕=＝]|其中|[含等]", s[o:c]):
            continue
        written_whole = _HAS_TOTAL_WORD.search(s, 0, owner.start) or _PRIOR_SUBTOTAL.search(s, 0, owner.start)
        if not ("+" in s[o:c] or "＋" in s[o:c] or written_whole):
            continue  # "综合能耗1,899.8 tce（电力…、天然气…）" may list only the main items
        if all(a.unit is None for a in inner):
            inner = [a.inherit(owner) for a in inner]
        if all(a.unit == owner.unit for a in inner):
            sums.append(StatedSum(owner, tuple(inner)))
    return sums, inside


def _same_kind(s: str, name: str, parts: list[Amount]) -> bool:
    """Whether every part's name shares two characters with the total's ("男性员工…，女性员工…，员工总数"): a bare
    总量/总数/总额 after figures of other indicators ("研发投入…，利润总额X") is no sum of them."""
    pairs = {name[i:i + 2] for i in range(len(name) - 1)} - {""}
    prev = max(0, parts[0].start - 16)
    for p in parts:
        if pairs and not any(x in s[prev:p.start] for x in pairs):
            return False
        prev = p.end
    return True


def _year_led(s: str, parts: list[Amount], lead_from: int) -> bool:
    """Parts led by different years ("2023年320万元、2024年1,085万元"): a year-by-year list."""
    years, prev = [], lead_from
    for p in parts:
        m = _YEAR.findall(s, prev, p.start)
        years.append(m[-1] if m else None)
        prev = p.end
    named = [y for y in years if y]
    return len(set(named)) >= 2


# ---- a closing total: "A a、B b、C c，合计X" ------------------------------------------------------------------------
def _closing(s: str, amts: list[Amount], inside: set[int]) -> list[StatedSum]:
    """A total word and its figure right after figures of the same unit: the enumeration it closes."""
    out, outer = [], [a for a in amts if a.start not in inside]
    for m in _CLOSE.finditer(s):
        total = next((a for a in outer if a.start >= m.end()), None)
        if (total is None or total.unit is None or total.rough or total.start - m.end() > 14
                or not _TO_FIGURE.fullmatch(s, m.end(), total.start) or _NOT_A_SUM.search(s, m.end(), total.start)
                or (total.unit == "%" and abs(total.value - 100) > 1e-9)):
            continue
        clause = max(s.rfind(c, 0, m.start()) for c in "，,；;：:、") + 1
        if _AVERAGE.search(s, clause, m.start()) or _NOT_A_SUM.search(s, clause, m.start()):
            continue
        sub = "小" in m.group(0)
        run: list[Amount] = []
        nxt = m.start()
        for a in reversed([a for a in outer if a.unit == total.unit and a.end <= m.start()]):
            gap = s[a.end:nxt]
            # the enumeration starts after a colon that introduces it ("为：一季度…"), 其中, or an earlier total
            if len(gap) > 40 or _BREAK.search(gap) or re.search(r"[：:](?!\s*$)", gap) \
                    or any(x.unit is None and a.end <= x.start and x.end <= nxt for x in outer):
                break  # a bare figure in between ("…，容积率1.29，…") lists indicators, not parts
            if _PRIOR_TOTAL.search(s, 0, a.start) or (sub and _PRIOR_SUBTOTAL.search(s, 0, a.start)):
                break
            run.insert(0, a)
            nxt = a.start
        if not sub and any(_PRIOR_SUBTOTAL.search(s, 0, a.start) for a in run):  # subtotals stand for their items
            last = max(i for i, a in enumerate(run) if _PRIOR_SUBTOTAL.search(s, 0, a.start))
            run = [a for i, a in enumerate(run) if i > last or _PRIOR_SUBTOTAL.search(s, 0, a.start)]
        while run and run[0].value > total.value + total.half + run[0].half:
            run.pop(0)  # no part exceeds its whole: a figure before the enumeration
        if len(run) < 2 or any(a.rough or a.value >= total.value - total.half - a.half for a in run) \
                or "等" in s[run[-1].end:m.start()]:
            continue  # a part as large as the whole: no partition ("2024年装机1.5 MW，2025年2.1 MW，累计装机2.1 MW")
        if m.group(0) in _TOTAL_NOUN and (_SUBSET.search(s, 0, run[0].start)
                                          or not _same_kind(s, s[clause:m.start()], run)):
            continue  # "其中…，全厂…总量X", "研发投入…，环保投入…，利润总额X": a whole of another kind
        c = _COUNT_BEFORE.search(s[clause:m.start()])
        n = (int(c.group("n")) if c.group("n").isdigit() else _CN_COUNT.get(c.group("n"))) if c else None
        if n is not None:
            if len(run) < n:
                continue
            run = run[-n:]
        summed_years = _CUMULATIVE.search(s, clause, m.end()) and not re.search(r"全年|年度|当年|本年", s[clause:m.start()])
        if _year_led(s, run, max(0, run[0].start - 16)) and not summed_years:
            continue  # a year-by-year list is summed only by a cumulative total ("三年累计")
        out.append(StatedSum(total, tuple(run), any_tail=n is None))
    return out


# ---- a total and then its make-up ----------------------------------------------------------------------------------
_MADE_OF = re.compile(r"\s*(?:[（(][^（）()]{0,24}[)）])?\s*[，,]?\s*(?:该总量|该数|其)?\s*由(?!于)(?P<list>[^。；;]*?)"
                      r"(?:共同|所)?(?:构成|组成)")
_SUM_OF = re.compile(r"\s*[，,]?\s*(?:为|是|等于|即为?)(?P<list>[^。；;]*?)之和")
_DIVIDED = re.compile(r"\s*[，,]?[^，,。；;\d]{0,8}?分为(?P<list>[^。；;]*)")
_INCLUDES = re.compile(r"\s*[，,]\s*(?:包括|包含)(?P<list>[^。；;]*)")
_COLON = re.compile(r"\s*[，,]?\s*(?P<lead>[^，,。；;：:\d]{0,14}?)[：:](?P<list>[^。]*)")
_RESPECTIVELY = re.compile(r"\s*[，,]\s*(?:分别为|分别是|依次为)(?P<list>[^。；;]*)")
_WITHIN = re.compile(r"(?:\s*[\u4e00-\u9fff]{0,2}?(?:里|当中|中)(?:[，,]|有)|\s*[，,]\s*其中)(?P<list>[^。；;]*)")
_LEADING = (("made", _MADE_OF), ("sum", _SUM_OF), ("divided", _DIVIDED), ("includes", _INCLUDES), ("colon", _COLON),
            ("respectively", _RESPECTIVELY), ("within", _WITHIN))


def _leading(s: str, amts: list[Amount], inside: set[int]) -> list[StatedSum]:
    """A total and then the wording of its make-up; a stated count must match the parts listed."""
    out, outer = [], [a for a in amts if a.start not in inside]
    for total in outer:
        if total.unit is None or total.unit == "%" or total.rough:
            continue
        before = s[max(0, total.start - 12):total.start]
        prev = [a for a in outer if a.unit == total.unit and a.end <= total.start]
        if prev and not re.search(r"[；;]", s[prev[-1].end:total.start]) and not _HAS_TOTAL_WORD.search(before):
            continue  # a figure inside an enumeration ("男性384人、女性236人，按学历分：…") heads no list of its own
        for kind, pat in _LEADING:
            m = pat.match(s, total.end)
            if not m:
                continue
            lo, hi = m.start("list"), m.end("list")
            closed = kind in ("made", "sum")
            if not closed and (cut := _CUT.search(s, lo + 1, hi)):
                hi = cut.start()
            parts = [a for a in outer if lo <= a.start and a.end <= hi and a.unit == total.unit]
            if len(parts) < 2 or any(a.rough for a in parts) or _SUBSET.search(s, lo, parts[-1].end + 2):
                break
            head, tail = s[lo:parts[0].start], s[parts[-1].end:hi][:12]
            n = _count(tail) or _count(head) or (_count(m.group("lead")) if kind == "colon" else None)
            whole = _HAS_TOTAL_WORD.search(before)
            if kind == "includes" and not (n or whole or _RESIDUAL.search(s, parts[-2].end, parts[-1].start)):
                break
            lead = m.group("lead").strip() if kind == "colon" else ""
            if kind == "colon" and not (n or _DETAIL_LEAD.search(lead) or (not lead and whole)):
                break
            if kind == "respectively" and not _CUMULATIVE.search(before):
                break
            if kind == "within" and not _REMAINDER.search(s, parts[-2].end, parts[-1].start):
                break
            if _year_led(s, parts, lo) and not _CUMULATIVE.search(before):
                break
            if n is not None and len(parts) != n:
                break
            out.append(StatedSum(total, tuple(parts)))
            break
    return out


def stated_sums(text: str) -> list[tuple[str, str, StatedSum]]:
    """(sentence, the total as written, the sum) for every total stated with its parts in ``text``."""
    out = []
    for m in _SENTENCES.finditer(text):
        s = m.group(0)
        if _CORRECTION.search(s) or _SCORE.search(s):
            continue
        amts = amounts(s)
        if sum(a.unit is not None for a in amts) < 1 or len(amts) < 3:
            continue
        details, inside = _details(s, amts)
        for st in [*details, *_closing(s, amts, inside), *_leading(s, amts, inside), *formula_sums(s, amts)]:
            out.append((s.strip(), s[st.total.start:st.total.end], st))
    return out


def text_sum_problems(text: str) -> list[tuple[str, str]]:
    """(message, quote) for every sentence of ``text`` whose stated total differs from the sum of its parts; a table
    written as a paragraph is checked as a table."""
    table = paragraph_table_problems(text)
    if table is not None:
        return [(msg, text.strip()) for msg in table]
    out, seen = [], set()
    for quote, written, st in stated_sums(text):
        if quote in seen or st.consistent():
            continue
        seen.add(quote)
        dec = max(p.decimals for p in (*st.parts, st.total))
        got = sum(p.value for p in st.parts) / st.total.scale
        out.append((f"文中所写合计 {written.strip()} 与所列 {len(st.parts)} 个分项之和（{got:,.{min(dec, 4)}f}）不符。", quote))
    return out
