"""Reuse index: catalog boilerplate, table values, digit counts and writing a report's
passages, LSH bands and values into the corpus store."""

from __future__ import annotations
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
import numpy as np
from reviewer.document import BlockKind, Document

from reviewer.corpus.passages import (
    agency_section,
    BANDS,
    CHUNK,
    DIGIT_COLUMNS,
    MAX_TEXT,
    MIN_CHARS,
    Passage,
    _SCORE_HEADER,
    _YEAR_HEADER,
    band_keys,
    canonical,
    cell_number,
    doc_passages,
    minhash,
    normalize,
    report_names,
    signature,
    similarity,
    text_numbers,
)


# ---------------------------------------------------------------------------- catalog boilerplate
@lru_cache(maxsize=4)
def catalog_numbers(catalog_dir: str | None) -> frozenset[str]:
    """Signature numbers printed in the catalog (emission and conversion factors, limits):
    shared by every report that uses them, so never enterprise-specific."""
    catalog_dir = resolve_catalog(catalog_dir)
    _catalog_index(str(catalog_dir))
    return _CATALOG_NUMBERS.get(str(catalog_dir), frozenset())


_CATALOG_NUMBERS: dict[str, frozenset[str]] = {}


def resolve_catalog(catalog_dir: str | None) -> str:
    """The standards/template catalog directory (settings.rules.catalog_dir or the built-in one)."""
    if catalog_dir:
        return str(catalog_dir)
    from reviewer.resources import data_dir

    return str(data_dir("standards"))


@lru_cache(maxsize=4)
def _catalog_index(catalog_dir: str) -> tuple[dict[int, list[int]], list[str]]:
    """LSH index of every sentence-length string in the standards/template catalog."""
    import yaml

    texts: list[str] = []
    nums: set[str] = set()

    def walk(x):
        if isinstance(x, (int, float)) and not isinstance(x, bool):
            nums.update(signature([repr(x) if isinstance(x, float) else str(x)]))
        elif isinstance(x, str):
            nums.update(signature(text_numbers(x)))
            for part in re.split(r"[。；;\n]", x):
                n = normalize(part)
                if len(n) >= MIN_CHARS:
                    texts.append(n)
        elif isinstance(x, dict):
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)

    root = Path(catalog_dir)
    if root.is_dir():
        for path in sorted(root.rglob("*.yaml")):
            try:
                walk(yaml.safe_load(path.read_text(encoding="utf-8")))
            except Exception:  # noqa: BLE001 — a broken catalog file must not stop reuse checks
                continue
    texts = sorted(set(texts))
    _CATALOG_NUMBERS[catalog_dir] = frozenset(nums)
    index: dict[int, list[int]] = defaultdict(list)
    if texts:
        keys = band_keys(minhash(texts))
        for i, row in enumerate(keys):
            for k in row:
                index[int(k)].append(i)
    return dict(index), texts


def catalog_boilerplate(passages: list[Passage], keys: np.ndarray, catalog_dir: str | None) -> set[int]:
    """Indices of passages whose wording is (mostly) catalog wording: templates or standards."""
    index, texts = _catalog_index(resolve_catalog(catalog_dir))
    out = set()
    for i, p in enumerate(passages):
        cands = {t for k in keys[i] for t in index.get(int(k), ())}
        for t in cands:
            j, c = similarity(p.norm, texts[t])
            if j >= 0.5 or (c >= 0.8 and len(texts[t]) >= 0.6 * len(p.norm)):
                out.add(i)
                break
    return out


