"""Load test of the HTTP service: concurrent clients against the real gunicorn server.

Starts ``python -m api.serve`` on a free loopback port (or uses ``--url``, which must be a
loopback address), sends 500-word health documents from ``../shared/eval`` (read there,
never copied into the repository) from ``--clients`` threads, and prints requests per
second and latency percentiles; then, in the same run, how many of the same documents
``literacy.analyze`` handles per second in this process, for comparison.  Bounded by
``--requests`` and ``--max-seconds``; it stops by itself.

    .venv/bin/python bench/load.py                       # 8 clients, 2 workers
    .venv/bin/python bench/load.py --clients 4 --requests 200
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from _support import (
    DEFAULT_EVAL,
    HANDOUTS_FILE,
    ServerError,
    english_handouts,
    percentile,
    require_loopback,
    start_server,
    stop_server,
)


@dataclass
class Results:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    errors: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, seconds: float, status: int | None) -> None:
        with self.lock:
            if status is None:
                self.errors += 1
                return
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status == 200:
                self.latencies.append(seconds)


def load_documents(eval_dir: Path, words: int) -> list[str]:
    """English patient handouts cut to ``words`` words (those long enough)."""
    documents = []
    for text in english_handouts(eval_dir):
        matches = list(re.finditer(r"\S+", text))
        if len(matches) >= words:
            documents.append(text[: matches[words - 1].end()])
    if not documents:
        raise SystemExit(f"load.py: no document in {eval_dir / HANDOUTS_FILE} has {words} words")
    return documents


def run_clients(
    url: str, documents: list[str], clients: int, requests: int, max_seconds: float
) -> tuple[Results, float]:
    results = Results()
    issued = iter(range(requests))
    issued_lock = threading.Lock()
    deadline = time.monotonic() + max_seconds

    def client() -> None:
        with httpx.Client(base_url=url, timeout=60) as http:
            while time.monotonic() < deadline:
                with issued_lock:
                    number = next(issued, None)
                if number is None:
                    return
                body = {"text": documents[number % len(documents)]}
                started = time.perf_counter()
                try:
                    status: int | None = http.post("/v1/analyze", json=body).status_code
                except httpx.HTTPError:
                    status = None
                results.record(time.perf_counter() - started, status)

    threads = [threading.Thread(target=client, name=f"client-{i}") for i in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, time.perf_counter() - started


def in_process_rate(documents: list[str], max_seconds: float, minimum: int) -> tuple[int, float]:
    """Documents analysed by ``literacy.analyze`` in this process, and the seconds taken."""
    import literacy

    literacy.analyze(documents[0])  # load the pipeline outside the timing
    done = 0
    started = time.perf_counter()
    while done < minimum or time.perf_counter() - started < max_seconds:
        literacy.analyze(documents[done % len(documents)])
        done += 1
        if time.perf_counter() - started >= max_seconds and done >= minimum:
            break
    return done, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--words", type=int, default=500, help="words per document (500)")
    parser.add_argument("--clients", type=int, default=8, help="concurrent clients (8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--requests", type=int, default=400, help="requests in all (400)")
    parser.add_argument("--max-seconds", type=float, default=120.0,
                        help="stop the load after this long (120)")
    parser.add_argument("--inprocess-seconds", type=float, default=15.0,
                        help="time for the in-process measure (15)")
    parser.add_argument("--url", help="an already running server (loopback only)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)

    documents = load_documents(args.eval_dir, args.words)
    words = [len(document.split()) for document in documents]
    print(f"documents: {len(documents)} x {statistics.mean(words):.0f} words "
          f"(from {args.eval_dir / HANDOUTS_FILE})")

    server = None
    with tempfile.TemporaryDirectory() as scratch:
        if args.url:
            require_loopback(args.url)
            url = args.url.rstrip("/")
        else:
            try:
                server = start_server(Path(scratch), "server", {
                    "PLAINLY_RATE_LIMIT": "off", "PLAINLY_LOG_LEVEL": "WARNING"},
                    workers=args.workers)
            except ServerError as error:
                raise SystemExit(f"load.py: {error}") from None
            url = server.url
        try:
            with httpx.Client(base_url=url, timeout=60) as warm:
                for document in documents:  # every worker's caches, before timing
                    warm.post("/v1/analyze", json={"text": document}).raise_for_status()
            results, elapsed = run_clients(
                url, documents, args.clients, args.requests, args.max_seconds
            )
        finally:
            if server is not None:
                stop_server(server)

    ok = len(results.latencies)
    rps = ok / elapsed if elapsed else float("nan")
    count, seconds = in_process_rate(documents, args.inprocess_seconds, len(documents))
    inproc = count / seconds
    figures = {
        "clients": args.clients,
        "workers": None if args.url else args.workers,
        "words_per_document": round(statistics.mean(words)),
        "requests_ok": ok,
        "statuses": results.statuses,
        "transport_errors": results.errors,
        "seconds": round(elapsed, 2),
        "requests_per_second": round(rps, 2),
        "latency_ms": {
            name: round(percentile(results.latencies, share) * 1000, 1)
            for name, share in (("p50", 0.50), ("p95", 0.95), ("p99", 0.99))
        },
        "in_process_documents_per_second": round(inproc, 2),
        "in_process_ms_per_document": round(1000 / inproc, 1),
    }
    latency = figures["latency_ms"]
    assert isinstance(latency, dict)
    print(f"server: {figures['workers'] or '?'} gunicorn workers at {url}; "
          f"{args.clients} clients; CPU cores: {os.cpu_count()}")
    print(f"requests: {ok} ok of {sum(results.statuses.values()) + results.errors} "
          f"in {elapsed:.1f} s; statuses {results.statuses}; transport errors {results.errors}")
    print(f"throughput: {rps:.1f} requests/s ({rps * statistics.mean(words):,.0f} words/s)")
    print(f"latency: p50 {latency['p50']} ms, p95 {latency['p95']} ms, p99 {latency['p99']} ms")
    print(f"in-process analyze (one process, one thread): {inproc:.1f} documents/s "
          f"({1000 / inproc:.1f} ms per document, {count} documents in {seconds:.1f} s)")
    if args.json:
        print(json.dumps(figures))
    return 0 if ok and not results.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())
