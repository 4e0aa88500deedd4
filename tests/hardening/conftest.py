"""Fixtures for the hardening tests: real gunicorn servers, started by ``bench/_support.py``."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest
from _support import Server, running_server
from hardening_support import HARD_KEYS, OPEN_SETTINGS


@pytest.fixture(scope="session")
def open_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Two workers, no keys, no rate limit."""
    with running_server(
        tmp_path_factory.mktemp("hardening-open"), "hardening-open", OPEN_SETTINGS
    ) as running:
        yield running


@pytest.fixture(scope="session")
def open_http(open_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=open_server.url, timeout=90) as client:
        yield client


@pytest.fixture(scope="session")
def keyed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker with API keys and the most talkative log level (DEBUG)."""
    with running_server(
        tmp_path_factory.mktemp("hardening-keyed"),
        "hardening-keyed",
        {
            "PLAINLY_API_KEYS": json.dumps(list(HARD_KEYS)),
            "PLAINLY_RATE_LIMIT": "off",
            "PLAINLY_LOG_LEVEL": "DEBUG",
        },
        workers=1,
    ) as running:
        yield running
