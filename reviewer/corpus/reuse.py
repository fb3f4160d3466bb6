"""Cross-report reuse detection: passages, signature numbers, MinHash LSH in SQLite.

Method (docs/corpus.md):

* A report is cut into passages: paragraphs and table rows. Company names are masked
  (generic ``…有限公司`` pattern plus the names known from the report), text is NFKC-folded
  and stripped of whitespace and punctuation, then cut into 4-character shingles.
* Each passage gets a 64-permutation MinHash signature, stored as 16 LSH bands of 4 rows in
  ``passage_bands``. Candidates share a band key; keys held by very many passages (template
  wording) are not even looked up (a bounded count of the key's rows, at query time).
* Every candidate is verified exactly (shingle Jaccard / containment) and quoted verbatim
  with its page on both sides.
* Template awareness: wording that matches the standards/template catalog, or that recurs in
  reports of ``boilerplate_entities`` or more other entities, is boilerplate and never counts.
  What counts is enterprise-specific content: *signature numbers* (>= 3 significant digits,
  not years, dates, standard numbers, codes, phone numbers or addresses) shared between the
  two passages, or several long rare passages repeated nearly verbatim.
* Table cells that are numbers feed FAB.DATA_REUSE through ``report_values`` (value index).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from reviewer.corpus.passages import (  # noqa: F401  (re-exported: the public reuse API)
    BANDS,
    CHUNK,
    DIGIT_COLUMNS,
    MASK,
    MAX_CANDIDATES,
    MAX_TEXT,
    MIN_CHARS,
    NUM_PERM,
    Passage,
    ROWS,
    SHINGLE,
    _A,
    _B,
    _CELL_NUMBER,
    _COMPANY,
    _DROP,
    _MIX,
    _NOISE,
    _NOISE_ALL,
    _NUMBER,
    _SCORE_HEADER,
    _YEAR_HEADER,
    _codes,
    _rng,
    _row_text,
    _sim_sets,
    band_keys,
    canonical,
    cell_number,
    doc_passages,
    mask_names,
    minhash,
    normalize,
    prepare,
    report_names,
    shingle_hashes,
    shingles,
    sig_digits,
    signature,
    similarity,
    strip_noise,
    text_numbers,
)
from reviewer.corpus.passages import agency_section  # noqa: F401
from reviewer.corpus.reuse_index import (  # noqa: F401  (re-exported: the public reuse API)
    _CATALOG_NUMBERS,
    _catalog_index,
    _chunks,
    catalog_boilerplate,
    catalog_numbers,
    digit_counts,
    drop_index,
    index_report,
    ingest_document,
    resolve_catalog,
    table_values,
)


# ---------------------------------------------------------------------------- querying
@dataclass
class Match:
    ours: Passage
    theirs: Passage
    report_id: str
    jaccard: float
    containment: float
    shared_numbers: list[str]


@dataclass
class ReuseResult:
    text: dict[str, list[Match]]  # other report id -> specific shared passages (counting)
    support: dict[str, list[Match]]  # other report id -> all verified non-boilerplate near-duplicates
    data: dict[str, list[tuple]]  # other report id -> [(our value tuple, their row...)]
    reports: dict[str, dict]  # other report id -> report row as dict
    boilerplate: int = 0
    passages: int = 0
    boiler_idx: set = field(default_factory=set)  # indices of passages judged template/common wording


def _same_entity(a: dict, b: dict) -> bool:
    if a.get("uscc") and b.get("uscc"):
        return a["uscc"] == b["uscc"]
    ea, eb = normalize(a.get("entity") or ""), normalize(b.get("entity") or "")
    return bool(ea) and ea == eb


def find_reuse(store, passages: list[Passage], *, exclude: set[str], settings=None, catalog_dir=None,
               table_vals=None, keys=None, skip=None) -> ReuseResult:
    """Near-duplicate passages and shared table values between ``passages`` and the corpus.
    ``keys`` (LSH band keys) and ``skip`` (catalog-wording indices) come precomputed from a
    ReportPrep; without them they are computed here."""
    from reviewer.settings import CorpusSettings

    cs = settings or CorpusSettings()
    db = store.db
    res = ReuseResult({}, {}, {}, {}, passages=len(passages))
    exclude = set(exclude)
    if keys is None:
        keys = band_keys(minhash([p.norm for p in passages])) if passages else np.zeros((0, BANDS), dtype=np.int64)
    skip = set(catalog_boilerplate(passages, keys, catalog_dir) if skip is None else skip)
    own: set[int] = set()
    for ch in _chunks(sorted(exclude)):
        q = ",".join("?" * len(ch))
        own.update(r[0] for r in db.execute(f"SELECT id FROM passages WHERE report_id IN ({q})", ch))  # noqa: S608
    # candidates: passages sharing >= 2 LSH bands, bands held by few reports only (one query per
    # chunk of our passages; template bands, held by more than reuse_band_df_cap passages, are skipped)
    hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    todo = [i for i in range(len(passages)) if i not in skip]
    per = max(1, CHUNK // (2 * BANDS))
    for ch in _chunks(todo, per):
        values = ",".join("(?,?)" for _ in range(len(ch) * BANDS))
        params: list[int] = []
        for i in ch:
            for k in keys[i]:
                params += [int(k), i]
        # the bounded count references only q, so SQLite evaluates it once per key, before the join
        sql = (f"WITH q(band, idx) AS (VALUES {values}) "  # noqa: S608
               "SELECT q.idx, pb.pid, COUNT(*) FROM q CROSS JOIN passage_bands pb ON pb.band = q.band "
               "WHERE (SELECT COUNT(*) FROM (SELECT 1 FROM passage_bands x WHERE x.band = q.band LIMIT ?)) <= ? "
               "GROUP BY q.idx, pb.pid HAVING COUNT(*) >= 2")
        cap = cs.reuse_band_df_cap
        for idx, pid, n in db.execute(sql, (*params, cap + 1, cap)):
            if pid not in own:
                hits[idx].append((pid, n))
    cand: dict[int, dict[int, int]] = {}
    for i, c in hits.items():
        ranked = sorted(c, key=lambda kv: -kv[1])[:MAX_CANDIDATES]  # the closest look-alikes
        cand[i] = dict(ranked)
    pids = sorted({pid for c in cand.values() for pid in c})
    theirs: dict[int, tuple] = {}
    for ch in _chunks(pids):
        q = ",".join("?" * len(ch))
        for r in db.execute(f"SELECT p.id, p.report_id, p.block, p.row, p.page, p.section, p.text, p.norm, p.nums "  # noqa: S608
                            f"FROM passages p JOIN reports r ON r.id = p.report_id WHERE p.id IN ({q})", ch):
            theirs[r[0]] = tuple(r)
    rids = sorted({t[1] for t in theirs.values()})
    _load_reports(store, rids, res.reports)
    # verify
    verified: dict[int, list[tuple[int, float, float]]] = defaultdict(list)
    prepared: dict[int, Passage] = {}
    for i, c in cand.items():
        p = passages[i]
        for pid in c:
            t = theirs.get(pid)
            if t is None:
                continue
            if pid not in prepared:
                prepared[pid] = _stored_passage(t[2:], res.reports[t[1]])
            j, cont = _sim_sets(p.sh, prepared[pid].sh)
            if j >= cs.reuse_min_similarity or (cont >= 0.85 and min(len(p.norm), len(prepared[pid].norm)) >= 30):
                verified[i].append((pid, j, cont))
    # common values (value_df): numbers found in many reports are not enterprise-specific
    our_nums = sorted({n for p in passages for n in p.nums})
    common: set[str] = set(catalog_numbers(catalog_dir))
    for ch in _chunks(our_nums):
        q = ",".join("?" * len(ch))
        common.update(v for v, n in db.execute(f"SELECT value, n FROM value_df WHERE value IN ({q})", ch)  # noqa: S608
                      if n >= cs.boilerplate_entities)
    for i, hits in verified.items():
        p = passages[i]
        # wording found in reports of many other entities is template wording; it still
        # counts when the two passages also share figures that few entities share
        entities = {res.reports[theirs[pid][1]]["entity_key"] for pid, _, _ in hits}
        template = len(entities) >= cs.boilerplate_entities
        if template:
            res.boiler_idx.add(i)
        best: dict[str, Match] = {}
        for pid, j, cont in hits:
            rid = theirs[pid][1]
            tp = prepared[pid]
            shared = sorted((p.nums & tp.nums) - common)
            m = Match(p, tp, rid, j, cont, shared)
            if rid not in best or (len(shared), j) > (len(best[rid].shared_numbers), best[rid].jaccard):
                best[rid] = m
        with_numbers = {res.reports[rid]["entity_key"] for rid, m in best.items() if m.shared_numbers}
        fixed_figures = len(with_numbers) >= cs.boilerplate_entities  # e.g. an agency's own figures
        for rid, m in best.items():
            if not template:
                res.support.setdefault(rid, []).append(m)
            if p.row is not None:
                continue
            if m.shared_numbers and not fixed_figures:
                res.text.setdefault(rid, []).append(m)
            elif not template and max(m.jaccard, m.containment) >= 0.85:
                res.text.setdefault(rid, []).append(m)  # supporting evidence only
    res.boiler_idx |= skip
    res.boilerplate = len(res.boiler_idx)
    # table values
    if table_vals:
        vals = sorted({v[0] for v in table_vals} - common)
        shared: dict[str, set[str]] = defaultdict(set)  # other report -> our values it also has
        for ch in _chunks(vals):
            q = ",".join("?" * len(ch))
            for value, rid in db.execute(f"SELECT value, report_id FROM report_values WHERE value IN ({q})", ch):  # noqa: S608
                if rid not in exclude:
                    shared[rid].add(value)
        # a report sharing fewer values than a data-reuse group needs can never form one
        keep = sorted(rid for rid, vs in shared.items() if len(vs) >= cs.data_reuse_min_values)
        rows_by_value: dict[str, list[tuple]] = defaultdict(list)
        for ch in _chunks(keep):
            q = ",".join("?" * len(ch))
            for r in db.execute(f"SELECT rv.value, rv.report_id, rv.block, rv.row, rv.page, rv.year, rv.quote "  # noqa: S608
                                f"FROM report_values rv JOIN reports r ON r.id = rv.report_id "
                                f"WHERE rv.report_id IN ({q})", ch):
                if r[0] in shared[r[1]]:
                    rows_by_value[r[0]].append(tuple(r))
        _load_reports(store, sorted({r[1] for rows in rows_by_value.values() for r in rows}), res.reports)
        for v in table_vals:
            for r in rows_by_value.get(v[0], ()):
                res.data.setdefault(r[1], []).append((v, r))
    return res


def _load_reports(store, rids, into: dict) -> None:
    """Report rows by id into ``into``. Rows never change once written, so they are kept on the
    store (a batch ingest asks for the same look-alike reports again and again); ids come from
    joins with ``reports``, so a deleted report's cached row is never asked for."""
    cache = store.__dict__.setdefault("_report_rows", {})
    need = [r for r in rids if r not in into and r not in cache]
    for ch in _chunks(need):
        q = ",".join("?" * len(ch))
        for r in store.db.execute(f"SELECT * FROM reports WHERE id IN ({q})", ch):  # noqa: S608
            d = dict(r)
            d["entity_key"] = d.get("uscc") or normalize(d.get("entity") or "") or d["id"]
            if len(cache) > 100_000:
                cache.clear()
            cache[d["id"]] = d
    for r in rids:
        if r not in into and r in cache:
            into[r] = cache[r]


