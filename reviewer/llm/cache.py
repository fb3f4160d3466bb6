"""Disk cache of model answers keyed by (prompt id@version, model, inputs): re-reviews are reproducible and free."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
from pathlib import Path


def cache_key(prompt_ref: str, model: str, system: str, user: str) -> str:
    raw = json.dumps([prompt_ref, model, system, user], ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()


class ResponseCache:
    def __init__(self, path: Path | None):
        self._lock = threading.Lock()
        self._db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS llm_cache (key TEXT PRIMARY KEY, prompt TEXT, model TEXT, "
                             "response TEXT NOT NULL, created TEXT DEFAULT CURRENT_TIMESTAMP)")
        self._memory: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        if key in self._memory:
            return self._memory[key]
        if self._db is None:
            return None
        with self._lock:
            row = self._db.execute("SELECT response FROM llm_cache WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def put(self, key: str, prompt_ref: str, model: str, response: str) -> None:
        self._memory[key] = response
        if self._db is None:
            return
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO llm_cache (key, prompt, model, response) VALUES (?, ?, ?, ?)",
                             (key, prompt_ref, model, response))
