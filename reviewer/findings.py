"""The review@1 output contract (docs/review-output.md) as typed models."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Severity = Literal["high", "medium", "low", "info"]
Source = Literal["rule", "retrieval", "llm"]
SEVERITY_ORDER: dict[str, int] = {"high": 0, "medium": 1, "low": 2, "info": 3}


class Evidence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    page: int
    section: str = ""
    quote: str
    block: int | None = None  # ordinal block number (always given; the page may be estimated for DOCX)


class RelatedReport(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    file: str
    entity: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid")

    code: str
    severity: Severity
    title: str
    message: str
    source: Source = "rule"
    requirement: str | None = None
    evidence: list[Evidence] = Field(default_factory=list)
    searched: list[str] | None = None  # for absences: what was looked for
    related_report: RelatedReport | None = None
    unverified: bool | None = None
    check: str | None = None  # name of the check that produced it

    def sort_key(self):
        page = self.evidence[0].page if self.evidence else 10**9
        return (SEVERITY_ORDER[self.severity], self.code, page)


class ReportInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    file: str
    pages: int
    type: Literal["factory", "park", "supply_chain"] | None = None
    kind: Literal["self", "third_party"] | None = None
    regime: str | None = None
    entity: str | None = None
    uscc: str | None = None
    agency: str | None = None
    report_date: str | None = None


class Coverage(BaseModel):
    requirements: int = 0
    covered: int = 0
    weak: int = 0
    missing: int = 0


class Summary(BaseModel):
    risk: Literal["high", "medium", "low"]
    counts: dict[str, int]
    coverage: Coverage | None = None


class ToolInfo(BaseModel):
    name: str = "greenreview"
    version: str
    rules: str
    settings_hash: str
    parser: dict[str, str] = Field(default_factory=dict)
    llm: dict | None = None


class Review(BaseModel):
    model_config = ConfigDict(populate_by_name=True)

    schema_: str = Field("review@1", alias="schema")
    tool: ToolInfo
    report: ReportInfo
    summary: Summary
    findings: list[Finding]
    checklist: list[dict] | None = None  # requirement checklist (retrieval), when computed
    timings: dict[str, float] | None = None

    def to_json_dict(self) -> dict:
        return self.model_dump(by_alias=True, exclude_none=True, mode="json")


def summarize(findings: list[Finding], coverage: Coverage | None = None) -> Summary:
    counts = {s: 0 for s in ("high", "medium", "low", "info")}
    for f in findings:
        counts[f.severity] += 1
    if counts["high"]:
        risk = "high"
    elif counts["medium"]:
        risk = "medium"
    else:
        risk = "low"
    return Summary(risk=risk, counts=counts, coverage=coverage)
