"""``plainly serve``: run the service under gunicorn, in production mode.

The app is built once in the master process (``preload_app``), so the spaCy pipelines are
loaded before the workers fork and shared by them.  Each worker is a ``gthread`` worker
with ``--threads`` threads: a thread waits on a slow client (headers or a body that trickle
in) without stopping the others, so two stalled clients cannot leave ``/healthz``
unanswered; the analysis itself is CPU-bound, so ``api.guard`` lets one request per worker
analyse at a time, and ``--workers`` is still the number of analyses run at once.  A
worker holds at most ``--threads`` connections and closes each after its answer, so every
request goes to a worker with room for it.

Errors gunicorn answers itself (a malformed request line, ``Transfer-Encoding`` with
``Content-Length``, a bad chunk, headers over the limits) are JSON like the app's
(``PlainlyWorker.handle_error``), never gunicorn's HTML page.  Requests are bounded in
the app (``REQUEST_DEADLINE``, a JSON 503 with ``Retry-After``), below ``--timeout``.
Settings come from ``PLAINLY_*`` environment variables (see ``api.config``).

    python -m api.serve --port 8000 --workers 2 --threads 8
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import socket
import sys
from collections.abc import Callable, Sequence
from typing import Any

from gunicorn.app.base import BaseApplication
from gunicorn.http import errors as http_errors
from gunicorn.workers.gthread import ThreadWorker

from api import ConfigError, create_app
from api.engine import get_state

# gunicorn's limits on what it reads before the app sees a request (its defaults are 4094,
# 100 and 8190): a request line holds a route and a short query, never a document.
LIMIT_REQUEST_LINE = 2048
LIMIT_REQUEST_FIELDS = 50
LIMIT_REQUEST_FIELD_SIZE = 8190
DEFAULT_THREADS = 8  # connections a worker reads and answers at once


class PlainlyServer(BaseApplication):  # type: ignore[misc]
    """gunicorn running an app that is already built."""

    def __init__(self, application: Callable[..., Any], options: dict[str, Any]) -> None:
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings:  # settings newer than the installed gunicorn are skipped
                self.cfg.set(key, value)

    def load(self) -> Callable[..., Any]:
        return self.application


class PlainlyWorker(ThreadWorker):  # type: ignore[misc]
    """gunicorn's threaded worker, answering the requests it rejects itself with JSON."""

    def handle_error(self, req: Any, client: socket.socket, addr: Any, exc: BaseException) -> None:
        status, code, message = _framing_error(exc)
        if status >= 500:
            # The traceback names code, not data; never the request line or the body.
            self.log.error("unhandled %s outside the app", type(exc).__name__,
                           exc_info=(type(exc), exc, exc.__traceback__))
        else:
            self.log.warning("rejected a malformed request: %s (%d)", type(exc).__name__, status)
        body = json.dumps({"error": {"code": code, "message": message}}).encode()
        head = (
            f"HTTP/1.1 {status} {code.replace('_', ' ').title()}\r\n"
            "Connection: close\r\nContent-Type: application/json\r\n"
            "Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\n"
            f"Content-Length: {len(body)}\r\n\r\n"
        ).encode("latin-1")
        try:
            client.sendall(head + body)
        except OSError:
            self.log.debug("the client left before the error answer")


