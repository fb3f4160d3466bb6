"""The persistent chunk index: Chroma, embedded (PersistentClient under --home) or a server
(retrieval.chroma_url). Our hash embedding is registered with Chroma so a collection never
falls back to Chroma's default model (which downloads at run time); vectors are computed by
our embedder and passed in, so any backend works the same way."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import chromadb
from chromadb import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from reviewer.retrieval.chunks import Chunk
from reviewer.retrieval.embed import embedder_from_settings, hash_embed


@register_embedding_function
class ChromaHashEF(EmbeddingFunction[Documents]):
    def __init__(self, dim: int = 512):
        self.dim = dim

    def __call__(self, input: Documents) -> Embeddings:  # noqa: A002 - Chroma's signature
        return list(hash_embed(list(input), self.dim))

    @staticmethod
    def name() -> str:
        return "greenreview-hash"

    def get_config(self) -> dict:
        return {"dim": self.dim}

    @staticmethod
    def build_from_config(config: dict) -> "ChromaHashEF":
        return ChromaHashEF(int(config.get("dim", 512)))

    def default_space(self) -> str:
        return "cosine"


def client_for(settings):
    rs = settings.retrieval
    if rs.chroma_url:
        u = urlparse(rs.chroma_url)
        return chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or 8000, ssl=u.scheme == "https",
                                   settings=chromadb.config.Settings(anonymized_telemetry=False))
    path = Path(settings.home) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(path), settings=chromadb.config.Settings(anonymized_telemetry=False))


class ChromaIndex:
    def __init__(self, settings, client=None):
        rs = settings.retrieval
        self.embedder = embedder_from_settings(rs)
        self.client = client or client_for(settings)
        name = f"greenreview-chunks-{rs.embedding}-{rs.embedding_dim if rs.embedding == 'hash' else 'ext'}"
        self.col = self.client.get_or_create_collection(
            name, embedding_function=ChromaHashEF(rs.embedding_dim) if rs.embedding == "hash" else None,
            metadata={"hnsw:space": "cosine"})

    def index(self, report_id: str, chunks: list[Chunk], meta: dict) -> int:
        """Replace the report's chunks (idempotent: re-indexing never duplicates)."""
        self.delete(report_id)
        if not chunks:
            return 0
        base = {k: v for k, v in meta.items() if v is not None}
        vecs = self.embedder.embed([c.text for c in chunks])
        for i in range(0, len(chunks), 1000):
            part = chunks[i: i + 1000]
            self.col.add(
                ids=[f"{report_id}:{c.no}" for c in part],
                documents=[c.text for c in part],
                embeddings=[v.tolist() for v in vecs[i: i + 1000]],
                metadatas=[{**base, "report_id": report_id, "page": c.page, "section": c.section[:200], "kind": c.kind,
                            "blocks": ",".join(map(str, c.blocks))} for c in part],
            )
        return len(chunks)

    def delete(self, report_id: str) -> None:
        self.col.delete(where={"report_id": report_id})

    def count(self, report_id: str | None = None) -> int:
        if report_id is None:
            return self.col.count()
        return len(self.col.get(where={"report_id": report_id}, include=[])["ids"])

    def query(self, text: str, k: int = 5, where: dict | None = None) -> list[dict]:
        qv = self.embedder.embed([text])[0].tolist()
        res = self.col.query(query_embeddings=[qv], n_results=k, where=where, include=["documents", "metadatas", "distances"])
        out = []
        for i, cid in enumerate(res["ids"][0]):
            out.append({"id": cid, "text": res["documents"][0][i], "meta": res["metadatas"][0][i],
                        "score": 1.0 - float(res["distances"][0][i])})
        return out
