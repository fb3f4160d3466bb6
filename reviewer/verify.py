"""Quote verification: a quote is evidence only if it is verbatim report text.

Shared by the rule runner (a safety net against bugs) and the LLM stage
(where it is the main defence against invented citations).
"""

from __future__ import annotations

import re
import unicodedata

from reviewer.document import Document

_WS = re.compile(r"\s+")
_PUNCT_MAP = str.maketrans({"，": ",", "。": ".", "：": ":", "；": ";", "（": "(", "）": ")", "“": '"', "”": '"', "‘": "'", "’": "'", "！": "!", "？": "?", "、": ","})


def normalize(text: str, *, punctuation: bool = False) -> str:
    """Whitespace removed, NFKC-folded; optionally full-width punctuation folded too."""
    text = unicodedata.normalize("NFKC", text)
    if punctuation:
        text = text.translate(_PUNCT_MAP)
    return _WS.sub("", text)


class QuoteIndex:
    """Normalised text of a document, per page and whole, for fast containment tests."""

    def __init__(self, doc: Document, *, punctuation: bool = False):
        self.punctuation = punctuation
        self.whole = normalize(doc.text, punctuation=punctuation)
        pages: dict[int, list[str]] = {}
        for b in doc.blocks:
            pages.setdefault(b.page, []).append(b.text)
        self.pages = {p: normalize("\n".join(t), punctuation=punctuation) for p, t in pages.items()}

    def contains(self, quote: str, page: int | None = None) -> bool:
        q = normalize(quote, punctuation=self.punctuation)
        if not q:
            return False
        if page is not None and page in self.pages and q in self.pages[page]:
            return True
        if page is None:
            return q in self.whole
        # a quote may straddle a page break: accept it on the page it starts on or the next; and a block
        # running over a page break is indexed under its first page while its later quotes carry the next
        joined = self.pages.get(page - 1, "") + self.pages.get(page, "") + self.pages.get(page + 1, "")
        return q in joined
