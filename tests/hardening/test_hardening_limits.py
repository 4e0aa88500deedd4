"""Limits that hold on the real server: a request that runs past ``REQUEST_DEADLINE`` is a
JSON 503 with ``Retry-After`` (and the worker lives on), and wrong API keys from one address
are refused with 429 once ``AUTH_FAILURE_LIMIT`` is spent, while a right key from the same
address (clients behind one proxy) still passes."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import _support
import httpx
import pytest
from _support import Server, running_server
from api_support import LEAFLET, bearer
from hardening_support import WRONG_KEY

DEADLINE = 2
FAILURES = 5
KEY = "strict-key-7Hq2Lm9x"
# About 240,000 characters: under REQUEST_MAX_CHARS, far more than 2 s of analysis.
LONG_TEXT = (LEAFLET * 200)[:240_000]


@pytest.fixture(scope="module")
def strict_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """One worker, a 2 s deadline, one API key and 5 wrong keys a minute per address."""
    with running_server(
        tmp_path_factory.mktemp("hardening-strict"),
        "hardening-strict",
        {
            "PLAINLY_REQUEST_DEADLINE": str(DEADLINE),
            "PLAINLY_API_KEYS": json.dumps([KEY]),
            "PLAINLY_AUTH_FAILURE_LIMIT": f"{FAILURES}/minute",
            "PLAINLY_RATE_LIMIT": "off",
        },
        workers=1,
    ) as running:
        yield running


@pytest.mark.slow
@pytest.mark.parametrize("route", ["/v1/analyze", "/v1/analyze/batch"])
def test_request_past_the_deadline_is_a_json_503_and_the_worker_lives(
    strict_server: Server, route: str
) -> None:
    (worker,) = _support.wait_for_workers(strict_server.master, 1, deadline=30)
    body = ({"text": LONG_TEXT} if route == "/v1/analyze"
            else {"documents": [{"id": "long", "text": LONG_TEXT}]})
    started = time.monotonic()
    response = httpx.post(strict_server.url + route, json=body, headers=bearer(KEY),
                          timeout=60)
    seconds = time.monotonic() - started
    assert response.status_code == 503, response.text[:300]
    assert response.json()["error"]["code"] == "deadline_exceeded"
    assert f"{DEADLINE} s" in response.json()["error"]["message"]
    assert int(response.headers["retry-after"]) >= 1
    assert seconds < DEADLINE + 5, f"answered after {seconds:.1f} s"
    # The same worker answers the next request, which is not interrupted.
    after = httpx.post(strict_server.url + "/v1/analyze", json={"text": LEAFLET},
                       headers=bearer(KEY), timeout=60)
    assert after.status_code == 200, after.text[:300]
    assert _support.worker_pids(strict_server.master) == [worker]


def test_wrong_keys_are_limited_per_address_and_a_right_key_is_never_delayed(
    strict_server: Server,
) -> None:
    with httpx.Client(base_url=strict_server.url, timeout=30) as http:
        statuses = [http.get("/v1/wordlists", headers=bearer(WRONG_KEY)).status_code
                    for _ in range(FAILURES)]
        assert statuses == [401] * FAILURES
        refused = http.get("/v1/wordlists", headers=bearer(WRONG_KEY))
        assert refused.status_code == 429
        assert refused.json()["error"]["code"] == "rate_limited"
        assert int(refused.headers["retry-after"]) >= 1
        # Over the limit, the right key from the same address still passes (one client
        # with a wrong key must not lock out everyone behind the same proxy)...
        right = http.get("/v1/wordlists", headers=bearer(KEY))
        assert right.status_code == 200, right.text[:300]
        # ...and does not reset the limit for wrong or missing keys.
        assert http.get("/v1/wordlists", headers=bearer(WRONG_KEY)).status_code == 429
        assert http.get("/v1/wordlists").status_code == 429
        assert http.get("/healthz").status_code == 200
