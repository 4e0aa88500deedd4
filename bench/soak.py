"""Load, soak and worker-kill test of the HTTP service, against the real gunicorn server.

One command, loopback only; it starts ``python -m api.serve`` itself on a free port and stops
by itself (every loop is bounded in count and in time):

1. LOAD: ``--clients`` (16) threads for ``--seconds`` (60) send a mix of 100-, 500- and
   5,000-word documents of real health text from ``../shared/eval`` (read there, never
   copied; ``--eval-dir`` to override) and batch requests of 5 documents; requests/s,
   errors and p50/p95/p99 per kind, and whether p99 <= 5 x p50.
2. WORKER KILL: the same load for ``--kill-seconds`` (20); a third of the way in one worker
   gets SIGKILL.  The master must start a new one, and no request may fail except those
   in flight on the killed worker (a worker holds up to ``--threads`` connections, 8 by
   default; a failure is counted as in flight only if it started before the kill and ended
   after it).
3. SOAK: ``--soak`` (10,000) requests of the mix; every ``--sample-seconds`` (2) the RSS
   (``VmRSS`` in ``/proc/PID/status``) of each worker (the master's children) is sampled;
   growth is measured from the first sample after the first 10 % of the requests.
4. In-process: ``literacy.analyze`` on the same documents in this process (server stopped),
   for comparison.

    .venv/bin/python bench/soak.py                          # 60 s load, 10,000-request soak
    .venv/bin/python bench/soak.py --seconds 60 --soak 2000 --json

Exit status 0 when every check passed (no errors, worker replaced, no failure outside the
killed worker, p99 <= 5 x p50, RSS growth < 10 %), 1 otherwise.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import re
import signal
import statistics
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from _support import (
    DEFAULT_EVAL,
    HANDOUTS_FILE,
    Server,
    ServerError,
    english_handouts,
    percentile,
    start_server,
    stop_server,
    wait_for_workers,
    worker_pids,
)

from api.serve import DEFAULT_THREADS

SIZES = (100, 500, 5000)
BATCH_DOCUMENTS = 5
BATCH_WORDS = 500
# One client's cycle of requests: small ones often, a batch and a 5,000-word one now and then.
MIX = ("100w", "500w", "100w", "500w", "100w", "batch5", "500w", "100w", "500w", "5000w")
KINDS = ("100w", "500w", "5000w", "batch5")
P99_FACTOR = 5.0
RSS_GROWTH_TARGET = 0.10
WARMUP_SHARE = 0.10

Corpus = dict[str, list[str]]


# --- documents ------------------------------------------------------------------------------


def windows(text: str, words: int, step: int) -> list[str]:
    """Slices of ``text`` holding ``words`` words each, starting every ``step`` words; the
    original characters (line breaks, Markdown) are kept."""
    spans = [match.span() for match in re.finditer(r"\S+", text)]
    return [
        text[spans[start][0] : spans[start + words - 1][1]]
        for start in range(0, len(spans) - words + 1, step)
    ]


def corpus_from_texts(texts: Sequence[str]) -> Corpus:
    """100-, 500- and 5,000-word documents cut from the texts, one after another."""
    joined = "\n\n".join(text.strip() for text in texts)
    corpus = {f"{size}w": windows(joined, size, size if size < 5000 else size // 2)
              for size in SIZES}
    empty = [kind for kind, documents in corpus.items() if not documents]
    if empty:
        raise ValueError(f"the texts are too short for {', '.join(empty)} documents")
    return corpus


def load_corpus(eval_dir: Path) -> Corpus:
    """The documents, from the English patient handouts in the shared evaluation data."""
    return corpus_from_texts(english_handouts(eval_dir))


def request_for(kind: str, corpus: Corpus, number: int) -> tuple[str, dict[str, Any]]:
    """The route and JSON body of request ``number`` of ``kind``."""
    if kind == "batch5":
        pool = corpus[f"{BATCH_WORDS}w"]
        documents = [
            {"id": str(i), "text": pool[(number * BATCH_DOCUMENTS + i) % len(pool)]}
            for i in range(BATCH_DOCUMENTS)
        ]
        return "/v1/analyze/batch", {"documents": documents}
    pool = corpus[kind]
    return "/v1/analyze", {"text": pool[number % len(pool)]}


def response_problem(kind: str, response: httpx.Response) -> str | None:
    """Why a response is not a good answer, or None."""
    if response.status_code != 200:
        return f"HTTP {response.status_code}"
    try:
        body = response.json()
    except ValueError:
        return "not JSON"
    if kind == "batch5":
        results = body.get("results") if isinstance(body, dict) else None
        if not isinstance(results, list) or len(results) != BATCH_DOCUMENTS:
            return "batch without its results"
        if any("error" in result for result in results):
            return "batch with a failed document"
        return None
    if not isinstance(body, dict) or "readability" not in body:
        return "report without readability"
    return None


# --- the server ---------------------------------------------------------------------------


def rss_kib(pid: int) -> int | None:
    """The process's resident set size in KiB (``VmRSS``), None when it is gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


