"""Small generated corpora for the corpus tests (eval/generator reports rendered to DOCX)."""

from __future__ import annotations

import copy
import random
from pathlib import Path

from eval.generator.build import build
from eval.generator.model import Para, Table
from eval.generator.render_docx import render_docx
from eval.reuse_eval import blocks_by_tag, methodology, set_agency, swap_names
from eval.generator.entities import make_agency


def agencies(rng: random.Random, n: int) -> list[tuple[dict, list[str]]]:
    out, names = [], set()
    while len(out) < n:
        a = make_agency(rng)
        if a["name"] not in names:
            names.add(a["name"])
            out.append((a, methodology(rng, a)))
    return out


def third_party(rng: random.Random, agency, **kw):
    r = build(random.Random(rng.randrange(10**9)), "a", "factory", "third_party", **kw)
    set_agency(r, *agency)
    return r


def copy_paragraphs(src, dst, tags, *, swap=True) -> None:
    for tg in tags:
        text = blocks_by_tag(src, tg)[0].text
        blocks_by_tag(dst, tg)[0].text = swap_names(text, src, dst) if swap else text


def copy_table(src, dst, tag) -> None:
    blocks_by_tag(dst, tag, Table)[0].rows = copy.deepcopy(blocks_by_tag(src, tag, Table)[0].rows)


def write(reports: dict, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {k: render_docx(r, folder / f"{k}.docx") for k, r in reports.items()}


__all__ = ["agencies", "third_party", "copy_paragraphs", "copy_table", "write", "Para"]
