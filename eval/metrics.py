"""Per-code precision/recall from labelled reports (truth.json) and review@1 results."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

SCORED_SEVERITIES = ("high", "medium", "low")


@dataclass
class CodeStats:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    seeded: int = 0
    missed: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None


def score(pairs, codes: set[str] | None = None) -> dict:
    """``pairs``: iterable of (truth dict, review dict). Only ``codes`` are scored (default: all seeded)."""
    stats: dict[str, CodeStats] = defaultdict(CodeStats)
    clean_reports = 0
    clean_fp_hm = 0
    clean_fp_details: list[str] = []
    for truth, review in pairs:
        name = truth["file"]
        labelled = {d["code"] for d in truth.get("defects", [])}
        raised = {f["code"] for f in review["findings"] if f["severity"] in SCORED_SEVERITIES}
        for code in labelled:
            stats[code].seeded += 1
            if code in raised:
                stats[code].tp += 1
            else:
                stats[code].fn += 1
                stats[code].missed.append(name)
        for f in review["findings"]:
            if f["severity"] not in SCORED_SEVERITIES or f["code"] in labelled:
                continue
            stats[f["code"]].fp += 1
            stats[f["code"]].false_alarms.append(f"{name}: {f['message'][:120]}")
        if not labelled:
            clean_reports += 1
            hm = [f for f in review["findings"] if f["severity"] in ("high", "medium")]
            clean_fp_hm += len(hm)
            clean_fp_details += [f"{name}: {f['code']} {f['message'][:100]}" for f in hm]
    scope = codes if codes is not None else set(stats)
    per_code = {
        code: {"seeded": s.seeded, "tp": s.tp, "fn": s.fn, "fp": s.fp,
               "recall": _r(s.recall), "precision": _r(s.precision),
               "missed": s.missed[:10], "false_alarms": s.false_alarms[:10]}
        for code, s in sorted(stats.items()) if code in scope or s.fp
    }
    return {
        "per_code": per_code,
        "clean_reports": clean_reports,
        "hm_false_positives_per_clean_report": _r(clean_fp_hm / clean_reports) if clean_reports else None,
        "clean_false_positives": clean_fp_details[:30],
    }


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def table(result: dict, title: str) -> str:
    lines = [title, f"{'code':<22}{'seeded':>7}{'tp':>5}{'fn':>5}{'fp':>5}{'recall':>9}{'precision':>11}"]
    for code, s in result["per_code"].items():
        rec = "—" if s["recall"] is None else f"{s['recall']:.3f}"
        pre = "—" if s["precision"] is None else f"{s['precision']:.3f}"
        lines.append(f"{code:<22}{s['seeded']:>7}{s['tp']:>5}{s['fn']:>5}{s['fp']:>5}{rec:>9}{pre:>11}")
    lines.append(f"clean reports: {result['clean_reports']}, high/medium false positives per clean report: "
                 f"{result['hm_false_positives_per_clean_report']}")
    return "\n".join(lines)
