"""Numbers with units as reports write them, normalised to base units (reviewer/structure/numbers.py)."""

from __future__ import annotations

import pytest

from reviewer.structure.numbers import quantities

CASES = [
    ("1,200万kWh", 12_000_000, "kWh", 12_000_000),
    ("1,200 k Wh", 1200, "kWh", 1200),  # PDF extraction splits justified cells
    ("0.1229 kgce/(kW·h)", 0.1229, "kgce/kWh", 0.1229),
    ("12.5 GWh", 12.5, "kWh", 12_500_000),
    ("1,200 MWh", 1200, "kWh", 1_200_000),
    ("1,899.8吨标准煤", 1899.8, "kgce", 1_899_800),
    ("1.2亿元", 120_000_000, "元", 120_000_000),
    ("35万Nm³", 350_000, "m3", 350_000),
    ("170150亩", 170150, "m2", 170150 * 666.6667),
    ("1,234 tCO2e", 1234, "kgCO2", 1_234_000),
    ("1,234 t CO2", 1234, "kgCO2", 1_234_000),
    ("1,234吨二氧化碳当量", 1234, "kgCO2", 1_234_000),
    ("3.2 kgCO2e/万元", 3.2, "kgCO2/元", 0.00032),
    ("0.5306 kgCO₂/kWh", 0.5306, "kgCO2/kWh", 0.5306),
    ("96.0%", 96.0, "%", 96.0),
    # Chinese numerals before a unit; the 千 of 千瓦时 belongs to the unit
    ("一千四百二十万度", 14_200_000, "kWh", 14_200_000),
    ("三十六万千瓦时", 360_000, "kWh", 360_000),
    ("四亿八千五百万元", 485_000_000, "元", 485_000_000),
    ("三点五万吨", 35_000, "kg", 35_000_000),
]


@pytest.mark.parametrize("text,value,base,base_value", CASES)
def test_quantity_normalised(text, value, base, base_value):
    q = quantities(text)[0]
    assert q.value == pytest.approx(value) and q.base_unit == base and q.base_value == pytest.approx(base_value)


@pytest.mark.parametrize("text", ["ISO14001", "PM2.5", "CO2", "GB/T24001"])
def test_digits_inside_a_code_are_not_numbers(text):
    assert quantities(text) == []


def test_digits_after_a_code_still_count():
    assert [q.value for q in quantities("PM2.5浓度12 μg/m³，CO2排放量1,234 t")] == [12, 1234]


@pytest.mark.parametrize("text", ["统一万元产值能耗", "十分重要", "第十二个月", "万一停电"])
def test_chinese_words_are_not_numbers(text):
    assert quantities(text) == []


def test_shown_arithmetic_allows_unit_powers_and_rounding_only():
    from tests.minireport import build
    from reviewer.structure.formulas import consistent, factor_conversions, per_unit_figures, stated_rates, worked_formulas

    def shown(sentence):
        b = build(sentence).blocks[0]
        return [consistent(a) for a in worked_formulas(b, 0.01) + factor_conversions(b, 0.01)
                + stated_rates(b, 0.01) + per_unit_figures(b, 0.01)]

    def right(sentence):
        results = shown(sentence)
        return bool(results) and all(results)
    # right: a power of ten between the units (tce/万元 against kgce/万元, a fraction against %), rounding as written
    assert right("单位产值综合能耗=1,899.8 tce÷52,000万元=36.53 kgce/万元。")
    assert right("工业总产值同比增长率=（52,000-48,500）÷48,500=7.2%。")
    assert right("2025年空压系统节电86万kWh，按当量值0.1229 kgce/kWh折算，节约标准煤105.7 tce。")
    assert right("废水产生量15万m³，处理后回用4.5万m³，回用率30.0%。")
    # wrong by something that is not a unit
    assert False in shown("工业总产值同比增长率=（52,000-48,500）÷48,500=9.2%。")
    assert False in shown("2025年空压系统节电86万kWh，按当量值0.1229 kgce/kWh折算，节约标准煤165.3 tce。")
    assert False in shown("废水产生量15万m³，处理后回用4.5万m³，回用率35.0%。")
    assert False in shown("2025年PCB产量120万m²，综合能耗1,899.8 tce，单位产品综合能耗1.85 kgce/m²。")
    # two rates in one sentence: their operands are ambiguous, nothing is read
    assert shown("厂区用地面积60,000 m²，计容建筑面积84,000 m²，容积率1.40，建筑系数55.0%。") == []


def test_a_rate_stated_in_the_text_and_in_a_table_that_fails_is_reported_once():
    """A wrong 综合利用率 written in the text (with its year) and again in the indicator table (without it)
    is one slip: one NUM.RECALC finding, not two."""
    from reviewer.service import ReviewService
    from reviewer.settings import Settings
    from tests.minireport import build
    from tests.rules.cases import base_markup

    text = base_markup("factory_tp_2026").replace("综合利用率96.0%", "综合利用率86.0%")
    table = "\n| 一级指标 | 二级指标 | 实际完成情况 |\n| 资源高效化 | 一般工业固体废物综合利用率 | 86.0% |\n"
    service = ReviewService(Settings(home="/nonexistent-greenreview-home"))
    for markup, expected in ((text, 1), (text + table, 1)):
        messages = [f.message for f in service.review_document(build(markup), only=["NUM.RECALC"]).findings]
        assert len([m for m in messages if "综合利用率" in m]) == expected, messages
