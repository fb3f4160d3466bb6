"""Output formats: one small module per format, each with ``render(review) -> str``."""

from __future__ import annotations

from reviewer.formatters import json_format, markdown, text

FORMATS = {"text": text.render, "json": json_format.render, "md": markdown.render}


def render(review, fmt: str) -> str:
    return FORMATS[fmt](review)
