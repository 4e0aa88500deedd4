"""Fixtures for the hardening tests: real gunicorn servers, started by ``bench/_support.py``
(through ``tests/api/api_support.py``), and the load helpers of ``bench/soak.py``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

_TESTS = Path(__file__).resolve().parents[1]
for _folder in (_TESTS / "api", _TESTS / "cli", _TESTS.parent / "bench"):
    if str(_folder) not in sys.path:
        sys.path.append(str(_folder))

from api_support import Server, start_server, stop_server  # noqa: E402
from hardening_support import HARD_KEYS  # noqa: E402


@pytest.fixture(scope="session")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Two workers, no keys, no rate limit."""
    running = start_server(
        tmp_path_factory.mktemp("hardening-open"),
        "hardening-open",
        {"PLAINLY_RATE_LIMIT": "off", "PLAINLY_LOG_LEVEL": "INFO"},
    )
    yield running
    stop_server(running)


@pytest.fixture(scope="session")
def open_http(open_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=open_server.url, timeout=90) as client:
        yield client


@pytest.fixture(scope="session")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker with API keys and the most talkative log level (DEBUG)."""
    running = start_server(
        tmp_path_factory.mktemp("hardening-keyed"),
        "hardening-keyed",
        {
            "PLAINLY_API_KEYS": json.dumps(list(HARD_KEYS)),
            "PLAINLY_RATE_LIMIT": "off",
            "PLAINLY_LOG_LEVEL": "DEBUG",
        },
        workers=1,
    )
    yield running
    stop_server(running)
