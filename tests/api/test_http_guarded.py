"""API keys, CORS, rate limits and the body limit, over HTTP, on a server configured through
``PLAINLY_*`` environment variables."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from _support import Server
from api_support import CMS_ORIGIN, GUARDED_LIMIT, KEYS, bearer


@pytest.fixture(scope="module")
def guarded(guarded_server: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=guarded_server.url, timeout=30) as client:
        yield client


def test_missing_key_is_401_with_challenge(guarded: httpx.Client) -> None:
    response = guarded.post("/v1/analyze", json={"text": "Take one pill."})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert response.headers["www-authenticate"].startswith("Bearer")


@pytest.mark.parametrize(
    "header",
    [f"Bearer {KEYS[0]}x", f"Bearer {KEYS[0][:-1]}", f"Basic {KEYS[0]}", "Bearer", KEYS[0]],
)
def test_wrong_key_is_401(guarded: httpx.Client, header: str) -> None:
    response = guarded.get("/v1/wordlists", headers={"Authorization": header})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "unauthorized"
    assert "Bearer" in response.headers["www-authenticate"]


def test_every_configured_key_is_accepted(guarded: httpx.Client) -> None:
    ok = guarded.post("/v1/analyze", json={"text": "Take one pill."}, headers=bearer(KEYS[0]))
    assert ok.status_code == 200, ok.text
    assert guarded.get("/v1/wordlists", headers=bearer(KEYS[0])).status_code == 200


def test_health_docs_and_page_need_no_key(guarded: httpx.Client) -> None:
    for path in ("/healthz", "/readyz", "/openapi.json", "/docs", "/"):
        assert guarded.get(path).status_code == 200, path


def test_page_asks_for_a_key_when_the_server_has_keys(guarded: httpx.Client) -> None:
    assert 'id="api-key"' in guarded.get("/").text


def test_rate_limit_per_key_gives_429_with_retry_after(guarded: httpx.Client) -> None:
    statuses = [
        guarded.get("/v1/wordlists", headers=bearer(KEYS[1])).status_code
        for _ in range(GUARDED_LIMIT + 1)
    ]
    assert statuses[:GUARDED_LIMIT] == [200] * GUARDED_LIMIT
    limited = guarded.get("/v1/wordlists", headers=bearer(KEYS[1]))
    assert limited.status_code == 429
    assert limited.json()["error"]["code"] == "rate_limited"
    assert int(limited.headers["retry-after"]) >= 1
    # The other key has its own bucket.
    assert guarded.get("/v1/wordlists", headers=bearer(KEYS[0])).status_code == 200


def test_cors_preflight_for_allowed_origin(guarded: httpx.Client) -> None:
    response = guarded.options(
        "/v1/analyze",
        headers={
            "Origin": CMS_ORIGIN,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "authorization, content-type",
        },
    )
    assert response.status_code == 204
    assert response.headers["access-control-allow-origin"] == CMS_ORIGIN
    assert "POST" in response.headers["access-control-allow-methods"]
    assert "Authorization" in response.headers["access-control-allow-headers"]
    # No body, so no Content-Type (it was text/html); Allow names the route's methods.
    assert response.content == b""
    assert "content-type" not in response.headers
    assert "POST" in response.headers["allow"]


def test_cors_preflight_for_other_origin_gets_no_grant(guarded: httpx.Client) -> None:
    response = guarded.options(
        "/v1/analyze",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "POST"},
    )
    assert response.status_code == 204
    assert "access-control-allow-origin" not in response.headers


def test_cors_headers_on_real_responses(guarded: httpx.Client) -> None:
    allowed = guarded.post(
        "/v1/analyze",
        json={"text": "Take one pill."},
        headers={**bearer(KEYS[0]), "Origin": CMS_ORIGIN},
    )
    assert allowed.headers["access-control-allow-origin"] == CMS_ORIGIN
    assert "Origin" in allowed.headers["vary"]
    other = guarded.post(
        "/v1/analyze", json={"text": "Hi."},
        headers={**bearer(KEYS[0]), "Origin": "https://evil.example"},
    )
    assert "access-control-allow-origin" not in other.headers
    # Errors carry CORS headers too, so a browser client can read them.
    denied = guarded.post("/v1/analyze", json={"text": "Hi."}, headers={"Origin": CMS_ORIGIN})
    assert denied.status_code == 401
    assert denied.headers["access-control-allow-origin"] == CMS_ORIGIN


def test_body_limit_from_environment(guarded: httpx.Client) -> None:
    response = guarded.post(
        "/v1/analyze", json={"text": "word " * 20_000}, headers=bearer(KEYS[0])
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"
    assert "65,536" in response.json()["error"]["message"]


def test_log_never_holds_keys(guarded: httpx.Client, guarded_server: Server) -> None:
    guarded.get("/v1/wordlists", headers=bearer(KEYS[0]))
    log = guarded_server.log_text()
    assert "route=/v1/wordlists" in log
    assert KEYS[0] not in log and KEYS[1] not in log
