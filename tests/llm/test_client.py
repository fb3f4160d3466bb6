"""Model access: LangChain ChatOpenAI against the stub server, cache, budget, retries."""

from __future__ import annotations

import subprocess
import sys

import pytest

from reviewer.llm.cache import ResponseCache
from reviewer.llm.client import GuardedClient, LangChainChat, LLMUnavailable, build_client
from reviewer.llm.prompts import all_prompts, load_prompt
from reviewer.settings import LLMSettings


def _settings(url=None, **kw):
    return LLMSettings(base_url=url, model="stub-model" if url else None, **kw)


def test_not_configured_means_no_client():
    assert build_client(_settings()) is None


def test_review_path_does_not_import_langchain_without_llm_settings():
    code = ("import sys; from reviewer.service import ReviewService; from reviewer.settings import Settings;"
            "from reviewer.llm import build_client; build_client(Settings(home='/x').llm);"
            "bad=[m for m in sys.modules if m.startswith(('langchain','openai','tiktoken'))]; print(bad); assert not bad")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_chatopenai_through_stub_and_cache(stub, tmp_path):
    stub.set(['{"answer": "一", "quotes": []}'])
    settings = _settings(stub.url, max_retries=0)
    client = GuardedClient(build_client(settings), settings, ResponseCache(tmp_path / "cache.db"))
    prompt = load_prompt("ask")
    a1 = client.ask(prompt, question="问", passages="P1: 文本")
    assert '"answer"' in a1 and client.stats.calls == 1 and len(stub.requests()) == 1
    # a second identical call is served from the on-disk cache, even by a new client
    client2 = GuardedClient(build_client(settings), settings, ResponseCache(tmp_path / "cache.db"))
    assert client2.ask(prompt, question="问", passages="P1: 文本") == a1
    assert client2.stats.calls == 0 and client2.stats.cache_hits == 1 and len(stub.requests()) == 1


def test_server_error_retries_then_unavailable(stub):
    stub.set([], mode="error")
    settings = _settings(stub.url, max_retries=1)
    client = GuardedClient(build_client(settings), settings)
    with pytest.raises(LLMUnavailable):
        client.ask(load_prompt("ask"), question="q", passages="p")
    assert len(stub.requests()) == 2 and client.stats.errors == 2


def test_timeout_is_unavailable_not_a_hang(stub):
    stub.set(["{}"], mode="slow", delay=3)
    settings = _settings(stub.url, max_retries=0, timeout_s=0.5)
    client = GuardedClient(build_client(settings), settings)
    with pytest.raises(LLMUnavailable):
        client.ask(load_prompt("ask"), question="q", passages="p")


def test_budget_limits_calls():
    class Fake:
        model = "fake"

        def complete(self, system, user):
            return "{}"

    settings = LLMSettings(base_url="x", model="fake", max_calls_per_review=2)
    client = GuardedClient(Fake(), settings)
    prompt = load_prompt("ask")
    client.ask(prompt, question="1", passages="p")
    client.ask(prompt, question="2", passages="p")
    with pytest.raises(LLMUnavailable, match="上限"):
        client.ask(prompt, question="3", passages="p")


def test_langchain_fake_model_through_the_seam():
    from langchain_core.language_models import FakeListChatModel

    chat = LangChainChat(FakeListChatModel(responses=['{"answer": "好"}']))
    assert chat.complete("s", "u") == '{"answer": "好"}'


def test_prompts_have_ids_versions_and_valid_placeholders():
    prompts = all_prompts()
    assert {p.id for p in prompts} >= {"requirement_judgement", "consistency", "ask", "opinion"}
    for p in prompts:
        assert p.version >= 1 and p.placeholders
        with pytest.raises(ValueError):
            p.render(unexpected="x")
