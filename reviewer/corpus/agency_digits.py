"""Digit tests of an agency's reports (supervision, FAB.DIGITS): first-digit Benford MAD (Nigrini thresholds),
last-digit uniformity and the share of round integers, each also against the other agencies' reports."""

from __future__ import annotations

import math

from reviewer.corpus.agencies import names_of

BENFORD = [math.log10(1 + 1 / d) for d in range(1, 10)]
MAD_CLOSE, MAD_ACCEPTABLE, MAD_MARGINAL = 0.006, 0.012, 0.015  # Nigrini, first digits
# chi-square critical values at p = 1e-5: values within one report are not independent (totals,
# related quantities), so the nominal p = 0.001 flags about 1 clean agency in 15 on generated data
CHI2_9_CRIT = 39.341  # 9 degrees of freedom
CHI2_8_CRIT = 37.332  # 8 degrees of freedom


def digit_test(first: list[int], last: list[int], integers: int, rnd: int, min_values: int = 300,
               baseline: list[int] | None = None, baseline_last: list[int] | None = None,
               baseline_round: tuple[int, int] | None = None) -> dict:
    """First-digit Benford MAD (Nigrini thresholds), last-digit uniformity (chi-square) and
    the share of round integers. ``result`` is "n/a" below ``min_values`` values.

    With enough values from other agencies (``baseline*``, at least three times
    ``min_values``), each test must also set the agency apart from its peers: formatting habits
    shared by every report (rounded totals, fixed decimals) are not one agency's anomaly."""
    n = sum(first)
    out: dict = {"n": n, "result": "n/a", "failed": []}
    if n < min_values:
        return out
    enough = 3 * min_values
    obs = [c / n for c in first]
    mad = sum(abs(o - e) for o, e in zip(obs, BENFORD)) / 9
    out["mad"] = round(mad, 4)
    out["benford"] = ("close" if mad <= MAD_CLOSE else "acceptable" if mad <= MAD_ACCEPTABLE
                      else "marginal" if mad <= MAD_MARGINAL else "nonconformity")
    if mad > MAD_MARGINAL:
        peer_differs = True
        if baseline and sum(baseline) >= enough:
            bn = sum(baseline)
            peer_mad = sum(abs(o - b / bn) for o, b in zip(obs, baseline)) / 9
            expected = [n * (b + 1) / (bn + 9) for b in baseline]
            chi2 = sum((c - e) ** 2 / e for c, e in zip(first, expected))
            out["mad_vs_peers"] = round(peer_mad, 4)
            out["first_digit_chi2_vs_peers"] = round(chi2, 1)
            peer_differs = chi2 > CHI2_8_CRIT  # sample-size aware, unlike the MAD thresholds
        if peer_differs:
            out["failed"].append("benford")
    nl = sum(last)
    if nl >= min_values // 2:
        if baseline_last and sum(baseline_last) >= enough:
            bl = sum(baseline_last)
            expected = [nl * (b + 1) / (bl + 10) for b in baseline_last]  # peers' habits, smoothed
        else:
            expected = [nl / 10] * 10
        chi2 = sum((c - e) ** 2 / e for c, e in zip(last, expected))
        out["last_digit_chi2"] = round(chi2, 1)
        if chi2 > CHI2_9_CRIT:
            out["failed"].append("last_digit")
    if integers >= min_values // 3:
        share = rnd / integers
        out["round_share"] = round(share, 3)
        peer_share = (baseline_round[1] / baseline_round[0]) if baseline_round and baseline_round[0] >= enough // 3 else 0.0
        if share > 0.6 and share > peer_share + 0.2:
            out["failed"].append("round")
    out["result"] = "fail" if out["failed"] else "pass"
    return out


def _digit_sums(store, where: str, params=()) -> tuple[list[int], list[int], int, int, int]:
    """Summed digit counts of the reports matching ``where`` (on reports r / report_digits d)."""
    cols = [f"f{d}" for d in range(1, 10)] + [f"l{d}" for d in range(10)] + ["integers", "round", "n"]
    row = store.db.execute(f"SELECT {', '.join(f'COALESCE(SUM(d.{c}), 0)' for c in cols)}, COUNT(*) "  # noqa: S608
                           f"FROM report_digits d JOIN reports r ON r.id = d.report_id WHERE {where}", params).fetchone()
    v = list(row)
    return v[:9], v[9:19], v[19], v[20], v[22]


_ALL_THIRD_PARTY = "r.kind='third_party' AND r.agency IS NOT NULL"


def _all_digit_sums(store):
    """Digit sums over every third-party report. Cached on the store with the report count and
    highest rowid; when reports were only added since (a batch ingest), the new ones are added
    to the cached sums, otherwise (a report deleted) everything is summed again."""
    count, top = store.db.execute("SELECT COUNT(*), COALESCE(MAX(rowid), 0) FROM reports").fetchone()
    cached = getattr(store, "_digit_totals", None)
    if cached and (cached[0], cached[1]) == (count, top):
        return cached[2]
    if cached and top > cached[1]:
        added = store.db.execute("SELECT COUNT(*) FROM reports WHERE rowid > ?", (cached[1],)).fetchone()[0]
        if cached[0] + added == count:  # nothing deleted in between
            more = _digit_sums(store, f"{_ALL_THIRD_PARTY} AND r.rowid > ?", (cached[1],))
            totals = ([a + b for a, b in zip(cached[2][0], more[0])], [a + b for a, b in zip(cached[2][1], more[1])],
                      *(a + b for a, b in zip(cached[2][2:], more[2:])))
            store._digit_totals = (count, top, totals)
            return totals
    totals = _digit_sums(store, _ALL_THIRD_PARTY)
    store._digit_totals = (count, top, totals)
    return totals


def portfolio_digits(store, agency: str, *, extra: dict | None = None, exclude=(), min_values: int = 300) -> dict:
    """Digit tests over every stored report of the agency (plus ``extra`` counts, e.g. the
    report under review), against Benford and against the other agencies' reports."""
    ns = sorted(names_of(store, agency))
    q = ",".join("?" * len(ns))
    ex = sorted(exclude) or [""]
    qe = ",".join("?" * len(ex))
    first, last, integers, rnd, count = _digit_sums(
        store, f"r.kind='third_party' AND r.agency IN ({q}) AND r.id NOT IN ({qe})", (*ns, *ex))
    mine_all = _digit_sums(store, f"r.kind='third_party' AND r.agency IN ({q})", tuple(ns))
    everyone = _all_digit_sums(store)
    peers = ([a - b for a, b in zip(everyone[0], mine_all[0])], [a - b for a, b in zip(everyone[1], mine_all[1])],
             everyone[2] - mine_all[2], everyone[3] - mine_all[3], everyone[4] - mine_all[4])
    if extra:
        first = [a + b for a, b in zip(first, extra["first"])]
        last = [a + b for a, b in zip(last, extra["last"])]
        integers += extra["integers"]
        rnd += extra["round"]
    have = peers[4] > 0
    out = digit_test(first, last, integers, rnd, min_values, peers[0] if have else None,
                     peers[1] if have else None, (peers[2], peers[3]) if have else None)
    out["reports"] = count + (1 if extra else 0)
    return out
