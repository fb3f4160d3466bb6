"""Tokens for BM25: jieba with a compact domain dictionary (indicator, template and
requirement terms; HMM off) plus CJK character bigrams. jieba's 5 MB general
dictionary costs ~1.2 s per process to load; the domain dictionary loads in
milliseconds and keeps the terms that matter whole."""

from __future__ import annotations

import logging
import re
import tempfile
from functools import lru_cache
from pathlib import Path

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LATIN = re.compile(r"[A-Za-z]+|\d+(?:\.\d+)?")
STOP = set("的了和与及或在是为对其中并等有以于从将被按该本年月日")


@lru_cache(maxsize=4)
def _tokenizer(words: tuple[str, ...]):
    import jieba

    jieba.setLogLevel(logging.WARNING)
    d = Path(tempfile.gettempdir()) / f"greenreview-jieba-{abs(hash(words)) % 10**12}.txt"
    if not d.exists():
        d.write_text("\n".join(f"{w} 1000" for w in words) + "\n", encoding="utf-8")
    tk = jieba.Tokenizer(dictionary=str(d))
    tk.tmp_dir = tempfile.gettempdir()
    return tk


def domain_words(catalog) -> tuple[str, ...]:
    words: set[str] = set()
    for spec in catalog.indicators.get("indicators", {}).values():
        words.update(spec["names"])
    for r in catalog.requirements:
        words.update(t for t in r.get("terms", []) if len(t) >= 2)
    for f in catalog.fields:
        words.update([f.label, *f.aliases])
    return tuple(sorted(w for w in words if 2 <= len(w) <= 16 and not re.search(r"\s", w)))


class Tokens:
    def __init__(self, words: tuple[str, ...]):
        self.tk = _tokenizer(words)
        self._cache: dict[str, list[str]] = {}  # requirement queries repeat for every report

    def __call__(self, text: str) -> list[str]:
        if len(text) <= 200:
            hit = self._cache.get(text)
            if hit is None:
                hit = self._cache[text] = self._tokens(text)
                if len(self._cache) > 4096:
                    self._cache.clear()
            return hit
        return self._tokens(text)

    def _tokens(self, text: str) -> list[str]:
        out: list[str] = []
        for w in self.tk.lcut(text, HMM=False):
            w = w.strip()
            if len(w) >= 2 or (w and w not in STOP and not w.isspace() and _CJK_RUN.fullmatch(w)):
                out.append(w.lower())
        for run in _CJK_RUN.findall(text):
            out.extend(run[i: i + 2] for i in range(len(run) - 1))
        return out
