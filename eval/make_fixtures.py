"""Write the committed sample reports and test fixtures.

    python -m eval.make_fixtures            # all (LibreOffice ones skipped if soffice is missing)

Outputs
  eval/samples/厦门示例电子有限公司-绿色工厂第三方评价报告.{pdf,docx}
  tests/fixtures/reports/factory_tp_clean.{docx,pdf}, factory_self_clean.docx,
  factory_tp_lo.pdf, lo-100pages.pdf   (+ <name>.truth.json for each)
"""
from __future__ import annotations

import datetime as dt
import json
import random
import sys
from pathlib import Path

from eval.generate import truth_json
from eval.generator.build import build_factory
from eval.generator.render_docx import render_docx
from eval.generator.render_lo import render_lo, soffice_path
from eval.generator.render_pdf import render_pdf

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "eval" / "samples"
FIX = ROOT / "tests" / "fixtures" / "reports"
SAMPLE_ENTITY = "厦门示例电子有限公司"


def _write_truth(r, path: Path, fmt: str, also: list[Path] | None = None) -> None:
    t = truth_json(r, path.name, fmt)
    if also:
        t["files"] = [path.name] + [p.name for p in also]
    stem = path.name.rsplit(".", 1)[0]
    (path.parent / f"{stem}.truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=2), encoding="utf-8")


def _pages(path: Path) -> int:
    import pypdfium2 as pdfium
    return len(pdfium.PdfDocument(str(path)))


def main() -> int:
    SAMPLES.mkdir(parents=True, exist_ok=True)
    FIX.mkdir(parents=True, exist_ok=True)
    done = []

    def sample_report():
        return build_factory(random.Random("sample-2026"), "a", "third_party", entity_name=SAMPLE_ENTITY,
                             report_date=dt.date(2026, 3, 20), industry_code="C3982")

    stem = f"{SAMPLE_ENTITY}-绿色工厂第三方评价报告"
    r = sample_report()
    pd = render_docx(r, SAMPLES / f"{stem}.docx")
    pp = render_pdf(r, SAMPLES / f"{stem}.pdf")
    _write_truth(r, pp, "pdf", also=[pd])   # one truth for both renderings of the same report
    done += [pp, pd]

    def tp():
        return build_factory(random.Random("fixture-tp"), "a", "third_party", report_date=dt.date(2026, 4, 15))
    r = tp()
    pd = render_docx(r, FIX / "factory_tp_clean.docx")
    pp = render_pdf(r, FIX / "factory_tp_clean.pdf")
    _write_truth(r, pp, "pdf", also=[pd])
    done += [pd, pp]
    r = build_factory(random.Random("fixture-self"), "a", "self", report_date=dt.date(2026, 2, 27))
    done.append(render_docx(r, FIX / "factory_self_clean.docx"))
    _write_truth(r, done[-1], "docx")

    if soffice_path():
        r = build_factory(random.Random("fixture-lo"), "b", "third_party", report_date=dt.date(2026, 5, 8))
        done.append(render_lo(r, FIX / "factory_tp_lo.pdf"))
        _write_truth(r, done[-1], "lo")
        r = build_factory(random.Random("fixture-long"), "b", "third_party", report_date=dt.date(2026, 1, 22),
                          long=True)
        done.append(render_lo(r, FIX / "lo-100pages.pdf"))
        _write_truth(r, done[-1], "lo")
    else:
        print("soffice not found: skipped factory_tp_lo.pdf and lo-100pages.pdf", file=sys.stderr)

    for p in done:
        extra = f", {_pages(p)} pages" if p.suffix == ".pdf" else ""
        print(f"{p.relative_to(ROOT)}  {p.stat().st_size // 1024} KB{extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