# --- load -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One request as a client saw it."""

    kind: str
    request_id: str
    started: float  # time.monotonic()
    ended: float
    problem: str | None  # None: a good answer

    @property
    def seconds(self) -> float:
        return self.ended - self.started


@dataclass
class LoadRun:
    """What the clients of one run saw."""

    outcomes: list[Outcome] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def elapsed(self) -> float:
        return self.ended - self.started

    @property
    def done(self) -> int:
        return len(self.outcomes)

    def failures(self) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.problem is not None]


def run_load(
    url: str,
    corpus: Corpus,
    *,
    clients: int,
    seconds: float,
    max_requests: int,
    prefix: str = "load",
    request_timeout: float = 120.0,
    run: LoadRun | None = None,
) -> LoadRun:
    """``clients`` threads send the mix until ``max_requests`` were sent or ``seconds``
    passed (a request under way then is let finish, within ``request_timeout``)."""
    run = run or LoadRun()
    counter = itertools.count()
    deadline = time.monotonic() + seconds

    def client(index: int) -> None:
        with httpx.Client(base_url=url, timeout=request_timeout) as http:
            for step in itertools.count():
                if time.monotonic() >= deadline:
                    return
                number = next(counter)  # itertools.count is atomic under the GIL
                if number >= max_requests:
                    return
                kind = MIX[(index + step) % len(MIX)]
                route, body = request_for(kind, corpus, number)
                request_id = f"{prefix}-{number}"
                started = time.monotonic()
                try:
                    response = http.post(route, json=body, headers={"X-Request-Id": request_id})
                    problem = response_problem(kind, response)
                except httpx.HTTPError as error:
                    problem = f"{type(error).__name__}: {error}"
                outcome = Outcome(kind, request_id, started, time.monotonic(), problem)
                with run.lock:
                    run.outcomes.append(outcome)

    threads = [threading.Thread(target=client, args=(i,), name=f"client-{i}", daemon=True)
               for i in range(clients)]
    run.started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=seconds + request_timeout + 30)
    run.ended = time.monotonic()
    return run


def latency_table(run: LoadRun) -> dict[str, dict[str, Any]]:
    """Per kind: good answers, failures, p50/p95/p99 in ms, and whether p99 <= 5 x p50."""
    table: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        mine = [outcome for outcome in run.outcomes if outcome.kind == kind]
        good = [outcome.seconds * 1000 for outcome in mine if outcome.problem is None]
        p50, p95, p99 = (percentile(good, share) for share in (0.50, 0.95, 0.99))
        table[kind] = {
            "ok": len(good), "errors": len(mine) - len(good),
            "p50_ms": round(p50, 1), "p95_ms": round(p95, 1), "p99_ms": round(p99, 1),
            "p99_within_5x_p50": bool(good) and p99 <= P99_FACTOR * p50,
        }
    return table


