"""What every request passes through: body framing, API keys, rate limits, deadlines, CORS,
security headers and the one log line per request.

- Bodies: a body declared larger than ``MAX_CONTENT_LENGTH`` is refused (413) before it is
  read; a chunked body is read here, at most ``MAX_CONTENT_LENGTH`` + 1 bytes, so one over
  the limit is a 413 too (not a body cut short); a body that stops arriving is a 408.
- API keys: ``Authorization: Bearer <key>`` on ``/v1/*`` when ``API_KEYS`` is set, compared
  with ``hmac.compare_digest`` against every configured key (no early exit on a match).
  Wrong or missing keys count against ``AUTH_FAILURE_LIMIT`` per client address; past it a
  wrong or missing key from that address gets 429 instead of 401.  A right key is never
  delayed: it is compared first, so clients that share an address (behind a proxy) are not
  locked out by one that sends a wrong key.
- Rate limits: a token bucket per API key (or per client address when there are no keys),
  kept in each worker's memory: with N gunicorn workers a client can get up to N times the
  limit, and a restart resets it.  Put a shared limiter (the proxy's) in front if that
  matters.
- Deadlines: ``analysis_slot`` lets one request per worker process analyse at a time (the
  work is CPU-bound; the other threads keep answering health checks and reading bodies)
  and stops the work at ``REQUEST_DEADLINE`` with a JSON 503 and ``Retry-After``.
- CORS: ``/v1/*`` answers browsers from ``CORS_ORIGINS``; preflight ``OPTIONS`` is answered
  here, before authentication (browsers send no credentials on a preflight).
- Logging: method, route (the URL rule, not the raw path), status, duration, request size
  and a request id.  Never the body, the document text or the API key.
"""

from __future__ import annotations

import ctypes
import hashlib
import hmac
import io
import logging
import math
import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import TracebackType

from flask import Flask, Response, current_app, g, request

from api.config import RateLimit, Settings
from api.errors import ApiError

logger = logging.getLogger("plainly.api.requests")

EXTENSION = "plainly.guard"
RETRY_AFTER_SECONDS = 10
BODY_READ_SECONDS = 10.0  # the longest wait for the next bytes of a request body
API_PREFIX = "/v1/"
CORS_METHODS = "GET, POST, OPTIONS"
CORS_HEADERS = "Authorization, Content-Type"
CORS_MAX_AGE = "600"
REALM = 'Bearer realm="plainly"'
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")

# script-src 'self': no inline script anywhere; style-src 'self': no inline styles either.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    )
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), interest-cohort=()",
}


class TokenBucketLimiter:
    """A token bucket per client, in this process's memory (thread-safe).

    Each client starts with ``count`` tokens and gets them back at ``count / period`` per
    second; a request takes one.  Full buckets are forgotten when there are many clients.
    """

    def __init__(
        self,
        limit: RateLimit,
        *,
        max_clients: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, client: str) -> float | None:
        """Take a token for ``client``: None when allowed, else seconds until one is free."""
        rate, capacity = self.limit.per_second, float(self.limit.count)
        with self._lock:
            now = self._clock()
            tokens, last = self._buckets.get(client, (capacity, now))
            tokens = min(capacity, tokens + (now - last) * rate)
            if tokens >= 1.0:
                self._buckets[client] = (tokens - 1.0, now)
                if len(self._buckets) > self.max_clients:
                    self._forget_full(now, rate, capacity)
                return None
            self._buckets[client] = (tokens, now)
            return (1.0 - tokens) / rate

    def _forget_full(self, now: float, rate: float, capacity: float) -> None:
        for client, (tokens, last) in list(self._buckets.items()):
            if tokens + (now - last) * rate >= capacity:
                del self._buckets[client]


@dataclass
class Guards:
    """The settings and limiters of one app (one per worker process)."""

    settings: Settings
    limiter: TokenBucketLimiter | None
    auth_failures: TokenBucketLimiter | None


def _guards() -> Guards:
    guards: Guards = current_app.extensions[EXTENSION]
    return guards


