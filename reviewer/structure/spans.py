"""Text spans around a match: the sentence or clause it stands in, cut at the given stop characters."""

from __future__ import annotations


def span_bounds(text: str, start: int, end: int, stops: str = "。！？；;\n", closing: str | None = None) -> tuple[int, int]:
    """[s, e) of the stretch around ``text[start:end]`` that reaches to the nearest ``stops`` character
    before it and the nearest ``closing`` (default: ``stops``) character after it, unbounded otherwise."""
    s = max(text.rfind(c, 0, start) for c in stops) + 1
    e = min((i for i in (text.find(c, end) for c in (closing or stops)) if i != -1), default=len(text))
    return s, e
