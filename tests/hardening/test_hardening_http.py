"""The real server against clients that break HTTP's rules, on raw sockets: every answer on
``/v1`` is JSON (never gunicorn's HTML page, never a redirect), bodies over the limit are a
413 however they are framed, and clients that stall cannot keep ``/healthz`` from answering.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from _support import Server

HEALTH_SECONDS = 1.0  # /healthz must answer within this while clients stall
ANSWER_SECONDS = 15.0  # the longest any of these requests may take to be answered
BODY_LIMIT = 1024 * 1024  # api.config's default MAX_CONTENT_LENGTH


@dataclass(frozen=True)
class Answer:
    """An HTTP response read off a raw socket."""

    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        assert self.headers.get("content-type", "").startswith("application/json"), self
        return json.loads(self.body)


def _address(server: Server) -> tuple[str, int]:
    parts = urlsplit(server.url)
    assert parts.hostname == "127.0.0.1" and parts.port
    return parts.hostname, parts.port


def exchange(server: Server, *pieces: bytes, pause: float = 0.0) -> Answer:
    """Send ``pieces`` (``pause`` seconds apart) on a new connection; read the answer."""
    with socket.create_connection(_address(server), timeout=ANSWER_SECONDS) as sock:
        for piece in pieces:
            try:
                sock.sendall(piece)
            except OSError:  # the server answered and closed before the rest was sent
                break
            time.sleep(pause)
        return _read_answer(sock)


def _read_answer(sock: socket.socket) -> Answer:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        if not chunk:
            break
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {}
    for line in header_lines:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    while len(body) < length:
        chunk = sock.recv(65536)
        if not chunk:
            break
        body += chunk
    return Answer(int(status_line.split()[1]), headers, body)


def post_head(path: str, extra: str) -> bytes:
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"{extra}\r\n").encode()


def assert_json_error(answer: Answer, status: int, code: str) -> dict[str, Any]:
    assert answer.status == status, answer
    error: dict[str, Any] = answer.json()["error"]
    assert error["code"] == code and error["message"], error
    assert b"<html" not in answer.body.lower()
    return error


def chunked(body: bytes, size: int = 65536) -> bytes:
    parts = [b"%x\r\n%s\r\n" % (len(body[i:i + size]), body[i:i + size])
             for i in range(0, len(body), size)]
    return b"".join(parts) + b"0\r\n\r\n"


# --- framing ----------------------------------------------------------------------------------

TEXT = json.dumps({"text": "Take one tablet with water."}).encode()


@pytest.mark.parametrize(
    ("name", "request_bytes", "status", "code"),
    [
        ("transfer-encoding and content-length",
         post_head("/v1/analyze", f"Content-Length: {len(TEXT)}\r\nTransfer-Encoding: "
                   "chunked\r\n") + chunked(TEXT), 400, "bad_request"),
        ("negative content-length",
         post_head("/v1/analyze", "Content-Length: -5\r\n") + TEXT, 400, "bad_request"),
        ("malformed chunk size",
         post_head("/v1/analyze", "Transfer-Encoding: chunked\r\n") + b"zz\r\n{}\r\n0\r\n\r\n",
         400, "bad_request"),
        ("chunk without its terminator",
         post_head("/v1/analyze", "Transfer-Encoding: chunked\r\n") + b"2\r\n{}XX0\r\n\r\n",
         400, "bad_request"),
        ("request line too long",
         f"GET /v1/{'a' * 5000} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode(), 414,
         "uri_too_long"),
        ("too many headers",
         ("GET /v1/wordlists HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "".join(f"X-H{n}: {n}\r\n" for n in range(120)) + "\r\n").encode(), 431,
         "headers_too_large"),
    ],
)
def test_malformed_framing_is_answered_with_json(
    open_server: Server, name: str, request_bytes: bytes, status: int, code: str
) -> None:
    assert_json_error(exchange(open_server, request_bytes), status, code)


def test_chunked_body_over_the_limit_is_413_not_invalid_json(open_server: Server) -> None:
    body = json.dumps({"text": "Take one pill. " * (BODY_LIMIT // 15 + 10)}).encode()
    answer = exchange(open_server, post_head("/v1/analyze", "Transfer-Encoding: chunked\r\n")
                      + chunked(body))
    error = assert_json_error(answer, 413, "payload_too_large")
    assert f"{BODY_LIMIT:,}" in error["message"]


def test_chunked_body_under_the_limit_is_analysed(open_server: Server) -> None:
    answer = exchange(open_server, post_head("/v1/analyze", "Transfer-Encoding: chunked\r\n")
                      + chunked(TEXT, size=7))
    assert answer.status == 200, answer
    assert answer.json()["counts"]["words"] == 5


def test_declared_body_over_the_limit_that_never_arrives_gets_413(open_server: Server) -> None:
    started = time.monotonic()
    answer = exchange(open_server, post_head("/v1/analyze", "Content-Length: 2000000\r\n"))
    assert_json_error(answer, 413, "payload_too_large")
    assert time.monotonic() - started < 5.0


@pytest.mark.parametrize(
    ("path", "status"),
    [("/v1//analyze", 404), ("/v1/analyze//", 404), ("//v1/analyze", 200), ("/v1/analyze/", 200)],
)
def test_api_paths_are_never_redirected(open_server: Server, path: str, status: int) -> None:
    """The request target exactly as written (an HTTP client may tidy it up first)."""
    answer = exchange(open_server, post_head(path, f"Content-Length: {len(TEXT)}\r\n") + TEXT)
    assert answer.status == status, answer
    assert "location" not in answer.headers
    body = answer.json()
    assert ("counts" in body) if status == 200 else body["error"]["code"] == "not_found"


# --- clients that stall -----------------------------------------------------------------------


@contextmanager
def stalled(server: Server, opening: bytes) -> Iterator[socket.socket]:
    """A connection that sent ``opening`` and then nothing more, held open."""
    with socket.create_connection(_address(server), timeout=30) as sock:
        sock.sendall(opening)
        yield sock


@pytest.mark.slow
def test_stalled_clients_do_not_starve_health_checks(open_server: Server) -> None:
    """Two clients per worker hold connections: half a header block sent one byte at a
    time, or full headers declaring a body that never comes.  /healthz answers meanwhile."""
    stop = threading.Event()

    def trickle(sock: socket.socket) -> None:
        for byte in b"X-Slow: " + b"a" * 200:
            if stop.wait(0.5):
                return
            try:
                sock.send(bytes([byte]))
            except OSError:
                return

    with ExitStack() as stack:
        partial = [stack.enter_context(stalled(open_server, b"GET /healthz HTTP/1.1\r\n"))
                   for _ in range(2)]
        for _ in range(2):
            stack.enter_context(stalled(open_server, post_head(
                "/v1/analyze", "Content-Length: 500\r\n")))
        threads = [threading.Thread(target=trickle, args=(sock,), daemon=True)
                   for sock in partial]
        for thread in threads:
            thread.start()
        try:
            time.sleep(1.0)  # the stalled connections reach the workers' threads
            for _ in range(5):
                started = time.monotonic()
                response = httpx.get(open_server.url + "/healthz", timeout=10)
                seconds = time.monotonic() - started
                assert response.status_code == 200
                assert seconds < HEALTH_SECONDS, f"/healthz took {seconds:.2f} s"
                time.sleep(0.2)
        finally:
            stop.set()
            for thread in threads:
                thread.join(timeout=5)


@pytest.mark.slow
def test_body_that_stops_arriving_is_a_json_408(open_server: Server) -> None:
    started = time.monotonic()
    answer = exchange(open_server, post_head("/v1/analyze", "Content-Length: 500\r\n")
                      + b'{"text": "Take one')
    assert_json_error(answer, 408, "request_timeout")
    assert time.monotonic() - started < ANSWER_SECONDS
