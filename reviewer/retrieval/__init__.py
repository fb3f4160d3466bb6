"""Standards-aware retrieval: chunking, tokens, embeddings, hybrid search, Chroma index,
requirement coverage and questions answered with verbatim citations."""
