"""Versioned prompt files in prompts/*.yaml: id, version, system, user template."""

from __future__ import annotations

import string
from dataclasses import dataclass
from functools import lru_cache

import yaml

from reviewer.resources import data_dir


@dataclass(frozen=True)
class Prompt:
    id: str
    version: int
    system: str
    user: str
    description: str = ""

    @property
    def placeholders(self) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.user) if name}

    def render(self, **values: str) -> str:
        missing = self.placeholders - set(values)
        extra = set(values) - self.placeholders
        if missing or extra:
            raise ValueError(f"prompt {self.id}: missing {sorted(missing)}, unexpected {sorted(extra)}")
        return self.user.format(**values)

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"


@lru_cache(maxsize=None)
def load_prompt(prompt_id: str) -> Prompt:
    path = data_dir("prompts") / f"{prompt_id}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    prompt = Prompt(id=data["id"], version=int(data["version"]), system=data["system"], user=data["user"],
                    description=data.get("description", ""))
    if prompt.id != prompt_id:
        raise ValueError(f"{path}: id {prompt.id!r} does not match the file name")
    return prompt


def all_prompts() -> list[Prompt]:
    return [load_prompt(p.stem) for p in sorted(data_dir("prompts").glob("*.yaml"))]
