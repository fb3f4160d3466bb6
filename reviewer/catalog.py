"""The standards catalog: templates, editions, factors, patterns — all data from
``standards/`` (or ``rules.catalog_dir``), validated once and shared read-only."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from reviewer.errors import InputError
from reviewer.resources import data_dir


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldSpec(_M):
    id: str
    label: str
    aliases: list[str] = []
    # labels that show the field is filled in the basic-information table but are too general to take
    # its value from anywhere else ("负责人" for 园区负责人)
    row_labels: list[str] = []
    label_by_type: dict[str, str] = {}  # the label a report type's template uses ("园区负责人" for parks)


class ChapterSpec(_M):
    id: str
    name: str
    patterns: list[str]
    required: bool = True


class CommitmentSpec(_M):
    patterns: list[str]
    sign: list[str]
    seal: list[str]


class Template(_M):
    id: str
    type: str
    kind: str
    regimes: list[str]
    required_fields: list[str]
    chapters: list[ChapterSpec]
    commitment: CommitmentSpec
    length_limits: dict[str, int] = {}
    fields: list[FieldSpec] = []


class Edition(_M):
    year: int
    effective: date


class StandardSpec(_M):
    code: str
    title: str
    aliases: list[str] = []
    editions: list[Edition]
    replaced_by: dict[str, Any] | None = None
    confidence: str | None = None

    def current_on(self, day: date) -> Edition | None:
        live = [e for e in self.editions if e.effective <= day]
        return max(live, key=lambda e: e.effective) if live else None


class Catalog(_M):
    templates: list[Template]
    fields: list[FieldSpec]
    standards: list[StandardSpec]
    documents: list[dict[str, Any]] = []
    bases: dict[str, Any]
    factors: dict[str, Any]
    industry: dict[str, Any]
    eligibility: dict[str, Any]
    placeholders: list[dict[str, str]]
    injection: list[str]
    injection_addressed: dict[str, str] = {}
    entity: dict[str, str] = {}
    data_period: dict[str, Any] = {}
    scoring: dict[str, Any]
    indicators: dict[str, Any]
    requirements: list[dict[str, Any]] = []
    digest: str = ""

    def templates_for(self, rtype: str | None, kind: str | None, regime: str | None) -> Template | None:
        cands = [t for t in self.templates if t.type == rtype and t.kind == kind]
        if not cands:
            return None
        for t in cands:
            if regime in t.regimes:
                return t
        return cands[0]

    def field(self, fid: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.id == fid), None)

    def standard(self, code: str) -> StandardSpec | None:
        key = _norm_code(code)
        for s in self.standards:
            if _norm_code(s.code) == key or key in {_norm_code(a) for a in s.aliases}:
                return s
        return None


def _norm_code(code: str) -> str:
    return re.sub(r"^GBT", "GB/T", re.sub(r"\s+", "", code.upper().replace("／", "/")))  # "GBT 36132" as typed


def _read(path: Path) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(f"标准数据文件无法读取：{path.name}（{e}）", f"cannot read catalog file {path.name}: {e}") from None


@lru_cache(maxsize=4)
def load_catalog(catalog_dir: str | None = None) -> Catalog:
    root = Path(catalog_dir) if catalog_dir else data_dir("standards")
    if not root.is_dir():
        raise InputError(f"标准数据目录不存在：{root}", f"catalog directory not found: {root}")
    files = sorted(root.rglob("*.yaml"))
    h = hashlib.sha256()
    for f in files:
        h.update(f.relative_to(root).as_posix().encode())
        h.update(f.read_bytes())
    t = _read(root / "templates.yaml")
    fields = t["fields"]
    templates = []
    for tpl in t["templates"]:
        tpl = dict(tpl)
        tpl["fields"] = fields
        templates.append(tpl)
    eds = _read(root / "editions.yaml")
    text = _read(root / "text_patterns.yaml")
    requirements: list[dict] = []
    req_dir = root / "requirements"
    if req_dir.is_dir():
        for f in sorted(req_dir.glob("*.yaml")):
            data = _read(f) or {}
            for r in data.get("requirements", []):
                requirements.append({**r, "catalog": data.get("id", f.stem), "standard": data.get("standard"),
                                     "applies": data.get("applies", {})})
    try:
        cat = Catalog(
            templates=templates, fields=fields, standards=eds["standards"], documents=eds.get("documents", []),
            bases=_read(root / "bases.yaml"), factors=_read(root / "factors.yaml"), industry=_read(root / "industry.yaml"),
            eligibility=_read(root / "eligibility.yaml"), placeholders=text["placeholders"], injection=text["injection"],
            injection_addressed=text.get("injection_addressed", {}), entity=text.get("entity", {}), data_period=text.get("data_period", {}),
            scoring=_read(root / "scoring.yaml"), indicators=_read(root / "indicators.yaml"), requirements=requirements, digest=h.hexdigest()[:12],
        )
    except (ValidationError, KeyError, TypeError) as e:
        raise InputError(f"标准数据格式错误（{root}）：{str(e)[:300]}", f"invalid catalog data in {root}: {str(e)[:300]}") from None
    period = cat.data_period
    for p in [*(x["pattern"] for x in cat.placeholders), *cat.injection, *cat.injection_addressed.values(), *cat.entity.values(),
              *period.get("statements", []), *(v for k, v in period.items() if k != "statements")]:
        try:
            re.compile(p)
        except re.error as e:
            raise InputError(f"标准数据中的正则表达式无效：{p}", f"invalid regular expression in catalog: {p} ({e})") from None
    return cat
