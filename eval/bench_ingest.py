"""Benchmark: ingestion speed and memory on a 100-page LibreOffice-made PDF.

    python -m eval.bench_ingest [--pdf PATH] [--repeat 3]

Prints pages/second for ingestion with the pdfium text layer and with pypdf,
ingestion+structure end to end, a full deterministic review, and the time pypdf
alone needs to extract the text, with peak RSS of each run (a fresh subprocess
each, so peaks do not mix). Target (issue 2): >= 100 pages/s for ingestion +
structure; (issue 3): full review faster than pypdf's plain extraction, peak RSS <= 500 MB.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_PDF = Path("tests/fixtures/reports/lo-100pages.pdf")

_CHILD = r"""
import json, resource, sys, time
mode, path, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
from reviewer.settings import Settings
best = None
for _ in range(repeat):
    t0 = time.perf_counter()
    if mode == "pypdf-extract":
        import pypdf
        r = pypdf.PdfReader(path)
        pages = len(r.pages)
        text = "".join(p.extract_text() or "" for p in r.pages)
    else:
        from reviewer.service import ReviewService
        s = Settings(home="/nonexistent-bench")
        if mode == "ingest-pypdf":
            s.ingest.pdf_text_engine = "pypdf"
        svc = ReviewService(s)
        if mode in ("ingest-pdfium", "ingest-pypdf"):
            doc = svc.ingest(path); pages = doc.pages
        elif mode == "ingest+structure":
            doc = svc.ingest(path); svc.facts(doc); pages = doc.pages
        elif mode == "review":
            rv = svc.review_file(path); pages = rv.report.pages
    dt = time.perf_counter() - t0
    best = dt if best is None else min(best, dt)
print(json.dumps({"mode": mode, "seconds": best, "pages": pages,
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(mode: str, pdf: Path, repeat: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _CHILD, mode, str(pdf), str(repeat)], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--pdf", type=Path, default=DEFAULT_PDF)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    if not args.pdf.exists():
        print(f"找不到基准文件 {args.pdf} / benchmark PDF not found", file=sys.stderr)
        return 2
    rows = [run(m, args.pdf, args.repeat) for m in
            ("pypdf-extract", "ingest-pdfium", "ingest-pypdf", "ingest+structure", "review")]
    print(f"benchmark file: {args.pdf} ({rows[0]['pages']} pages), best of {args.repeat}")
    print(f"{'run':<20}{'seconds':>10}{'pages/s':>10}{'peak RSS MB':>13}")
    for r in rows:
        print(f"{r['mode']:<20}{r['seconds']:>10.3f}{r['pages'] / r['seconds']:>10.1f}{r['peak_rss_mb']:>13.0f}")
    by = {r["mode"]: r for r in rows}
    ratio = by["review"]["seconds"] / by["pypdf-extract"]["seconds"]
    print(f"full deterministic review / pypdf text extraction = {ratio:.3f} (target < 1)")
    print(f"ingest+structure: {by['ingest+structure']['pages'] / by['ingest+structure']['seconds']:.0f} pages/s (target >= 100)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"runs": rows, "review_over_pypdf": ratio}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
