"""Nothing private leaves the server: a patient's text and the API keys are never written to
its log (even at DEBUG) and keys are never echoed in a response; and the web security
headers are on the page and on the API's answers, errors included."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from _support import Server
from api_support import bearer
from hardening_support import HARD_KEYS, MARKER, MARKER_PARTS, WRONG_KEY, csp_directives, poll

SAFE_REFERRER_POLICIES = {"no-referrer", "same-origin", "strict-origin",
                          "strict-origin-when-cross-origin"}
TEXT = f"{MARKER}. Take one pill with water."


# (name, method, path, request arguments, expected status)
REQUESTS: list[tuple[str, str, str, dict[str, Any], int]] = [
    ("analyze", "POST", "/v1/analyze", {"json": {"text": TEXT}, "headers": bearer(HARD_KEYS[0])},
     200),
    ("batch", "POST", "/v1/analyze/batch",
     {"json": {"documents": [{"id": "a", "text": TEXT}, {"id": "b", "text": MARKER}]},
      "headers": bearer(HARD_KEYS[1])}, 200),
    ("translations", "POST", "/v1/translations/check",
     {"json": {"documents": {"en": TEXT, "es": f"{MARKER}. Tome una pastilla con agua."}},
      "headers": bearer(HARD_KEYS[0])}, 200),
    ("extract", "POST", "/v1/extract",
     {"files": {"file": ("Jane-Roe-MRN-12345.txt", TEXT.encode(), "text/plain")},
      "headers": bearer(HARD_KEYS[0])}, 200),
    ("invalid JSON", "POST", "/v1/analyze",
     {"content": ('{"text": "' + TEXT).encode(),
      "headers": {**bearer(HARD_KEYS[0]), "Content-Type": "application/json"}}, 400),
    ("unknown language", "POST", "/v1/analyze",
     {"json": {"text": TEXT, "lang": "zq"}, "headers": bearer(HARD_KEYS[0])}, 422),
    ("wrong field type", "POST", "/v1/analyze",
     {"json": {"text": TEXT, "target_grade": MARKER}, "headers": bearer(HARD_KEYS[0])}, 422),
    ("too large", "POST", "/v1/analyze",
     {"json": {"text": (TEXT + " ") * 40_000}, "headers": bearer(HARD_KEYS[0])}, 413),
    ("wrong key", "POST", "/v1/analyze", {"json": {"text": TEXT}, "headers": bearer(WRONG_KEY)},
     401),
    ("no key", "POST", "/v1/analyze", {"json": {"text": TEXT}}, 401),
    ("key as Basic", "GET", "/v1/wordlists",
     {"headers": {"Authorization": "Basic " + base64.b64encode(
         f"user:{HARD_KEYS[0]}".encode()).decode()}}, 401),
    ("key in the query", "GET", f"/v1/wordlists?api_key={HARD_KEYS[1]}&note=Zqxmarker",
     {"headers": bearer(HARD_KEYS[1])}, 200),
    ("unknown route", "GET", "/v1/nowhere", {"headers": bearer(HARD_KEYS[0])}, 404),
]


@pytest.fixture(scope="module")
def answered(keyed_server: Server) -> Iterator[dict[str, httpx.Response]]:
    """Every request of REQUESTS sent once to the keyed server, by name."""
    with httpx.Client(base_url=keyed_server.url, timeout=60) as http:
        yield {name: http.request(method, path, **arguments)
               for name, method, path, arguments, _ in REQUESTS}


def test_each_request_got_its_status(answered: dict[str, httpx.Response]) -> None:
    statuses = {name: answered[name].status_code for name, *_ in REQUESTS}
    assert statuses == {name: status for name, *_, status in REQUESTS}


def test_log_holds_neither_the_text_nor_the_keys(
    keyed_server: Server, answered: dict[str, httpx.Response]
) -> None:
    def logged() -> bool:
        return keyed_server.log_text().count("plainly.api.requests") >= len(REQUESTS)

    assert poll(logged, 10), "every request is logged:\n" + keyed_server.log_text()[-3000:]
    log = keyed_server.log_text()
    assert " DEBUG " in log or "[DEBUG]" in log, "the server logs at DEBUG"
    for secret in (*MARKER_PARTS, "Jane-Roe", "MRN-12345", *HARD_KEYS, WRONG_KEY):
        assert secret not in log, f"{secret!r} is in the server's log"
    assert "Tome una pastilla" not in log and "Take one pill" not in log


def test_no_response_echoes_a_key(answered: dict[str, httpx.Response]) -> None:
    for name, response in answered.items():
        headers = " ".join(f"{key}: {value}" for key, value in response.headers.items())
        for key in (*HARD_KEYS, WRONG_KEY):
            assert key not in response.text, f"{name}: the body holds a key"
            assert key not in headers, f"{name}: a header holds a key"
            encoded = base64.b64encode(f"user:{key}".encode()).decode()
            assert encoded not in response.text and encoded not in headers, name


def test_raw_request_paths_stay_out_of_the_log_at_debug(keyed_server: Server) -> None:
    response = httpx.get(keyed_server.url + "/v1/Pathmarker-Q7", timeout=30,
                         headers=bearer(HARD_KEYS[0]))
    assert response.status_code == 404
    request_id = response.headers["x-request-id"]
    assert poll(lambda: request_id in keyed_server.log_text(), 10), "the request is logged"
    assert "Pathmarker-Q7" not in keyed_server.log_text()


@pytest.mark.parametrize(
    ("method", "path", "arguments", "status"),
    [
        ("GET", "/", {}, 200),
        ("POST", "/v1/analyze", {"json": {"text": "Take one pill."},
                                 "headers": bearer(HARD_KEYS[0])}, 200),
        ("POST", "/v1/analyze", {"json": {"text": "Take one pill."}}, 401),
        ("POST", "/v1/analyze", {"json": {"text": ""}, "headers": bearer(HARD_KEYS[0])}, 422),
    ],
    ids=["page", "analyze", "analyze-401", "analyze-422"],
)
def test_security_headers(
    keyed_server: Server, method: str, path: str, arguments: dict[str, Any], status: int
) -> None:
    response = httpx.request(method, keyed_server.url + path, timeout=60, **arguments)
    assert response.status_code == status
    csp = csp_directives(response.headers["content-security-policy"])
    scripts = csp.get("script-src", csp.get("default-src"))
    assert scripts, "scripts are restricted"
    assert "'unsafe-inline'" not in scripts and "'unsafe-eval'" not in scripts
    assert csp.get("frame-ancestors") in (["'none'"], ["'self'"])
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["referrer-policy"] in SAFE_REFERRER_POLICIES
