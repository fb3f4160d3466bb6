"""Batch ingest: files, folders and zip archives of reports into the corpus.

Each report is reviewed against the corpus as it stands (never against itself), then
indexed and stored. One report is one unit of work: a crash leaves every completed report
intact and nothing visible of the interrupted one; re-running skips what is stored.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from reviewer.errors import GreenreviewError, InputError

REPORT_SUFFIXES = (".pdf", ".docx", ".doc", ".wps")
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_TOTAL_MB = 4096


@dataclass
class Item:
    name: str  # display name (path, or archive.zip:member)
    filename: str  # file name given to the parser
    load: Callable[[], bytes]
    doc: object = None  # an already parsed Document (benchmarks: ingest without parsing)


def expand(paths) -> tuple[list[Item], list[tuple[str, GreenreviewError]]]:
    """Every report file named by ``paths`` (files, folders searched recursively, zip archives);
    plus the inputs that cannot be read at all."""
    items: list[Item] = []
    errors: list[tuple[str, GreenreviewError]] = []
    for raw in paths:
        p = Path(raw)
        if not p.exists():
            errors.append((str(raw), InputError(f"文件不存在：{raw}", f"file not found: {raw}", code="not_found")))
        elif p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and (f.suffix.lower() in REPORT_SUFFIXES
                                                                         or f.suffix.lower() == ".zip"))
            if not found:
                errors.append((str(raw), InputError(f"目录中没有 PDF/DOCX 报告：{raw}", f"no PDF/DOCX reports in folder: {raw}")))
            for f in found:
                if f.suffix.lower() == ".zip":
                    items.extend(_zip_items(f, errors))
                else:
                    items.append(Item(str(f), f.name, f.read_bytes))
        elif p.suffix.lower() == ".zip" or (p.is_file() and zipfile.is_zipfile(p) and p.suffix.lower() not in (".docx",)):
            items.extend(_zip_items(p, errors))
        else:
            items.append(Item(str(p), p.name, p.read_bytes))
    return items, errors


def _zip_items(path: Path, errors) -> list[Item]:
    try:
        zf = zipfile.ZipFile(path)
        members = [m for m in zf.infolist() if not m.is_dir() and Path(m.filename).suffix.lower() in REPORT_SUFFIXES
                   and not Path(m.filename).name.startswith(("._", "~$"))]
    except (zipfile.BadZipFile, OSError) as exc:
        errors.append((str(path), InputError(f"无法读取压缩包：{path}（{exc}）", f"cannot read zip archive: {path} ({exc})")))
        return []
    if len(members) > MAX_ZIP_MEMBERS or sum(m.file_size for m in members) > MAX_ZIP_TOTAL_MB * 1048576:
        errors.append((str(path), InputError(f"压缩包过大：{path}", f"zip archive too large: {path}")))
        return []
    if not members:
        errors.append((str(path), InputError(f"压缩包中没有 PDF/DOCX 报告：{path}", f"no PDF/DOCX reports in zip: {path}")))

    def loader(m):
        def load():
            with zipfile.ZipFile(path) as z:
                return z.read(m)
        return load

    return [Item(f"{path}:{m.filename}", _member_name(m), loader(m)) for m in members]


def _member_name(m: zipfile.ZipInfo) -> str:
    name = m.filename
    if not (m.flag_bits & 0x800):  # not flagged UTF-8: Chinese zip tools write GBK
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return Path(name).name


def ingest_one(service, store, data: bytes, filename: str, *, actor: str = "cli", save: bool = True,
               doc=None) -> dict:
    """Review one report against the corpus and (``save``) store it; ``doc`` is the report
    already parsed, if it is. Returns a summary dict: id, file, status (stored | exists |
    reviewed), risk, counts, review."""
    rid = hashlib.sha256(data).hexdigest()
    if save and _stored(store, rid):  # before parsing: a stored file costs nothing
        return _exists(rid, filename)
    draft = service.draft(doc if doc is not None else _parse(service, data, filename), for_corpus=save)
    return _finish(service, store, rid, data, filename, draft, actor=actor, save=save)


def _stored(store, rid: str) -> bool:
    return store.db.execute("SELECT 1 FROM reports WHERE id=?", (rid,)).fetchone() is not None


def _exists(rid: str, filename: str) -> dict:
    return {"id": rid, "file": filename, "status": "exists"}


def _parse(service, data: bytes, filename: str):
    from reviewer.ingest import ingest_bytes

    return ingest_bytes(data, service.settings.ingest, filename=filename)


def _finish(service, store, rid: str, data: bytes, filename: str, draft, *, actor: str, save: bool = True) -> dict:
    """The serial part: corpus checks against everything stored so far, then the write."""
    from reviewer.corpus.reuse import ingest_document

    if save and _stored(store, rid):  # the same file twice in one batch
        return _exists(rid, filename)
    review = service.finish(draft)
    out = {"id": rid, "file": filename, "status": "reviewed", "risk": review.summary.risk,
           "counts": review.summary.counts, "review": review}
    if save:
        ingest_document(store, data, draft.doc, draft.facts, review, actor=actor,
                        catalog_dir=service.settings.rules.catalog_dir, prep=draft.cache.get("corpus.prep"))
        out["status"] = "stored"
    return out


def _error_result(item: Item, exc: BaseException) -> dict:
    if isinstance(exc, GreenreviewError):
        err = exc
    elif isinstance(exc, (OSError, zipfile.BadZipFile)):
        err = InputError(f"无法读取文件：{item.name}（{exc}）", f"cannot read file: {item.name} ({exc})")
    else:  # one bad file must not stop the batch
        err = GreenreviewError(f"处理文件时程序内部错误：{item.name}（{type(exc).__name__}: {exc}）",
                               f"internal error on {item.name} ({type(exc).__name__})", code="internal")
    return {"file": item.filename, "status": "error", "error": err}


def run(service, store, items: list[Item], *, actor: str = "cli", on_item=None, workers: int = 1) -> Iterator[dict]:
    """Ingest items in input order; a failing file yields {status: error, error} and the batch
    goes on. With ``workers`` > 1, parsing and the per-report checks run in that many worker
    processes while this process runs the corpus checks and writes, one report at a time and
    in input order — each report is still compared with every report stored before it."""
    if workers > 1 and len(items) > 2:
        from reviewer.corpus.workers import parallel

        results = parallel(service, store, items, actor, workers)
    else:
        results = (_serial_one(service, store, item, actor) for item in items)
    with store.batch_writing():
        for i, (item, res) in enumerate(zip(items, results)):
            res["name"] = item.name
            res["index"] = i
            if on_item:
                on_item(res)
            yield res


def _serial_one(service, store, item: Item, actor: str) -> dict:
    try:
        return ingest_one(service, store, item.load(), item.filename, actor=actor, doc=item.doc)
    except Exception as exc:  # noqa: BLE001 — reported per file
        return _error_result(item, exc)