class DeadlineExceeded(ApiError):
    """The request ran past ``REQUEST_DEADLINE``; raised in the request's own thread."""

    def __init__(self) -> None:
        seconds = _guards().settings.request_deadline
        super().__init__(
            "deadline_exceeded",
            f"The request took longer than the server's limit of {seconds:g} s and was "
            "stopped. Send a shorter text (or fewer documents) per request, or try again "
            "when the server is less busy.",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS), "Connection": "close"},
        )


_ANALYSIS = threading.Lock()  # one analysis per worker process at a time
_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc  # (thread id, class or NULL)


class _Interrupt:
    """Raise ``DeadlineExceeded`` in this thread at ``deadline`` (time.monotonic) unless the
    block has ended: a timer thread sets an asynchronous exception on the request's thread,
    which Python raises at its next bytecode (spaCy's compiled loops end within milliseconds).
    """

    def __init__(self, deadline: float) -> None:
        self._thread = threading.get_ident()
        self._lock = threading.Lock()
        self._done = False
        self.fired = False
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self._fire)
        self._timer.daemon = True

    def _fire(self) -> None:
        with self._lock:
            if not self._done:
                self.fired = True
                _set_async_exc(ctypes.c_ulong(self._thread), ctypes.py_object(DeadlineExceeded))

    def __enter__(self) -> _Interrupt:
        self._timer.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self._timer.cancel()
        with self._lock:
            self._done = True
            if self.fired and kind is not DeadlineExceeded:
                # Fired but not raised yet: take it back (NULL clears the pending exception).
                _set_async_exc(ctypes.c_ulong(self._thread), None)
        if self.fired and kind is not DeadlineExceeded:
            raise DeadlineExceeded()


@contextmanager
def analysis_slot() -> Iterator[None]:
    """Run the block as this worker's one analysis, stopped at the request's deadline."""
    deadline: float = g.get("deadline", time.monotonic() + _guards().settings.request_deadline)
    remaining = deadline - time.monotonic()
    if remaining <= 0 or not _ANALYSIS.acquire(timeout=remaining):
        raise DeadlineExceeded()
    try:
        with _Interrupt(deadline):
            yield
    finally:
        _ANALYSIS.release()


def _is_api(path: str) -> bool:
    return path.startswith(API_PREFIX)


def _allowed_origin(origin: str | None) -> str | None:
    if not origin:
        return None
    origins = _guards().settings.cors_origins
    if "*" in origins or origin.rstrip("/") in origins:
        return origin
    return None


def _preflight() -> Response:
    """204 with no body and no Content-Type: ``Allow`` (the route's methods) and, for an
    allowed origin, the CORS grant."""
    response = current_app.make_default_options_response()
    response.status_code = 204
    origin = _allowed_origin(request.headers.get("Origin"))
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE
    response.headers["Vary"] = "Origin"
    return response


def _authenticate(address: str) -> str | None:
    """The client's key id (a hash, never the key) when keys are configured; 401 if wrong,
    429 if wrong and ``address`` has spent ``AUTH_FAILURE_LIMIT``.  A right key always
    passes: the failures of others at the same address never delay it."""
    guards = _guards()
    keys = guards.settings.api_keys
    if not keys:
        return None
    try:
        return _check_key(keys)
    except ApiError:
        failures = guards.auth_failures
        if failures is None or (wait := failures.take(address)) is None:
            raise
        limit = failures.limit
        raise _rate_limited(wait, lambda seconds: (
            "Too many requests with a wrong or missing API key from this address (the "
            f"limit is {limit}). Wait {seconds} s and send a valid key."
        )) from None


def _check_key(keys: tuple[str, ...]) -> str:
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError(
            "unauthorized",
            "This server needs an API key: send it as `Authorization: Bearer <key>`.",
            headers={"WWW-Authenticate": REALM},
        )
    given = token.encode()
    matched = False
    for key in keys:
        matched |= hmac.compare_digest(given, key.encode())
    if not matched:
        raise ApiError(
            "unauthorized",
            "The API key is not valid. Check the key, or ask the server's administrator "
            "for one.",
            headers={"WWW-Authenticate": f'{REALM}, error="invalid_token"'},
        )
    return "key:" + hashlib.sha256(given).hexdigest()[:16]


