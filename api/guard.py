"""What every request passes through: API keys, rate limits, CORS, security headers and the
one log line per request.

- API keys: ``Authorization: Bearer <key>`` on ``/v1/*`` when ``API_KEYS`` is set, compared
  with ``hmac.compare_digest`` against every configured key (no early exit on a match).
- Rate limits: a token bucket per API key (or per client address when there are no keys),
  kept in each worker's memory: with N gunicorn workers a client can get up to N times the
  limit, and a restart resets it.  Put a shared limiter (the proxy's) in front if that
  matters.
- CORS: ``/v1/*`` answers browsers from ``CORS_ORIGINS``; preflight ``OPTIONS`` is answered
  here, before authentication (browsers send no credentials on a preflight).
- Logging: method, route (the URL rule, not the raw path), status, duration, request size
  and a request id.  Never the body, the document text or the API key.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import re
import threading
import time
import uuid
from collections.abc import Callable

from flask import Flask, Response, g, request

from api.config import RateLimit
from api.engine import get_state
from api.errors import ApiError

logger = logging.getLogger("plainly.api.requests")

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


def _is_api(path: str) -> bool:
    return path.startswith(API_PREFIX)


def _allowed_origin(origin: str | None) -> str | None:
    if not origin:
        return None
    origins = get_state().settings.cors_origins
    if "*" in origins or origin.rstrip("/") in origins:
        return origin
    return None


def _preflight() -> Response:
    response = Response(status=204)
    origin = _allowed_origin(request.headers.get("Origin"))
    if origin:
        response.headers["Access-Control-Allow-Origin"] = origin
        response.headers["Access-Control-Allow-Methods"] = CORS_METHODS
        response.headers["Access-Control-Allow-Headers"] = CORS_HEADERS
        response.headers["Access-Control-Max-Age"] = CORS_MAX_AGE
    response.headers["Vary"] = "Origin"
    return response


def _authenticate() -> str | None:
    """The client's key id (a hash, never the key) when keys are configured; 401 if wrong."""
    keys = get_state().settings.api_keys
    if not keys:
        return None
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
    limiter = get_state().limiter
    if limiter is None:
        return
    wait = limiter.take(client)
    if wait is not None:
        seconds = max(1, math.ceil(wait))
        raise ApiError(
            "rate_limited",
            f"Too many requests: the limit is {limiter.limit} per client. Wait {seconds} "
            "s and try again, or send several documents in one /v1/analyze/batch request.",
            headers={"Retry-After": str(seconds)},
        )


def register_guards(app: Flask) -> None:
    """Install the before/after-request hooks on ``app``."""

    @app.before_request
    def start_request() -> Response | None:
        g.started = time.perf_counter()
        incoming = request.headers.get("X-Request-Id", "")
        g.request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex[:16]
        if not _is_api(request.path) or request.routing_exception is not None:
            return None
        if request.method == "OPTIONS":
            return _preflight()
        key_id = _authenticate()
        _rate_limit(key_id or f"addr:{request.remote_addr or 'unknown'}")
        return None

    @app.after_request
    def finish_request(response: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
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
