"""Passages for reuse detection: name masking, normalisation, shingles, signature numbers,
MinHash signatures and LSH band keys (pure functions, no database)."""

from __future__ import annotations
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
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
