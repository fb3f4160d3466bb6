"""An OpenAI-compatible stub server that replays scripted answers (no model runs here).

Run as ``python -m tests.llm.stub_server PORT SCRIPT.json``. The script is a
JSON object: {"mode": "...", "answers": [...]} where mode is one of
  replay      — answers in order (cycling)
  by_prompt   — answers chosen by a substring of the request ("match" -> "answer")
  slow        — sleeps "delay" seconds before answering (timeouts)
  error       — returns HTTP 500
Every request is appended to SCRIPT.requests.jsonl so tests can count calls.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse


def make_app(script_path: Path) -> FastAPI:
    app = FastAPI()
    state = {"i": 0}
    log = script_path.with_suffix(".requests.jsonl")

    @app.post("/v1/chat/completions")
    async def completions(request: Request):
        body = await request.json()
        script = json.loads(script_path.read_text(encoding="utf-8"))
        with log.open("a", encoding="utf-8") as f:
            f.write(json.dumps(body, ensure_ascii=False) + "\n")
        mode = script.get("mode", "replay")
        if mode == "error":
            return JSONResponse({"error": {"message": "scripted failure"}}, status_code=500)
        if mode == "slow":
            time.sleep(float(script.get("delay", 5)))
        text = json.dumps(body["messages"], ensure_ascii=False)
        if mode == "by_prompt":
            answer = next((a["answer"] for a in script["answers"] if a["match"] in text), script.get("default", "{}"))
        else:
            answers = script["answers"]
            answer = answers[state["i"] % len(answers)]
            state["i"] += 1
        if not isinstance(answer, str):
            answer = json.dumps(answer, ensure_ascii=False)
        return {
            "id": f"stub-{state['i']}", "object": "chat.completion", "created": int(time.time()),
            "model": body.get("model", "stub"),
            "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": answer}}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }

    @app.get("/v1/models")
    async def models():
        return {"object": "list", "data": [{"id": "stub-model", "object": "model"}]}

    return app


if __name__ == "__main__":
    port, script = int(sys.argv[1]), Path(sys.argv[2])
    uvicorn.run(make_app(script), host="127.0.0.1", port=port, log_level="warning")
