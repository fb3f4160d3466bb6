"""Scores in a paragraph beyond one sentence (SCORE.INCONSISTENT): a score table typed into a paragraph
("一级指标｜满分｜得分｜能源低碳化｜30｜26.5｜…"), two different totals of the evaluation in one paragraph, an item's
score above the score table's maximum for it; and every paragraph's sentences read by score_text."""

from __future__ import annotations

import re

from reviewer.rules.score_text import CORRECTED, close_enough, fmt_score, sentence_problems, sentences


# ---- score tables typed into a paragraph ------------------------------------------------------------------
_CELL_NUM = re.compile(r"\s*(\d{1,3}(?:\.\d+)?)\s*分?\s*")
_TOTAL_ROW = re.compile(r"\s*(?:合\s*计|总\s*计|总分|总得分|小计|[\u4e00-\u9fff]{0,8}小计)\s*$")


def _typed_rows(text: str) -> list[list[str]]:
    """Rows of a table typed into a paragraph: rows split by ｜ with cells split by tabs, rows split by "｜ ｜"
    with cells split by ｜, or one run of ｜ cells cut into rows as wide as the header ("一级指标｜满分｜得分｜…")."""
    if "\t" in text and "｜" in text:
        return [[c.strip() for c in r.split("\t")] for r in text.split("｜")]
    if re.search(r"｜\s+｜|｜｜", text):
        return [[c.strip() for c in r.strip().strip("｜").split("｜")] for r in re.split(r"｜\s+｜|｜｜", text)]
    cells = [c.strip() for c in text.split("｜")]
    while cells and not cells[-1]:
        cells.pop()
    keys = [i for i, c in enumerate(cells) if re.fullmatch(r"满分|分值|标准分|得分|实得分", c)]
    first_num = next((i for i, c in enumerate(cells) if _CELL_NUM.fullmatch(c)), None)
    if len(keys) < 2 or first_num is None or keys[0] < 1 or keys[-1] + 1 >= first_num:
        return []
    head, width = keys[0] - 1, keys[-1] - keys[0] + 2
    body = cells[keys[-1] + 1:]
    if len(body) % width:
        return []
    return [cells[head: keys[-1] + 1]] + [body[i: i + width] for i in range(0, len(body), width)]


def typed_table_problems(text: str) -> list[str]:
    """A score table typed into a paragraph: scores above their maxima, items that do not add up to the total."""
    if "｜" not in text:
        return []
    rows = _typed_rows(text)
    if len(rows) < 4:
        return []
    header = rows[0]
    imax = next((i for i, c in enumerate(header) if re.search(r"满分|分值|标准分", c)), None)
    iscore = next((i for i, c in enumerate(header) if re.search(r"得分", c) and not re.search(r"满分|得分率", c)), None)
    if imax is None or iscore is None:
        return []
    out, items, total = [], [], None
    for row in rows[1:]:
        if len(row) <= max(imax, iscore):
            return []
        label = next((c for c in row if c and not _CELL_NUM.fullmatch(c) and not re.fullmatch(r"[—\-/]", c)), "")
        mx, sc = _CELL_NUM.fullmatch(row[imax]), _CELL_NUM.fullmatch(row[iscore])
        if _TOTAL_ROW.fullmatch(label):
            total = (float(mx.group(1)) if mx else None, float(sc.group(1)) if sc else None)
            continue
        if mx is None or sc is None or total is not None:
            return out  # a row past the total or without figures: not a plain one-level table
        items.append((label, float(mx.group(1)), float(sc.group(1))))
        if items[-1][2] > items[-1][1] + 1e-9:
            out.append(f"“{label}”得分 {sc.group(1)} 超过满分 {mx.group(1)}。")
    if total is not None and len(items) >= 2:
        if total[1] is not None and not close_enough(sum(x[2] for x in items), total[1], len(items)):
            out.append(f"各项得分之和为 {sum(x[2] for x in items):.1f}，合计却为 {fmt_score(total[1])}。")
        if total[0] is not None and not close_enough(sum(x[1] for x in items), total[0], len(items)):
            out.append(f"各项满分之和为 {sum(x[1] for x in items):.10g}，合计满分却为 {fmt_score(total[0])}。")
    return out


# ---- the total stated twice in one paragraph ------------------------------------------------------------
_WHOLE_TOTAL = re.compile(r"(?P<key>总得分|总分|综合得分|综合评价得分|评价得分|评价指标得分|指标得分|合计得分|得分合计|合计|总计|汇总为|汇总)(?:为|是|[：:])?\s*(?P<v>\d{1,3}(?:\.\d+)?)\s*分"
                          r"|以\s*(?P<v2>\d{1,3}(?:\.\d+)?)\s*分的(?:综合|总)?(?:成绩|得分|总分|分数)")