def served_by(log_text: str, prefix: str) -> dict[str, int]:
    """Request id -> the worker pid that logged it (from the server's request log)."""
    pattern = re.compile(r"\[(\d+)\] plainly\.api\.requests: .*request_id=("
                         + re.escape(prefix) + r"-\d+)")
    return {match.group(2): int(match.group(1)) for match in pattern.finditer(log_text)}


# --- the phases -----------------------------------------------------------------------------


def warm_up(url: str, corpus: Corpus, workers: int) -> None:
    """Every document once, from as many clients as workers, so caches are warm."""
    documents = [text for kind in ("100w", "500w", "5000w") for text in corpus[kind]]

    failed: list[str] = []

    def send(part: list[str]) -> None:
        with httpx.Client(base_url=url, timeout=120) as http:
            for text in part:
                try:
                    http.post("/v1/analyze", json={"text": text}).raise_for_status()
                except httpx.HTTPError as error:
                    failed.append(str(error))

    threads = [threading.Thread(target=send, args=(documents[i::workers],))
               for i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=600)
    if failed:
        raise SystemExit(f"soak.py: warm-up failed: {failed[0]}")


def load_phase(server: Server, corpus: Corpus, args: argparse.Namespace) -> dict[str, Any]:
    run = run_load(server.url, corpus, clients=args.clients, seconds=args.seconds,
                   max_requests=args.max_requests, request_timeout=args.request_timeout)
    return {
        "clients": args.clients,
        "seconds": round(run.elapsed, 1),
        "requests": run.done,
        "errors": len(run.failures()),
        "error_examples": sorted({f.problem or "" for f in run.failures()})[:5],
        "requests_per_second": round((run.done - len(run.failures())) / run.elapsed, 2),
        "per_kind": latency_table(run),
        "_run": run,
    }


@dataclass
class KillResult:
    """What happened around one worker's SIGKILL."""

    victim: int
    killed_at: float
    before: list[int]
    after: list[int]
    replaced_in: float | None
    ready_after: int | None


def kill_one_worker(master: int, url: str, workers: int, timeout: float = 30.0) -> KillResult:
    """SIGKILL the master's first worker; wait (at most ``timeout`` s) for its replacement,
    then ask ``url``/readyz."""
    before = worker_pids(master)
    if not before:
        raise RuntimeError("the server has no workers to kill")
    victim = before[0]
    killed_at = time.monotonic()
    os.kill(victim, signal.SIGKILL)
    after = wait_for_workers(master, workers, deadline=timeout, without=[victim])
    replaced = len(after) == workers and victim not in after
    replaced_in = time.monotonic() - killed_at if replaced else None
    try:
        ready: int | None = httpx.get(url + "/readyz", timeout=30).status_code
    except httpx.HTTPError:
        ready = None
    return KillResult(victim, killed_at, before, after, replaced_in, ready)


def split_failures(run: LoadRun, killed_at: float) -> tuple[list[Outcome], list[Outcome]]:
    """Failures of requests in flight at the kill (started before, ended after), and the rest."""
    in_flight, other = [], []
    for outcome in run.failures():
        if outcome.started <= killed_at <= outcome.ended and outcome.problem \
                and not outcome.problem.startswith("HTTP"):
            in_flight.append(outcome)
        else:
            other.append(outcome)
    return in_flight, other


