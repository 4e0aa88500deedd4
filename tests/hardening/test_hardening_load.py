"""The real server under 16 concurrent clients, and a worker killed under that load
(a short version of ``bench/soak.py``, which these tests drive)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import _support
import httpx
import pytest
import soak
from _support import Server, running_server
from api_support import LEAFLET
from hardening_support import OPEN_SETTINGS, poll

from api.serve import DEFAULT_THREADS

CLIENTS = 16
SECONDS = 10.0
CORPUS = soak.corpus_from_texts([LEAFLET] * 25)  # 100-, 500- and 5,000-word documents


@pytest.fixture(scope="module")
def load_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server of its own, two workers: one of them is killed here."""
    with running_server(
        tmp_path_factory.mktemp("hardening-load"), "hardening-load", OPEN_SETTINGS
    ) as running:
        yield running


def test_sixteen_clients_get_no_errors_from_both_workers(load_server: Server) -> None:
    workers = _support.wait_for_workers(load_server.process.pid, 2, deadline=30)
    assert len(workers) == 2, "both workers booted"
    run = soak.run_load(load_server.url, CORPUS, clients=CLIENTS, seconds=SECONDS,
                        max_requests=5_000, prefix="ci", request_timeout=60)
    assert [outcome.problem for outcome in run.failures()] == []
    assert run.done >= CLIENTS
    assert {outcome.kind for outcome in run.outcomes} == set(soak.KINDS)
    served = poll(lambda: len(soak.served_by(load_server.log_text(), "ci")) == run.done, 10)
    assert served, "every answered request is in the request log"
    pids = set(soak.served_by(load_server.log_text(), "ci").values())
    assert pids == set(workers), "the load was spread over both workers"


def test_killed_worker_is_replaced_and_other_requests_succeed(load_server: Server) -> None:
    master = load_server.process.pid
    assert len(_support.wait_for_workers(master, 2, deadline=30)) == 2, "both workers booted"
    run = soak.LoadRun()
    loader = threading.Thread(target=soak.run_load, args=(load_server.url, CORPUS), kwargs={
        "clients": CLIENTS, "seconds": SECONDS, "max_requests": 5_000, "prefix": "kill",
        "request_timeout": 60, "run": run})
    loader.start()
    try:
        assert poll(lambda: run.done >= 2 * CLIENTS, SECONDS / 2), "the load got going"
        killed = soak.kill_one_worker(master, load_server.url, workers=2)
    finally:
        loader.join(timeout=SECONDS + 90)
    assert not loader.is_alive()

    new = set(killed.after) - set(killed.before)
    assert killed.replaced_in is not None and len(new) == 1, (killed.before, killed.after)
    assert killed.victim not in killed.after
    assert killed.ready_after == 200
    in_flight, other = soak.split_failures(run, killed.killed_at)
    assert [outcome.problem for outcome in other] == [], "no request failed but the killed one"
    assert len(in_flight) <= DEFAULT_THREADS, "a worker holds at most --threads connections"
    answered_after = [o for o in run.outcomes if o.started > killed.killed_at and not o.problem]
    assert len(answered_after) >= CLIENTS
    (new_pid,) = new
    assert poll(lambda: new_pid in soak.served_by(load_server.log_text(), "kill").values(), 10), \
        "the new worker serves requests"
    assert httpx.get(load_server.url + "/healthz", timeout=10).status_code == 200
