from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Stub:
    def __init__(self, tmp: Path):
        self.script = tmp / "script.json"
        self.script.write_text(json.dumps({"mode": "replay", "answers": ["{}"]}), encoding="utf-8")
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}/v1"
        self.proc = subprocess.Popen([sys.executable, "-m", "tests.llm.stub_server", str(self.port), str(self.script)],
                                     cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                httpx.get(f"{self.url}/models", timeout=0.5)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.proc.kill()
        raise RuntimeError("stub server did not start: " + self.proc.stderr.read().decode()[-2000:])

    def set(self, answers, mode: str = "replay", **extra):
        self.script.write_text(json.dumps({"mode": mode, "answers": answers, **extra}, ensure_ascii=False), encoding="utf-8")

    def requests(self) -> list[dict]:
        log = self.script.with_suffix(".requests.jsonl")
        if not log.exists():
            return []
        return [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]

    def close(self):
        self.proc.kill()
        self.proc.wait(timeout=10)


@pytest.fixture
def stub(tmp_path):
    s = Stub(tmp_path)
    yield s
    s.close()
