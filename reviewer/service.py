"""The one service object shared by the CLI, the API and the tests.

Pipeline: ingest -> structure/facts -> rules (and, when enabled, retrieval,
corpus and LLM stages) -> Review. Each stage is a small typed function; this
object only wires them with one Settings.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from reviewer import RULES_VERSION, __version__
from reviewer.document import Document
from reviewer.findings import Finding, ReportInfo, Review, ToolInfo, summarize
from reviewer.settings import Settings, load_settings
from reviewer.verify import QuoteIndex


def llm_configured(settings: Settings) -> bool:
    return bool(settings.llm.base_url and settings.llm.model)

Progress = Callable[[str, float], None]  # (stage label in Chinese, fraction 0..1)


def _no_progress(stage: str, fraction: float) -> None:
    return None


class ReviewService:
    def __init__(self, settings: Settings | None = None, *, corpus=None, llm_client=None):
        self.settings = settings or load_settings()
        from reviewer.catalog import load_catalog

        self.catalog = load_catalog(self.settings.rules.catalog_dir)
        self.corpus = corpus  # reviewer.corpus.Store, or None for a stand-alone review
        self.llm_client = llm_client  # a ChatClient to use instead of settings.llm (tests, notebooks)

    # ---- stages ---------------------------------------------------------
    def ingest(self, path: str | Path, *, filename: str | None = None) -> Document:
        from reviewer.ingest import ingest

        return ingest(path, self.settings.ingest, filename=filename)

    def facts(self, doc: Document, *, type_hint: str | None = None, kind_hint: str | None = None):
        from reviewer.structure import extract_facts

        return extract_facts(doc, self.catalog, type_hint=type_hint, kind_hint=kind_hint)

    def rule_findings(self, doc: Document, facts, *, only=None, cache: dict | None = None,
                      skip: Iterable[str] = ()) -> tuple[list[Finding], dict[str, float], dict]:
        """Run the rule checks; returns findings, per-check seconds and the context cache
        (coverage items, corpus preparation) that later stages reuse."""
        from reviewer.rules.context import ReviewContext
        from reviewer.rules.registry import run_checks

        ctx = ReviewContext(doc=doc, facts=facts, settings=self.settings, catalog=self.catalog, corpus=self.corpus,
                            cache=cache if cache is not None else {})
        findings, per_check = run_checks(ctx, only=only, disabled={*self.settings.rules.disabled, *skip})
        return findings, per_check, ctx.cache

    # ---- LLM ------------------------------------------------------------
    def _llm(self, doc: Document, facts, findings: list[Finding], cache: dict) -> tuple[dict, list[Finding]]:
        """The LLM stage (only when configured). It only adds verified findings; a failure of the
        model leaves the deterministic review intact and is recorded in tool.llm.errors."""
        from reviewer.llm.review import guarded_client, run_for_review

        client = guarded_client(self.settings, self.llm_client)
        items = cache.get("coverage", (None, []))[1]
        outcome, info = run_for_review(client, doc, facts, findings, items)
        return info, outcome.findings

    # ---- retrieval ------------------------------------------------------
    def ask(self, source, question: str, *, k: int = 5) -> dict:
        """Answer a question about one report (a path or a Document) with verbatim citations."""
        from reviewer.errors import InputError
        from reviewer.retrieval.ask import answer_question
        from reviewer.retrieval.session import document_index
        from reviewer.structure.indicators import IndicatorReader

        question = (question or "").strip()
        if not question or len(question) > 500:
            raise InputError("问题不能为空，且不超过 500 字。", "the question must be 1-500 characters.")
        doc = source if isinstance(source, Document) else self.ingest(source)
        facts = self.facts(doc)
        index = document_index(doc, self.catalog, self.settings)
        values = IndicatorReader(self.catalog.indicators, facts.type).read(doc, facts.data_years)
        result = answer_question(doc, facts, self.catalog, index, question, k=k, indicators=values)
        if self.llm_client is not None or llm_configured(self.settings):
            from reviewer.llm.review import guarded_client, llm_answer

            client = guarded_client(self.settings, self.llm_client)
            written = llm_answer(client, doc, question, result["passages"])
            result["llm"] = {"model": client.model, **client.stats.as_dict()}
            if written and written.get("answer"):
                result["answer"], result["answer_source"] = written["answer"], "llm"
                result["answer_quotes"] = written["quotes"]
            elif written:
                result["llm"]["note"] = "大模型回答的引用未能核实，已改用检索结果" if written.get("dropped") else written.get("error")
        return result

    def index_document(self, doc: Document, facts) -> int:
        """Put the report's chunks into the persistent Chroma index (replacing earlier ones)."""
        from reviewer.retrieval.chroma_index import ChromaIndex
        from reviewer.retrieval.chunks import chunk_document

        rs = self.settings.retrieval
        chunks = chunk_document(doc, rs.chunk_chars, rs.chunk_overlap)
        meta = {"entity": facts.entity, "agency": facts.agency, "type": facts.type, "kind": facts.kind,
                "file": doc.source}
        return ChromaIndex(self.settings).index(doc.sha256, chunks, meta)

    def delete_indexed(self, report_id: str) -> None:
        from reviewer.retrieval.chroma_index import ChromaIndex

        ChromaIndex(self.settings).delete(report_id)

    # ---- whole review ---------------------------------------------------
    def review_file(self, path: str | Path, *, filename: str | None = None, type_hint=None, kind_hint=None,
                    progress: Progress = _no_progress, only=None) -> Review:
        t0 = time.perf_counter()
        progress("解析文件", 0.0)
        doc = self.ingest(path, filename=filename)
        t_ingest = time.perf_counter() - t0
        return self.review_document(doc, type_hint=type_hint, kind_hint=kind_hint, progress=progress,
                                    only=only, timings={"ingest": t_ingest})

    def review_document(self, doc: Document, *, type_hint=None, kind_hint=None, progress: Progress = _no_progress,
                        only=None, timings: dict | None = None) -> Review:
        draft = self.draft(doc, type_hint=type_hint, kind_hint=kind_hint, progress=progress, only=only,
                           timings=timings)
        return self.finish(draft, progress=progress, only=only)

    def draft(self, doc: Document, *, type_hint=None, kind_hint=None, progress: Progress = _no_progress,
              only=None, timings: dict | None = None, for_corpus: bool = False) -> ReviewDraft:
        """Everything that depends on the report alone: facts, every check except the corpus
        family, and (``for_corpus`` or with a corpus) the corpus preparation. Picklable, so batch
        ingest drafts in worker processes while one process runs the corpus stage and writes."""
        timings = dict(timings or {})
        t = time.perf_counter()
        progress("识别结构与要素", 0.3)
        facts = self.facts(doc, type_hint=type_hint, kind_hint=kind_hint)
        timings["structure"] = time.perf_counter() - t
        t = time.perf_counter()
        progress("规则检查", 0.5)
        findings, _per_check, cache = self.rule_findings(doc, facts, only=only, skip=corpus_codes())
        if for_corpus or self.corpus is not None:
            from reviewer.corpus.reuse_index import prepare_report

            cache["corpus.prep"] = prepare_report(doc, facts, self.settings.rules.catalog_dir)
        timings["rules"] = time.perf_counter() - t
        keep = {k: v for k, v in cache.items() if k in DRAFT_CACHE_KEYS}
        return ReviewDraft(doc=doc, facts=facts, findings=verify_evidence(doc, findings), cache=keep, timings=timings)

    def finish(self, draft: ReviewDraft, *, progress: Progress = _no_progress, only=None) -> Review:
        """The corpus checks (against the corpus as it is now), quote verification, the LLM
        stage when configured, and the Review."""
        doc, facts, timings = draft.doc, draft.facts, dict(draft.timings)
        findings = list(draft.findings)
        wanted = corpus_codes() if only is None else corpus_codes() & set(only)
        if self.corpus is not None and wanted:
            t = time.perf_counter()
            progress("与报告库比对", 0.6)
            more, _per_check, _cache = self.rule_findings(doc, facts, only=wanted, cache=draft.cache)
            findings += verify_evidence(doc, more)  # the draft's findings were verified when drafted
            timings["corpus"] = time.perf_counter() - t
        llm_info = None
        if self.llm_client is not None or llm_configured(self.settings):
            t = time.perf_counter()
            progress("大模型辅助审查", 0.8)
            llm_info, llm_findings = self._llm(doc, facts, findings, draft.cache)
            findings += llm_findings
            timings["llm"] = time.perf_counter() - t
        findings.sort(key=Finding.sort_key)
        coverage, checklist = coverage_summary(draft.cache)
        progress("生成审查结果", 1.0)
        return Review(
            tool=ToolInfo(version=__version__, rules=RULES_VERSION, settings_hash=self.settings.settings_hash(),
                          parser=doc.parser, llm=llm_info),
            report=report_info(doc, facts),
            summary=summarize(findings, coverage),
            findings=findings,
            checklist=checklist,
            timings={k: round(v, 4) for k, v in timings.items()},
        )


