"""Corpus scale benchmark (issue 6): 10,000 reports' worth of paragraphs.

    python -m eval.bench_corpus [--reports 10000] [--sample 200] [--home DIR] [--json OUT]

1. Fills a corpus with ``--reports`` generated third-party reports (eval/generator, wording
   styles a/b/c, many agencies) converted straight to Documents — no PDF/DOCX parsing. The
   bulk fill writes the reuse index and the report row with facts taken from the generator's
   ground truth (so the fill itself measures the corpus layer: ``corpus write reports/s``).
2. With the corpus full, ingests ``--sample`` more reports the way ``greenreview ingest`` does
   after parsing: structure/facts, the full rule review (including every corpus check against
   10,000 reports), index and store (``ingest reports/s excluding parsing``).
3. Times the reuse query for a new ~100-page report (tests/fixtures/reports/lo-100pages.pdf,
   parsed beforehand, not timed): find_reuse alone, and the six corpus checks together.
4. Prints peak RSS of the process.

Targets: reuse query <= 1 s, ingest >= 20 reports/s excluding PDF parsing, memory <= 2 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

from reviewer.document import Block, BlockKind, Document, FileMeta

BIG_PDF = Path("tests/fixtures/reports/lo-100pages.pdf")
CORPUS_CODES = ["FAB.TEXT_REUSE", "FAB.DATA_REUSE", "FAB.DIGITS", "AGENCY.BANNED", "AGENCY.CAP_EXCEEDED",
                "AGENCY.INDEPENDENCE"]


def to_document(report, name: str) -> Document:
    """A generator Report as a parsed Document (what DOCX parsing would give, minus the parser)."""
    from eval.generator.model import Heading, PageBreak, Para, Table

    blocks, page, section = [], 1, []
    for b in report.blocks:
        if isinstance(b, PageBreak):
            page += 1
        elif isinstance(b, Heading):
            section = [s for s in section if s[0] < b.level] + [(b.level, b.text)]
            blocks.append(Block(0, BlockKind.HEADING, b.text, page, level=b.level, title=b.text,
                                section=tuple(t for _, t in section)))
        elif isinstance(b, Para):
            blocks.append(Block(0, BlockKind.PARAGRAPH, b.text, page, section=tuple(t for _, t in section),
                                hidden=b.hidden))
        elif isinstance(b, Table):
            rows = [list(r) for r in b.rows]
            blocks.append(Block(0, BlockKind.TABLE, "\n".join("\t".join(r) for r in rows), page,
                                section=tuple(t for _, t in section), rows=rows, header_rows=b.header_rows))
    text = "\n".join(b.text for b in blocks)
    doc = Document(source=name, sha256=hashlib.sha256(text.encode()).hexdigest(), format="docx", pages=page,
                   blocks=blocks, meta=FileMeta(), parser={"name": "generator"})
    return doc.finalize()


class TruthFacts:
    """The few facts the store needs, from the generator's ground truth (bulk fill only)."""

    def __init__(self, report):
        t = report.truth
        self.type, self.kind, self.regime = t["type"], t["kind"], None
        self.entity, self.uscc, self.agency = t["entity"], t["uscc"], t.get("agency")
        ag = report.facts.get("agency") or {}
        self._values = {"agency_legal_rep": ag.get("legal_rep"), "legal_rep": (report.facts.get("entity") or {}).get("legal_rep")}

        class _D:
            value = dt.date.fromisoformat(t["report_date"])

        self.report_date = _D()

    def value(self, key):
        return self._values.get(key)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class WorkerMemory:
    """Peak RSS of this process's descendants (the ingest workers fork from a forkserver, so
    RUSAGE_CHILDREN never sees them): sampled twice a second while the block runs."""

    def __init__(self):
        self.peak_each = self.peak_sum = 0.0
        self.cpu: dict[int, float] = {}  # pid -> CPU seconds (user + system) at the last sample
        self._stop = threading.Event()

    def _sample(self):
        import psutil

        me = psutil.Process()
        while not self._stop.wait(0.2):
            rss = []
            for c in me.children(recursive=True):
                try:
                    rss.append(c.memory_info().rss / 1048576)
                    t = c.cpu_times()
                    self.cpu[c.pid] = t.user + t.system
                except psutil.Error:
                    pass
            if rss:
                self.peak_each, self.peak_sum = max(self.peak_each, max(rss)), max(self.peak_sum, sum(rss))

    def __enter__(self):
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reports", type=int, default=10000)
    ap.add_argument("--sample", type=int, default=200)
    ap.add_argument("--home")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="ingest worker processes")
    ap.add_argument("--keep-corpus", action="store_true",
                    help="with --home: reuse a corpus filled by an earlier run (steps 2-4 only)")
    ap.add_argument("--json")
    args = ap.parse_args(argv)

    from eval.generator.build import build
    from reviewer.corpus import Store
    from reviewer.corpus.reuse import doc_passages, find_reuse, index_report, ingest_document, report_names, table_values
    from reviewer.service import ReviewService
    from reviewer.settings import Settings

    home = Path(args.home or tempfile.mkdtemp(prefix="greenreview-bench-corpus-"))
    store = Store(home)
    settings = Settings(home=str(home))
    rng = random.Random(args.seed)
    styles = ["a", "b", "c"]
    out: dict = {"reports": args.reports, "home": str(home)}

    # 1. bulk fill
    t_gen = t_write = 0.0
    paragraphs = 0
    last = time.perf_counter()
    have = store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] if args.keep_corpus else 0
    if have >= args.reports:  # the samples below must be new reports: skip the draws earlier runs used
        for _ in range(have):
            rng.randrange(10**12)
    for i in range(args.reports if have < args.reports else 0):
        t0 = time.perf_counter()
        r = build(random.Random(rng.randrange(10**12)), styles[i % 3], "factory", "third_party")
        doc = to_document(r, f"bulk{i:05d}.docx")
        t1 = time.perf_counter()
        facts = TruthFacts(r)
        data = doc.text.encode("utf-8")
        index_report(store, hashlib.sha256(data).hexdigest(), doc, facts)
        store.add_report(data, doc, facts, None, actor="bench")
        t2 = time.perf_counter()
        t_gen += t1 - t0
        t_write += t2 - t1
        paragraphs += sum(1 for b in doc.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE))
        if time.perf_counter() - last > 10:
            last = time.perf_counter()
            print(f"  填充 {i + 1}/{args.reports}，写入 {(i + 1) / t_write:.0f} 份/秒，RSS {rss_mb():.0f} MB", file=sys.stderr)
    db_mb = sum(p.stat().st_size for p in home.glob("corpus.sqlite3*")) / 1048576
    passages = store.db.execute("SELECT COUNT(*) FROM passages").fetchone()[0]
    out["fill"] = {"blocks": paragraphs, "passages_indexed": passages, "generate_s": round(t_gen, 1),
                   "write_s": round(t_write, 1), "db_mb": round(db_mb, 1),
                   "corpus_write_reports_per_s": round(args.reports / t_write, 1) if t_write else None}

    # 2. ingest samples the way `greenreview ingest` does after parsing (reviewer.corpus.batch.run):
    #    serially, then with worker processes drafting reviews while this process checks and writes
    from reviewer.corpus.batch import Item, run

    service = ReviewService(settings, corpus=store)
    out["ingest"] = {}
    for label, workers, n in (("serial", 1, max(20, args.sample // 4)), ("parallel", args.workers, args.sample)):
        items = []
        for i in range(n):
            r = build(random.Random(rng.randrange(10**12)), styles[i % 3], "factory", "third_party")
            doc = to_document(r, f"sample-{label}-{i:04d}.docx")
            items.append(Item(doc.source, doc.source, (lambda d=doc: d.text.encode("utf-8")), doc=doc))
        with WorkerMemory() as mem:
            t0, c0 = time.perf_counter(), time.process_time()
            stored = sum(1 for res in run(service, store, items, actor="bench", workers=workers)
                         if res["status"] == "stored")
            seconds, main_cpu = time.perf_counter() - t0, time.process_time() - c0
        out["peak_rss_workers_mb"] = max(out.get("peak_rss_workers_mb", 0), round(mem.peak_sum, 1))
        out["ingest"][label] = {"reports": n, "stored": stored, "workers": workers, "seconds": round(seconds, 2),
                                "reports_per_s": round(n / seconds, 1),
                                # where the CPU goes (the workers' figure misses at most their last 0.2 s)
                                "cpu_ms_per_report_main": round(1000 * main_cpu / n, 1),
                                "cpu_ms_per_report_workers": round(1000 * sum(mem.cpu.values()) / n, 1)}
    out["ingest"]["reports_per_s"] = out["ingest"]["parallel"]["reports_per_s"]

    # 3. reuse query for a new 100-page report
    if BIG_PDF.exists():
        big = service.ingest(BIG_PDF)
    else:  # eight generated reports back to back
        from eval.generator.model import PageBreak, Report

        blocks = []
        for i in range(8):
            blocks += build(random.Random(i), "a", "factory", "third_party").blocks + [PageBreak()]
        big = to_document(Report(blocks=blocks), "big.docx")
    facts = service.facts(big)
    times, checks = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        ps = doc_passages(big, report_names(facts))
        res = find_reuse(store, ps, exclude={big.sha256}, settings=settings.corpus,
                         catalog_dir=settings.rules.catalog_dir, table_vals=table_values(big))
        times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        service.review_document(big, only=CORPUS_CODES)
        checks.append(time.perf_counter() - t0)
    out["query"] = {"pages": big.pages, "passages": len(ps), "find_reuse_s": round(min(times), 3),
                    "corpus_checks_s": round(min(checks), 3), "boilerplate_passages": res.boilerplate}
    out["peak_rss_mb"] = round(rss_mb(), 1)
    out["peak_rss_total_mb"] = round(out["peak_rss_mb"] + out.get("peak_rss_workers_mb", 0), 1)

    print(f"报告库：{args.reports} 份报告，{paragraphs} 个段落/表格块，索引 {passages} 个片段，数据库 {db_mb:.0f} MB（{home}）")
    print(f"库写入（索引+入库，不含解析与审查）：{out['fill']['corpus_write_reports_per_s']} 份/秒")
    ing = out["ingest"]
    print(f"入库（解析之外的全部：结构识别、全部规则审查含库比对、索引、入库），库规模 {args.reports}："
          f"{ing['parallel']['workers']} 个工作进程 {ing['parallel']['reports_per_s']} 份/秒（{ing['parallel']['reports']} 份）；"
          f"单进程 {ing['serial']['reports_per_s']} 份/秒（{ing['serial']['reports']} 份）")
    print(f"新报告复用查询（{big.pages} 页，{len(ps)} 个片段）：find_reuse {out['query']['find_reuse_s']} 秒，"
          f"六项库检查合计 {out['query']['corpus_checks_s']} 秒")
    print(f"峰值内存 RSS：主进程 {out['peak_rss_mb']} MB，工作进程合计 {out.get('peak_rss_workers_mb', 0)} MB，"
          f"总计不超过 {out['peak_rss_total_mb']} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    ok = out["query"]["corpus_checks_s"] <= 1.0 and out["ingest"]["reports_per_s"] >= 20 and out["peak_rss_total_mb"] <= 2048
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