def text_reuse_verdict(matches: list[Match], cs) -> bool:
    """Counting rule: the near-duplicate passages share at least ``reuse_min_numbers``
    enterprise-specific figures. Number-free near-duplicates are shown as supporting evidence
    only: in a young corpus nothing tells a template sentence from a copied one."""
    numbers = {n for m in matches if m.ours.row is None and not agency_section(m.ours.section)
               for n in m.shared_numbers}
    return len(numbers) >= cs.reuse_min_numbers


def data_reuse_groups(entries: list[tuple], cs) -> list[tuple[int, int, list[tuple]]]:
    """Group shared table values by (our table block, their table block); keep groups with
    at least ``data_reuse_min_values`` distinct values."""
    groups: dict[tuple[int, int], dict[str, tuple]] = defaultdict(dict)
    for ours, theirs in entries:
        groups[(ours[1], theirs[2])].setdefault(ours[0], (ours, theirs))
    out = []
    for (ob, tb), vals in groups.items():
        if len(vals) >= cs.data_reuse_min_values and sum(map(sig_digits, vals)) >= 4 * cs.data_reuse_min_values:
            out.append((ob, tb, list(vals.values())))
    return sorted(out, key=lambda g: -len(g[2]))


def _stored_passage(row, info: dict) -> Passage:
    """A passage from its row (block, row, page, section, text, norm, nums); rows indexed before
    schema 4 carry no norm and are normalised here with the names on the report row."""
    block, r, page, section, text, norm, nums = row
    if norm is not None:
        return Passage(block, r, page, section or "", text, norm, set(nums.split()) if nums else set())
    return prepare(Passage(block, r, page, section or "", text),
                   [info.get("entity"), info.get("agency"), info.get("agency_legal_rep")])