def kill_phase(server: Server, corpus: Corpus, args: argparse.Namespace) -> dict[str, Any]:
    run = LoadRun()
    loader = threading.Thread(target=run_load, args=(server.url, corpus), kwargs={
        "clients": args.clients, "seconds": args.kill_seconds,
        "max_requests": args.max_requests, "prefix": "kill",
        "request_timeout": args.request_timeout, "run": run})
    loader.start()
    time.sleep(args.kill_seconds / 3)  # a scheduled moment, not a wait for a condition
    killed = kill_one_worker(server.master, server.url, args.workers)
    loader.join(timeout=args.kill_seconds + args.request_timeout + 60)
    in_flight, other = split_failures(run, killed.killed_at)
    pids = served_by(server.log_text(), "kill")
    survivors = [pid for pid in killed.before if pid != killed.victim]
    new = [pid for pid in killed.after if pid not in killed.before]
    after_kill = [o for o in run.outcomes if o.started > killed.killed_at]
    return {
        "seconds": round(run.elapsed, 1),
        "requests": run.done,
        "killed_worker": killed.victim,
        "workers_before": killed.before,
        "workers_after": killed.after,
        "replaced": killed.replaced_in is not None,
        "replaced_in_seconds": None if killed.replaced_in is None
        else round(killed.replaced_in, 2),
        "readyz_after": killed.ready_after,
        "failed_in_flight_on_killed_worker": len(in_flight),
        "failed_other": len(other),
        "other_failure_examples": sorted({o.problem or "" for o in other})[:5],
        "served_by_killed_before_kill": sum(1 for pid in pids.values() if pid == killed.victim),
        "served_by_surviving_worker": sum(1 for pid in pids.values() if pid in survivors),
        "served_by_new_worker": sum(1 for pid in pids.values() if pid in new),
        "ok_after_kill": sum(1 for o in after_kill if o.problem is None),
    }


def soak_phase(server: Server, corpus: Corpus, args: argparse.Namespace) -> dict[str, Any]:
    run = LoadRun()
    samples: list[tuple[float, int, dict[int, int]]] = []  # (time, requests done, pid -> KiB)
    stop = threading.Event()

    def sample() -> None:
        end = time.monotonic() + args.soak_max_seconds + args.request_timeout + 60
        while not stop.is_set() and time.monotonic() < end:
            rss = {pid: kib for pid in worker_pids(server.master)
                   if (kib := rss_kib(pid)) is not None}
            samples.append((time.monotonic(), run.done, rss))
            stop.wait(args.sample_seconds)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    run_load(server.url, corpus, clients=args.clients, seconds=args.soak_max_seconds,
             max_requests=args.soak, prefix="soak", request_timeout=args.request_timeout,
             run=run)
    stop.set()
    sampler.join(timeout=args.sample_seconds + 10)
    final = {pid: kib for pid in worker_pids(server.master) if (kib := rss_kib(pid)) is not None}
    samples.append((time.monotonic(), run.done, final))
    warm = max(1, int(run.done * WARMUP_SHARE))
    growth: dict[str, dict[str, Any]] = {}
    for pid in sorted({pid for _, _, rss in samples for pid in rss}):
        series = [(done, rss[pid]) for _, done, rss in samples if pid in rss]
        after = [kib for done, kib in series if done >= warm]
        if len(after) < 2:
            continue
        growth[str(pid)] = {
            "baseline_mib": round(after[0] / 1024, 1),
            "final_mib": round(after[-1] / 1024, 1),
            "peak_mib": round(max(after) / 1024, 1),
            "growth": round((after[-1] - after[0]) / after[0], 4),
            "samples": len(after),
        }
    max_growth = max((entry["growth"] for entry in growth.values()), default=float("nan"))
    return {
        "requests": run.done,
        "target_requests": args.soak,
        "seconds": round(run.elapsed, 1),
        "requests_per_second": round(run.done / run.elapsed, 2) if run.elapsed else None,
        "errors": len(run.failures()),
        "error_examples": sorted({f.problem or "" for f in run.failures()})[:5],
        "warmup_requests": warm,
        "samples": len(samples),
        "workers": growth,
        "max_rss_growth": max_growth,
    }


def in_process(corpus: Corpus, seconds: float) -> dict[str, float]:
    """ms per request kind with ``literacy.analyze`` in this process, one thread (each kind
    gets a share of ``seconds`` and at most one pass over its documents)."""
    import literacy

    literacy.analyze(corpus["100w"][0])  # load the pipeline outside the timing
    budget = seconds / len(KINDS)
    timings: dict[str, float] = {}
    for kind in KINDS:
        count = len(corpus["500w"]) if kind == "batch5" else len(corpus[kind])
        started = time.perf_counter()
        done = 0
        for number in range(max(count, 1)):
            _, body = request_for(kind, corpus, number)
            for text in [d["text"] for d in body["documents"]] if kind == "batch5" \
                    else [body["text"]]:
                literacy.analyze(text)
            done += 1
            if time.perf_counter() - started >= budget:
                break
        timings[kind] = round((time.perf_counter() - started) * 1000 / done, 1)
    return timings


