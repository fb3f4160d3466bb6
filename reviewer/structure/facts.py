"""Typed facts extracted from a Document: what the rules and the report block read."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reviewer.document import Block


@dataclass(slots=True)
class Located:
    """A value as it appears in the report, with where it appears."""

    value: str
    block: Block
    quote: str  # verbatim text containing the value (a label cell + value cell, or a sentence)

    @property
    def page(self) -> int:
        return self.block.page


@dataclass(slots=True)
class LocatedDate:
    value: date
    block: Block
    quote: str
    label: str  # "report", "site_visit", "commitment", "cover"
    day_known: bool = True  # False for "2026年3月": compare by month only


@dataclass(slots=True)
class ReportFacts:
    type: str | None = None  # factory | park | supply_chain
    kind: str | None = None  # self | third_party
    regime: str | None = None  # 2018 | 2024 | 2025 | 2026
    title: Located | None = None
    template_id: str | None = None
    # basic-information fields: field id -> every place the value is stated (cover, table, commitment ...)
    fields: dict[str, list[Located]] = field(default_factory=dict)
    # field ids whose label is present but whose value is empty
    empty_fields: dict[str, Block] = field(default_factory=dict)
    report_date: LocatedDate | None = None
    site_visit: list[LocatedDate] = field(default_factory=list)
    commitment_dates: list[LocatedDate] = field(default_factory=list)
    data_years: list[int] = field(default_factory=list)
    chapters: dict[str, Block] = field(default_factory=dict)  # template chapter id -> heading block

    def first(self, field_id: str) -> Located | None:
        vals = self.fields.get(field_id)
        return vals[0] if vals else None

    def value(self, field_id: str) -> str | None:
        loc = self.first(field_id)
        return loc.value if loc else None

    @property
    def entity(self) -> str | None:
        return self.value("entity_name")

    @property
    def uscc(self) -> str | None:
        return self.value("uscc")

    @property
    def agency(self) -> str | None:
        return self.value("agency_name")