# ---------------------------------------------------------------------------- indexing
def _chunks(seq, n=CHUNK):
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def table_values(doc: Document) -> list[tuple[str, int, int, int, int | None, str]]:
    """(value, block, row, page, year, row text) for every signature number in a table cell."""
    out = []
    for b in doc.blocks:
        if b.hidden or b.kind != BlockKind.TABLE or not b.rows:
            continue
        header = "".join(b.rows[0])
        if _SCORE_HEADER.search(header):
            continue  # scores are judgements on a small grid, not measured data
        years: dict[int, int] = {}
        for hr in b.rows[: max(1, b.header_rows)]:
            for ci, cell in enumerate(hr):
                m = _YEAR_HEADER.match(cell.strip())
                if m:
                    years[ci] = int(m.group(1))
        for ri, row in enumerate(b.rows):
            seen = set()
            row_year = None  # a table with one row per year: the year stands in a leading cell
            for cell in row[:2]:
                m = _YEAR_HEADER.match(cell.strip())
                if m:
                    row_year = int(m.group(1))
                    break
            for ci, cell in enumerate(row):
                num = cell_number(cell)
                if not num:
                    continue
                c = canonical(num)
                if not c or c[1] < 3 or (c[0], ci) in seen:
                    continue
                seen.add((c[0], ci))
                out.append((c[0], b.index, ri, b.page, years.get(ci) or row_year, cell.strip()))
    return out


def digit_counts(doc: Document) -> dict:
    """Digit statistics of the measured data: numeric cells of data tables (score tables,
    percentages, years, codes and phone numbers left out), digits as printed."""
    first = [0] * 9
    last = [0] * 10
    integers = rnd = n = 0
    seen: set[str] = set()  # a value repeated (totals, summaries) counts once
    for b in doc.blocks:
        if b.hidden or b.kind != BlockKind.TABLE or not b.rows or _SCORE_HEADER.search("".join(b.rows[0])):
            continue
        for row in b.rows:
            for cell in row:
                raw = cell_number(cell)
                if not raw or cell.strip().endswith(("%", "％", "‰")) or canonical(raw) is None:
                    continue
                printed = raw.replace(",", "")
                if printed in seen:
                    continue
                seen.add(printed)
                digits = printed.replace(".", "").lstrip("0")
                if len(digits) < 2:
                    continue
                n += 1
                first[int(digits[0]) - 1] += 1
                if len(digits) >= 3:
                    last[int(printed[-1])] += 1
                if "." not in printed:
                    integers += 1
                    if printed.endswith("0"):
                        rnd += 1
    return {"first": first, "last": last, "integers": integers, "round": rnd, "n": n}


@dataclass
class ReportPrep:
    """What the corpus stage needs from one report, computed once per review from the report
    alone (so batch ingest computes it in worker processes): prepared passages with their LSH
    band keys, which of them are catalog wording, table values and digit counts."""

    passages: list[Passage]
    keys: np.ndarray
    catalog: set[int]
    values: list[tuple]
    digits: dict


def prepare_report(doc: Document, facts, catalog_dir=None) -> ReportPrep:
    passages = doc_passages(doc, report_names(facts))
    keys = band_keys(minhash([p.norm for p in passages])) if passages else np.zeros((0, BANDS), dtype=np.int64)
    return ReportPrep(passages, keys, catalog_boilerplate(passages, keys, catalog_dir), table_values(doc),
                      digit_counts(doc))


def index_report(store, report_id: str, doc: Document, facts, catalog_dir=None, prep: ReportPrep | None = None) -> None:
    """Write the reuse index for one report in one transaction (before the report row:
    an interrupted ingest leaves only index rows that no query can see, replaced on re-run).
    Paragraphs that can never count — the agency's own chapters, catalog wording — are left out."""
    prep = prep or prepare_report(doc, facts, catalog_dir)
    with store.write() as db:
        write_index(db, report_id, prep, facts)


