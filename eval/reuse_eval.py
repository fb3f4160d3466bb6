"""Reuse evaluation on a generated corpus (issue 6 acceptance).

    python -m eval.reuse_eval [--clean 36] [--agencies 5] [--seed 6] [--home DIR] [--json OUT]

Builds one template (factory third-party reports, wording style a) for ``--clean``
enterprises spread over ``--agencies`` agencies (each agency adds its own methodology
paragraphs, with its own figures, to every report: normal practice, must not count), then
seeds:

* text reuse: 2-3 enterprise-specific paragraphs of report S copied into a new report T of
  another enterprise (names swapped, or not), same or different agency;
* data reuse: a numeric table of S copied into T (another enterprise);
* values across years: the same enterprise's next-year report repeating last year's
  year-table values under new year labels;
* independence: a third-party report whose narrative copies the enterprise's own
  self-evaluation (plus clean self/third-party pairs of the same enterprise, not copied).

Everything is rendered to DOCX, ingested in order with ``greenreview ingest``'s code path
(each report reviewed against what is already stored), then every report is reviewed again
against the whole corpus. Prints recall / precision per code and the number of flags between
reports that share nothing but template, standard and agency wording (must be 0).
"""

from __future__ import annotations

import argparse
import copy
import json
import random
import re
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from eval.generator.build import build
from eval.generator.entities import make_agency
from eval.generator.model import Heading, Para, Table
from eval.generator.render_docx import render_docx

CODES = ("FAB.TEXT_REUSE", "FAB.DATA_REUSE", "AGENCY.INDEPENDENCE")
TEXT_TAGS = ["energy_text", "pv_text", "water_text", "waste_text", "land_text", "profile", "co2_text", "haz_text"]
TABLE_TAGS = ["energy_table", "years_table", "waste_table", "savings_table"]
BODY_TAGS = ["profile", "profile2", "profile3", "veto", "basic_req", "infra", "infra2", "mgmt", "mgmt2", "energy_text",
             "intensity_text", "perf_intro", "co2_text", "pv_text", "energy_mgmt", "water_text", "water_mgmt",
             "waste_text", "haz_text", "clean", "env2", "product", "land_text", "score_intro", "conclusion"]


# ---------------------------------------------------------------------------- building
def _replace(r, old: str, new: str) -> None:
    if not old or old == new:
        return
    for b in r.blocks:
        if isinstance(b, (Para, Heading)):
            b.text = b.text.replace(old, new)
        elif isinstance(b, Table):
            for row in b.rows:
                for j, cell in enumerate(row):
                    row[j] = cell.replace(old, new)
    for k, v in list(r.meta.items()):
        if isinstance(v, str):
            r.meta[k] = v.replace(old, new)


def methodology(rng: random.Random, agency: dict) -> list[str]:
    """An agency's own standard paragraphs (with the agency's own figures)."""
    n_reports, hours, labs = rng.randint(120, 480), rng.randint(120, 360), rng.randint(110, 190)
    return [
        f"本机构依据自行编制的《绿色制造评价作业指导书》开展评价，评价实行组长负责制，报告须经技术负责人复核后签发。"
        f"本机构近三年累计出具绿色制造评价报告{n_reports}份，评价人员年度继续教育不少于{hours}学时。",
        f"评价组按照“文件评审—现场核查—数据复算—内部复核”四个环节开展工作，对关键数据抽取不少于{labs}条原始记录进行复算，"
        f"复算偏差超过1%的数据要求企业说明原因并提供佐证材料。",
    ]


def set_agency(r, agency: dict, method: list[str]) -> None:
    old = r.facts.get("agency") or {}
    for key in ("name", "address", "legal_rep", "legal_phone", "contact", "contact_phone", "lead", "lead_phone", "reviewer"):
        if old.get(key) and agency.get(key):
            _replace(r, old[key], agency[key])
    for a, b in zip(old.get("team", []), agency["team"]):
        _replace(r, a, b)
    r.facts["agency"] = agency
    r.truth["agency"] = agency["name"]
    # the agency's methodology paragraphs go after its "评价组织" paragraphs
    anchor = next((b for b in r.blocks if isinstance(b, Para) and b.tag in ("org", "plan")), None)
    if anchor is not None:
        r.insert_after(anchor, *[Para(t, tag="agency_method") for t in method])


def blocks_by_tag(r, tag, cls=Para):
    return [b for b in r.blocks if isinstance(b, cls) and b.tag == tag]


def entity(r) -> dict:
    return r.facts["entity"]


def swap_names(text: str, src, dst) -> str:
    for a, b in ((entity(src)["name"], entity(dst)["name"]), (entity(src)["uscc"], entity(dst)["uscc"])):
        text = text.replace(a, b)
    return text


