"""The evaluation harness itself: a pooled slice scores every repeat's reports, once each."""

import json

from eval import run_eval


def test_pooled_slice_scores_all_repeats(tmp_path):
    out, corpus = tmp_path / "out", tmp_path / "corpus"
    assert run_eval.main(["--out", str(out), "--corpus", str(corpus), "--n", "4", "--slices", "a",
                          "--formats", "docx", "--repeats", "2"]) == 0
    results = json.loads((out / "rules.json").read_text(encoding="utf-8"))
    single, pooled = results["tuning"], results["tuning_pooled_x2"]
    assert single["reports"] == 4 and pooled["reports"] == 8
    assert sorted(p.name for p in corpus.iterdir()) == ["rules-a-n4-s1011", "rules-a-n4-s11"]
    seeded_single = sum(c["seeded"] for c in single["per_code"].values())
    seeded_pooled = sum(c["seeded"] for c in pooled["per_code"].values())
    assert seeded_pooled > seeded_single > 0
