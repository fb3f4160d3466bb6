"""The LLM stage: consistency of narrative claims, requirement judgements, a draft opinion.

Report text goes to the model only as delimited, marked data (spotlighting);
hidden blocks and blocks flagged by SEC.INJECTION are never sent. Every
statement the model returns is verified (quotes verbatim in the cited passage,
numbers present in the report) or it does not reach the user as a finding.
The stage only ever adds findings: it cannot remove or soften a rule finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.document import Block, BlockKind, Document
from reviewer.findings import Finding
from reviewer.llm.client import GuardedClient, LLMUnavailable
from reviewer.llm.grounding import Passage, numbers_grounded, parse_json, report_numbers_text, verify_quotes
from reviewer.llm.prompts import load_prompt
from reviewer.llm.schemas import Issue, Judgement, parse_model

_CLAIM = re.compile(r"逐年(?:下降|降低|减少|上升|提高|增长)|持续(?:下降|降低|提升|改善)|显著|明显|大幅|国内(?:领先|先进)|行业(?:领先|先进)|"
                    r"优于|达到.{0,8}(?:先进|领先|标杆)|同比(?:下降|增长)")
_COMPLIANCE = re.compile(r"(?<!不)(?<!未)(?:合格|通过|符合(?:绿色工厂)?要求|满足要求|满分)")
_DELIM = re.compile(r"</?\s*(?:报告段落|报告数据|要求|问题|审查问题|报告信息)\s*>")
MAX_PASSAGES_PER_CALL = 10
MAX_PASSAGE_CHARS = 600


@dataclass
class LLMOutcome:
    findings: list[Finding] = field(default_factory=list)
    verified: int = 0
    dropped: int = 0
    downgraded: int = 0
    judgements: dict[str, dict] = field(default_factory=dict)  # requirement id -> verdict with evidence
    opinion: str | None = None
    errors: list[str] = field(default_factory=list)


def spotlight(passages: list[Passage]) -> str:
    """Passages as marked data; any delimiter-looking text inside is neutralised."""
    lines = []
    for p in passages:
        text = _DELIM.sub("〈已移除的标记〉", p.text)
        lines.append(f"【{p.id}｜第{p.page}页｜{p.block.section_label or '正文'}】«{text}»")
    return "\n".join(lines)


def eligible_blocks(doc: Document, flagged_blocks: set[int]) -> list[Block]:
    return [b for b in doc.blocks if not b.hidden and b.index not in flagged_blocks and b.kind != BlockKind.IMAGE]


def _finding_from_issue(raw: dict, passages: dict[str, Passage], numbers_text: str, outcome: LLMOutcome) -> Finding | None:
    parsed = parse_model(Issue, raw)
    if parsed is None:  # malformed: dropped and counted, never repaired into a claim
        outcome.dropped += 1
        return None
    issue = parsed.model_dump()
    message = parsed.message.strip()
    title = parsed.title.strip() or "大模型发现的问题"
    if not message:
        outcome.dropped += 1
        return None
    if _COMPLIANCE.search(title + message) and not re.search(r"不合格|不符合|未通过|不满足", title + message):
        outcome.dropped += 1  # a statement of compliance is never an issue; an injected model may try
        return None
    evidence, failed = verify_quotes(issue.get("quotes"), passages)
    if not evidence:
        outcome.dropped += 1
        return None
    severity = issue.get("severity") if issue.get("severity") in ("medium", "low") else "low"
    unverified = failed > 0 or not numbers_grounded(message, numbers_text)
    if unverified:
        outcome.downgraded += 1
        severity = "info"
    else:
        outcome.verified += 1
    return Finding(code="LLM.REVIEW", severity=severity, title=title[:60], message=message[:600], source="llm",
                   evidence=evidence, unverified=True if unverified else None)


def consistency(client: GuardedClient, doc: Document, blocks: list[Block], facts_text: str, outcome: LLMOutcome) -> None:
    claims = [b for b in blocks if b.kind == BlockKind.PARAGRAPH and _CLAIM.search(b.text)]
    if not claims:
        return
    numbers_text = report_numbers_text(doc.text)
    prompt = load_prompt("consistency")
    for start in range(0, len(claims), MAX_PASSAGES_PER_CALL):
        batch = claims[start:start + MAX_PASSAGES_PER_CALL]
        passages = {f"P{i + 1}": Passage(f"P{i + 1}", b, b.text[:MAX_PASSAGE_CHARS]) for i, b in enumerate(batch)}
        answer = client.ask(prompt, facts=facts_text, passages=spotlight(list(passages.values())))
        data = parse_json(answer)
        if data is None or not isinstance(data.get("issues", []), list):
            outcome.dropped += 1
            outcome.errors.append("consistency: 大模型输出无法解析，已丢弃")
            continue
        for issue in data.get("issues", []):
            if isinstance(issue, dict):
                f = _finding_from_issue(issue, passages, numbers_text, outcome)
                if f:
                    outcome.findings.append(f)


def judge_requirement(client: GuardedClient, requirement: str, evidence_hint: str, candidates: list[Passage],
                      outcome: LLMOutcome, requirement_id: str) -> None:
    """Verdict for one weak/uncertain requirement; kept only with verified quotes."""
    passages = {p.id: p for p in candidates}
    answer = client.ask(load_prompt("requirement_judgement"), requirement=requirement, evidence_hint=evidence_hint,
                        passages=spotlight(candidates))
    parsed = parse_model(Judgement, parse_json(answer))
    if parsed is None:
        outcome.dropped += 1
        return
    data = parsed.model_dump()
    verdict = parsed.verdict
    evidence, failed = verify_quotes(data.get("quotes"), passages)
    if verdict != "not_addressed" and (not evidence or failed):
        outcome.dropped += 1  # a positive verdict without verified quotes is not evidence of anything
        return
    outcome.verified += 1
    outcome.judgements[requirement_id] = {"verdict": verdict, "reason": str(data.get("reason", ""))[:300],
                                          "evidence": [e.model_dump() for e in evidence],
                                          "injection_suspected": bool(data.get("injection_suspected"))}


def draft_opinion(client: GuardedClient, report_summary: str, findings: list[Finding], doc: Document,
                  outcome: LLMOutcome) -> None:
    lines = [f"- [{f.severity}] {f.code} {f.title}：{f.message}" + (f"（第{f.evidence[0].page}页）" if f.evidence else "")
             for f in findings if f.severity != "info"][:60]
    answer = client.ask(load_prompt("opinion"), report=report_summary, findings="\n".join(lines) or "（未发现问题）")
    data = parse_json(answer)
    text = str(data.get("opinion", "")).strip() if data else ""
    grounded_text = report_numbers_text(doc.text + "\n" + "\n".join(lines))
    if not text or not numbers_grounded(text, grounded_text):
        outcome.dropped += 1
        outcome.errors.append("opinion: 审查意见草稿含有无法核实的数字或无法解析，已丢弃")
        return
    if _COMPLIANCE.search(text) and any(f.severity == "high" for f in findings) and not re.search(r"不合格|不符合|不予通过|暂不", text):
        outcome.dropped += 1
        outcome.errors.append("opinion: 草稿的结论与高风险问题相矛盾，已丢弃")
        return
    outcome.opinion = text


def run_llm_stage(client: GuardedClient, doc: Document, findings: list[Finding], *, facts_text: str,
                  report_summary: str, weak_items: list[tuple[str, str, str, list[Passage]]] = (),
                  opinion: bool = True) -> LLMOutcome:
    """``weak_items``: (requirement id, requirement text, evidence hint, candidate passages)."""
    outcome = LLMOutcome()
    flagged = {e.block for f in findings if f.code == "SEC.INJECTION" for e in f.evidence if e.block is not None}
    blocks = eligible_blocks(doc, flagged)
    try:
        consistency(client, doc, blocks, facts_text, outcome)
        for rid, text, hint, cands in weak_items:
            cands = [p for p in cands if p.block.index not in flagged and not p.block.hidden]
            if cands:
                judge_requirement(client, text, hint, cands, outcome, rid)
        if opinion:
            draft_opinion(client, report_summary, findings + outcome.findings, doc, outcome)
    except LLMUnavailable as exc:
        outcome.errors.append(str(exc))
    return outcome
