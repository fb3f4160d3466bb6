"""Hybrid search over one document: bm25s on domain tokens, cosine on embeddings,
fused by reciprocal rank. Built in memory per review (a 100-page report indexes in
well under a second), so coverage and questions need no server."""

from __future__ import annotations

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


class DocumentIndex:
    def __init__(self, chunks: list[Chunk], tokens: Tokens, embedder):
        import bm25s

        self.chunks = chunks
        self.tokens = tokens
        self.embedder = embedder
        corpus = [tokens(c.text) or ["∅"] for c in chunks]
        self.bm25 = bm25s.BM25()
        self.bm25.index(corpus, show_progress=False) if chunks else None
        self.vectors = embedder.embed([c.text for c in chunks]) if chunks else np.zeros((0, 1), np.float32)

    def bm25_ranking(self, query: str, k: int) -> list[tuple[int, float]]:
        if not self.chunks:
            return []
        q = self.tokens(query)
        if not q:
            return []
        k = min(k, len(self.chunks))
        docs, scores = self.bm25.retrieve([q], k=k, show_progress=False)
        return [(int(d), float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]

    def vector_ranking(self, query: str, k: int) -> list[tuple[int, float]]:
        if not self.chunks:
            return []
        qv = self.embedder.embed([query])[0]
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
