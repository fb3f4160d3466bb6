"""The check registry: a check is declared once, with its code, severity and docs.

A check is a function ``(ctx) -> Iterable[Finding]`` decorated with ``@check``.
Its docstring is the user documentation, under three fixed headings
(检查内容 / 为何重要 / 示例); ``greenreview rules`` and docs/rules.md are
generated from it. ``run_checks`` isolates every check: one that raises becomes
an ``info`` finding (TOOL.CHECK_ERROR) and the others still run.
"""

from __future__ import annotations

import inspect
import re
import sys
import time
import traceback
from dataclasses import dataclass, field
from typing import Callable, Iterable

from reviewer.findings import Finding, Severity

DOC_HEADINGS = ("检查内容", "为何重要", "示例")
_CODE_RE = re.compile(r"^[A-Z]+\.[A-Z_]+$")
_HEADING_RE = re.compile(r"^(检查内容|为何重要|示例)\s*(?:\(.*?\)|（.*?）)?\s*(?:[：:]\s*(?P<rest>.*))?$")


@dataclass(frozen=True)
class CheckSpec:
    code: str
    name: str
    family: str
    severity: Severity
    title: str
    func: Callable
    doc: str
    status: str = "stable"  # stable | preview | removed (tombstone: the code is never reused)
    applies_to: tuple[str, ...] = ()  # report types; empty = all
    kinds: tuple[str, ...] = ()  # report kinds; empty = all

    def sections(self) -> dict[str, str]:
        """The docstring split under its fixed headings."""
        out: dict[str, str] = {}
        current = None
        for line in self.doc.splitlines():
            m = _HEADING_RE.match(line.strip())
            if m:
                current = m.group(1)
                out[current] = (m.group("rest") or "").strip() + "\n" if m.group("rest") else ""
            elif current:
                out[current] += line.strip() + "\n"
        return {k: v.strip() for k, v in out.items()}


@dataclass
class Registry:
    checks: dict[str, CheckSpec] = field(default_factory=dict)

    def add(self, spec: CheckSpec) -> None:
        if not _CODE_RE.match(spec.code):
            raise ValueError(f"bad finding code {spec.code!r}")
        if spec.code in self.checks:
            raise ValueError(f"finding code {spec.code} declared twice")
        self.checks[spec.code] = spec

    def active(self) -> list[CheckSpec]:
        return [c for c in self.checks.values() if c.status != "removed"]


REGISTRY = Registry()


def check(
    code: str,
    *,
    severity: Severity,
    title: str,
    applies_to: tuple[str, ...] = (),
    kinds: tuple[str, ...] = (),
    status: str = "stable",
):
    """Declare a check. The family is the module name (reviewer/rules/<family>.py), or the module's FAMILY."""

    def wrap(func: Callable) -> Callable:
        module = sys.modules.get(func.__module__)
        family = getattr(module, "FAMILY", None) or func.__module__.rsplit(".", 1)[-1]  # a family may span two modules
        REGISTRY.add(
            CheckSpec(
                code=code,
                name=func.__name__,
                family=family,
                severity=severity,
                title=title,
                func=func,
                doc=inspect.cleandoc(func.__doc__ or ""),
                status=status,
                applies_to=applies_to,
                kinds=kinds,
            )
        )
        return func

    return wrap


def load_all() -> Registry:
    """Import every family module so their decorators run."""
    from reviewer.rules import FAMILIES  # noqa: F401  (import side effect)

    return REGISTRY


def run_checks(ctx, *, only: Iterable[str] | None = None, disabled: Iterable[str] = ()) -> tuple[list[Finding], dict[str, float]]:
    """Run every applicable check in isolation; return findings and per-check seconds."""
    registry = load_all()
    wanted = set(only) if only else None
    off = set(disabled)
    findings: list[Finding] = []
    timings: dict[str, float] = {}
    for spec in registry.active():
        if spec.code in off or (wanted is not None and spec.code not in wanted):
            continue
        if spec.applies_to and ctx.facts.type not in spec.applies_to:
            continue
        if spec.kinds and ctx.facts.kind not in spec.kinds:
            continue
        t0 = time.perf_counter()
        try:
            for f in spec.func(ctx) or ():
                f.check = spec.name
                findings.append(f)
        except Exception as exc:  # a broken check must not take the review down
            last = traceback.extract_tb(exc.__traceback__)[-1]
            findings.append(
                Finding(
                    code="TOOL.CHECK_ERROR",
                    severity="info",
                    title="检查程序内部错误，本项未完成",
                    message=(
                        f"检查 {spec.code}（{spec.name}）运行出错，已跳过，其余检查照常进行："
                        f"{type(exc).__name__}: {exc}（{last.filename.rsplit('/', 1)[-1]}:{last.lineno}）"
                    ),
                    check=spec.name,
                )
            )
        timings[spec.code] = time.perf_counter() - t0
    return findings, timings
