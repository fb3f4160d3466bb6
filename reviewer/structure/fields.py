"""Basic-information fields (工厂名称, 统一社会信用代码 …) from tables and "标签：值" lines.

Labels come from the templates in standards/templates.yaml; this module only
knows the shapes a label and its value take in a DOCX or a PDF.
"""

from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from reviewer.document import Block, BlockKind, Document
from reviewer.structure.facts import Located

EMPTY_VALUES = {"", "/", "／", "—", "-", "--", "——", "无", "空", "N/A", "n/a"}
_MAX_VALUE_CHARS = 400


# who a label is about, written before it: "受审核方主要亮点", "申报单位联系人"
_ROLE_PREFIX = re.compile(r"^(?:受审核方|受评价方|受评价单位|被评价方|受评单位|申报单位|申报企业|申报主体)(?=.{2})")
_TRAILING_NOTE = re.compile(r"[（(][^）)]{0,12}[)）]$")
_LABEL_NOISE = re.compile(r"[\s:：*＊\u3000]")


@lru_cache(maxsize=16384)  # table cells repeat across checks and reports
def norm_label(s: str) -> str:
    """A label without spaces, colons, asterisks or a trailing parenthetical such as （盖章）."""
    return _LABEL_NOISE.sub("", _TRAILING_NOTE.sub("", s.strip()))


@dataclass(frozen=True, slots=True)
class LabelIndex:
    by_label: dict[str, str]  # normalised label -> field id
    pattern: re.Pattern  # "label：value" at the start of a line; the value ends at the next label, also one
    # right after a full stop where a PDF joined two paragraphs ("主要亮点：…查验。工厂速写（snapshot）：…")

    @classmethod
    def build(cls, labels: dict[str, str]) -> "LabelIndex":
        by_label = {norm_label(k): v for k, v in labels.items() if norm_label(k)}
        alts = sorted(by_label, key=len, reverse=True)
        spaced = ["\\s*".join(map(re.escape, a)) for a in alts]
        pat = re.compile(rf"(?:^|[\s　])(?P<label>{'|'.join(spaced)})\s*[:：]\s*(?P<value>[^\n:：]*?)(?=\s{{2,}}|[\s　][^\s　:：]{{2,12}}[:：]|(?<=。)[^\s　:：。，；]{{2,16}}[:：]|$)", re.M)
        return cls(by_label, pat)

    def field_of(self, cell: str) -> str | None:
        if len(cell) > 30:
            return None
        label = norm_label(cell)
        found = self.by_label.get(label)
        if found is None and (m := _ROLE_PREFIX.match(label)):  # "受审核方主要亮点" is "主要亮点"
            found = self.by_label.get(label[m.end():])
        return found


# "▶ 企业名称：X；▶ 统一社会信用代码：…": the separator and bullet before the next label are not the value's
_TRAILING_SEPARATORS = re.compile(r"[\s　；;，,。▶►•·●■◆▪→]+$")


def _clean_value(v: str) -> str:
    v = _TRAILING_SEPARATORS.sub("", v.strip().strip("　").strip())
    return v[:_MAX_VALUE_CHARS]


# a value that stops mid-list ("…；能源数据逐笔可溯至原始单据；") goes on in the next paragraph
_UNFINISHED = re.compile(r"[；;、]\s*$")


def extract_fields(doc: Document, index: LabelIndex) -> tuple[dict[str, list[Located]], dict[str, Block]]:
    """Every stated value for every known label, and labels present with an empty value."""
    found: dict[str, list[Located]] = {}
    empty: dict[str, Block] = {}

    def add(fid: str, value: str, block: Block, quote: str) -> None:
        value = _clean_value(value)
        if value in EMPTY_VALUES or index.field_of(value):
            empty.setdefault(fid, block)
            return
        found.setdefault(fid, []).append(Located(value, block, quote))

    blocks = doc.blocks
    for i, b in enumerate(blocks):
        if b.hidden:
            continue
        if b.kind == BlockKind.TABLE and b.rows:
            _from_table(b, index, add)
        elif b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING):
            hit = False
            for m in index.pattern.finditer(b.text):
                fid = index.by_label.get(norm_label(m.group("label")))
                if fid:
                    hit = True
                    value = m.group("value")
                    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
                    if _UNFINISHED.search(value) and m.end() >= len(b.text.rstrip()) and nxt is not None \
                            and nxt.kind == BlockKind.PARAGRAPH and not nxt.hidden and nxt.page == b.page \
                            and not index.pattern.search(nxt.text) and not index.field_of(nxt.text):
                        # "受评价方主要亮点：…；…；" | "MOCVD设备…": a PDF line cut before a long Latin word
                        # broke the list; the next paragraph carries it on
                        value += nxt.text
                    add(fid, value, b, m.group(0).strip())
            if hit:
                continue
            # a label alone on its line (PDF table flattened), value in the next block
            fid = index.field_of(b.text)
            if fid and i + 1 < len(blocks) and blocks[i + 1].kind == BlockKind.PARAGRAPH:
                nxt = blocks[i + 1]
                if len(nxt.text) <= 80 and not index.field_of(nxt.text):
                    add(fid, nxt.text, nxt, nxt.text)
            elif not fid:
                _from_spaced_line(b, index, add)
    return found, empty