DRAFT_CACHE_KEYS = ("coverage", "corpus.prep")  # what the corpus and LLM stages read back


@dataclass
class ReviewDraft:
    doc: Document
    facts: object
    findings: list[Finding]
    cache: dict = field(default_factory=dict)
    timings: dict = field(default_factory=dict)


@lru_cache(maxsize=1)
def corpus_codes() -> frozenset[str]:
    """Codes of the corpus family: they compare with other reports, so they run last, in the
    process that writes the corpus."""
    from reviewer.rules.registry import load_all

    return frozenset(c.code for c in load_all().active() if c.family == "corpus")


def coverage_summary(cache: dict):
    """summary.coverage counts and the requirement checklist, when coverage ran."""
    cid, items = cache.get("coverage", (None, []))
    if not items:
        return None, None
    from reviewer.findings import Coverage

    counts = {"covered": 0, "weak": 0, "missing": 0}
    checklist = []
    for it in items:
        counts[it.status] += 1
        req = it.requirement
        checklist.append({
            "id": req["id"], "standard": req.get("standard"), "clause": req.get("clause"), "text": req.get("text"),
            "mandatory": bool(req.get("mandatory")), "status": it.status,
            "evidence": [{"page": e.page, "section": e.section, "quote": e.quote} for e in it.evidence],
            "searched": it.searched if it.status == "missing" else None,
        })
    return Coverage(requirements=len(items), **counts), checklist


def report_info(doc: Document, facts) -> ReportInfo:
    return ReportInfo(
        id=doc.sha256,
        file=doc.source,
        pages=doc.pages,
        type=facts.type,
        kind=facts.kind,
        regime=facts.regime,
        entity=facts.entity,
        uscc=facts.uscc,
        agency=facts.agency if facts.kind == "third_party" else None,
        report_date=facts.report_date.value.isoformat() if facts.report_date else None,
    )


def verify_evidence(doc: Document, findings: list[Finding]) -> list[Finding]:
    """Drop any quote that is not verbatim report text; a rule finding left with no
    evidence (and not an absence finding) is downgraded to info and marked unverified."""
    if not any(f.evidence for f in findings):
        return list(findings)
    index = QuoteIndex(doc)
    out: list[Finding] = []
    for f in findings:
        if not f.evidence:
            out.append(f)
            continue
        kept = [e for e in f.evidence if index.contains(e.quote, e.page)]
        if len(kept) != len(f.evidence):
            f = f.model_copy(update={"evidence": kept})
            if not kept:
                f = f.model_copy(update={"severity": "info", "unverified": True})
        out.append(f)
    return out
