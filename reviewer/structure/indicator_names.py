"""Where a paragraph names an indicator, and the unnamed operands of a ratio after it (a mixin of IndicatorReader,
which holds the names: ``name_re``, ``by_name``, ``context``, ``operands``, ``_accept``)."""

from __future__ import annotations

import re

from reviewer.document import Block
from reviewer.structure.enumerations import IndicatorValue
from reviewer.structure.indicator_glue import _NAMED_AFTER, _OPERANDS, _ORG_NAME, _PARAGRAPH_SUBJECT, _WASTE_KEYS
from reviewer.structure.indicator_prose import left_out_masked
from reviewer.structure.numbers import quantities


class IndicatorNames:
    def _names_in(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, key) of every indicator name in ``text``. A context name counts where its
        sentence names the subject ("产生一般工业固废2,748.7 t，综合利用2,201.6 t，利用率80.1%");
        it is longer than any full name inside it ("占全部用电量的" holds "用电量"), so it wins
        there, and a full name covering it ("综合利用率" over "利用率") wins over it."""
        full = [(m.start(), m.end(), self.by_name[m.group(0)]) for m in self.name_re.finditer(text)]
        # a name the leftmost match cut into ("消耗电力" is read as 耗电 + 力): try it as well
        # "一般工业固废综合利用量": the later name of another quantity is the head noun, the earlier one its qualifier
        for fs, fe, fk in list(full):
            m = self.name_re.search(text, fs + 1, fe + 8) if fe - fs > 1 else None
            while m and m.start() < fe:
                if m.end() > fe:
                    full.append((m.start(), m.end(), self.by_name[m.group(0)]))
                    if full[-1][2] != fk:
                        full.remove((fs, fe, fk))
                    break
                m = self.name_re.search(text, m.start() + 1, fe + 8)
        found: list[tuple[int, int, str]] = []
        cands = [(m.start(), m.end(), key, needs) for rx, key, needs in self.context for m in rx.finditer(text)]
        # "厦门永晟光伏科技有限公司…占比54.8%": a name is no PV sentence (masked only when a context name is there)
        plain = _ORG_NAME.sub(lambda o: "〇" * len(o.group(0)), text) if cands else text
        kinds = left_out_masked(text)  # "（均为一般工业固体废物，不含危险废物）产生量…": no other kind named
        for s, e, key, needs in sorted(cands, key=lambda c: (c[0] - c[1], c[0])):  # longer names first ("利用率" over "利用")
            if any(fs <= s and e <= fe and (fs, fe) != (s, e) for fs, fe, _k in full):
                continue  # inside a longer full name
            if any(fs < e and s < fe for fs, fe, _k in found):
                continue
            sentence = max(text.rfind("。", 0, s), text.rfind("；", 0, s)) + 1
            stop = text.find("。", e)
            after = plain[e: stop if stop != -1 else len(text)] if key in _NAMED_AFTER else ""
            # the paragraph's subject carries over only where the whole sentence names nothing else before the name:
            # "危险废物管理计划已在固体废物管理信息系统备案；2025年产生量89.77 t" is the hazardous waste's
            whole = text.rfind("。", 0, s) + 1 if key in _WASTE_KEYS else sentence
            # "…固体废物管理信息系统中申报，2025年危险废物产生量为24.39 t": the bare name's own clause names another kind
            clause = max(sentence, text.rfind("，", 0, s) + 1, text.rfind(",", 0, s) + 1)
            if key in _PARAGRAPH_SUBJECT:
                # and the nearest subject wins: "已在固体废物管理信息系统中申报危险废物管理计划，2025年产生量100.30 t" is
                # the hazardous waste's, named after the general waste's word
                last_need = max((n.end() for n in needs.finditer(plain, sentence, s)), default=clause)
                if _PARAGRAPH_SUBJECT[key].search(kinds[min(clause, last_need): s]):
                    continue
            if needs.search(plain[sentence: e]) or (key in _PARAGRAPH_SUBJECT and (needs.search(plain[:sentence]) or needs.search(after))
                                                    and not _PARAGRAPH_SUBJECT[key].search(kinds[whole: e])):
                found.append((s, e, key))
        found += [f for f in full if not any(s < f[1] and f[0] < e for s, e, _k in found)]
        return sorted(found)

    def _operands(self, b: Block, key: str, year: int | None, at: int) -> list[IndicatorValue]:
        """Unnamed operands of a ratio shown in a parenthesis after it: "（A m²/ B m²）" or "A÷B"."""
        m = _OPERANDS.match(b.text, at)
        if not m:
            return []
        # "（1,152 t/1,200 t）": a slash right after a unit divides (the reader of numbers takes "/1,200" for a range's end)
        inner, base0 = re.sub(r"(?<=[^\d\s/])/(?=\d)", "÷", m.group("inner")), m.start("inner")
        qs = [q for q in quantities(inner) if q.unit]
        # "（计容345030 m²÷用地180140 m²）": short labels before each operand of a division are read by position;
        # otherwise named operands are read by their names
        labelled = len(qs) == 2 and re.fullmatch(r"[\u4e00-\u9fff]{0,6}\s*", inner[: qs[0].start]) is not None \
            and re.fullmatch(r"\s*[/÷]\s*[\u4e00-\u9fff]{0,6}\s*", inner[qs[0].end: qs[1].start]) is not None
        if self.name_re.search(inner) and not labelled:
            return []
        if labelled:
            qs = [qs[0], qs[1]]
            inner = inner[: qs[0].end] + re.sub(r"[\u4e00-\u9fff]", " ", inner[qs[0].end: qs[1].start]) + inner[qs[1].start:]
        num_key = self.operands[key][0]
        if len(qs) == 1 and re.fullmatch(r"\s*(?:建筑|建构筑物|建（构）筑物)?占地(?:面积)?\s*", inner[: qs[0].start]) \
                and num_key == "building_footprint" and self._accept(num_key, qs[0].base_unit):
            q = qs[0]  # "建筑系数40.5%（占地5,083 m²）": the numerator alone
            return [IndicatorValue(num_key, year, q.base_value, q.value, q.decimals, q.unit, b,
                                   b.text[base0 + q.start: base0 + q.end], "text")]
        if len(qs) != 2 or not re.fullmatch(r"\s*[/÷]\s*", inner[qs[0].end: qs[1].start]):
            return []
        out = []
        for q, k in zip(qs, self.operands[key]):
            if self._accept(k, q.base_unit):
                out.append(IndicatorValue(k, year, q.base_value, q.value, q.decimals, q.unit, b,
                                          b.text[base0 + q.start: base0 + q.end], "text"))
        return out
