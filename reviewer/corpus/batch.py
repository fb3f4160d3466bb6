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


def ingest_one(service, store, data: bytes, filename: str, *, actor: str = "cli", save: bool = True) -> dict:
    """Review one report against the corpus and (``save``) store it. Returns a summary dict:
    id, file, status (stored | exists | reviewed), risk, counts, review."""
    from reviewer.corpus.reuse import ingest_document

    rid = hashlib.sha256(data).hexdigest()
    if save and store.db.execute("SELECT 1 FROM reports WHERE id=?", (rid,)).fetchone():
        return {"id": rid, "file": filename, "status": "exists"}
    doc = service.ingest_bytes(data, filename=filename) if hasattr(service, "ingest_bytes") else _ingest(service, data, filename)
    review = service.review_document(doc)
    out = {"id": rid, "file": filename, "status": "reviewed", "risk": review.summary.risk,
           "counts": review.summary.counts, "review": review}
    if save:
        facts = service.facts(doc)
        ingest_document(store, data, doc, facts, review, actor=actor, catalog_dir=service.settings.rules.catalog_dir)
        out["status"] = "stored"
    return out


def _ingest(service, data: bytes, filename: str):
    from reviewer.ingest import ingest_bytes

    return ingest_bytes(data, service.settings.ingest, filename=filename)


def run(service, store, items: list[Item], *, actor: str = "cli", on_item=None) -> Iterator[dict]:
    """Ingest items one by one; a failing file yields {status: error, error} and the batch goes on."""
    for i, item in enumerate(items):
        try:
            data = item.load()
            res = ingest_one(service, store, data, item.filename, actor=actor)
        except GreenreviewError as exc:
            res = {"file": item.filename, "status": "error", "error": exc}
        except (OSError, zipfile.BadZipFile) as exc:
            res = {"file": item.filename, "status": "error",
                   "error": InputError(f"无法读取文件：{item.name}（{exc}）", f"cannot read file: {item.name} ({exc})")}
        except Exception as exc:  # noqa: BLE001 — one bad file must not stop the batch
            res = {"file": item.filename, "status": "error",
                   "error": GreenreviewError(f"处理文件时程序内部错误：{item.name}（{type(exc).__name__}: {exc}）",
                                             f"internal error on {item.name} ({type(exc).__name__})", code="internal")}
        res["name"] = item.name
        res["index"] = i
        if on_item:
            on_item(res)
        yield res
