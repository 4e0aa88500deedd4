"""``plainly serve``: run the service under gunicorn, in production mode.

The app is built once in the master process (``preload_app``), so the spaCy pipelines are
loaded before the workers fork and shared by them; each worker is a synchronous worker
(the analysis is CPU-bound), so ``--workers`` is the number of analyses run at once.
Settings come from ``PLAINLY_*`` environment variables (see ``api.config``).

    python -m api.serve --port 8000 --workers 2
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from typing import Any

from gunicorn.app.base import BaseApplication

from api import ConfigError, create_app
from api.engine import get_state


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
    parser.add_argument("--timeout", type=int, default=60,
                        help="seconds a request may take before its worker is restarted "
                        "(default 60)")
    args = parser.parse_args(list(argv))
    if args.workers < 1:
        parser.error("--workers must be 1 or more")
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
        "worker_class": "sync",
        "timeout": args.timeout,
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
        log_level = logging.getLevelName(get_state().settings.log_level)
    server = PlainlyServer(app, gunicorn_options(args, log_level))
    try:
        server.run()
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
