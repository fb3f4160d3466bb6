"""Retrieval and coverage evaluation on generated reports (no model, offline).

    python -m eval.retrieval_eval [--n 24] [--seed 21] [--out eval/results]

1. Questions: 12 questions worded differently from the catalogs' search terms (e.g. "每万元产值要
   消耗多少标准煤？" for 单位产值综合能耗). A chunk is relevant when it holds the answer pattern.
   recall@5 and MRR for BM25 alone, vectors alone and the hybrid (RRF), over questions that have an
   answer in the report.
2. Coverage: requirement areas every generated factory report writes about are removed one at a
   time from the parsed document (every block naming the requirement); CLAUSE.MISSING must then
   name that requirement (recall). On the untouched clean reports, CLAUSE.MISSING for those same
   requirements is a false "missing".
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

QUESTIONS = [
    ("每万元产值要消耗多少标准煤？", r"(?:单位产值|万元产值)综合能耗[^\n]{0,24}\d"),
    ("企业的水循环利用水平怎样？", r"重复利用率[^\n]{0,12}\d"),
    ("固体废弃物有多少被综合利用了？", r"综合利用(?:率|量)[^\n]{0,12}\d"),
    ("厂房屋顶装了多大的光伏？", r"光伏[^\n]{0,40}(?:MW|kW|发电量)"),
    ("是否通过能源管理体系认证？", r"ISO\s*50001|GB/T\s*23331|能源管理体系"),
    ("评价组哪天到企业现场的？", r"现场[^\n]{0,30}\d{4}\s*年|\d{4}\s*年[^\n]{0,40}现场"),
    ("排污许可证的编号是多少？", r"排污许可证[^\n]{0,40}[0-9A-Z]{12,}"),
    ("厂区的容积率是多少？", r"容积率[^\n]{0,8}\d"),
    ("电力折算成标准煤用的系数是多少？", r"0\.1229|折标(?:准煤)?系数"),
    ("碳排放计算采用的电网排放因子是哪一年的？", r"排放因子[^\n]{0,40}0\.5\d{3}|0\.5\d{3}[^\n]{0,30}(?:kgCO|千克二氧化碳)"),
    ("企业近三年有没有发生环境污染事故？", r"事故"),
    ("这份报告最后给了多少分？", r"(?:得分|合计|总分)[^\n]{0,12}\d{2}(?:\.\d)?"),
]

# Requirement areas every generated factory report addresses, per catalog.
AREAS = {
    "gbt36132_2025": ["F25.ENERGY.INTENSITY", "F25.RESOURCE.WATER_REUSE", "F25.RESOURCE.SOLID_WASTE", "F25.LAND.FAR",
                      "F25.ENERGY.RENEWABLE"],
    "gbt36132_2018": ["F18.PERF.ENERGY_PER_UNIT", "F18.PERF.SOLID_WASTE_UTIL", "F18.PERF.FAR", "F18.MGMT.ENMS",
                      "F18.PERF.BUILDING_DENSITY"],
}


def make_reports(n: int, seed: int, out: Path) -> list[Path]:
    from eval.generator.build import build
    from eval.generator.render_docx import render_docx

    paths = []
    for i in range(n):
        style = "abcd"[i % 4]
        kind = "third_party" if i % 3 else "self"
        r = build(random.Random(f"retr-{seed}-{i}"), style, "factory", kind)
        paths.append(render_docx(r, out / f"r{i:03d}-{style}.docx"))
    return paths


def question_metrics(service, docs) -> dict:
    from reviewer.retrieval.session import document_index

    results = {m: {"hits": 0, "rr": [], "n": 0} for m in ("bm25", "vector", "hybrid")}
    per_q = {q: 0 for q, _ in QUESTIONS}
    latencies = []
    for doc in docs:
        index = document_index(doc, service.catalog, service.settings)
        for q, pat in QUESTIONS:
            rx = re.compile(pat)
            relevant = {c.no for c in index.chunks if rx.search(c.text)}
            if not relevant:
                continue
            per_q[q] += 1
            for mode in results:
                t0 = time.perf_counter()
                hits = index.search(q, k=5, mode=mode)
                latencies.append(time.perf_counter() - t0)
                ranks = [i for i, h in enumerate(hits, 1) if h.chunk.no in relevant]
                results[mode]["n"] += 1
                results[mode]["hits"] += bool(ranks)
                results[mode]["rr"].append(1 / ranks[0] if ranks else 0.0)
    table = {m: {"questions": r["n"], "recall@5": round(r["hits"] / r["n"], 3) if r["n"] else None,
                 "mrr": round(statistics.mean(r["rr"]), 3) if r["rr"] else None} for m, r in results.items()}
    return {"by_mode": table, "answerable_per_question": per_q,
            "query_ms_p50": round(statistics.median(latencies) * 1000, 2) if latencies else None}


def _without(doc, pattern: re.Pattern):
    from reviewer.document import Document

    keep = [b for b in doc.blocks if not pattern.search(b.text)]
    import copy

    blocks = [copy.copy(b) for b in keep]
    d = Document(source=doc.source, sha256=doc.sha256[:-8] + "deadbeef", format=doc.format, pages=doc.pages,
                 blocks=blocks, meta=doc.meta, parser=doc.parser)
    return d.finalize()


def coverage_metrics(service, docs) -> dict:
    from reviewer.retrieval.coverage import term_pattern

    reqs = {r["id"]: r for r in service.catalog.requirements}
    seeded = detected = 0
    clean_missing = []
    clean_missing_any = []
    for doc in docs:
        review = service.review_document(doc)
        catalog_id = next((c for c in AREAS if any(i["id"] in AREAS[c] for i in (review.checklist or []))), None)
        if catalog_id is None:
            continue
        missing = {f.requirement for f in review.findings if f.code == "CLAUSE.MISSING"}
        area_labels = {f"{reqs[i].get('standard') or ''} {reqs[i].get('clause', '')}".strip(): i for i in AREAS[catalog_id]}
        clean_missing.append(sum(1 for lab in area_labels if lab in missing))
        clean_missing_any.append(len(missing))
        for label, rid in area_labels.items():
            seeded_doc = _without(doc, term_pattern(reqs[rid]["terms"]))
            r2 = service.review_document(seeded_doc, only=["CLAUSE.MISSING"])
            seeded += 1
            detected += any(f.code == "CLAUSE.MISSING" and f.requirement == label for f in r2.findings)
    return {"seeded_missing": seeded, "detected": detected,
            "recall": round(detected / seeded, 3) if seeded else None,
            "false_missing_per_clean_report": round(statistics.mean(clean_missing), 3) if clean_missing else None,
            "clause_missing_findings_per_clean_report_all_requirements":
                round(statistics.mean(clean_missing_any), 2) if clean_missing_any else None}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--n", type=int, default=24)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--out", default="eval/results")
    args = ap.parse_args(argv)
    from reviewer.service import ReviewService
    from reviewer.settings import Settings

    service = ReviewService(Settings(home=tempfile.mkdtemp(prefix="greenreview-retr-")))
    with tempfile.TemporaryDirectory() as tmp:
        paths = make_reports(args.n, args.seed, Path(tmp))
        docs = [service.ingest(p) for p in paths]
    q = question_metrics(service, docs)
    c = coverage_metrics(service, docs)
    print(f"{'mode':8} {'questions':>9} {'recall@5':>9} {'MRR':>6}")
    for mode, r in q["by_mode"].items():
        print(f"{mode:8} {r['questions']:>9} {r['recall@5']:>9} {r['mrr']:>6}")
    print(f"query p50: {q['query_ms_p50']} ms")
    print(f"coverage: CLAUSE.MISSING recall {c['recall']} ({c['detected']}/{c['seeded_missing']}), "
          f"false 'missing' per clean report {c['false_missing_per_clean_report']} (areas the reports address); "
          f"CLAUSE.MISSING per clean report over the whole catalog {c['clause_missing_findings_per_clean_report_all_requirements']}")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "retrieval.json").write_text(json.dumps({"questions": q, "coverage": c, "reports": args.n}, ensure_ascii=False,
                                                   indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
