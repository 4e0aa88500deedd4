"""What the benchmarks and the service's tests share: the real server on a free loopback port,
its worker processes, timings and percentiles, and the English patient handouts the load
benchmarks send.

``start_server`` runs ``python -m api.serve`` (gunicorn) as a subprocess in its own process
group, with the environment's ``PLAINLY_*`` settings replaced by the ones given, and waits
until ``/readyz`` answers 200 and every worker has booted; ``stop_server`` stops it
(SIGTERM, gunicorn's graceful stop, then SIGKILL to the group); ``running_server`` is the
two around a ``with`` block.  Only 127.0.0.1 is used.

Imported as ``_support`` (``bench/`` on ``sys.path``: the scripts run from there, and
``tests/conftest.py`` adds it for the tests).
"""

from __future__ import annotations

import csv
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx

REPO = Path(__file__).resolve().parents[1]
STARTUP_SECONDS = 120.0
DEFAULT_EVAL = REPO.parent / "shared" / "eval"  # beside the checkout, never copied into it
HANDOUTS_FILE = "en_es_patient_education_pairs.csv"


class ServerError(RuntimeError):
    """The server exited, or was not ready in time; the message holds its log."""


@dataclass
class Server:
    """A running ``python -m api.serve`` and the file its output goes to."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    @property
    def master(self) -> int:
        """gunicorn's master process: the workers are its children."""
        return self.process.pid

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def require_loopback(url: str) -> None:
    """Stop unless ``url`` is on this machine: load tests never leave it."""
    host = urlsplit(url).hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise SystemExit(f"{url} is not a loopback address; load tests stay on this machine")


def start_server(
    directory: Path,
    name: str = "server",
    settings: Mapping[str, str] | None = None,
    *,
    workers: int = 2,
    arguments: Sequence[str] = (),
    startup_seconds: float = STARTUP_SECONDS,
) -> Server:
    """Start gunicorn through ``api.serve`` in ``directory`` (its log: ``NAME.log`` there)
    and wait until it is ready; ``ServerError`` if it exits or is not ready in time."""
    port = free_port()
    log = directory / f"{name}.log"
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PLAINLY_") or key == "PLAINLY_SPACY_MODEL"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    env.update(settings or {})
    command = [sys.executable, "-m", "api.serve", "--port", str(port),
               "--workers", str(workers), *arguments]
    with log.open("wb") as output:
        process = subprocess.Popen(command, cwd=directory, env=env, stdout=output,
                                   stderr=subprocess.STDOUT, start_new_session=True)
    server = Server(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + startup_seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise ServerError(f"the {name} server exited with {process.returncode}:\n"
                              f"{server.log_text()}")
        try:
            ready = httpx.get(server.url + "/readyz", timeout=2).status_code == 200
        except httpx.TransportError:
            ready = False
        if ready and len(wait_for_workers(server.master, workers, deadline=5.0)) == workers:
            return server
        time.sleep(0.2)
    stop_server(server)
    raise ServerError(f"the {name} server was not ready in {startup_seconds:.0f} s:\n"
                      f"{server.log_text()}")


def stop_server(server: Server, timeout: float = 30.0) -> None:
    """SIGTERM (gunicorn's graceful stop), then SIGKILL to the group if it lingers."""
    if server.process.poll() is None:
        server.process.send_signal(signal.SIGTERM)
        try:
            server.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(server.process.pid, signal.SIGKILL)
            server.process.wait(timeout=10)


@contextmanager
def running_server(
    directory: Path, name: str, settings: Mapping[str, str], *, workers: int = 2
) -> Iterator[Server]:
    """``start_server`` for the ``with`` block, ``stop_server`` when it ends."""
    server = start_server(directory, name, settings, workers=workers)
    try:
        yield server
    finally:
        stop_server(server)


def worker_pids(master: int) -> list[int]:
    """The gunicorn workers: the master's child processes, from /proc."""
    try:
        children = Path(f"/proc/{master}/task/{master}/children").read_text()
        return sorted(int(pid) for pid in children.split())
    except OSError:
        pass
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces, so split after the last ')'.
        if int(stat.rsplit(")", 1)[1].split()[1]) == master:
            found.append(int(entry.name))
    return sorted(found)


def wait_for_workers(
    master: int, count: int, *, deadline: float, without: Iterable[int] = ()
) -> list[int]:
    """Poll (at most ``deadline`` seconds) until ``count`` workers run, none of ``without``."""
    excluded = set(without)
    end = time.monotonic() + deadline
    pids = worker_pids(master)
    while time.monotonic() < end:
        pids = worker_pids(master)
        if len(pids) == count and not excluded & set(pids):
            return pids
        time.sleep(0.05)
    return pids


def eval_dir() -> Path:
    """The shared evaluation data: ``PLAINLY_EVAL_DIR``, else ``DEFAULT_EVAL``."""
    return Path(os.environ.get("PLAINLY_EVAL_DIR") or DEFAULT_EVAL)


def english_handouts(eval_dir: Path) -> list[str]:
    """The English patient handouts of the shared evaluation data (read there, never copied
    into the repository); ``SystemExit`` when ``eval_dir`` does not hold them."""
    path = eval_dir / HANDOUTS_FILE
    if not path.is_file():
        raise SystemExit(f"{Path(sys.argv[0]).name}: {path} not found; pass --eval-dir with "
                         "the shared eval data")
    csv.field_size_limit(sys.maxsize)
    with path.open(encoding="utf-8", newline="") as handle:
        return [row["en_text"] for row in csv.DictReader(handle) if row["en_text"].strip()]


def seconds(work: Callable[[], object], repeats: int = 1) -> float:
    """The best of ``repeats`` timings of ``work``, in seconds."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def percentile(values: Sequence[float], share: float) -> float:
    """Nearest-rank percentile: the value at rank ``round(share * (n - 1))`` of the sorted
    values (NaN for none)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))]
