"""Every error the service answers with, in one place: a stable code, its HTTP status and
what the client should do.  The body is always ``{"error": {"code": ..., "message": ...}}``
(a ``validation_error`` adds ``details``: the path and problem of each bad field).

``register_error_handlers`` makes the app answer JSON for errors on API paths, including
routing 404/405, bodies over the limit and unexpected exceptions (logged with their
traceback, never with the request body).  Pages for people (``/``, ``/docs``) get a short
HTML page instead.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from flask import Flask, Response, current_app, jsonify, render_template, request
from gunicorn.http.errors import ParseException
from pydantic import ValidationError
from werkzeug.exceptions import ClientDisconnected, HTTPException

logger = logging.getLogger("plainly.api")

# Paths whose errors are JSON.  Everything else (the page, the docs, static files) is for
# people and gets a small HTML error page.
API_PREFIX = "/v1/"
API_PATHS = frozenset({"/v1", "/healthz", "/readyz", "/openapi.json"})


@dataclass(frozen=True)
class ErrorSpec:
    """One stable error code: the HTTP status it comes with and what it means."""

    status: int
    summary: str


ERRORS: dict[str, ErrorSpec] = {
    "invalid_json": ErrorSpec(400, "The body is not valid JSON."),
    "bad_request": ErrorSpec(
        400, "The request cannot be read (malformed HTTP framing, chunks or multipart body)."
    ),
    "unauthorized": ErrorSpec(401, "No API key, or not a configured one."),
    "not_found": ErrorSpec(404, "No such route."),
    "method_not_allowed": ErrorSpec(405, "The route exists but not with this HTTP method."),
    "request_timeout": ErrorSpec(408, "The body did not arrive in time."),
    "payload_too_large": ErrorSpec(413, "The body is larger than MAX_CONTENT_LENGTH."),
    "over_budget": ErrorSpec(413, "The request's documents together exceed REQUEST_MAX_CHARS."),
    "too_large": ErrorSpec(413, "The text is longer than the engine accepts."),
    "unsupported_media_type": ErrorSpec(415, "The Content-Type is not the one the route takes."),
    "validation_error": ErrorSpec(422, "A field is missing, of the wrong type or out of range."),
    "empty_text": ErrorSpec(422, "The text is empty or only white space."),
    "missing_source": ErrorSpec(422, "The bundle has no text in its source language."),
    "unknown_language": ErrorSpec(422, "The language is not one the service supports."),
    "unsupported_language": ErrorSpec(
        422, "lang=auto: the text is in a language the service does not score."
    ),
    "no_language": ErrorSpec(422, "lang=auto: the text has no words to identify a language."),
    "unknown_format": ErrorSpec(422, "The format is not auto, plain, markdown or html."),
    "invalid_option": ErrorSpec(422, "An analysis option is out of range."),
    "unknown_suggestion": ErrorSpec(
        422, "A suggestion to apply is not one the report offers for this text and options."
    ),
    "invalid_encoding": ErrorSpec(422, "The text or file is not valid UTF-8."),
    "binary_input": ErrorSpec(422, "The text or file looks binary, not like text."),
    "invalid_type": ErrorSpec(422, "The text is not a string."),
    "unsupported_file_type": ErrorSpec(422, "The uploaded file is not .txt, .md, .html or .docx."),
    "invalid_document": ErrorSpec(422, "The uploaded .docx file cannot be read."),
    "document_too_large": ErrorSpec(413, "The .docx unpacks to more XML or paragraphs than "
                                    "the server reads."),
    "uri_too_long": ErrorSpec(414, "The request line is longer than the server reads."),
    "headers_too_large": ErrorSpec(431, "Too many headers, or one too long."),
    "rate_limited": ErrorSpec(429, "Too many requests for this key or address."),
    "internal_error": ErrorSpec(500, "An unexpected error on the server (it is logged)."),
    "unsupported_transfer_coding": ErrorSpec(501, "The Transfer-Encoding is not chunked."),
    "deadline_exceeded": ErrorSpec(503, "The request took longer than REQUEST_DEADLINE."),
    "pipeline_unavailable": ErrorSpec(503, "The language pipeline is not loaded."),
    "http_error": ErrorSpec(400, "Another HTTP error; the status code says which."),
    "wordlists_unavailable": ErrorSpec(503, "The word lists are not installed or invalid."),
}


class ApiError(Exception):
    """An error answered as JSON: a stable ``code``, its HTTP status and a message that says
    what to do.  ``headers`` go on the response (``WWW-Authenticate``, ``Retry-After``)."""

    def __init__(
        self,
        code: str,
        message: str,
        *,
        status_code: int | None = None,
        headers: Mapping[str, str] | None = None,
        details: Sequence[Mapping[str, Any]] | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        spec = ERRORS.get(code)
        self.status_code = status_code or (spec.status if spec else 422)
        self.headers = dict(headers or {})
        self.details = [dict(detail) for detail in details] if details else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON body: ``{"error": {"code", "message"[, "details"]}}``."""
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not None:
            error["details"] = self.details
        return {"error": error}

    def to_response(self) -> Response:
        response = jsonify(self.to_dict())
        response.status_code = self.status_code
        for name, value in self.headers.items():
            response.headers[name] = value
        return response