# ---------------------------------------------------------------------------- corpus
def make_corpus(seed: int, n_clean: int, n_agencies: int, style: str = "a"):
    rng = random.Random(seed)
    agencies = []
    while len(agencies) < n_agencies:
        a = make_agency(rng)
        if a["name"] not in {x["name"] for x in agencies}:
            agencies.append(a)
    methods = [methodology(rng, a) for a in agencies]
    reports: list[tuple[str, object]] = []  # (key, Report) in ingest order
    truth: dict[tuple[str, str], set[str]] = defaultdict(set)  # (key, related key) -> codes expected
    seeded: set[str] = set()
    origins: dict[str, set] = defaultdict(set)  # report -> {(code, source report, tag)} it carries

    def tp(i, **kw):
        r = build(random.Random(rng.randrange(10**9)), style, "factory", "third_party", **kw)
        set_agency(r, agencies[i % n_agencies], methods[i % n_agencies])
        return r

    clean = []
    for i in range(n_clean):
        r = tp(i)
        key = f"clean{i:02d}"
        clean.append((key, r))
        reports.append((key, r))
    # text reuse
    for k in range(8):
        sk, s = clean[rng.randrange(len(clean))]
        same_agency = k % 2 == 0
        ai = agencies.index(s.facts["agency"]) if same_agency else rng.randrange(n_agencies)
        t = tp(ai)
        tags = [tg for tg in TEXT_TAGS if blocks_by_tag(s, tg) and blocks_by_tag(t, tg)]
        for tg in rng.sample(tags, min(len(tags), rng.choice([2, 3]))):
            origins[sk].add(("FAB.TEXT_REUSE", sk, tg))
            origins[f"text{k}"].add(("FAB.TEXT_REUSE", sk, tg))
            src = blocks_by_tag(s, tg)[0].text
            blocks_by_tag(t, tg)[0].text = src if k == 7 else swap_names(src, s, t)  # one case keeps the names
        key = f"text{k}"
        reports.append((key, t))
        truth[(key, sk)].add("FAB.TEXT_REUSE")
        truth[(sk, key)].add("FAB.TEXT_REUSE")
        seeded.update({key, sk})
    # data reuse
    for k in range(8):
        sk, s = clean[rng.randrange(len(clean))]
        t = tp(rng.randrange(n_agencies))
        tags = [tg for tg in TABLE_TAGS if blocks_by_tag(s, tg, Table) and blocks_by_tag(t, tg, Table)]
        tg = tags[k % len(tags)]
        blocks_by_tag(t, tg, Table)[0].rows = copy.deepcopy(blocks_by_tag(s, tg, Table)[0].rows)
        key = f"data{k}"
        origins[sk].add(("FAB.DATA_REUSE", sk, tg))
        origins[key].add(("FAB.DATA_REUSE", sk, tg))
        reports.append((key, t))
        truth[(key, sk)].add("FAB.DATA_REUSE")
        truth[(sk, key)].add("FAB.DATA_REUSE")
        seeded.update({key, sk})
    # same values, next year's labels (same enterprise)
    import datetime as dt

    for k in range(3):
        sk, s = clean[rng.randrange(len(clean))]
        rd = dt.date.fromisoformat(s.truth["report_date"]) + dt.timedelta(days=366)
        ts = blocks_by_tag(s, "years_table", Table)[0]
        for _ in range(50):  # the next year's report in the same table layout
            t = tp(agencies.index(s.facts["agency"]), entity_name=entity(s)["name"], report_date=rd)
            tt = blocks_by_tag(t, "years_table", Table)[0]
            if [len(r) for r in tt.rows] == [len(r) for r in ts.rows] and tt.rows[0][:2] == ts.rows[0][:2]:
                break
        _replace(t, entity(t)["uscc"], entity(s)["uscc"])
        for rs, rt in zip(ts.rows[1:], tt.rows[1:]):  # last year's values under this year's labels
            for j, cell in enumerate(rs):
                if j < len(rt) and not re.match(r"^(19|20)\d{2}", rt[j].strip()):
                    rt[j] = cell
        key = f"years{k}"
        origins[sk].add(("FAB.DATA_REUSE", sk, "years_table"))
        origins[key].add(("FAB.DATA_REUSE", sk, "years_table"))
        reports.append((key, t))
        truth[(key, sk)].add("FAB.DATA_REUSE")
        truth[(sk, key)].add("FAB.DATA_REUSE")
        seeded.update({key, sk})
    # self-evaluation copied by the third party; and clean pairs
    for k in range(6):
        self_r = build(random.Random(rng.randrange(10**9)), style, "factory", "self")
        t = tp(rng.randrange(n_agencies), entity_name=entity(self_r)["name"])
        _replace(t, entity(t)["uscc"], entity(self_r)["uscc"])
        sk, key = f"self{k}", (f"indep{k}" if k < 3 else f"pair{k}")
        if k < 3:
            for tg in BODY_TAGS:
                a, b = blocks_by_tag(self_r, tg), blocks_by_tag(t, tg)
                if a and b:
                    b[0].text = a[0].text
            truth[(key, sk)].add("AGENCY.INDEPENDENCE")
            seeded.update({key, sk})
        reports.append((sk, self_r))
        reports.append((key, t))
    # pairs that carry the same copied content (two copies of one source) are true reuse too
    allowed = defaultdict(set)
    for a, oa in origins.items():
        for b, ob in origins.items():
            if a != b:
                for code, _, _ in oa & ob:
                    allowed[(a, b)].add(code)
    for pair, codes in truth.items():
        allowed[pair] |= codes
    return reports, truth, allowed, seeded, agencies


