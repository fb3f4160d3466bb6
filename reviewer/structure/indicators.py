"""Named indicator values read from tables (years as columns or as rows) and from text.

Output: ``IndicatorValue`` records (key, year, value in base unit, where), used by the
number and score checks. Reading is conservative: a value is taken only when its
unit normalises to the indicator's base unit.
"""

from __future__ import annotations

import re

from reviewer.document import Block, BlockKind, Document
from reviewer.structure.enumerations import YEAR_IN as _YEAR_IN
from reviewer.structure.enumerations import ROLE_TARGET, EnumerationReader, IndicatorValue, sentence_end
from reviewer.structure.year_values import YearValueReader
from reviewer.structure.indicator_glue import (
    _ITEM_NUMBER, _TRAILING_YEAR, _EQUIVALENT_BASIS, _PER_UNIT, _PER_UNIT_LEAD, _WORKED, _OPERAND_AFTER, _GLUE,
    _LOOSE_GLUE, _YEAR_CLAUSE_GLUE, _YEAR_CLAUSE_NOT, _TOPIC_LEAD, _TOPIC_GLUE, _CHANGED_TO, _COMPARED,
    _CHANGED_BEFORE, _BOUND_GLUE, _MIN_WORDS, _NOT_GLUE, _OTHER_NOUN, _SCOPE_ASIDE, _CEILING_AFTER, _TOTALS, _MONTH,
    _PER_DENOMINATOR, _GLOSS_OPEN, _GLOSS_CLOSE, _UNIT_NOTE_YEARS, footprint_or_site,
    _WHOLE_YEAR, _SCALE, _REGION_SCALE, _WHOLE_PROCESS, _OWN_DEFINITION, _CHANGE_WORDS,
    _YEAR_SPAN, _OTHER_BASIS, _CN_YEAR, _CN_DIGITS, _LEAD_YEAR_BEFORE,
)
from reviewer.structure.indicator_names import IndicatorNames
from reviewer.structure.indicator_tables import _LEAD_YEAR, IndicatorTables
from reviewer.structure.indicator_prose import SPELLED_FIGURE, ProseValues, figures_normalised, label_year, month_led, negated
from reviewer.structure.park_subjects import ParkSubjects
from reviewer.structure.numbers import LABEL_NOTE, UNIT_FIRST, Quantity, quantities, unit_first
from reviewer.structure.tables import total_label

_UNSEEN = object()
# a year between a part and the name ("电镀线2025年用电…") leaves the part the name's qualifier
_YEAR_BEFORE = re.compile(r"(?:19|20)\d{2}\s*年度?(?:的)?\s*$")


def _led_by_other_year(text: str, start: int, year: int | None) -> bool:
    """"2022年单位产值综合能耗21.21 kgce/万元，2024年24.73 kgce/万元": the name led by one year, and the value led by
    another year later in the sentence is the same quantity's."""
    lead = _LEAD_YEAR_BEFORE.search(text, max(0, start - 8), start)
    return bool(lead) and year is not None and int(lead.group(1)) != year


# plan words that name no plan: a document ("据规划验收资料", "规划核实文件"), a department ("规划建设部"), a place
# ("规划片区", "规划区")
_PLAN_NOT_PLAN = re.compile(r"规划(?:条件)?(?:验收|许可|核实)|规划(?:和|与|及)?(?:建设|国土|资源)?(?:部|局|处|科|办|委|中心)(?![\u4e00-\u9fff]?(?:要求|指标|目标))"
                            r"|规划片?区(?!域?(?:目标|指标|要求))"
                            # "园区用地资料取自规划和供地档案：": the planning archives as the figures' source
                            r"|(?:取自|来自|源自|摘自|引自|出自)规划(?:和|与|及|、)?[\u4e00-\u9fff]{0,6}?(?:档案|资料|文件|图纸|台账)")
# the words right after a name, before its value: "厂区总建筑面积约91,500 m²" is no site area
_GLUE_WORDS = re.compile(r"[\u4e00-\u9fff]{0,8}")