def _from_table(b: Block, index: LabelIndex, add) -> None:
    rows = b.rows or []
    for r, row in enumerate(rows):
        labels = [index.field_of(c) for c in row]
        known = [x for x in labels if x]
        # header layout: a row of labels (most of them known, none repeated) above a row of values
        unknown_ok = all(index.field_of(c) or (len(c) <= 8 and not re.search(r"\d|公司|@", c)) for c in row if c.strip())
        # "所属行业 |  | 主要产品 | 多层印制电路板" pairs labels with values (one of them blank), it is no header
        pairs = len(row) >= 4 and labels[0] and labels[2] and not labels[1]
        if len(row) >= 2 and not pairs and unknown_ok and len(known) >= max(2, 0.5 * len(row)) and len(set(known)) == len(known) \
                and r + 1 < len(rows) and len(rows[r + 1]) == len(row):
            nxt = rows[r + 1]
            if sum(1 for c in nxt if index.field_of(c)) <= 1:
                for fid, label, value in zip(labels, row, nxt):
                    if fid:
                        add(fid, value, b, value if value.strip() else label)
                continue
        if r == 0 and _column_header(rows, row, labels, index):
            # "序号 | 相关方 | 单位名称 | 关系" over a list of parties is a column title, no field; a column
            # repeating one value ("企业名称" over the same name on every row) states that value
            for c, fid in enumerate(labels):
                below = {x[c].strip() for x in rows[1:] if len(x) == len(row)}
                if fid and len(below) == 1:
                    add(fid, rows[1][c], b, rows[1][c])
            continue
        for c, cell in enumerate(row):
            fid = labels[c]
            if not fid:
                continue
            value = ""
            for nxt_cell in row[c + 1:]:
                if nxt_cell == cell:  # a merged label cell repeated by the parser
                    continue
                if index.field_of(nxt_cell):
                    break
                value = nxt_cell
                break
            quote = f"{cell}\t{value}" if value else cell
            add(fid, value, b, quote if _adjacent(row, c, value) else (value or cell))


def _column_header(rows: list[list[str]], row: list[str], labels: list, index: LabelIndex) -> bool:
    """A first row of three or more short titles over at least two rows of the same width whose cells
    under the labelled title are values, not labels: a list's header."""
    if len(row) < 3 or len(rows) < 3 or any(len(c) > 8 or re.search(r"\d|公司|@", c) for c in row):
        return False
    body = [r for r in rows[1:] if len(r) == len(row)]
    cols = [c for c, fid in enumerate(labels) if fid]
    return len(body) >= 2 and all(r[c].strip() and not index.field_of(r[c]) for r in body[:2] for c in cols)


def _adjacent(row: list[str], c: int, value: str) -> bool:
    return c + 1 < len(row) and row[c + 1] == value


def _from_spaced_line(b: Block, index: LabelIndex, add) -> None:
    """PDF tables that came out as one line: '统一社会信用代码 91350200MA…'."""
    if len(b.text) > 120:
        return
    parts = re.split(r"\s{1,}", b.text.strip(), maxsplit=1)
    if len(parts) == 2:
        fid = index.field_of(parts[0])
        if fid:
            add(fid, parts[1], b, b.text.strip())


_MARK = "☑✔√■☒✓▣"
_BOX = "□☐"


def ticked(value: str, option: str, others: tuple[str, ...] = ()) -> bool | None:
    """Is ``option`` ticked in a check-box value such as "☑符合 □不符合" or "符合√ 不符合□"?
    None when the value has no check boxes. The side marks stand on is read from the value."""
    v = value.replace(" ", "").replace("\u3000", "")
    # bracketed boxes "[√]符合 [ ]不符合", "(√)符合", "（ ）不符合": one mark character each
    v = re.sub(r"[\[［(（]([√✓✔xX×☑■●])[\]］)）]", lambda m: "☑", v)
    v = re.sub(r"[\[［(（][\]］)）]", "□", v)
    if not any(c in v for c in _MARK + _BOX):
        return None
    marks_first = v[0] in _MARK + _BOX
    for m in re.finditer(re.escape(option), v):
        # "符合" inside "不符合" is the other option
        if option == "符合" and m.start() > 0 and v[m.start() - 1] == "不":
            continue
        mark = v[m.start() - 1: m.start()] if marks_first else v[m.end(): m.end() + 1]
        if mark and mark in _MARK:
            return True
        if mark and mark in _BOX:
            return False
    return False
