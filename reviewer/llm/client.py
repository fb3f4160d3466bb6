"""Model access behind one narrow seam: ``complete(system, user) -> str``.

``build_client`` returns None when no endpoint is configured; LangChain and
OpenAI are imported only inside it, so a review without an LLM never loads them.
A test fakes the seam in three lines::

    class Fake:
        model = "fake"
        def complete(self, system, user): return '{"verdict": "satisfied", "quotes": []}'
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Protocol

from reviewer.llm.cache import ResponseCache, cache_key
from reviewer.llm.prompts import Prompt


class ChatClient(Protocol):
    model: str

    def complete(self, system: str, user: str) -> str: ...


class LLMUnavailable(Exception):
    """The endpoint failed after retries, or the review's budget is spent."""


class LangChainChat:
    """Any LangChain chat model (ChatOpenAI in production, fakes in tests) as a ChatClient."""

    def __init__(self, chat, model: str | None = None):
        self.chat = chat
        self.model = model or getattr(chat, "model_name", None) or type(chat).__name__

    def complete(self, system: str, user: str) -> str:
        from langchain_core.messages import HumanMessage, SystemMessage

        msg = self.chat.invoke([SystemMessage(content=system), HumanMessage(content=user)])
        content = msg.content
        if isinstance(content, list):  # some providers return content parts
            content = "".join(p.get("text", "") if isinstance(p, dict) else str(p) for p in content)
        return content


def build_client(settings) -> ChatClient | None:
    """A ChatClient for an OpenAI-compatible endpoint, or None when the LLM is not configured."""
    if not settings.base_url or not settings.model:
        return None
    from langchain_openai import ChatOpenAI

    chat = ChatOpenAI(base_url=settings.base_url, api_key=settings.api_key or "not-needed", model=settings.model,
                      timeout=settings.timeout_s, max_retries=0, temperature=0)
    return LangChainChat(chat, settings.model)


@dataclass
class CallStats:
    calls: int = 0
    cache_hits: int = 0
    errors: int = 0
    chars_sent: int = 0
    prompts: dict[str, int] = field(default_factory=dict)  # prompt ref -> uses

    def as_dict(self) -> dict:
        return {"calls": self.calls, "cache_hits": self.cache_hits, "errors": self.errors,
                "chars_sent": self.chars_sent, "prompts": dict(sorted(self.prompts.items()))}


class GuardedClient:
    """Cache, budget, retries with backoff and a concurrency limit around a ChatClient."""

    def __init__(self, inner: ChatClient, settings, cache: ResponseCache | None = None):
        self.inner = inner
        self.model = inner.model
        self.settings = settings
        self.cache = cache or ResponseCache(None)
        self.stats = CallStats()
        self._slots = threading.BoundedSemaphore(max(1, settings.concurrency))
        self._lock = threading.Lock()

    def ask(self, prompt: Prompt, **values: str) -> str:
        user = prompt.render(**values)
        key = cache_key(prompt.ref, self.model, prompt.system, user)
        with self._lock:
            self.stats.prompts[prompt.ref] = self.stats.prompts.get(prompt.ref, 0) + 1
        hit = self.cache.get(key)
        if hit is not None:
            with self._lock:
                self.stats.cache_hits += 1
            return hit
        size = len(prompt.system) + len(user)  # characters, not tokens: tiktoken would download at run time
        with self._lock:
            if self.stats.calls >= self.settings.max_calls_per_review:
                raise LLMUnavailable(f"本次审查的大模型调用次数已达上限（{self.settings.max_calls_per_review}）")
            if self.stats.chars_sent + size > self.settings.max_chars_per_review:
                raise LLMUnavailable(f"本次审查发送给大模型的字符数已达上限（{self.settings.max_chars_per_review}）")
            self.stats.calls += 1
            self.stats.chars_sent += size
        last: Exception | None = None
        for attempt in range(self.settings.max_retries + 1):
            try:
                with self._slots:
                    answer = self.inner.complete(prompt.system, user)
                self.cache.put(key, prompt.ref, self.model, answer)
                return answer
            except Exception as exc:  # network, timeout, provider error: retry, then give up cleanly
                last = exc
                with self._lock:
                    self.stats.errors += 1
                if attempt < self.settings.max_retries:
                    time.sleep(min(8.0, 0.25 * 2**attempt))
        raise LLMUnavailable(f"大模型接口调用失败：{type(last).__name__}: {last}")
