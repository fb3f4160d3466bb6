"""Totals stated in running text with their parts (reviewer/structure/text_sums.py and its helpers)."""

from __future__ import annotations

import pytest

from reviewer.structure.text_amounts import amounts
from reviewer.structure.text_sums import stated_sums, text_sum_problems
from reviewer.structure.text_tables import paragraph_rows


def _read(sentence: str) -> list[tuple[str, list[float], bool]]:
    """(total as written, parts in the total's written unit, consistent) of every sum read in ``sentence``."""
    return [(w, [round(p.value / st.total.scale, 4) for p in st.parts], st.consistent())
            for _q, w, st in stated_sums(sentence)]


@pytest.mark.parametrize("sentence,total,parts", [
    # a closing total right after the enumeration; a count takes the last so many parts
    ("电力折标准煤1,474.8 tce，天然气折标准煤425.0 tce，两者合计综合能耗1,989.8 tce。", "1,989.8 tce", [1474.8, 425.0]),
    ("全年用电1,200万kWh；两个主要车间：沉铜420万kWh、压合310万kWh，两车间合计740万kWh。", "740万kWh", [420, 310]),
    ("男性员工384人，女性员工272人，员工总数620人。", "620人", [384, 272]),
    ("Scope 1 = 756.8 tCO₂e，Scope 2 = 5,412.1 tCO₂e，Scope 1+2 Total = 6,618.9 tCO₂e", "6,618.9 tCO₂e", [756.8, 5412.1]),
    ("用电量（万kWh）依次为88、92、96、98，合计384万kWh。", "384万kWh", [88, 92, 96, 98]),
    ("2023年320万元、2024年1,085万元、2025年460万元，三年累计1,765万元。", "1,765万元", [320, 1085, 460]),
    # a total, then its make-up
    ("取水量180,000 m³分为生产用水150,000 m³、生活用水24,000 m³、绿化用水9,000 m³三部分。", "180,000 m³", [150000, 24000, 9000]),
    ("人员合计620人，由正式员工548人和劳务派遣人员27人组成。", "620人", [548, 27]),
    ("排放总量为6,186.9 tCO₂e，为范围一756.8 tCO₂e与范围二5,412.1 tCO₂e之和。", "6,186.9 tCO₂e", [756.8, 5412.1]),
    ("电费支出合计792万元：一季度182万元、二季度197万元、三季度231万元、四季度200万元。", "792万元", [182, 197, 231, 200]),
    ("光伏总装机容量2.1 MW，分布于三处屋顶：0.9 MW、0.8 MW、0.6 MW。", "2.1 MW", [0.9, 0.8, 0.6]),
    ("一年1,200万度电里，有180万度来自光伏，剩下的1,120万度从电网买来。", "1,200万度", [180, 1120]),
    # formulas and bracketed breakdowns
    ("核算过程：1,474.8＋425.0＝1,909.8（tce）。", "1,909.8（tce）", [1474.8, 425.0]),
    ("取水量180,000 m³＝耗水量45,000 m³＋排水量132,000 m³。", "180,000 m³", [45000, 132000]),
    ("生产用水150,000 m³加上生活用水24,000 m³再加绿化用水6,000 m³，总取水量为170,000 m³。", "170,000 m³", [150000, 24000, 6000]),
    ("生产车间小计980万kWh（沉铜电镀420、压合钻孔310、图形阻焊260）。", "980万kWh", [420, 310, 260]),
])
def test_a_wrong_total_is_read_with_its_parts(sentence, total, parts):
    assert (total, parts, False) in _read(sentence)
    assert text_sum_problems(sentence)


@pytest.mark.parametrize("sentence", [
    # the same wordings adding up, within the rounding of what is written
    "电力折标准煤1,474.8 tce，天然气折标准煤425.0 tce，两者合计综合能耗1,899.8 tce。",
    "生产用水占83.3%，生活用水占13.3%，绿化及其他占3.3%，三者合计100%。",
    "温室气体排放：757 t、39 t、5,412 t，合计6,207 t。",
    "4层板1.82亿元、6层板2.13亿元、8层及以上1.25亿元，三条产品线合计5.20亿元，与工业总产值52,000万元一致。",
])
def test_a_total_that_adds_up_is_read_and_consistent(sentence):
    assert _read(sentence) and all(ok for _t, _p, ok in _read(sentence))
    assert text_sum_problems(sentence) == []


@pytest.mark.parametrize("sentence", [
    "全年用电量1,200万kWh，其中沉铜电镀车间420万kWh、压合及钻孔车间310万kWh。",  # a subset
    "危废产生量：含铜污泥420 t，废活性炭12 t等，合计475 t。",  # …等: more than listed
    "工业总产值2023年45,000万元、2024年48,500万元、2025年52,000万元。",  # year by year, no cumulative total
    "2024年装机1.5 MW，2025年装机2.1 MW，累计装机2.1 MW。",  # a part as large as the whole
    "研发投入860万元，环保投入420万元，利润总额5,600万元。",  # a named whole of another kind
    "综合能耗由2023年的1,802.5 tce增至2025年的1,899.8 tce，累计增加97.3 tce。",  # a change
    "电力约1,475吨标准煤，天然气约425吨标准煤，合计约1,950吨标准煤。",  # approximations
    "能源低碳化26.5分、资源高效化25.0分，合计51.5分。",  # scores are SCORE.INCONSISTENT's
    "初稿合计栏误录为1,989.8 tce，电力1,474.8 tce与天然气425.0 tce之和为1,899.8 tce，已更正。",  # a correction
    "公司现有员工620人，其中男性384人、女性236人，按学历分：本科及以上138人、大专167人、高中及以下315人。",
    "房子连同堆场一共压地46680 m²，用地面积113120 m²，计容建筑面积146233 m²，容积率1.29。",
])
def test_no_sum_is_read_where_the_parts_are_not_the_whole_list(sentence):
    assert text_sum_problems(sentence) == []


def test_figures_take_units_beyond_the_shared_reader_and_names_are_no_figures():
    text = "1号厂房屋顶0.9 MW、员工620人、培训300人次、Scope 2 = 5,412.1 tCO₂e"
    got = [(text[a.start:a.end], a.unit, a.value) for a in amounts(text)]
    assert got == [("0.9 MW", "kW", 900.0), ("620人", "人", 620.0), ("300", None, 300.0),
                   ("5,412.1 tCO₂e", "kgCO2", 5412100.0)]


def test_a_table_written_as_a_paragraph_is_cut_back_into_rows():
    text = "表1 能源消费｜能源品种｜折标准煤（tce）｜电力｜1,474.8｜天然气｜425.0｜合计｜1,874.8｜"
    assert paragraph_rows(text) == [["能源品种", "折标准煤（tce）"], ["电力", "1,474.8"], ["天然气", "425.0"], ["合计", "1,874.8"]]
    assert text_sum_problems(text)
    assert paragraph_rows("人员结构：生产部438人｜品质部65人｜研发中心48人｜安环部12人｜合计563人。") is None