def from_validation_error(error: ValidationError, *, prefix: Sequence[str | int] = ()) -> ApiError:
    """A 422 ``validation_error`` naming each bad field by its path (``documents[2].text``)."""
    details = []
    for item in error.errors(include_url=False, include_input=False, include_context=False):
        path = field_path([*prefix, *item["loc"]])
        details.append({"field": path or "(body)", "message": _plain(item["msg"]),
                        "type": item["type"]})
    first = details[0] if details else {"field": "(body)", "message": "invalid"}
    more = f" (and {len(details) - 1} more)" if len(details) > 1 else ""
    return ApiError(
        "validation_error",
        f"{first['field']}: {first['message']}{more}. Fix the field and send the request "
        "again; /docs lists every field and its type.",
        details=details,
    )


# What pydantic puts before the message of a ValueError or AssertionError raised by our own
# validators ("Value error, 'fr' is not a language..."): Python's, not the client's business.
_PYDANTIC_PREFIXES = ("Value error, ", "Assertion failed, ")


def _plain(message: str) -> str:
    """A field's problem without pydantic's prefix."""
    for prefix in _PYDANTIC_PREFIXES:
        message = message.removeprefix(prefix)
    return message


def field_path(location: Sequence[str | int]) -> str:
    """``("documents", 2, "text")`` → ``documents[2].text``; a bad mapping key
    ``("documents", "en_US", "[key]")`` → ``documents.en_US (the key)``."""
    path = ""
    for part in location:
        if part == "[key]":  # pydantic's mark for a mapping's key rather than its value
            path += " (the key)"
        elif isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def is_api_path(path: str) -> bool:
    """Whether errors on ``path`` are answered as JSON (``//v1/x`` too: paths are not
    redirected to their canonical form, so a doubled slash is the API's 404)."""
    path = re.sub("/{2,}", "/", path)
    return path.startswith(API_PREFIX) or path.rstrip("/") in API_PATHS


_HTTP_CODES = {
    400: ("bad_request", "The request could not be read; check its body and headers."),
    401: ("unauthorized", "Send a valid API key as `Authorization: Bearer <key>`."),
    404: ("not_found", "There is no such route. GET /openapi.json lists the routes."),
    405: ("method_not_allowed", "This route does not take that method. See /docs."),
    413: (
        "payload_too_large",
        "The body is larger than the server's limit. Split the text into smaller documents.",
    ),
    415: ("unsupported_media_type", "Send the body with the Content-Type the route takes."),
    429: ("rate_limited", "Too many requests; wait and try again."),
}