# --- report ---------------------------------------------------------------------------------


def checks(figures: Mapping[str, Any]) -> dict[str, bool]:
    """Each pass/fail verdict of the run."""
    result: dict[str, bool] = {}
    load = figures.get("load")
    if load:
        result["load: no errors"] = load["errors"] == 0
        for kind, row in load["per_kind"].items():
            if row["ok"]:
                result[f"load: {kind} p99 <= 5 x p50"] = row["p99_within_5x_p50"]
    kill = figures.get("kill")
    if kill:
        result["kill: worker replaced"] = kill["replaced"]
        result["kill: /readyz 200 after"] = kill["readyz_after"] == 200
        result["kill: no failure outside the killed worker"] = kill["failed_other"] == 0
        result[f"kill: at most {DEFAULT_THREADS} in flight failed"] = (
            kill["failed_in_flight_on_killed_worker"] <= DEFAULT_THREADS)
    soak = figures.get("soak")
    if soak:
        result["soak: no errors"] = soak["errors"] == 0
        result["soak: RSS growth < 10%"] = soak["max_rss_growth"] < RSS_GROWTH_TARGET
    return result


def print_summary(figures: Mapping[str, Any], out: Callable[[str], None] = print) -> None:
    out(f"\nserver: {figures['workers']} gunicorn workers, {figures['clients']} clients, "
        f"{os.cpu_count()} CPU cores (load average before {figures['load_average_before'][0]}"
        f", after {figures['load_average_after'][0]}); documents: "
        + ", ".join(f"{count} x {kind}" for kind, count in figures["documents"].items()))
    load = figures.get("load")
    inproc = figures.get("in_process_ms", {})
    if load:
        out(f"\nLOAD  {load['requests']} requests in {load['seconds']} s: "
            f"{load['requests_per_second']} requests/s, {load['errors']} errors")
        out(f"  {'kind':<8}{'ok':>7}{'err':>5}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}"
            f"{'p99<=5xp50':>12}{'in-proc ms':>12}")
        for kind, row in load["per_kind"].items():
            out(f"  {kind:<8}{row['ok']:>7}{row['errors']:>5}{row['p50_ms']:>10}"
                f"{row['p95_ms']:>10}{row['p99_ms']:>10}"
                f"{'yes' if row['p99_within_5x_p50'] else 'NO':>12}{inproc.get(kind, ''):>12}")
        if "in_process_mix_per_second" in figures:
            out(f"  in-process (1 process, 1 thread), same mix: "
                f"{figures['in_process_mix_per_second']} requests/s; server / in-process: "
                f"{figures['server_vs_in_process']}x")
    kill = figures.get("kill")
    if kill:
        out(f"\nWORKER KILL  {kill['requests']} requests in {kill['seconds']} s; SIGKILL to "
            f"{kill['killed_worker']}: replaced {kill['replaced']} "
            f"(in {kill['replaced_in_seconds']} s; workers {kill['workers_before']} -> "
            f"{kill['workers_after']}), /readyz {kill['readyz_after']}")
        out(f"  failed in flight on the killed worker: {kill['failed_in_flight_on_killed_worker']}"
            f"; failed otherwise: {kill['failed_other']}; ok after the kill: "
            f"{kill['ok_after_kill']} (surviving worker served {kill['served_by_surviving_worker']}"
            f", new worker {kill['served_by_new_worker']})")
    soak = figures.get("soak")
    if soak:
        out(f"\nSOAK  {soak['requests']} of {soak['target_requests']} requests in "
            f"{soak['seconds']} s ({soak['requests_per_second']} requests/s), "
            f"{soak['errors']} errors, {soak['samples']} RSS samples, warm-up "
            f"{soak['warmup_requests']} requests")
        for pid, row in soak["workers"].items():
            out(f"  worker {pid}: {row['baseline_mib']} MiB -> {row['final_mib']} MiB "
                f"(peak {row['peak_mib']}): {row['growth']:+.1%}")
    out("\nCHECKS")
    for name, passed in figures["checks"].items():
        out(f"  {'pass' if passed else 'FAIL'}  {name}")


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--seconds", type=float, default=60.0, help="load phase (60)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (16)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (2)")
    parser.add_argument("--max-requests", type=int, default=100_000,
                        help="most requests in the load and kill phases (100,000)")
    parser.add_argument("--kill-seconds", type=float, default=20.0,
                        help="load during the worker kill (20; 0 skips it)")
    parser.add_argument("--soak", type=int, default=10_000, help="soak requests (10,000; 0 skips)")
    parser.add_argument("--soak-max-seconds", type=float, default=1800.0,
                        help="stop the soak after this long (1800)")
    parser.add_argument("--sample-seconds", type=float, default=2.0, help="RSS sampling (2)")
    parser.add_argument("--inprocess-seconds", type=float, default=20.0,
                        help="time for the in-process measure (20)")
    parser.add_argument("--request-timeout", type=float, default=120.0)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.workers < 1 or args.seconds <= 0:
        parser.error("--clients, --workers and --seconds must be positive")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    corpus = load_corpus(args.eval_dir)
    figures: dict[str, Any] = {
        "clients": args.clients, "workers": args.workers,
        "documents": {kind: len(documents) for kind, documents in corpus.items()},
        "load_average_before": [round(value, 2) for value in os.getloadavg()],
    }
    print(f"documents from {args.eval_dir / HANDOUTS_FILE}: {figures['documents']}", flush=True)
    with tempfile.TemporaryDirectory(prefix="plainly-soak-") as scratch:
        try:
            server = start_server(Path(scratch), "server", {"PLAINLY_RATE_LIMIT": "off",
                                  "PLAINLY_LOG_LEVEL": "INFO"}, workers=args.workers)
        except ServerError as error:
            raise SystemExit(f"soak.py: {error}") from None
        try:
            print(f"server {server.url}, master {server.master}, workers "
                  f"{worker_pids(server.master)}; warming up", flush=True)
            warm_up(server.url, corpus, args.workers)
            print(f"LOAD: {args.clients} clients for {args.seconds:g} s", flush=True)
            load = load_phase(server, corpus, args)
            run: LoadRun = load.pop("_run")
            figures["load"] = load
            if args.kill_seconds > 0:
                print(f"WORKER KILL: {args.kill_seconds:g} s of load", flush=True)
                figures["kill"] = kill_phase(server, corpus, args)
            if args.soak > 0:
                print(f"SOAK: {args.soak} requests", flush=True)
                figures["soak"] = soak_phase(server, corpus, args)
        finally:
            stop_server(server)
    print("in-process analyze", flush=True)
    figures["in_process_ms"] = in_process(corpus, args.inprocess_seconds)
    mix_ms = statistics.mean(figures["in_process_ms"][kind] for kind in MIX)
    figures["in_process_mix_per_second"] = round(1000 / mix_ms, 2)
    figures["server_vs_in_process"] = round(
        figures["load"]["requests_per_second"] / figures["in_process_mix_per_second"], 2)
    # Utilisation: in-process seconds of the requests served, per second per worker.
    busy = sum(figures["in_process_ms"][o.kind] for o in run.outcomes if o.problem is None)
    figures["load"]["worker_utilisation"] = round(busy / 1000 / run.elapsed / args.workers, 2)
    figures["load_average_after"] = [round(value, 2) for value in os.getloadavg()]
    figures["checks"] = checks(figures)
    print_summary(figures)
    if args.json:
        print(json.dumps(figures))
    return 0 if all(figures["checks"].values()) else 1


if __name__ == "__main__":
    raise SystemExit(main())
