"""The corpus: stored reports and reviews, agencies, bans, complaints, audit log."""

from reviewer.corpus.store import Store

__all__ = ["Store"]
