"""Benchmark: what retrieval adds to a review, and query latency on a 1,000-report Chroma index.

    python -m eval.bench_retrieval [--pdf tests/fixtures/reports/lo-100pages.pdf] [--reports 1000] [--chunks 20]

1. Review of a 100-page PDF with retrieval (coverage) on vs off, and indexing its chunks into the
   persistent Chroma store (target: indexing adds <= 1 s).
2. A synthetic index of N reports x M chunks (generated Chinese sentences, hash embeddings),
   then 200 filtered and unfiltered queries (target: <= 50 ms per query).
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time

WORDS = ("能源 管理 体系 认证 综合能耗 单位产值 光伏 发电量 重复利用率 固体废物 综合利用 容积率 建筑系数 排污许可 监测 "
         "废水 废气 噪声 碳足迹 生态设计 供应商 绿色采购 节能改造 余热回收 空压机 变频 照明 计量器具 台账 统计报表").split()


def sentence(rng: random.Random) -> str:
    return "".join(rng.choice(WORDS) for _ in range(rng.randint(20, 40))) + f"{rng.uniform(1, 999):.2f}。"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pdf", default="tests/fixtures/reports/lo-100pages.pdf")
    ap.add_argument("--reports", type=int, default=1000)
    ap.add_argument("--chunks", type=int, default=20)
    args = ap.parse_args(argv)
    from reviewer.retrieval.chroma_index import ChromaIndex
    from reviewer.retrieval.chunks import Chunk
    from reviewer.service import ReviewService
    from reviewer.settings import load_settings

    home = tempfile.mkdtemp(prefix="greenreview-bench-")
    on = ReviewService(load_settings(home))
    off = ReviewService(load_settings(home, {"retrieval.enabled": False}))
    doc = on.ingest(args.pdf)
    off.review_document(doc)  # warm caches (catalog, regexes)
    t0 = time.perf_counter()
    off.review_document(doc)
    t_off = time.perf_counter() - t0
    on.review_document(doc)  # warm the tokenizer
    from reviewer.retrieval import session

    session._CACHE.clear()
    t0 = time.perf_counter()
    on.review_document(doc)
    t_on = time.perf_counter() - t0
    facts = on.facts(doc)
    on.index_document(doc, facts)  # create the collection
    t0 = time.perf_counter()
    n = on.index_document(doc, facts)
    t_index = time.perf_counter() - t0
    print(f"{doc.pages}-page report: review without retrieval {t_off:.3f} s, with coverage {t_on:.3f} s "
          f"(+{t_on - t_off:.3f} s); indexing {n} chunks into Chroma {t_index:.3f} s "
          f"-> retrieval adds {t_on - t_off + t_index:.3f} s (target <= 1 s)")

    rng = random.Random(7)
    index = ChromaIndex(on.settings)
    t0 = time.perf_counter()
    for r in range(args.reports):
        chunks = [Chunk(i, sentence(rng), 1 + i // 3, "三、评价内容", [i]) for i in range(args.chunks)]
        index.index(f"synthetic-{r:05d}", chunks, {"agency": f"机构{r % 40}", "type": "factory"})
    t_build = time.perf_counter() - t0
    lat, flat = [], []
    for q in range(200):
        text = sentence(rng)[:30]
        t0 = time.perf_counter()
        index.query(text, k=5)
        lat.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        index.query(text, k=5, where={"agency": f"机构{q % 40}"})
        flat.append(time.perf_counter() - t0)
    p = lambda xs, q: sorted(xs)[int(q * (len(xs) - 1))] * 1000  # noqa: E731
    print(f"synthetic index: {args.reports} reports x {args.chunks} chunks = {index.count()} chunks built in {t_build:.1f} s")
    print(f"query latency: median {statistics.median(lat) * 1000:.1f} ms, p95 {p(lat, .95):.1f} ms; "
          f"filtered by agency: median {statistics.median(flat) * 1000:.1f} ms, p95 {p(flat, .95):.1f} ms (target <= 50 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
