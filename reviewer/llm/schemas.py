"""Structured model outputs as pydantic models. Anything that does not validate is dropped
(and counted), never repaired into a claim."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError


class _Lenient(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Quote(_Lenient):
    passage_id: str = Field(min_length=1, max_length=10)
    quote: str = Field(min_length=2, max_length=400)


class Issue(_Lenient):
    title: str = Field("", max_length=200)
    severity: Literal["high", "medium", "low", "info"] = "low"
    message: str = Field(min_length=1, max_length=2000)
    quotes: list[Quote] = Field(min_length=1, max_length=10)


class ConsistencyAnswer(_Lenient):
    issues: list[dict] = Field(default_factory=list, max_length=50)


class Judgement(_Lenient):
    verdict: Literal["satisfied", "partial", "not_addressed"]
    reason: str = Field("", max_length=1000)
    quotes: list[Quote] = Field(default_factory=list, max_length=10)
    injection_suspected: bool = False


def parse_model(cls, data):
    """A validated model, or None."""
    if not isinstance(data, dict):
        return None
    try:
        return cls.model_validate(data)
    except ValidationError:
        return None
