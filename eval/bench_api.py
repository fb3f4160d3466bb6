"""Load benchmark for the web service: 20 concurrent readers while 4 reviews run.

    python -m eval.bench_api [--readers 20 --reviews 4 --seconds 20 --workers 4 --out FILE]

Starts ``greenreview serve`` as a separate process on 127.0.0.1 (a random port, a temporary home,
process workers), uploads the committed fixture reports, then from this process keeps ``--reviews``
review jobs in flight (each finished job is immediately replaced) while ``--readers`` threads read
``GET /api/reports/{id}/review`` as fast as they can. Prints latency percentiles of the reads and
the error count; exits 1 if p95 > 200 ms or any request failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = [ROOT / "tests/web/fixtures/factory_tp_defects.pdf", ROOT / "tests/fixtures/reports/factory_tp_clean.pdf",
            ROOT / "tests/fixtures/reports/factory_tp_lo.pdf", ROOT / "tests/fixtures/reports/lo-100pages.pdf",
            ROOT / "tests/fixtures/reports/factory_self_clean.docx"]


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cli(*args: str, home: str) -> str:
    out = subprocess.run([sys.executable, "-m", "reviewer.cli", *args, "--home", home], capture_output=True,
                         text=True, check=True, cwd=ROOT)
    return out.stdout.strip()


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(p / 100 * len(s) + 0.5)) - 1))
    return s[k]


def run(readers: int = 20, reviews: int = 4, seconds: float = 20.0, workers: int = 4) -> dict:
    home = tempfile.mkdtemp(prefix="greenreview-bench-")
    token = _cli("user", "add", "bench", "--role", "admin", home=home)
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    server = subprocess.Popen([sys.executable, "-m", "reviewer.cli", "serve", "--home", home, "--port", str(port),
                               "--workers", str(workers)], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
    h = {"Authorization": f"Bearer {token}"}
    try:
        with httpx.Client(base_url=base, timeout=30) as c:
            for _ in range(300):
                try:
                    if c.get("/api/health").status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if server.poll() is not None:
                    raise RuntimeError("server exited: " + server.stderr.read())
                time.sleep(0.1)
            ids = []
            for path in FIXTURES:
                with open(path, "rb") as f:
                    r = c.post("/api/reports", headers=h, files={"file": (path.name, f)})
                r.raise_for_status()
                ids.append(r.json()["id"])
            target = ids[0]  # readers read this report's review
            job = c.post(f"/api/reports/{target}/review", headers=h).json()["job_id"]
            while c.get(f"/api/jobs/{job}", headers=h).json()["status"] not in ("done", "failed"):
                time.sleep(0.1)
            review_ids = (ids[1:] * reviews)[:reviews] if len(ids) > 1 else ids
            review_ids = list(dict.fromkeys(review_ids))

        stop = threading.Event()
        latencies: list[float] = []
        errors: list[str] = []
        done_reviews = [0]
        lock = threading.Lock()

        def reviewer(rid: str) -> None:
            with httpx.Client(base_url=base, timeout=120) as c:
                while not stop.is_set():
                    r = c.post(f"/api/reports/{rid}/review", headers=h)
                    if r.status_code != 202:
                        with lock:
                            errors.append(f"review {r.status_code}")
                        return
                    jid = r.json()["job_id"]
                    while not stop.is_set():
                        s = c.get(f"/api/jobs/{jid}", headers=h).json()["status"]
                        if s in ("done", "failed"):
                            with lock:
                                done_reviews[0] += s == "done"
                                if s == "failed":
                                    errors.append("review failed")
                            break
                        time.sleep(0.2)

        def reader() -> None:
            with httpx.Client(base_url=base, timeout=30) as c:
                while not stop.is_set():
                    t = time.perf_counter()
                    try:
                        r = c.get(f"/api/reports/{target}/review", headers=h)
                        ok = r.status_code == 200 and r.json()["schema"] == "review@1"
                    except httpx.HTTPError as exc:
                        ok, r = False, exc
                    dt = time.perf_counter() - t
                    with lock:
                        latencies.append(dt)
                        if not ok:
                            errors.append(str(getattr(r, "status_code", r)))

        # the extra readers of reviews that are running: 4 review loops (up to the number of distinct reports)
        loops = [threading.Thread(target=reviewer, args=(review_ids[i % len(review_ids)],), daemon=True)
                 for i in range(min(reviews, len(review_ids)))]
        for t in loops:
            t.start()
        time.sleep(1.0)  # let the reviews get going
        threads = [threading.Thread(target=reader, daemon=True) for _ in range(readers)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        time.sleep(seconds)
        stop.set()
        for t in threads + loops:
            t.join(timeout=60)
        wall = time.perf_counter() - t0
        ms = [x * 1000 for x in latencies]
        return {
            "readers": readers, "reviews_in_flight": len(loops), "worker_processes": workers, "seconds": round(wall, 1),
            "requests": len(ms), "errors": len(errors), "error_samples": errors[:5],
            "throughput_rps": round(len(ms) / wall, 1), "reviews_completed": done_reviews[0],
            "p50_ms": round(statistics.median(ms), 1) if ms else None, "p95_ms": round(percentile(ms, 95), 1),
            "p99_ms": round(percentile(ms, 99), 1), "max_ms": round(max(ms), 1) if ms else None,
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        }
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--readers", type=int, default=20)
    ap.add_argument("--reviews", type=int, default=4)
    ap.add_argument("--seconds", type=float, default=20.0)
    ap.add_argument("--workers", type=int, default=4, help="review worker processes of the server")
    ap.add_argument("--out", help="write the figures as JSON to this file")
    args = ap.parse_args(argv)
    res = run(args.readers, args.reviews, args.seconds, args.workers)
    text = json.dumps(res, ensure_ascii=False, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    ok = res["errors"] == 0 and res["p95_ms"] <= 200
    print(("通过" if ok else "未通过") + f"：p95 = {res['p95_ms']} ms（上限 200 ms），错误 {res['errors']} 个", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