def _http_error(error: HTTPException) -> ApiError:
    status = error.code or 500
    code, message = _HTTP_CODES.get(status, ("http_error", error.description or "HTTP error"))
    if status >= 500:
        code = "internal_error"
    if status == 413:
        maximum = current_app.config.get("MAX_CONTENT_LENGTH")
        if maximum:
            message = (
                f"The body is larger than the server's limit of {int(maximum):,} bytes. "
                "Split the text into smaller documents, or send a batch in several requests."
            )
    headers: dict[str, str] = {"Connection": "close"} if status == 413 else {}
    if status == 405:
        allowed = getattr(error, "valid_methods", None)
        if allowed:
            headers["Allow"] = ", ".join(sorted(allowed))
            shown = sorted(set(allowed) - {"HEAD", "OPTIONS"}) or sorted(allowed)
            message = (
                f"This route takes {', '.join(shown)}, not {request.method}. "
                "See /docs for each route's method."
            )
    return ApiError(code, message, status_code=status, headers=headers)


def _page_error(status: int, title: str, message: str) -> Response:
    body = render_template("error.html", status=status, title=title, message=message)
    return Response(body, status=status, mimetype="text/html")


def register_error_handlers(app: Flask) -> None:
    """Answer JSON on API paths for every error, HTML on pages; never an HTML 500."""

    @app.errorhandler(ApiError)
    def handle_api_error(error: ApiError) -> Response:
        if error.status_code == 413:
            _drain_body()
        return error.to_response()

    @app.errorhandler(ValidationError)
    def handle_validation_error(error: ValidationError) -> Response:
        return from_validation_error(error).to_response()

    @app.errorhandler(HTTPException)
    def handle_http_exception(error: HTTPException) -> Response:
        status = error.code or 500
        if status == 413:
            _drain_body()
        api_error = _unreadable_body(error) or _http_error(error)
        if is_api_path(request.path):
            return api_error.to_response()
        response = _page_error(status, error.name, api_error.message)
        for name, value in api_error.headers.items():
            response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception) -> Response:
        unreadable = _unreadable_body(error)
        if unreadable is not None:
            return unreadable.to_response()
        # The traceback names code, not data; the request body is never logged.
        rule = request.url_rule.rule if request.url_rule else "<unmatched>"
        logger.error(
            "unhandled %s on %s %s", type(error).__name__, request.method, rule,
            exc_info=(type(error), error, error.__traceback__),
        )
        api_error = ApiError(
            "internal_error",
            "The server failed to handle this request. It has been logged; try again, "
            "and report it if it keeps happening.",
            status_code=500,
        )
        if is_api_path(request.path):
            return api_error.to_response()
        return _page_error(500, "Server error", api_error.message)


def _unreadable_body(error: Exception) -> ApiError | None:
    """A 400 or 408 for a body the server could not read: malformed chunks (gunicorn's
    parse errors, raised while the app reads) or a client that stopped sending (the read
    timed out, or werkzeug found the body shorter than its Content-Length)."""
    if isinstance(error, TimeoutError | ClientDisconnected):
        return ApiError(
            "request_timeout",
            "The request body stopped arriving before it was complete (or the connection "
            "closed); send the whole body, as long as its Content-Length says.",
            headers={"Connection": "close"},
        )
    if isinstance(error, ParseException):
        return ApiError(
            "bad_request",
            "The request body's chunked framing cannot be read; send the body with a "
            "Content-Length, or as well-formed chunks.",
            headers={"Connection": "close"},
        )
    return None


def _drain_body(limit: int = 16 * 1024 * 1024, seconds: float = 1.0) -> None:
    """Read (and drop) what is left of an oversized body so the client sees our 413 answer
    instead of a reset connection; bounded in bytes and in time (a declared body that never
    comes), so a client cannot keep a thread busy."""
    stream = request.environ.get("wsgi.input")
    if stream is None:
        return
    sock = request.environ.get("gunicorn.socket")
    if sock is not None:
        sock.settimeout(seconds)
    remaining = limit
    try:
        while remaining > 0:
            chunk = stream.read(min(65536, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
    except Exception:
        return
