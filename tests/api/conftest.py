"""Fixtures for the service's tests: real gunicorn servers started as subprocesses and an
in-process app factory."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from _support import Server, running_server
from api_support import CMS_ORIGIN, GUARDED_LIMIT, KEYS, LEAFLET
from flask import Flask
from flask.testing import FlaskClient

from api import create_app


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real server, two gunicorn workers, open (no keys), a limit tests never reach."""
    with running_server(
        tmp_path_factory.mktemp("server"),
        "open",
        {"PLAINLY_RATE_LIMIT": "100000/minute", "PLAINLY_LOG_LEVEL": "INFO"},
    ) as running:
        yield running


@pytest.fixture(scope="session")
def http(server: Server) -> Iterator[httpx.Client]:
    """An HTTP client for the open server."""
    with httpx.Client(base_url=server.url, timeout=30) as client:
        yield client


@pytest.fixture(scope="session")
def guarded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with API keys (a JSON list in the environment), CORS for one origin, a small
    rate limit and a small body limit; one worker so the rate limit is exact."""
    with running_server(
        tmp_path_factory.mktemp("guarded"),
        "guarded",
        {
            "PLAINLY_API_KEYS": '["' + KEYS[0] + '", "' + KEYS[1] + '"]',
            "PLAINLY_CORS_ORIGINS": CMS_ORIGIN,
            "PLAINLY_RATE_LIMIT": f"{GUARDED_LIMIT}/minute",
            "PLAINLY_MAX_CONTENT_LENGTH": "65536",
        },
        workers=1,
    ) as running:
        yield running


@pytest.fixture(scope="session")
def leaflet() -> str:
    return LEAFLET


@pytest.fixture(scope="session")
def shared_app() -> Flask:
    """One in-process app with the defaults (and no rate limit), for read-only tests."""
    return create_app({"RATE_LIMIT": "off", "TESTING": True})


@pytest.fixture(scope="module")
def client(shared_app: Flask) -> FlaskClient:
    """A test client of the shared app."""
    return shared_app.test_client()


@pytest.fixture
def make_app(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Flask]:
    """Build an in-process app from a clean environment and the given settings."""
    for key in list(os.environ):
        if key.startswith("PLAINLY_") and key != "PLAINLY_SPACY_MODEL":
            monkeypatch.delenv(key)

    def build(**settings: Any) -> Flask:
        return create_app({"TESTING": True, **settings})

    return build
