"""LLM assistance. Nothing here imports LangChain or OpenAI until a model is configured."""

from reviewer.llm.client import ChatClient, LLMUnavailable, build_client
from reviewer.llm.prompts import Prompt, load_prompt

__all__ = ["ChatClient", "LLMUnavailable", "build_client", "Prompt", "load_prompt"]
