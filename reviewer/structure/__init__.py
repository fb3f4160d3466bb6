"""Structure and facts stage: Document -> ReportFacts."""

from reviewer.structure.extract import extract_facts
from reviewer.structure.facts import Located, LocatedDate, ReportFacts

__all__ = ["extract_facts", "Located", "LocatedDate", "ReportFacts"]
