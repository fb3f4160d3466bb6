"""Generate a labelled corpus of sample green-manufacturing evaluation reports.

    python -m eval.generate --out DIR --n 48 --seed 11 --style a|b|…|z|aa|…|az|ba|…|bz|ca|…|cz|da|db|dc|dd|de|df|dg|dh|di|dj|dk|dl|dm|dn|do|dp|dq|dr|ds|dt|du|dv|dw|dx|dy --formats docx,pdf[,lo]
        --defects all|none

Each report is written in ONE format (formats alternate across reports) next to
``<stem>.truth.json``.  With ``--defects all`` 25 % of the reports are clean and
the rest carry 1-2 defects from different families; every finding code is seeded
at least twice when n >= 40.

Styles g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, ab, ac, ad, ae, af, ag, ah, ai, aj, ak, al, am, an, ao, ap, aq, ar, as, at, au, av, aw, ax, ay, az, ba, bb, bc, bd, be, bf, bg, bh, bi, bj, bk, bl, bm, bn, bo, bp, bq, bs, br, bt, bu, bv, bw, bx, by, bz, ca, cb, cc, cd, ce, cf, cg, ch, ci, cj, ck, cl, cm, cn, co, cp, cq, cr, cs, ct, cu, cv, cw, cx, cy, cz, da, db, dc, dd, de, df, dg, dh, di, dj, dk, dl, dm, dn, do, dp, dq, dr, ds, dt, du, dv, dw, dx and dy are blind held-back slices: each is a separate writer's register (phrase banks
eval/generator/phrases_g.py … phrases_z.py, phrases_aa.py, phrases_ab.py, phrases_ac.py, phrases_ad.py, phrases_ae.py, phrases_af.py, phrases_ag.py, phrases_ah.py, phrases_ai.py, phrases_aj.py, phrases_ak.py, phrases_al.py, phrases_am.py, phrases_an.py, phrases_ao.py, phrases_ap.py, phrases_aq.py, phrases_ar.py, phrases_as.py, phrases_at.py, phrases_au.py, phrases_av.py, phrases_aw.py, phrases_ax.py, phrases_ay.py, phrases_az.py, phrases_ba.py, phrases_bb.py, phrases_bc.py, phrases_bd.py, phrases_be.py, phrases_bf.py, phrases_bg.py, phrases_bh.py, phrases_bi.py, phrases_bj.py, phrases_bk.py, phrases_bl.py, phrases_bm.py, phrases_bn.py, phrases_bo.py, phrases_bp.py, phrases_bq.py, phrases_bs.py, phrases_br.py, phrases_bt.py, phrases_bu.py, phrases_bv.py, phrases_bw.py, phrases_bx.py, phrases_by.py, phrases_bz.py, phrases_ca.py, phrases_cb.py, phrases_cc.py, phrases_cd.py, phrases_ce.py, phrases_cf.py, phrases_cg.py, phrases_ch.py, phrases_ci.py, phrases_cj.py, phrases_ck.py, phrases_cl.py, phrases_cm.py, phrases_cn.py, phrases_co.py, phrases_cp.py, phrases_cq.py, phrases_cr.py, phrases_cs.py, phrases_ct.py, phrases_cu.py, phrases_cv.py, phrases_cw.py, phrases_cx.py, phrases_cy.py, phrases_cz.py, phrases_da.py, phrases_db.py, phrases_dc.py, phrases_dd.py, phrases_de.py, phrases_df.py, phrases_dg.py, phrases_dh.py, phrases_di.py, phrases_dj.py, phrases_dk.py, phrases_dl.py, phrases_dm.py, phrases_dn.py, phrases_do.py, phrases_dp.py, phrases_dq.py, phrases_dr.py, phrases_ds.py, phrases_dt.py, phrases_du.py, phrases_dv.py, phrases_dw.py, phrases_dx.py, phrases_dy.py) on the layouts of an earlier style (g: style f; h: style c or d;
i: style e; j: style b; k: style a; l: style f; m: style d; n: style c; o: style e; p: style b;
q: style d; r: style b; s: style f; t: style c; u: style e; v: style d; w: style a;
x: style b; y: style c; z: style f; aa: style e;
ab: style a; ac: style d; ad: style b; ae: style f; af: style c; ag: style e;
ah: style d; ai: style a; aj: style b; ak: style f; al: style c; am: style e; an: style d;
ao: style a; ap: style b; aq: style f; ar: style c; as: style e; at: style d; au: style a; av: style b; aw: style e; ax: style c; ay: style d; az: style a; ba: style e; bb: style b; bc: style c; bd: style d; be: style a; bf: style e; bg: style c; bh: style d; bm: style d; bi: style b; bj: style e; bk: style a; bl: style c; bo: style a; bn: style e; bq: style d; bp: style c; bs: style e; br: style b; bt: style a; bu: style c; bv: style d; bw: style b; bx: style e; by: style a; bz: style c; ca: style d; cb: style b; cc: style e; cd: style a; ce: style c; cf: style d; cg: style b; ch: style e; ci: style a; cj: style c; ck: style b; cl: style d; cm: style e; cn: style a; co: style c; cp: style b; cq: style d; cr: style e; cs: style a; ct: style c; cu: style b; cv: style c; cw: style e; cx: style d; cy: style a; cz: style b; da: style e; db: style c; dc: style a; dd: style b; de: style d; df: style e; dg: style a; dh: style d; di: style b; dj: style e; dk: style c; dl: style a; dm: style b; dn: style d; do: style e; dp: style c; dq: style a; dr: style b; ds: style d; dt: style e; du: style c; dv: style a; dw: style b; dx: style c; dy: style d).
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from eval.generator.build import build
from eval.generator.defects import CODES, INCOMPATIBLE, applicable, family, inject

TITLES = {("factory", "third_party"): "绿色工厂第三方评价报告", ("factory", "self"): "绿色工厂自评价报告",
          ("park", "third_party"): "绿色园区第三方评价报告",
          ("supply_chain", "third_party"): "绿色供应链管理企业第三方评价报告"}
ALL_TYPES = ("factory", "park", "supply_chain")
ALL_KINDS = ("third_party", "self")


def _compatible(codes: list[str], code: str) -> bool:
    if code in codes or any(family(c) == family(code) for c in codes):
        return False
    return not any(frozenset({c, code}) in INCOMPATIBLE for c in codes)


def _allowed(codes: list[str]) -> set[tuple[str, str]]:
    combos = {(t, k) for t in ALL_TYPES for k in ALL_KINDS if (t, k) in TITLES}
    return {(t, k) for t, k in combos if all(applicable(c, t, k) for c in codes)}


def plan(n: int, seed: int, defects: str = "all", formats: list[str] | None = None) -> list[dict]:
    rng = random.Random(f"plan-{seed}")
    formats = formats or ["docx", "pdf"]
    specs = [{"i": i, "codes": [], "slots": 0} for i in range(n)]
    if defects == "all" and n > 0:
        n_clean = round(n * 0.25)
        idx = list(range(n))
        rng.shuffle(idx)
        defective = sorted(idx[n_clean:])
        required = CODES * 2 if n >= 40 else rng.sample(CODES, min(len(CODES), len(defective) * 2))
        two = min(len(defective), max(0, len(required) - len(defective)))
        two = min(len(defective), two + rng.randint(0, max(0, (len(defective) - two) // 4)))
        order = defective[:]
        rng.shuffle(order)
        for j, i in enumerate(order):
            specs[i]["slots"] = 2 if j < two else 1
        # most restrictive codes first
        req = sorted(required, key=lambda c: (len(_allowed([c])), rng.random()))
        for code in req:
            cands = [s for s in specs if len(s["codes"]) < s["slots"] and _compatible(s["codes"], code)
                     and _allowed(s["codes"] + [code])]
            if not cands:
                continue
            cands.sort(key=lambda s: (len(s["codes"]), rng.random()))
            cands[0]["codes"].append(code)
        for s in specs:  # fill remaining slots
            while len(s["codes"]) < s["slots"]:
                opts = [c for c in CODES if _compatible(s["codes"], c) and _allowed(s["codes"] + [c])]
                s["codes"].append(rng.choice(opts))
    # choose type / kind: ~15 % park + supply chain
    n_other = max(1, round(n * 0.15)) if n >= 4 else 0
    order = list(range(n))
    rng.shuffle(order)
    for i in order:
        s = specs[i]
        allowed = _allowed(s["codes"])
        others = sorted(a for a in allowed if a[0] != "factory")
        if n_other > 0 and others:
            s["type"], s["kind"] = rng.choice(others)
            n_other -= 1
        else:
            fac = sorted(a for a in allowed if a[0] == "factory")
            s["type"], s["kind"] = rng.choices(fac, weights=[3 if k == "third_party" else 1 for _, k in fac])[0]
    for s in specs:
        s["format"] = formats[s["i"] % len(formats)]
        s.pop("slots", None)
    return specs


def make_report(spec: dict, seed: int, style: str):
    rng = random.Random(f"report-{seed}-{style}-{spec['i']}")
    r = build(rng, style, spec["type"], spec["kind"])
    if spec["codes"]:
        inject(r, spec["codes"], random.Random(f"defect-{seed}-{style}-{spec['i']}"))
    return r


def truth_json(r, file_name: str, fmt: str) -> dict:
    t = dict(r.truth)
    out = {"file": file_name, "style": t["style"], "type": t["type"], "kind": t["kind"], "entity": t["entity"],
           "uscc": t["uscc"], "report_date": t["report_date"], "agency": t["agency"], "format": fmt,
           "defects": t.get("defects", [])}
    return out


def render(r, fmt: str, out_dir: Path, stem: str) -> Path:
    if fmt == "docx":
        from eval.generator.render_docx import render_docx
        return render_docx(r, out_dir / f"{stem}.docx")
    if fmt == "pdf":
        from eval.generator.render_pdf import render_pdf
        return render_pdf(r, out_dir / f"{stem}.pdf")
    if fmt == "lo":
        from eval.generator.render_lo import render_lo
        return render_lo(r, out_dir / f"{stem}.pdf")
    raise ValueError(f"unknown format {fmt!r}")


def safe_stem(i: int, style: str, r) -> str:
    name = r.truth["entity"].replace("/", "_")
    return f"{style}{i + 1:03d}-{name}-{TITLES[(r.truth['type'], r.truth['kind'])]}"


def generate(out: str | Path, n: int = 48, seed: int = 11, style: str = "a", formats=("docx", "pdf"),
             defects: str = "all", quiet: bool = False) -> list[dict]:
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    formats = list(formats)
    if "lo" in formats:
        from eval.generator.render_lo import SofficeMissing, soffice_path
        if not soffice_path():
            raise SofficeMissing("format 'lo' requested but LibreOffice 'soffice' is not installed")
    specs = plan(n, seed, defects, formats)
    truths = []
    for spec in specs:
        r = make_report(spec, seed, style)
        stem = safe_stem(spec["i"], style, r)
        path = render(r, spec["format"], out_dir, stem)
        t = truth_json(r, path.name, spec["format"])
        (out_dir / f"{stem}.truth.json").write_text(json.dumps(t, ensure_ascii=False, indent=2), encoding="utf-8")
        truths.append(t)
        if not quiet:
            codes = ",".join(d["code"] for d in t["defects"]) or "clean"
            print(f"{path.name}  [{codes}]", file=sys.stderr)
    return truths


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--n", type=int, default=48)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--style", choices=["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am", "an", "ao", "ap", "aq", "ar", "as", "at", "au", "av", "aw", "ax", "ay", "az", "ba", "bb", "bc", "bd", "be", "bf", "bg", "bh", "bm", "bi", "bj", "bk", "bl", "bo", "bn", "bq", "bp", "bs", "br", "bt", "bu", "bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj", "dk", "dl", "dm", "dn", "do", "dp", "dq", "dr", "ds", "dt", "du", "dv", "dw", "dx", "dy"], default="a")
    ap.add_argument("--formats", default="docx,pdf", help="comma list of docx, pdf, lo")
    ap.add_argument("--defects", choices=["all", "none"], default="all")
    ap.add_argument("-q", "--quiet", action="store_true")
    a = ap.parse_args(argv)
    formats = [f.strip() for f in a.formats.split(",") if f.strip()]
    bad = [f for f in formats if f not in ("docx", "pdf", "lo")]
    if bad:
        ap.error(f"unknown format(s): {bad}")
    t0 = time.time()
    try:
        truths = generate(a.out, a.n, a.seed, a.style, formats, a.defects, a.quiet)
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    counts: dict[str, int] = {}
    for t in truths:
        for d in t["defects"]:
            counts[d["code"]] = counts.get(d["code"], 0) + 1
    clean = sum(1 for t in truths if not t["defects"])
    print(f"wrote {len(truths)} reports ({clean} clean) to {a.out} in {time.time() - t0:.1f}s; "
          f"codes seeded: {len(counts)}/{len(CODES)}, min count {min(counts.values()) if counts else 0}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
