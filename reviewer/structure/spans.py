"""Text spans around a match: the sentence or clause it stands in, cut at the given stop characters."""

from __future__ import annotations


def span_bounds(text: str, start: int, end: int, stops: str = "。！？；;\n", closing: str | None = None) -> tuple[int, int]:
    """[s, e) of the stretch around ``text[start:end]`` that reaches to the nearest ``stops`` character
    before it and the nearest ``closing`` (default: ``stops``) character after it, unbounded otherwise."""
    s = max(text.rfind(c, 0, start) for c in stops) + 1
    e = min((i for i in (text.find(c, end) for c in (closing or stops)) if i != -1), default=len(text))
    return s, e


# a clause opening with 如 sets a condition ("如企业在近三年内被调整出…名单，则…"), unlike 如下, 如今, 如实…
RU_CONDITION = r"(?<![^。，,；;：:\n])\s*如(?!下|上|前|今|期|实|此|同|何|图|表|数|约|常|意|愿)"