def write_index(db, report_id: str, prep: ReportPrep, facts) -> None:
    """The index rows of one report, inside the caller's write transaction."""
    keep = [i for i, p in enumerate(prep.passages) if i not in prep.catalog and not agency_section(p.section)]
    passages = [prep.passages[i] for i in keep]
    keys = prep.keys[keep] if keep else np.zeros((0, BANDS), dtype=np.int64)
    values, digits = prep.values, prep.digits
    if db.execute("SELECT 1 FROM passages WHERE report_id=? LIMIT 1", (report_id,)).fetchone() or \
            db.execute("SELECT 1 FROM report_digits WHERE report_id=?", (report_id,)).fetchone():
        if db.execute("SELECT 1 FROM reports WHERE id=?", (report_id,)).fetchone():
            return  # indexed and stored: re-ingest is a no-op
        drop_index(db, report_id)  # left over from an interrupted ingest
    start = (db.execute("SELECT MAX(id) FROM passages").fetchone()[0] or 0) + 1
    db.executemany("INSERT INTO passages (id, report_id, block, row, page, section, text, norm, nums) "
                   "VALUES (?,?,?,?,?,?,?,?,?)",
                   [(start + i, report_id, p.block, p.row, p.page, p.section, p.text[:MAX_TEXT], p.norm,
                     " ".join(sorted(p.nums))) for i, p in enumerate(passages)])
    pairs = {(int(k), start + i) for i in range(len(passages)) for k in keys[i]}
    db.executemany("INSERT OR IGNORE INTO passage_bands (band, pid) VALUES (?,?)", sorted(pairs))
    db.executemany("INSERT INTO report_values (report_id, value, block, row, page, year, in_table, quote) "
                   "VALUES (?,?,?,?,?,?,1,?)", [(report_id, *v) for v in values])
    para_values = {n for p in passages if p.row is None for n in p.nums}
    all_values = sorted(para_values | {v[0] for v in values})
    db.executemany("INSERT INTO value_df (value, n) VALUES (?, 1) ON CONFLICT(value) DO UPDATE SET n = n + 1",
                   [(v,) for v in all_values])
    # paragraph values are only counted (value_df) and kept for the digit tests
    db.execute(f"INSERT INTO report_digits (report_id, {DIGIT_COLUMNS}, integers, round, n) "
               f"VALUES ({','.join('?' * 23)})",
               (report_id, *digits["first"], *digits["last"], digits["integers"], digits["round"], digits["n"]))
    if facts is not None and facts.kind == "third_party" and facts.agency:
        db.execute("INSERT INTO agencies (name, legal_rep, first_seen) VALUES (?,?,datetime('now')) "
                   "ON CONFLICT(name) DO UPDATE SET legal_rep = COALESCE(agencies.legal_rep, excluded.legal_rep)",
                   (facts.agency, facts.value("agency_legal_rep")))


def drop_index(db, report_id: str) -> None:
    db.execute("DELETE FROM passage_bands WHERE pid IN (SELECT id FROM passages WHERE report_id = ?)", (report_id,))
    db.execute("DELETE FROM passages WHERE report_id = ?", (report_id,))
    db.execute("UPDATE value_df SET n = n - 1 WHERE value IN (SELECT DISTINCT value FROM report_values WHERE report_id = ?)",
               (report_id,))
    db.execute("DELETE FROM report_values WHERE report_id = ?", (report_id,))
    db.execute("DELETE FROM report_digits WHERE report_id = ?", (report_id,))


def ingest_document(store, data: bytes, doc: Document, facts, review=None, *, actor: str = "cli",
                    catalog_dir=None, prep: ReportPrep | None = None) -> tuple[str, bool]:
    """Index and store one report (idempotent). Returns (report id, created)."""
    import hashlib

    rid = hashlib.sha256(data).hexdigest()
    exists = store.db.execute("SELECT 1 FROM reports WHERE id=?", (rid,)).fetchone()
    if exists:
        if review is not None:
            store.save_review(rid, review, actor=actor)
        return rid, False
    prep = prep or prepare_report(doc, facts, catalog_dir)
    store.put_file(data)  # content-addressed and atomic: harmless if the transaction below never commits
    with store.write() as db:  # index rows, report row and review become visible together
        write_index(db, rid, prep, facts)
        return store.add_report_row(db, rid, doc, facts, review, actor=actor)
