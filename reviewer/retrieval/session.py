"""Per-document retrieval objects, cached on the document so coverage and questions share them."""

from __future__ import annotations

from reviewer.retrieval.chunks import chunk_document
from reviewer.retrieval.embed import embedder_from_settings
from reviewer.retrieval.search import DocumentIndex
from reviewer.retrieval.tokens import Tokens, domain_words

_CACHE: dict[tuple[str, int], DocumentIndex] = {}
_TOKENS: dict[int, Tokens] = {}


def _tokens(catalog) -> Tokens:
    """One tokenizer per catalog, so cached query tokens are shared across reports."""
    tk = _TOKENS.get(id(catalog))
    if tk is None:
        tk = _TOKENS[id(catalog)] = Tokens(domain_words(catalog))
    return tk


def document_index(doc, catalog, settings) -> DocumentIndex:
    key = (doc.sha256, id(catalog))
    idx = _CACHE.get(key)
    if idx is None:
        rs = settings.retrieval
        chunks = chunk_document(doc, rs.chunk_chars, rs.chunk_overlap)
        idx = DocumentIndex(chunks, _tokens(catalog), embedder_from_settings(rs))
        if len(_CACHE) > 8:
            _CACHE.clear()
        _CACHE[key] = idx
    return idx
