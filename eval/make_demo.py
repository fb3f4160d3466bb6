"""Write the demo report that `make run` reviews: the bundled sample with a few labelled defects.

    python -m eval.make_demo
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

from eval.generate import truth_json
from eval.generator.build import build_factory
from eval.generator.defects import inject
from eval.generator.render_pdf import render_pdf

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "eval" / "samples" / "厦门示例电子有限公司-绿色工厂第三方评价报告-送审稿.pdf"
CODES = ["STD.OUTDATED", "NUM.RECALC", "DATE.ORDER"]


def main() -> int:
    rng = random.Random("demo-2026")
    r = build_factory(rng, "a", "third_party", entity_name="厦门示例电子有限公司", report_date=dt.date(2026, 3, 20),
                      industry_code="C3982")
    inject(r, CODES, rng)
    render_pdf(r, OUT)
    truth = truth_json(r, OUT.name, "pdf")
    OUT.with_name(OUT.name.replace(".pdf", ".truth.json")).write_text(json.dumps(truth, ensure_ascii=False, indent=2),
                                                                      encoding="utf-8")
    print(OUT.relative_to(ROOT), [d["code"] for d in truth["defects"]])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