def _framing_error(exc: BaseException) -> tuple[int, str, str]:
    """Status, code and message for an error gunicorn met outside the app."""
    if isinstance(exc, http_errors.LimitRequestLine):
        return 414, "uri_too_long", (
            f"The request line is longer than {LIMIT_REQUEST_LINE} bytes; send the document "
            "in the JSON body, not in the URL.")
    if isinstance(exc, http_errors.LimitRequestHeaders):
        return 431, "headers_too_large", (
            f"The request has more than {LIMIT_REQUEST_FIELDS} headers or a header longer "
            f"than {LIMIT_REQUEST_FIELD_SIZE} bytes; send fewer or shorter headers.")
    if isinstance(exc, http_errors.UnsupportedTransferCoding):
        return 501, "unsupported_transfer_coding", (
            "The Transfer-Encoding is not one the server reads; send the body with "
            "Content-Length or as chunked.")
    if isinstance(exc, http_errors.ParseException):
        return 400, "bad_request", (
            "The request's HTTP framing cannot be read. Send either Content-Length or "
            "Transfer-Encoding: chunked, never both, with a length that matches the body.")
    return 500, "internal_error", (
        "The server failed to handle this request. It has been logged; try again, and "
        "report it if it keeps happening.")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="plainly serve",
        description="Run Plainly's JSON API and web page with gunicorn. Settings come from "
        "PLAINLY_* environment variables (PLAINLY_API_KEYS, PLAINLY_RATE_LIMIT, ...).",
    )
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default 127.0.0.1; 0.0.0.0 in a container)")
    parser.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    parser.add_argument("--bind", action="append", metavar="ADDRESS",
                        help="gunicorn bind address (HOST:PORT or unix:PATH), instead of "
                        "--host/--port; may be given more than once")
    parser.add_argument("--workers", type=int, default=2,
                        help="worker processes, each analysing one request at a time "
                        "(default 2; about one per CPU core)")
    parser.add_argument("--threads", type=int, default=DEFAULT_THREADS,
                        help="threads per worker: connections each worker reads and answers "
                        "at once, so slow clients do not block health checks "
                        "(default %(default)s)")
    parser.add_argument("--timeout", type=int, default=60,
                        help="seconds a silent worker may take before it is restarted; must "
                        "be above REQUEST_DEADLINE, which bounds each request (default 60)")
    args = parser.parse_args(list(argv))
    if args.workers < 1:
        parser.error("--workers must be 1 or more")
    if args.threads < 2:
        parser.error("--threads must be 2 or more (one is kept for health checks)")
    if args.timeout < 1:
        parser.error("--timeout must be 1 or more")
    if not 0 <= args.port <= 65535:
        parser.error("--port must be from 0 to 65535")
    return args


def gunicorn_options(args: argparse.Namespace, log_level: str) -> dict[str, Any]:
    """The gunicorn settings ``main`` runs with."""
    options: dict[str, Any] = {
        "bind": args.bind or [f"{_host(args.host)}:{args.port}"],
        "workers": args.workers,
        "worker_class": "api.serve.PlainlyWorker",
        "threads": args.threads,
        "timeout": args.timeout,
        # One connection per request, and no more connections than threads: a kept-alive
        # connection ties its client to one worker, so the others idle (measured: after a
        # worker was killed, its replacement served none of the next 102 requests) and a
        # killed worker fails every request queued on it.
        "keepalive": 0,
        "worker_connections": args.threads,
        "limit_request_line": LIMIT_REQUEST_LINE,
        "limit_request_fields": LIMIT_REQUEST_FIELDS,
        "limit_request_field_size": LIMIT_REQUEST_FIELD_SIZE,
        "graceful_timeout": 30,
        "preload_app": True,
        "proc_name": "plainly",
        "accesslog": None,  # the app logs one line per request itself
        "errorlog": "-",
        # gunicorn at DEBUG logs each request's raw path, which may hold patient details:
        # its own logger never goes below INFO, whatever the app's level.
        "loglevel": "info" if log_level.lower() == "debug" else log_level.lower(),
        # gunicorn >= 25 opens a control socket in $HOME by default; a service does not need
        # it, and several servers on one machine (or a read-only home) would clash over it.
        "control_socket_disable": True,
    }
    if os.path.isdir("/dev/shm"):
        options["worker_tmp_dir"] = "/dev/shm"
    return options


def _host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def main(argv: list[str]) -> int:
    """Run the server until it is stopped; 2 for a bad setting."""
    args = parse_args(argv)
    try:
        app = create_app()
    except ConfigError as error:
        print(f"plainly serve: {error}", file=sys.stderr)
        return 2
    app.debug = False  # never the debugger in production, whatever the environment says
    with app.app_context():
        settings = get_state().settings
    if settings.request_deadline >= args.timeout:
        print(f"plainly serve: REQUEST_DEADLINE ({settings.request_deadline:g} s) must be "
              f"below --timeout ({args.timeout} s), so a slow request gets a JSON 503 "
              "before its worker is restarted", file=sys.stderr)
        return 2
    log_level = logging.getLevelName(settings.log_level)
    server = PlainlyServer(app, gunicorn_options(args, log_level))
    try:
        server.run()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
