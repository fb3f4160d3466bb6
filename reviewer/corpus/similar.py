"""Reports similar to one report: the reuse query seen from a single report, for the CLI and API.

A stored report is compared through its stored passages and table values; a document that need not
be stored (``greenreview corpus similar FILE``) through its own, and is never compared with itself.
"""

from __future__ import annotations

from reviewer.corpus.passages import Passage, doc_passages, report_names
from reviewer.corpus.reuse import _same_entity, _stored_passage, data_reuse_groups, find_reuse, text_reuse_verdict
from reviewer.corpus.reuse_index import table_values
from reviewer.document import Document


def stored_passages(store, report_id: str) -> list[Passage]:
    info = dict(store.report(report_id))
    rows = store.db.execute("SELECT block, row, page, section, text, norm, nums FROM passages WHERE report_id=? "
                            "ORDER BY id", (report_id,)).fetchall()
    return [_stored_passage(tuple(r), info) for r in rows]


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