def _rate_limit(client: str) -> None:
    limiter = _guards().limiter
    if limiter is None:
        return
    wait = limiter.take(client)
    if wait is not None:
        limit = limiter.limit
        raise _rate_limited(wait, lambda seconds: (
            f"Too many requests: the limit is {limit} per client. Wait {seconds} s and try "
            "again, or send several documents in one /v1/analyze/batch request."
        ))


def _rate_limited(wait: float, message: Callable[[int], str]) -> ApiError:
    """The 429 for a client that must wait ``wait`` seconds: whole seconds (rounded up, at
    least 1) in ``Retry-After`` and in the message ``message(seconds)`` writes."""
    seconds = max(1, math.ceil(wait))
    return ApiError("rate_limited", message(seconds), headers={"Retry-After": str(seconds)})


def _bound_body(maximum: int, read_seconds: float) -> None:
    """Refuse a body declared over ``maximum`` unread; read a chunked one here, capped."""
    declared = request.content_length
    if declared is not None and declared > maximum:
        raise _too_large(maximum)
    sock = request.environ.get("gunicorn.socket")
    if sock is not None:
        sock.settimeout(read_seconds)  # each read waits this long at most (408 after it)
    chunked = "chunked" in request.headers.get("Transfer-Encoding", "").lower()
    if declared is not None or not chunked:
        return
    stream = request.environ["wsgi.input"]
    parts: list[bytes] = []
    size = 0
    while size <= maximum:
        part = stream.read(min(65_536, maximum + 1 - size))
        if not part:
            break
        parts.append(part)
        size += len(part)
    if size > maximum:
        raise _too_large(maximum)
    request.environ["wsgi.input"] = io.BytesIO(b"".join(parts))
    request.environ["CONTENT_LENGTH"] = str(size)
    request.environ.pop("HTTP_TRANSFER_ENCODING", None)
    request.environ["wsgi.input_terminated"] = False


def _too_large(maximum: int) -> ApiError:
    return ApiError(
        "payload_too_large",
        f"The body is larger than the server's limit of {maximum:,} bytes. Split the text "
        "into smaller documents, or send a batch in several requests.",
        headers={"Connection": "close"},
    )


def register_guards(app: Flask, settings: Settings) -> None:
    """Keep ``settings`` and the limiters for ``app``; install its request hooks."""
    app.extensions[EXTENSION] = Guards(
        settings=settings,
        limiter=TokenBucketLimiter(settings.rate_limit) if settings.rate_limit else None,
        auth_failures=(TokenBucketLimiter(settings.auth_failure_limit)
                       if settings.auth_failure_limit else None),
    )

    @app.before_request
    def start_request() -> Response | None:
        g.started = time.perf_counter()
        g.deadline = time.monotonic() + settings.request_deadline
        incoming = request.headers.get("X-Request-Id", "")
        g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex[:16]
        if not _is_api(request.path) or request.routing_exception is not None:
            return None
        if request.method == "OPTIONS":
            return _preflight()
        address = f"addr:{request.remote_addr or 'unknown'}"
        key_id = _authenticate(address)
        _rate_limit(key_id or address)
        _bound_body(settings.max_content_length, BODY_READ_SECONDS)
        return None

    @app.after_request
    def finish_request(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if request.method == "OPTIONS" and not response.is_streamed and not response.get_data():
            response.headers.pop("Content-Type", None)  # no body, so no type (not text/html)
        response.headers["X-Request-Id"] = getattr(g, "request_id", "")
        if _is_api(request.path):
            response.headers.setdefault("Cache-Control", "no-store")
            origin = _allowed_origin(request.headers.get("Origin"))
            if origin and request.method != "OPTIONS":
                response.headers["Access-Control-Allow-Origin"] = origin
                response.headers["Access-Control-Expose-Headers"] = "Retry-After, X-Request-Id"
            response.vary.add("Origin")
        _log(response)
        return response


def _log(response: Response) -> None:
    started = getattr(g, "started", None)
    duration = (time.perf_counter() - started) * 1000 if started is not None else 0.0
    route = request.url_rule.rule if request.url_rule is not None else "<unmatched>"
    logger.info(
        "method=%s route=%s status=%d duration_ms=%.1f request_bytes=%d request_id=%s",
        request.method,
        route,
        response.status_code,
        duration,
        request.content_length or 0,
        getattr(g, "request_id", "-"),
    )
