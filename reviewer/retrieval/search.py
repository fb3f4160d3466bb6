"""Hybrid search over one document: BM25 on domain tokens, cosine on embeddings, fused by
reciprocal rank. Built in memory per review (a 100-page report indexes in well under a
second), so coverage and questions need no server.

BM25 is the Lucene variant (idf = ln(1 + (N - df + 0.5) / (df + 0.5)), k1 = 1.5, b = 0.75,
the defaults of bm25s, which this replaced): a report has tens to a few hundred chunks,
where plain postings in dicts beat a sparse-matrix library's per-call overhead ~5x."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from reviewer.retrieval.chunks import Chunk
from reviewer.retrieval.tokens import Tokens

RRF_K = 60


@dataclass(slots=True)
class Hit:
    chunk: Chunk
    score: float
    bm25_rank: int | None
    vector_rank: int | None


class BM25:
    K1, B = 1.5, 0.75

    def __init__(self, corpus: list[list[str]]):
        # term weights are computed on first use: most tokens of a report (its bigrams) are
        # never asked for, and the requirement queries share their terms
        self.n = len(corpus)
        avg = (sum(map(len, corpus)) / self.n if self.n else 0.0) or 1.0
        self.tfs = [Counter(doc) for doc in corpus]
        self.norms = [self.K1 * ((1 - self.B) + self.B * len(doc) / avg) for doc in corpus]
        self.postings: dict[str, list[int]] = defaultdict(list)
        for i, tf in enumerate(self.tfs):
            for t in tf:
                self.postings[t].append(i)
        self._weights: dict[str, list[tuple[int, float]]] = {}

    def weights(self, term: str) -> list[tuple[int, float]]:
        w = self._weights.get(term)
        if w is None:
            docs = self.postings.get(term, ())
            idf = math.log(1 + (self.n - len(docs) + 0.5) / (len(docs) + 0.5))
            w = self._weights[term] = [(i, idf * self.tfs[i][term] / (self.norms[i] + self.tfs[i][term])) for i in docs]
        return w

    def top(self, query: list[str], k: int) -> list[tuple[int, float]]:
        """The k best (chunk, score) with score > 0; a repeated query token counts each time."""
        scores: dict[int, float] = {}
        for t in query:
            for i, w in self.weights(t):
                scores[i] = scores.get(i, 0.0) + w
        return sorted(((i, s) for i, s in scores.items() if s > 0), key=lambda kv: (-kv[1], kv[0]))[:k]


class DocumentIndex:
    def __init__(self, chunks: list[Chunk], tokens: Tokens, embedder):
        self.chunks = chunks
        self.tokens = tokens
        self.embedder = embedder
        self.bm25 = BM25([tokens(c.text) for c in chunks])
        self._vectors = None

    @property
    def vectors(self) -> np.ndarray:
        """Chunk embeddings, computed on the first vector search (coverage ranks by BM25 only)."""
        if self._vectors is None:
            self._vectors = (self.embedder.embed([c.text for c in self.chunks]) if self.chunks
                             else np.zeros((0, 1), np.float32))
        return self._vectors

    def bm25_ranking(self, query: str, k: int) -> list[tuple[int, float]]:
        if not self.chunks:
            return []
        q = self.tokens(query)
        if not q:
            return []
        return self.bm25.top(q, k)

    def vector_ranking(self, query: str, k: int) -> list[tuple[int, float]]:
        if not self.chunks:
            return []
        embed_query = getattr(self.embedder, "embed_query", None)
        qv = embed_query(query) if embed_query else self.embedder.embed([query])[0]
        sims = self.vectors @ qv
        order = np.argsort(-sims)[:k]
        return [(int(i), float(sims[i])) for i in order]

    def search(self, query: str, k: int = 5, mode: str = "hybrid") -> list[Hit]:
        depth = max(k * 4, 20)
        b = self.bm25_ranking(query, depth) if mode in ("hybrid", "bm25") else []
        v = self.vector_ranking(query, depth) if mode in ("hybrid", "vector") else []
        fused: dict[int, list] = {}
        for rank, (i, _s) in enumerate(b):
            fused.setdefault(i, [0.0, None, None])
            fused[i][0] += 1.0 / (RRF_K + rank + 1)
            fused[i][1] = rank + 1
        for rank, (i, _s) in enumerate(v):
            fused.setdefault(i, [0.0, None, None])
            fused[i][0] += 1.0 / (RRF_K + rank + 1)
            fused[i][2] = rank + 1
        best = sorted(fused.items(), key=lambda kv: -kv[1][0])[:k]
        return [Hit(self.chunks[i], s, br, vr) for i, (s, br, vr) in best]
