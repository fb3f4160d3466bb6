"""Rule families: one module per family, each check declared once with @check."""

from reviewer.rules import (  # noqa: F401  (importing registers the checks)
    agency,
    conflicts,
    corpus,
    coverage,
    criteria,
    dates,
    eligibility,
    evidence,
    identity,
    metadata,
    numbers,
    plausibility,
    scores,
    security,
    standards,
    template,
)

FAMILY_NAMES = ("template", "identity", "standards", "numbers", "scores", "dates", "eligibility", "evidence",
                "metadata", "security", "coverage", "corpus")
FAMILIES = (template, identity, standards, numbers, scores, dates, eligibility, evidence, metadata, security, coverage, corpus)