class IndicatorReader(IndicatorTables, EnumerationReader, YearValueReader, ProseValues, IndicatorNames):
    # cell text -> indicator key, per set of indicator names: shared by the readers of every
    # review (a reader itself holds per-document state)
    _key_caches: dict[tuple, dict[str, str | None]] = {}

    def __init__(self, spec: dict, report_type: str | None = None):
        self.spec = spec["indicators"]
        self.park = ParkSubjects(spec) if report_type == "park" else None
        pairs = sorted(((n, k) for k, v in self.spec.items() for n in v["names"]), key=lambda p: -len(p[0]))
        self.by_name = dict(pairs)
        self._by_suffix = pairs  # longest first
        self.name_re = re.compile("|".join(re.escape(n) for n, _ in pairs))
        self.not_value = spec.get("not_a_value", [])
        self.not_value_sentence = spec.get("not_a_value_sentence", [])
        self.tons_as_m3 = set(spec.get("tons_as_m3", []))
        self.qualified = {k: re.compile(f"(?:{v})$") for k, v in spec.get("part_qualifiers", {}).items()}
        self.part_words = {k: re.compile(v) for k, v in spec.get("part_qualifiers", {}).items()}
        # a sentence whose subject is a part of the plant: "车间产值10,900万元，单位产值综合能耗21.48 kgce/万元"
        parts = spec.get("part_subjects", [])
        self.part_subject = re.compile(r"\s*(?:[（(]?\d{1,2}[)）.、]\s*)?[\u4e00-\u9fff]{0,8}?(?:" + "|".join(map(re.escape, parts)) + ")") \
            if parts else None
        self._keys = self._key_caches.setdefault(tuple(pairs), {})
        # short names that stand for an indicator only in a sentence naming its subject
        # ratio key -> (numerator key, denominator key) for formulas with one of each
        self.operands = {f["result"]: (f["num"][0], f["den"][0]) for f in spec.get("formulas", [])
                         if len(f["num"]) == 1 and len(f["den"]) == 1 and not f.get("alt_den")}
        self.context = [(re.compile("|".join([*(re.escape(n) for n in sorted(c["names"], key=len, reverse=True)),
                                              *([c["pattern"]] if c.get("pattern") else [])])),
                         c["key"], re.compile(c["needs"])) for c in spec.get("context_names", [])]
        self.prose_setup(spec)

    def key_of(self, cell: str) -> str | None:
        key = self._keys.get(cell, _UNSEEN)
        if key is _UNSEEN:  # cells repeat: every check reading the tables asks again
            name = _ITEM_NUMBER.sub("", LABEL_NOTE.sub("", cell.strip()).strip())
            name = _EQUIVALENT_BASIS.sub("", name)  # "综合能耗（当量值）" is the 综合能耗; 等价值 is not
            name = _LEAD_YEAR.sub("", name)  # "2025年天然气用量": the row's year, read by the table reader
            key = self.by_name.get(name)
            if key is None and len(name) <= 14:  # "一般工业固废产生量" ends with the known "固废产生量"
                key = next((k for n, k in self._by_suffix if name.endswith(n) and len(n) >= 4), None)
                if key and re.search(r"其他|其它|以外|之外|除|其中", name):
                    key = None  # "生活垃圾以外的其他一般固废": one item of the list, not the total
            if len(self._keys) < 65536:
                self._keys[cell] = key
        return key

    def _accept(self, key: str, base: str | None) -> bool:
        want = self.spec[key]["base"]
        return (base or "") == want

    def read(self, doc: Document, data_years: list[int] | None = None) -> list[IndicatorValue]:
        self.data_years = sorted(data_years or [])
        out: list[IndicatorValue] = []
        prev_text = ""
        self.heading_year = None
        # the part of a table after a page break -> the whole table's rows (joined by the document)
        whole = {part.index: rows for rows, parts in doc.logical_tables() for part in parts[1:]}
        for b in doc.visible_blocks():
            if b.kind == BlockKind.HEADING:  # a heading naming one data year dates the figures under it
                years = self._data_years_in(b.text)
                self.heading_year = int(years.pop()) if len(years) == 1 else None
            if b.kind == BlockKind.TABLE and b.rows and b.index in whole:
                # its own rows, and a total row read over the whole table (the waste items on the earlier
                # page, "总计" on this one); year and lead-in as for the first part
                got = self._table(b)
                if not got and any(total_label(r) is not None for r in b.rows):
                    got = self._itemised_totals(b, whole[b.index])
                out += got
                continue
            if b.kind == BlockKind.TABLE and b.rows:
                # a table without year labels takes the one year its lead-in sentence names
                years = set(_YEAR_IN.findall(prev_text))
                self.table_year = int(years.pop()) if len(years) == 1 else None
                self.lead_in = prev_text
                out += self._table(b)
            elif b.kind == BlockKind.PARAGRAPH:
                got = self._text(b) + self._enumerations(b)
                got += self._text_table(b, got)
                out += self.park.the_parks(b.text, got) if self.park else got  # not a member's or an industry's
            if b.kind != BlockKind.TABLE:
                prev_text = b.text[-200:]
        return out

    # ---- text -----------------------------------------------------------

    def _text(self, b: Block) -> list[IndicatorValue]:
        out: list[IndicatorValue] = []
        text = _CN_YEAR.sub(lambda y: y.group(0).translate(_CN_DIGITS), b.text)
        text, marks = figures_normalised(text)  # "1 520 t", "1,500余吨" (marks: where the 余 stood)
        out += self._value_first(b, text) + self._value_before_name(b, text)
        names = self._names_in(text)
        out += self._prose_values(b, text, marks, names)
        for start, end, key in names:
            if negated(text, start) or self._other_party_led(text, names, start):
                continue  # "未利用部分50吨"; "主要供应商2025年…产生量约3,600吨，综合利用率92%"
            if key == "waste_generated" and re.search(r"(?:综合利用|回收利用|利用)了?$", text[max(0, start - 5): start]):
                key = "waste_used"  # "综合利用一般工业固体废物1,050 t": the verb names the amount used
            if key == "land_area" and re.search(r"基底$", text[max(0, start - 3): start]):
                continue  # "建筑物基底占地面积": the buildings' footprint alone, a part of the site
            if key == "land_area" and text[start:end] in ("占地", "占地面积"):
                key = footprint_or_site(text, start, end)  # the buildings' footprint, one building's (None) or the site
                if key is None:
                    continue
            gloss = _GLOSS_CLOSE.match(text, end) if _GLOSS_OPEN.search(text, max(0, start - 5), start) else None
            end = gloss.end() if gloss else end  # "fresh water intake（工业取水量）仍有780,000 m³"
            if "/" in self.spec[key]["base"] or self.spec[key]["base"] == "%" or _UNIT_NOTE_YEARS.match(text, end):
                pairs = self._year_values(b, key, end) or self._span_change(b, text, key, start, end)
                if len(pairs) >= 2:  # "由2024年的A下降至2025年的B": only a pair of years is read this way
                    out += pairs
                elif len(pairs) == 1 and (_COMPARED.search(text, 0, text.find(pairs[0].quote, end)) or _CHANGED_TO.search(pairs[0].quote)
                                          or _led_by_other_year(text, start, pairs[0].year)):
                    out += pairs
                elif len(pairs) == 1 and _CHANGED_BEFORE.search(text, 0, text.find(pairs[0].quote, end)):
                    out += pairs + self._from_base_year(b, text, key, start, end)  # "…75.82 kgce/万元，和2023年的99.14 kgce/万元比": the baseline year's value
            tail = text[end: end + 40]
            g = re.match(_GLUE, tail)
            pos = end + (g.end() if g else 0)
            if g and re.search(r"分别|依次", g.group(0)):
                continue  # "A和B分别为x、y": the enumeration readers pair names and values
            worked = _WORKED.match(text, end)  # "综合能耗=1,899.8 tce÷52,000万元=36.53 kgce/万元": the result
            if worked:
                g, pos = None, worked.end()
            qs = quantities(text[pos: pos + 30])
            bounded = _BOUND_GLUE.match(text, end) if (not qs or qs[0].start != 0) and not worked else None
            if bounded:  # "工业总产值超6亿元", "综合能耗逾1,800 tce": a bound on the value
                pos, g = bounded.end(), None
                qs = quantities(text[pos: pos + 30])
            topic = _TOPIC_GLUE.match(text, end) if (not qs or qs[0].start != 0) and not worked \
                and _TOPIC_LEAD.search(text, max(0, start - 3), start) else None
            if topic:  # "关于综合能耗的数值，审查组认定2025年为1012.60 tce": the name as the topic, the value in the comment
                pos, g = topic.end(), topic
                qs = quantities(text[pos: pos + 30])
            year_clause = _YEAR_CLAUSE_GLUE.match(text, end) if (not qs or qs[0].start != 0) and not worked else None
            if year_clause and not _YEAR_CLAUSE_NOT.search(year_clause.group(0)):
                pos, g = year_clause.end(), None  # "…眼下只有2025年一整年的台账数，为23.18 kgce/万元"
                qs = quantities(text[pos: pos + 30])
            if (not qs or qs[0].start != 0) and not worked:
                loose = _LOOSE_GLUE.match(text, end)  # "综合能耗经核定最终控制在1,720.4 tce": a longer verb phrase
                # "厂区绿化用地面积9,000 m²", "厂区总建筑面积78,600 m²": the value belongs to the noun in the phrase
                inner = self.name_re.search(loose.group(0)) if loose else None
                # "用气（天然气）31066900 m³": a bracket that only names the same quantity again
                said = _SCOPE_ASIDE.sub("", loose.group(0)) if loose else ""
                if loose and not _NOT_GLUE.search(said) and not _OTHER_NOUN.search(said) \
                        and (inner is None or self.by_name.get(inner.group(0)) == key and loose.group(0).lstrip().startswith(("（", "("))):
                    pos, g = loose.end(), None
                    qs = quantities(text[pos: pos + 30])
            spelled = SPELLED_FIGURE.match(text, pos) if not qs or qs[0].start != 0 else None
            if spelled:  # "壹仟伍佰贰拾吨（1,520 t）": the figure beside the written-out amount
                pos, qs = spelled.end(), quantities(text[spelled.end(): spelled.end() + 30])
            if not qs or qs[0].start != 0 or not qs[0].unit:
                got, at = unit_first(text, pos, qs) if UNIT_FIRST.match(text, pos) else unit_first(text, end, qs)
                if got is not qs:  # a unit in brackets first; otherwise the bare number stays where it was read
                    qs, pos = got, at
            if not qs or qs[0].start != 0:
                continue
            q: Quantity = qs[0]
            operand = _OPERAND_AFTER.match(text, pos + q.end)
            if operand:
                result = quantities(text[operand.end(): operand.end() + 30])
                if not result or result[0].start != 0:
                    continue
                q, pos = result[0], operand.end()
            base = q.base_unit
            value = q.base_value if q.base_value is not None else q.value
            want = self.spec[key]["base"]
            if base and want.endswith("/元") and base == want[: -len("/元")] and re.match(r"(?:万元|单位)产值", text[start:end]):
                base, value = want, value / 1e4  # "万元产值取水3.34 m³": the 万元 is in the name
            if base and want.endswith("/m2") and base == want[: -len("/m2")] and re.match(r"[每一]平方?米", text[start:end]):
                base = want  # "每平方米产值1.41万元": the m² is in the name
            base, value = self._tons_of_water(key, base, value)
            if base == "kg" and want == "kgce" and re.search(r"折标", text[end:pos]):
                base = want  # "能源消耗总量（折标煤）2,210.4 t": tonnes of standard coal
            if not self._accept(key, base if base else ("" if want == "" else None)):
                continue
            if key in self.qualified and (self.qualified[key].search(_YEAR_BEFORE.sub("", text[max(0, start - 14): start])[-6:])
                                          or self.part_words[key].search(_GLUE_WORDS.match(text, end).group(0))):
                continue  # "光伏提供绿色电力397.42万kWh", "食堂2025年天然气用量…", "厂区总建筑面积…": a part, not all of it
            s0 = max(text.rfind("。", 0, start), text.rfind("；", 0, start), text.rfind("，", 0, start)) + 1
            opened = max(text.rfind("（", s0, start), text.rfind("(", s0, start))
            if opened != -1 and max(text.rfind("）", opened, start), text.rfind(")", opened, start)) == -1:
                # "显著降低了能耗水平（2025年单位产值综合能耗32.80 kgce/万元）": the bracket is its own clause, but
                # "对照行业平均水平（…约60%）" still names another party's figure
                if any(w in ROLE_TARGET.sub("", text[s0: opened]) for w in self.not_value if w not in _CHANGE_WORDS):
                    continue
                s0 = opened + 1
            if "/" not in want and (_PER_UNIT.search(text, s0, start) or _PER_UNIT_LEAD.search(text, max(0, s0 - 16), s0)
                                    or _PER_DENOMINATOR.match(text, pos + q.end)):
                continue  # "每万元产值取新水3.77 m³", "摊到每平方米用地，产值是0.38万元": per-unit figures, not amounts
            clause = text[s0: start] + "〇" + text[end: pos + q.end]  # the name's own words ("增加值") are no qualifier
            # "土地利用较为集约：占地…", "用水效率处于较好水平：…": an adverb, not a comparison (较)
            clause = re.sub(r"比?较(?=为|好|高|低|大|小|强|弱|快|慢|多|少|优|差|完善|明显|集约|充分|稳定|合理|规范)", "", clause)
            # "据规划验收资料复算：用地面积…", "规划核实文件载明…": a document, not a plan
            # "规划建设部地块图斑核定…用地面积…": a department's name, not a plan
            # "规划片区2025年综合能耗…": a place, not a plan
            clause = _PLAN_NOT_PLAN.sub("", clause)
            clause = _WHOLE_PROCESS.sub("", clause)
            clause = ROLE_TARGET.sub("", clause)
            if not _REGION_SCALE.search(clause):  # "园区规模以上工业企业…用电": the statistical scope, not a threshold
                clause = _SCALE.sub("", clause)
            if any(w in clause for w in self.not_value) or _CEILING_AFTER.match(text, pos + q.end) or _YEAR_SPAN.search(clause):
                continue
            sentence_start = max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1
            sentence = text[sentence_start: sentence_end(text, pos + q.end)]
            if any(w in sentence for w in self.not_value_sentence) or _OWN_DEFINITION.search(sentence) \
                    or (self.part_subject is not None and self.part_subject.match(sentence)):
                continue  # "同行业某对标企业…综合能耗2,350 tce，单位产值能耗42.7 kgce/万元": every figure is the peer's
            if (_MONTH.search(clause) and not _WHOLE_YEAR.search(clause)) or month_led(text, sentence_start, start, names):
                continue  # "2025年12月当月用电量105万kWh": a month's figure
            if key in _TOTALS and re.match(r"\s*[，,]?\s*(?:占|约占)[^，。；]{0,16}?(?:的|比例|比重)", text[pos + q.end: pos + q.end + 24]):
                continue  # "外购电1,020万kWh，占总用电量的85%": a part of the total, not the total
            if _OTHER_BASIS.search(text, sentence_start, pos + q.end):
                continue  # "若电力按等价值折算，2025年综合能耗为4,025.0 tce": another basis, a what-if
            given = g and (g.groupdict().get("year") or g.groupdict().get("pyear"))
            # "2025年产值…": the name took the year's 年, and that year is the value's, whatever years come before
            # ("成立年份栏2001年、…、2025年产值栏129448元")
            took = re.search(r"((?:19|20)\d{2})\s*$", text[max(0, start - 6): start]) if text.startswith("年", start) else None
            years = [given] if given else [took.group(1)] if took else _YEAR_IN.findall(text[s0: start])
            if not years:  # "2025年企业综合能耗…，其中…": a year leading the sentence
                lead = re.match(r"\s*(?:[（(]?\d[)）]?\s*)?((?:19|20)\d{2})\s*年", text[sentence_start:])
                years = [lead.group(1)] if lead else []
            if not years:  # one year named earlier in the same sentence (a founding year is no data year)
                seen = self._data_years_in(text[sentence_start: start])
                years = list(seen) if len(seen) == 1 else []
            if not years:  # "●产生量：568.9 t。●综合利用量：561.1 t。（2025年）": a year closing the paragraph
                tail_year = _TRAILING_YEAR.search(text)
                years = [tail_year.group(1)] if tail_year else []
            if not years:  # the paragraph names one year only ("2025年……用电…。按……折算，综合能耗…")
                para_years = self._data_years_in(text)
                years = list(para_years) if len(para_years) == 1 else []
            if not years and label_year(text, self.data_years):  # "企业名称：…；年度：2025；…产生量（吨）：1,052", "in 2025"
                years = [str(label_year(text, self.data_years))]
            if not years and self.heading_year:  # "# 2025年度主要能源资源消耗情况" over "综合能耗合计：2,310 tce"
                years = [str(self.heading_year)]
            year = int(years[-1]) if years else None
            bound = "min" if (bounded and bounded.group(1) in _MIN_WORDS) or text.startswith(("以上", "多", "余"), pos + q.end) \
                else "max" if bounded else self._bound_at(marks, pos + q.start, pos + q.end)
            out.append(IndicatorValue(key, year, value, q.value, q.decimals, q.unit, b,
                                      b.text[start: pos + q.end], "text", bound))
            if key in self.operands:
                out += self._operands(b, key, year, pos + q.end)
        return out

    def _data_years_in(self, text: str) -> set[str]:
        """Years a passage names, without those outside the report's data years ("成立于2016年")."""
        years = set(_YEAR_IN.findall(text))
        return {y for y in years if int(y) in self.data_years} if self.data_years else years