# a total that is not this evaluation's own: the company's own, an earlier or corrected one, another plant's,
# a hypothetical one, a pass mark, a part's
_NOT_THIS_TOTAL = re.compile(r"自评|申报分值|企业申报|预评|初评|初稿|曾|原为|原计|由|调整|更正|纠正|误|修正|复核前|上年|去年|往年|(?:19|20)\d{2}\s*年|当时|此前|以往"
                             r"|另一|其他|其它|同类|同行|标杆|集团|平均|兄弟|对标|下属|三家|若|如果|如按|假如|假设|预计|力争|目标|测算"
                             r"|上一?(?:次|轮|周期|期|年度)|前次|首次|复评前"
                             r"|低于|不低于|高于|达到|及以上|以上的|推荐线|分数线|及格|门槛|方可|[两二三四2-4]项|二者|两者|满分")


def two_totals(text: str) -> str | None:
    """Two different totals of the evaluation in one paragraph ("总得分85.0分……以88.0分的综合成绩满足…"): a message."""
    seen: list[float] = []
    for m in _WHOLE_TOTAL.finditer(text):
        sent = max(text.rfind(c, 0, m.start()) for c in "。；;\n") + 1
        clause = max(text.rfind(c, sent, m.start()) for c in "，,") + 1
        prev = max(text.rfind(c, sent, max(sent, clause - 1)) for c in "，,") + 1
        head = text[clause: m.start()]
        if _NOT_THIS_TOTAL.search(text[prev: m.start()] + m.group(0)) or re.match(r"\s*[（(]\s*满分", text[m.end():]):
            continue
        if re.search(r"[\u4e00-\u9fff]{2}化", head) or (re.search(r"[一二三]级指标", head) and not re.search(r"合计|汇总|总", m.group("key") or "")):
            continue  # an item's score ("能源低碳化一级指标得分26.5分", "能源低碳化各二级指标合计26.5分")
        v = float(m.group("v") or m.group("v2"))
        other = next((x for x in seen if abs(x - v) > 0.051), None)
        if other is not None:
            return f"同一段中总分前后不一：{fmt_score(other)} 分与 {fmt_score(v)} 分。"
        seen.append(v)
    return None


# ---- an item's score above the score table's maximum for it ------------------------------------------------
_OTHERS = re.compile(r"自评|申报|另一|其他|其它|同类|同行|标杆|集团|兄弟|对标|下属|去年|上年|往年|当时|此前")


def over_table_maxima(sentence: str, maxima: dict[str, float]) -> list[str]:
    """"用地集约化得分9.0分" where the score table gives 用地集约化 a maximum of 8; "得分率112.5%"."""
    if CORRECTED.search(sentence) or _OTHERS.search(sentence):
        return []
    out = []
    for label, mx in maxima.items():
        if len(label) < 3:
            continue
        for m in re.finditer(r"(?:(?<![\u4e00-\u9fff])|(?<=[的其即在]))" + re.escape(label) + r"(?:一级指标|指标)?\s*(?:得分|得了?|拿了|拿到|获得|实得)?\s*(?:为|是|[:：])?\s*"
                                                r"(\d{1,3}(?:\.\d+)?)\s*分(?!\s*[（(/／]|\d)", sentence):
            if float(m.group(1)) > mx + 1e-9:
                out.append(f"“{label}”得分 {m.group(1)} 分超过评分表中该项满分 {fmt_score(mx)} 分。")
    for m in re.finditer(r"得分率(?:为|是|达到?|高达|约)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]", sentence):
        if float(m.group(1)) > 100 + 1e-9:
            out.append(f"得分率 {m.group(1)}% 超过 100%。")
    return out


def paragraph_problems(blocks, maxima: dict[str, float]) -> list[tuple[str, object, str]]:
    """(message, block, quote) of the scores written in paragraphs (not in table blocks)."""
    out = []
    for b in blocks:
        if b.kind.value == "table" or not re.search(r"分|\d\s*[/／]\s*\d|[Ss]core|[Tt]otal", b.text):
            continue
        for msg in typed_table_problems(b.text):
            out.append((msg, b, b.text.strip()))
        if (msg := two_totals(b.text)) is not None:
            out.append((msg, b, b.text.strip()))
        for _at, sent in sentences(b.text):
            for msg in sentence_problems(sent) + over_table_maxima(sent, maxima):
                out.append((msg, b, sent.strip()))
    return out
