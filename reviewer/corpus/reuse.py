"""Cross-report reuse detection: passages, signature numbers, MinHash LSH in SQLite.

Method (docs/corpus.md):

* A report is cut into passages: paragraphs and table rows. Company names are masked
  (generic ``…有限公司`` pattern plus the names known from the report), text is NFKC-folded
  and stripped of whitespace and punctuation, then cut into 4-character shingles.
* Each passage gets a 64-permutation MinHash signature, stored as 16 LSH bands of 4 rows in
  ``passage_bands``; ``band_df`` counts how many reports hold each band key. Candidates share
  a band key; bands held by very many reports (template wording) are not even looked up.
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

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from reviewer.document import BlockKind, Document

SHINGLE = 4
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
MIN_CHARS = 16  # normalised characters for a passage to be indexed
MAX_TEXT = 2000  # longer passages are cut (quotes stay verbatim prefixes)
CHUNK = 900  # SQL parameters per IN (...)
MAX_CANDIDATES = 12  # candidates verified per passage
DIGIT_COLUMNS = ", ".join([f"f{d}" for d in range(1, 10)] + [f"l{d}" for d in range(10)])

_rng = np.random.default_rng(20260321)
_A = (_rng.integers(1, 2**63 - 1, NUM_PERM, dtype=np.uint64) | np.uint64(1))
_B = _rng.integers(0, 2**63 - 1, NUM_PERM, dtype=np.uint64)
_MIX = np.uint64(0x9E3779B97F4A7C15)

# ---------------------------------------------------------------------------- text
_COMPANY = re.compile(r"[\u4e00-\u9fffA-Za-z0-9（）()·]{2,30}?(?:股份有限公司|有限责任公司|有限公司|集团公司|研究院|研究所|事务所)")
_DROP = re.compile(r"[^0-9a-z\u4e00-\u9fff.%]+")
MASK = "〇"  # one character standing for any masked name


def mask_names(text: str, names=()) -> str:
    for n in sorted({n for n in names if n and len(n) >= 2}, key=len, reverse=True):
        text = text.replace(n, MASK)
    return _COMPANY.sub(MASK, text)


def normalize(text: str, names=()) -> str:
    t = unicodedata.normalize("NFKC", text).lower()
    t = mask_names(t, names)
    return _DROP.sub("", t)


def shingles(norm: str) -> set[str]:
    if len(norm) < SHINGLE:
        return {norm} if norm else set()
    return {norm[i:i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}


def similarity(a: str, b: str) -> tuple[float, float]:
    """(Jaccard, containment of the shorter) of two normalised texts."""
    return _sim_sets(shingles(a), shingles(b))


def _sim_sets(sa: set, sb: set) -> tuple[float, float]:
    if not sa or not sb:
        return 0.0, 0.0
    inter = len(sa & sb)
    return inter / len(sa | sb), inter / min(len(sa), len(sb))


# ---------------------------------------------------------------------------- numbers
_NOISE = [
    re.compile(r"(?:GB|GB/T|GB/Z|HJ|DB\d*|JB|YB|HG|QB|SH|JGJ|CJJ|T/[A-Z]+|ISO|IEC)\s*[/T]*\s*[\d.]+(?:\s*[-—–]\s*\d{2,4})?", re.I),
    re.compile(r"〔\d{4}〕\s*\d+\s*号|\[\d{4}\]\s*\d+\s*号"),
    re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"),
    re.compile(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}"),
    re.compile(r"\d{3,4}[-—]\d{7,8}"),
    re.compile(r"[\w.+-]+@[\w.-]+"),
    re.compile(r"[0-9A-Z]{15,}[0-9A-Z]*"),
    re.compile(r"[A-Za-z]+\d+"),
    re.compile(r"\d+\s*(?:号|室|楼|栋|层|路|弄|幢|街|巷|附件|项|人次|名|人)"),
    re.compile(r"(?:附件|附表|表|图|第)\s*\d+"),
    re.compile(r"\d+(?:\s*[-—–]\s*\d+)+\s*表?"),
]
_NUMBER = re.compile(r"(?<![\d.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")
_CELL_NUMBER = re.compile(r"^[-+−]?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:%|‰|[^\d\s,，。；:：]{0,10})$")
_SCORE_HEADER = re.compile(r"得分|满分|分值|评分|赋分")
_YEAR_HEADER = re.compile(r"^((?:19|20)\d{2})\s*(?:年|年度)?$")


def canonical(num: str) -> tuple[str, int, bool] | None:
    """('1474.8', significant digits, is_integer) or None for years and ids."""
    s = num.replace(",", "")
    if "." in s:
        ip, fp = s.split(".", 1)
        fp = fp.rstrip("0")
        s = ip.lstrip("0") or "0"
        s = f"{s}.{fp}" if fp else s
        integer = not fp
    else:
        s = s.lstrip("0") or "0"
        integer = True
    digits = s.replace(".", "").lstrip("0")
    if integer:
        if len(s) > 9:
            return None  # phone numbers, ids
        if len(s) == 4 and 1949 <= int(s) <= 2100 and "," not in num:
            return None  # a year
        sig = len(digits.rstrip("0"))
    else:
        sig = len(digits)
    return s, sig, integer


def sig_digits(value: str) -> int:
    c = canonical(value)
    return c[1] if c else 0


_NOISE_ALL = re.compile("|".join(f"(?:{p.pattern})" for p in _NOISE), re.I)


def strip_noise(text: str) -> str:
    t = unicodedata.normalize("NFKC", text)
    return _NOISE_ALL.sub(" ", t) if any(c.isdigit() for c in t) else t


@lru_cache(maxsize=16384)
def text_numbers(text: str) -> tuple[str, ...]:
    """All numbers in running text after removing codes, dates, standards and addresses."""
    return tuple(_NUMBER.findall(strip_noise(text))) if any(c.isdigit() for c in text) else ()


def signature(nums) -> set[str]:
    out = set()
    for n in nums:
        c = canonical(n)
        if c and c[1] >= 3:
            out.add(c[0])
    return out


def cell_number(cell: str) -> str | None:
    m = _CELL_NUMBER.match(unicodedata.normalize("NFKC", cell.strip()))
    return m.group(1) if m else None


# ---------------------------------------------------------------------------- passages
@dataclass
class Passage:
    block: int
    row: int | None
    page: int
    section: str
    text: str  # verbatim (a paragraph, or a table row joined by tabs)
    norm: str = ""
    nums: set[str] = field(default_factory=set)
    _sh: set | None = None

    @property
    def sh(self) -> set[str]:
        if self._sh is None:
            self._sh = shingles(self.norm)
        return self._sh


def _row_text(row: list[str]) -> str:
    return "\t".join(row)


def doc_passages(doc: Document, names=(), *, rows: bool = False) -> list[Passage]:
    """Paragraphs (and, with ``rows``, table rows) worth indexing. Table data is compared
    value by value (report_values), so rows are not in the near-duplicate index."""
    out: list[Passage] = []
    for b in doc.blocks:
        if b.hidden:
            continue
        if b.kind == BlockKind.PARAGRAPH:
            items = [(None, b.text)]
        elif rows and b.kind == BlockKind.TABLE and b.rows:
            items = [(i, _row_text(r)) for i, r in enumerate(b.rows)]
        else:
            continue
        for row, text in items:
            p = Passage(b.index, row, b.page, " / ".join(b.section), text)
            prepare(p, names)
            if len(p.norm) >= MIN_CHARS:
                out.append(p)
    return out


def prepare(p: Passage, names=()) -> Passage:
    t = p.text[:MAX_TEXT]
    p.norm = normalize(t, names)
    p.nums = signature(text_numbers(t))
    return p


def report_names(facts) -> list[str]:
    if facts is None:
        return []
    names = [facts.entity, facts.agency]
    for fid in ("legal_rep", "agency_legal_rep", "contact", "entity_short"):
        try:
            names.append(facts.value(fid))
        except Exception:  # noqa: BLE001 — unknown field ids are fine
            pass
    return [n for n in names if n]


# ---------------------------------------------------------------------------- MinHash
def _codes(norm: str) -> np.ndarray:
    return np.frombuffer(norm.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)


def shingle_hashes(norm: str) -> np.ndarray:
    c = _codes(norm)
    if len(c) < SHINGLE:
        c = np.concatenate([c, np.zeros(SHINGLE - len(c), dtype=np.uint64)])
    n = len(c) - SHINGLE + 1
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(SHINGLE):
            h = (h ^ c[k:k + n]) * _MIX
    return np.unique(h)


def minhash(norms: list[str]) -> np.ndarray:
    """(len(norms), NUM_PERM) uint64 signatures, vectorised over all passages."""
    if not norms:
        return np.zeros((0, NUM_PERM), dtype=np.uint64)
    parts = [shingle_hashes(n) for n in norms]
    lens = np.array([len(p) for p in parts])
    allh = np.concatenate(parts)
    offsets = np.concatenate([[0], np.cumsum(lens)[:-1]])
    out = np.empty((len(norms), NUM_PERM), dtype=np.uint64)
    step = 16
    with np.errstate(over="ignore"):
        for i in range(0, NUM_PERM, step):
            hv = (_A[i:i + step, None] * allh[None, :] + _B[i:i + step, None]) >> np.uint64(32)
            out[:, i:i + step] = np.minimum.reduceat(hv, offsets, axis=1).T
    return out


def band_keys(sigs: np.ndarray) -> np.ndarray:
    """(n, BANDS) int64 keys: one mixed hash per band (band number included)."""
    n = sigs.shape[0]
    keys = np.zeros((n, BANDS), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(BANDS):
            h = np.full(n, np.uint64(j + 1) * np.uint64(0x100000001B3), dtype=np.uint64)
            for k in range(ROWS):
                h = (h ^ sigs[:, j * ROWS + k]) * _MIX
                h ^= h >> np.uint64(29)
            keys[:, j] = h >> np.uint64(1)  # 63 bits: fits SQLite INTEGER
    return keys.astype(np.int64)


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


def _tune(store) -> None:
    """Bigger page cache and rarer WAL checkpoints for this thread's connection: the band
    index takes random-key inserts, and frequent checkpoints dominate ingest time."""
    local = store._local
    if getattr(local, "reuse_tuned", None) is not store.db:
        store.db.execute("PRAGMA cache_size=-65536")
        store.db.execute("PRAGMA wal_autocheckpoint=10000")
        local.reuse_tuned = store.db


def index_report(store, report_id: str, doc: Document, facts, catalog_dir=None) -> None:
    """Write the reuse index for one report in one transaction (before the report row:
    an interrupted ingest leaves only index rows that no query can see, replaced on re-run).
    Paragraphs that can never count — the agency's own chapters, catalog wording — are left out."""
    names = report_names(facts)
    passages = [p for p in doc_passages(doc, names) if not agency_section(p.section)]
    keys = band_keys(minhash([p.norm for p in passages])) if passages else np.zeros((0, BANDS), dtype=np.int64)
    drop = catalog_boilerplate(passages, keys, catalog_dir)
    if drop:
        passages = [p for i, p in enumerate(passages) if i not in drop]
        keys = np.delete(keys, sorted(drop), axis=0)
    values = table_values(doc)
    digits = digit_counts(doc)
    _tune(store)
    with store.write() as db:
        if db.execute("SELECT 1 FROM passages WHERE report_id=? LIMIT 1", (report_id,)).fetchone() or \
                db.execute("SELECT 1 FROM report_digits WHERE report_id=?", (report_id,)).fetchone():
            if db.execute("SELECT 1 FROM reports WHERE id=?", (report_id,)).fetchone():
                return  # indexed and stored: re-ingest is a no-op
            drop_index(db, report_id)  # left over from an interrupted ingest
        start = (db.execute("SELECT MAX(id) FROM passages").fetchone()[0] or 0) + 1
        db.executemany("INSERT INTO passages (id, report_id, block, row, page, section, text) VALUES (?,?,?,?,?,?,?)",
                       [(start + i, report_id, p.block, p.row, p.page, p.section, p.text[:MAX_TEXT])
                        for i, p in enumerate(passages)])
        pairs = {(int(k), start + i) for i in range(len(passages)) for k in keys[i]}
        db.executemany("INSERT OR IGNORE INTO passage_bands (band, pid) VALUES (?,?)", sorted(pairs))
        distinct = sorted({k for k, _ in pairs})
        db.executemany("INSERT INTO band_df (band, n) VALUES (?, 1) ON CONFLICT(band) DO UPDATE SET n = n + 1",
                       [(k,) for k in distinct])
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
    db.execute("UPDATE band_df SET n = n - 1 WHERE band IN (SELECT DISTINCT pb.band FROM passage_bands pb "
               "JOIN passages p ON p.id = pb.pid WHERE p.report_id = ?)", (report_id,))
    db.execute("DELETE FROM passage_bands WHERE pid IN (SELECT id FROM passages WHERE report_id = ?)", (report_id,))
    db.execute("DELETE FROM passages WHERE report_id = ?", (report_id,))
    db.execute("UPDATE value_df SET n = n - 1 WHERE value IN (SELECT DISTINCT value FROM report_values WHERE report_id = ?)",
               (report_id,))
    db.execute("DELETE FROM report_values WHERE report_id = ?", (report_id,))
    db.execute("DELETE FROM report_digits WHERE report_id = ?", (report_id,))