# ---------------------------------------------------------------------------- run
def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--clean", type=int, default=36)
    ap.add_argument("--agencies", type=int, default=5)
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--style", default="a", choices=["a", "b", "c"], help="generator wording style (one template)")
    ap.add_argument("--home")
    ap.add_argument("--json")
    args = ap.parse_args(argv)

    from reviewer.corpus import Store
    from reviewer.corpus.batch import ingest_one
    from reviewer.service import ReviewService
    from reviewer.settings import Settings

    t0 = time.perf_counter()
    reports, truth, allowed, seeded, agencies = make_corpus(args.seed, args.clean, args.agencies, args.style)
    home = Path(args.home or tempfile.mkdtemp(prefix="greenreview-reuse-eval-"))
    store = Store(home)
    service = ReviewService(Settings(home=str(home)), corpus=store)
    files = home / "docx"
    files.mkdir(exist_ok=True)
    key_of: dict[str, str] = {}
    ingest_flags: list[tuple[str, str, str]] = []
    t_build = time.perf_counter() - t0
    t1 = time.perf_counter()
    for key, r in reports:
        path = render_docx(r, files / f"{key}.docx")
        res = ingest_one(service, store, path.read_bytes(), path.name)
        key_of[res["id"]] = key
        for f in res["review"].findings:
            if f.code in CODES and f.related_report:
                ingest_flags.append((key, f.code, f.related_report.id))
    t_ingest = time.perf_counter() - t1
    # final pass: every report against the whole corpus (never itself)
    t2 = time.perf_counter()
    flags: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.reports():
        doc = service.ingest(store.file_path(row["stored_path"]), filename=row["file_name"])
        review = service.review_document(doc, only=list(CODES))
        for f in review.findings:
            if f.related_report:
                flags[(key_of[row["id"]], key_of.get(f.related_report.id, "?"))].add(f.code)
    t_final = time.perf_counter() - t2
    for key, code, rel in ingest_flags:  # ingest-time flags count too (earlier report = related)
        flags[(key, key_of.get(rel, "?"))].add(code)

    out = {"reports": len(reports), "clean": args.clean, "agencies": len(agencies),
           "agency_reports": {a["name"]: sum(1 for _, r in reports if r.truth.get("agency") == a["name"]) for a in agencies},
           "codes": {}}
    for code in CODES:
        expected = {p for p, c in truth.items() if code in c}
        ok = {p for p, c in allowed.items() if code in c}
        got = {p for p, c in flags.items() if code in c}
        tp_ = len(expected & got)
        out["codes"][code] = {
            "expected": len(expected), "flagged": len(got), "true_positive": tp_,
            "recall": round(tp_ / len(expected), 3) if expected else None,
            "also_true": len((got & ok) - expected),  # two copies of the same source flagged together
            "precision": round(len(got & ok) / len(got), 3) if got else None,
            "missed": sorted("→".join(p) for p in expected - got),
            "false": sorted("→".join(p) for p in got - ok),
        }
    clean_keys = {k for k, _ in reports} - seeded
    between_clean = sorted(f"{a}→{b}:{','.join(sorted(c))}" for (a, b), c in flags.items()
                           if a in clean_keys or b in clean_keys
                           if not (c <= allowed.get((a, b), set())))
    out["flags_involving_clean_reports"] = between_clean
    out["seconds"] = {"build": round(t_build, 1), "render+ingest": round(t_ingest, 1), "final_review": round(t_final, 1)}
    print(f"语料：{len(reports)} 份报告（干净 {args.clean} 份，机构 {len(agencies)} 家），目录 {home}")
    for code, m in out["codes"].items():
        print(f"{code:22s} 召回 {m['recall']}  精确 {m['precision']}  （应检出 {m['expected']}，检出 {m['flagged']}）")
        if m["missed"]:
            print(f"    漏检：{', '.join(m['missed'])}")
        if m["false"]:
            print(f"    误报：{', '.join(m['false'])}")
    print(f"涉及干净报告的误报（只共享模板/标准/机构措辞）：{len(between_clean)}")
    for x in between_clean:
        print(f"    {x}")
    print(f"耗时：{out['seconds']}")
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=2), encoding="utf-8")
    ok = all((m["recall"] or 0) >= 0.95 for c, m in out["codes"].items()) and not between_clean
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
