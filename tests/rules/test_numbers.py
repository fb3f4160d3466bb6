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