def ingest_document(store, data: bytes, doc: Document, facts, review=None, *, actor: str = "cli",
                    catalog_dir=None) -> tuple[str, bool]:
    """Index and store one report (idempotent). Returns (report id, created)."""
    import hashlib

    rid = hashlib.sha256(data).hexdigest()
    exists = store.db.execute("SELECT 1 FROM reports WHERE id=?", (rid,)).fetchone()
    if exists:
        if review is not None:
            store.save_review(rid, review, actor=actor)
        return rid, False
    index_report(store, rid, doc, facts, catalog_dir)
    return store.add_report(data, doc, facts, review, actor=actor)


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
               table_vals=None) -> ReuseResult:
    """Near-duplicate passages and shared table values between ``passages`` and the corpus."""
    from reviewer.settings import CorpusSettings

    cs = settings or CorpusSettings()
    _tune(store)
    db = store.db
    res = ReuseResult({}, {}, {}, {}, passages=len(passages))
    exclude = set(exclude)
    keys = band_keys(minhash([p.norm for p in passages])) if passages else np.zeros((0, BANDS), dtype=np.int64)
    skip = catalog_boilerplate(passages, keys, catalog_dir)
    own: set[int] = set()
    for ch in _chunks(sorted(exclude)):
        q = ",".join("?" * len(ch))
        own.update(r[0] for r in db.execute(f"SELECT id FROM passages WHERE report_id IN ({q})", ch))  # noqa: S608
    # candidates: passages sharing >= 2 LSH bands, bands held by few reports only (one query per
    # chunk of our passages; template bands, held by more than reuse_band_df_cap reports, are skipped)
    hits: dict[int, list[tuple[int, int]]] = defaultdict(list)
    todo = [i for i in range(len(passages)) if i not in skip]
    per = max(1, CHUNK // (2 * BANDS))
    for ch in _chunks(todo, per):
        values = ",".join("(?,?)" for _ in range(len(ch) * BANDS))
        params: list[int] = []
        for i in ch:
            for k in keys[i]:
                params += [int(k), i]
        sql = (f"WITH q(band, idx) AS (VALUES {values}) "  # noqa: S608
               "SELECT q.idx, pb.pid, COUNT(*) FROM q JOIN band_df d ON d.band = q.band AND d.n BETWEEN 1 AND ? "
               "JOIN passage_bands pb ON pb.band = q.band GROUP BY q.idx, pb.pid HAVING COUNT(*) >= 2")
        for idx, pid, n in db.execute(sql, (*params, cs.reuse_band_df_cap)):
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
        for r in db.execute(f"SELECT p.id, p.report_id, p.block, p.row, p.page, p.section, p.text FROM passages p "  # noqa: S608
                            f"JOIN reports r ON r.id = p.report_id WHERE p.id IN ({q})", ch):
            theirs[r[0]] = tuple(r)
    rids = sorted({t[1] for t in theirs.values()})
    _load_reports(db, rids, res.reports)
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
                info = res.reports[t[1]]
                prepared[pid] = prepare(Passage(t[2], t[3], t[4], t[5] or "", t[6]),
                                        [info.get("entity"), info.get("agency"), info.get("agency_legal_rep")])
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
        rows_by_value: dict[str, list[tuple]] = defaultdict(list)
        for ch in _chunks(vals):
            q = ",".join("?" * len(ch))
            for r in db.execute(f"SELECT rv.value, rv.report_id, rv.block, rv.row, rv.page, rv.year, rv.quote "  # noqa: S608
                                f"FROM report_values rv JOIN reports r ON r.id = rv.report_id WHERE rv.value IN ({q})", ch):
                if r[1] not in exclude:
                    rows_by_value[r[0]].append(tuple(r))
        _load_reports(db, sorted({r[1] for rows in rows_by_value.values() for r in rows}), res.reports)
        for v in table_vals:
            for r in rows_by_value.get(v[0], ()):
                res.data.setdefault(r[1], []).append((v, r))
    return res


def _load_reports(db, rids, into: dict) -> None:
    need = [r for r in rids if r not in into]
    for ch in _chunks(need):
        q = ",".join("?" * len(ch))
        for r in db.execute(f"SELECT * FROM reports WHERE id IN ({q})", ch):  # noqa: S608
            d = dict(r)
            d["entity_key"] = d.get("uscc") or normalize(d.get("entity") or "") or d["id"]
            into[d["id"]] = d


def text_reuse_verdict(matches: list[Match], cs) -> bool:
    """Counting rule: the near-duplicate passages share at least ``reuse_min_numbers``
    enterprise-specific figures. Number-free near-duplicates are shown as supporting evidence
    only: in a young corpus nothing tells a template sentence from a copied one."""
    numbers = {n for m in matches if m.ours.row is None and not agency_section(m.ours.section)
               for n in m.shared_numbers}
    return len(numbers) >= cs.reuse_min_numbers


# chapters that describe the agency's own work, not the enterprise: its methodology
# paragraphs (with its own figures) repeat in every report it writes
_AGENCY_CHAPTER = re.compile(r"评价过程(?:和|与|及)?方法|工作过程|机构资质|资质符合性|资质证明|机构承诺|第三方机构承诺|"
                             r"评价依据|引用文件|参考文件|编制依据")
_AGENCY_SUBSECTION = re.compile(r"^(?:[（(]?[一二三四五六七八九十\d.]+[)）、.]?\s*)?(?:评价组织|评价组|核查组|文件评审|资料审阅|文件审查|"
                                r"现场评价|现场核查|报告编写|报告编制|技术复核|内部审核|评价方法|评价程序|工作程序)")


def agency_section(section: str) -> bool:
    """Chapters about the agency's own work (its process, qualification, commitment, the
    standards it cites): the chapter anywhere in the path, or a process sub-section."""
    if not section:
        return False
    last = section.rsplit(" / ", 1)[-1]
    return bool(_AGENCY_CHAPTER.search(section) or _AGENCY_SUBSECTION.search(last))


def data_reuse_groups(entries: list[tuple], cs) -> list[tuple[int, int, list[tuple]]]:
    """Group shared table values by (our table block, their table block); keep groups with
    at least ``data_reuse_min_values`` distinct values."""
    groups: dict[tuple[int, int], dict[str, tuple]] = defaultdict(dict)
    for ours, theirs in entries:
        groups[(ours[1], theirs[2])].setdefault(ours[0], (ours, theirs))
    out = []
    for (ob, tb), vals in groups.items():
        digits = sum(sig_digits(v) for v in vals)
        if len(vals) >= cs.data_reuse_min_values and digits >= 4 * cs.data_reuse_min_values:
            out.append((ob, tb, list(vals.values())))
    return sorted(out, key=lambda g: -len(g[2]))


# ---------------------------------------------------------------------------- similar_reports
def stored_passages(store, report_id: str) -> list[Passage]:
    info = dict(store.report(report_id))
    names = [info.get("entity"), info.get("agency"), info.get("agency_legal_rep")]
    rows = store.db.execute("SELECT block, row, page, section, text FROM passages WHERE report_id=? ORDER BY id",
                            (report_id,)).fetchall()
    return [prepare(Passage(r[0], r[1], r[2], r[3] or "", r[4]), names) for r in rows]


def stored_table_values(store, report_id: str) -> list[tuple]:
    return [tuple(r) for r in store.db.execute(
        "SELECT value, block, row, page, year, quote FROM report_values WHERE report_id=? AND in_table=1", (report_id,))]


def _pq(p: Passage) -> dict:
    return {"page": p.page, "block": p.block, "row": p.row, "quote": p.text[:160]}


def similar_reports(store, report_id: str, limit: int = 10, settings=None, catalog_dir=None) -> list[dict]:
    """Reports sharing non-boilerplate passages or table values with a stored report, best first.

    Each item: report_id, file, entity, agency, kind, report_date, same_entity, score,
    text_reuse (bool), data_reuse (bool), passages [{similarity, shared_numbers, this{page,block,quote},
    other{page,block,quote}}], values [{value, this{page,block,quote}, other{page,block,quote}}].
    """
    me = dict(store.report(report_id))
    return _similar(store, me, stored_passages(store, report_id), stored_table_values(store, report_id),
                    limit=limit, settings=settings, catalog_dir=catalog_dir)


def similar_document(store, doc: Document, facts, limit: int = 10, settings=None, catalog_dir=None) -> list[dict]:
    """Like similar_reports for a document that need not be stored (never compared with itself)."""
    me = {"id": doc.sha256, "uscc": facts.uscc, "entity": facts.entity}
    return _similar(store, me, doc_passages(doc, report_names(facts)), table_values(doc),
                    limit=limit, settings=settings, catalog_dir=catalog_dir)


def _similar(store, me: dict, passages, table_vals, *, limit, settings, catalog_dir) -> list[dict]:
    from reviewer.settings import CorpusSettings

    cs = settings or CorpusSettings()
    res = find_reuse(store, passages, exclude={me["id"]}, settings=cs, catalog_dir=catalog_dir, table_vals=table_vals)
    out = []
    for rid in set(res.support) | set(res.data) | set(res.text):
        info = res.reports[rid]
        same = _same_entity(me, info)
        matches = {id(m): m for m in res.support.get(rid, []) + res.text.get(rid, [])}.values()
        entries = res.data.get(rid, [])
        if same:
            entries = [(o, t) for o, t in entries if o[4] and t[5] and o[4] != t[5]]
        groups = data_reuse_groups(entries, cs)
        counting = res.text.get(rid, [])
        item = {
            "report_id": rid, "file": info["file_name"], "entity": info.get("entity"), "agency": info.get("agency"),
            "kind": info.get("kind"), "report_date": info.get("report_date"),
            "same_entity": same,
            "text_reuse": (not same) and text_reuse_verdict(counting, cs),
            "data_reuse": bool(groups),
            "passages": [{"similarity": round(max(m.jaccard, m.containment), 3), "shared_numbers": m.shared_numbers,
                          "this": _pq(m.ours), "other": _pq(m.theirs)}
                         for m in sorted(matches, key=lambda m: (-len(m.shared_numbers), -m.jaccard))],
            "values": [{"value": o[0], "this": {"page": o[3], "block": o[1], "quote": o[5]},
                        "other": {"page": t[4], "block": t[2], "quote": t[6]}} for g in groups for o, t in g[2]],
        }
        if not item["passages"] and not item["values"]:
            continue
        item["score"] = round(sum(p["similarity"] for p in item["passages"])
                              + 2 * len({n for m in counting for n in m.shared_numbers}) + len(item["values"]), 2)
        out.append(item)
    out.sort(key=lambda d: (-(d["text_reuse"] or d["data_reuse"]), -d["score"]))
    return out[:limit]
