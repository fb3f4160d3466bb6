"""Per-code rule fixtures: tests/rules/cases/<CODE>.yaml.

Each file has ``code``, ``trigger`` (cases that must yield the code) and
``clean`` (cases that must not). A case is either ``markup`` (tests/minireport.py)
or ``base`` (a file in tests/rules/bases/) with optional ``replace`` pairs,
``append`` markup, and ``meta`` (file metadata fields).

Corpus checks (reviewer/rules/corpus.py, agency.py) add, per case:
``corpus`` — reports stored in a temporary corpus before the review, each a case of its own
(``base``/``markup``/``replace``/``append``/``meta``) plus ``repeat: N`` to store N copies with
``{i}`` (1..N) and ``{i2}`` (01..N) substituted in the replacement strings; an empty list
still reviews against an (empty) corpus. ``bans`` — [{agency, date, reason, years}] recorded
before the review. ``settings`` (dotted overrides) apply too, e.g. {corpus.agency_cap_per_year: 2}.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from reviewer.document import FileMeta
from tests.minireport import build

HERE = Path(__file__).parent
CASES = HERE / "cases"
BASES = HERE / "bases"


@lru_cache(maxsize=None)
def base_markup(name: str) -> str:
    return (BASES / f"{name}.md").read_text(encoding="utf-8")


def case_markup(case: dict) -> str:
    if "markup" in case:
        text = case["markup"]
    else:
        text = base_markup(case["base"])
        for old, new in case.get("replace", []):
            if old not in text:
                raise AssertionError(f"fixture replace target not in base {case['base']}: {old!r}")
            text = text.replace(old, new)
    if case.get("append"):
        text = text.rstrip("\n") + "\n" + case["append"]
    return text


def case_document(case: dict):
    meta = FileMeta(**case["meta"]) if case.get("meta") else None
    return build(case_markup(case), meta=meta)


def load_cases() -> dict[str, dict]:
    out = {}
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["code"]] = data
    return out


def corpus_entries(case: dict) -> list[tuple[str, object]]:
    """(markup, Document) for every report a case puts into its corpus."""
    out = []
    for entry in case.get("corpus") or []:
        n = int(entry.get("repeat", 1))
        for i in range(1, n + 1):
            e = dict(entry)
            if "repeat" in entry:
                e["replace"] = [[a, b.format(i=i, i2=f"{i:02d}")] for a, b in entry.get("replace", [])]
            markup = case_markup(e)
            meta = FileMeta(**e["meta"]) if e.get("meta") else None
            out.append((markup, build(markup, meta=meta, source=e.get("file", f"corpus{len(out) + 1}.docx"))))
    return out
