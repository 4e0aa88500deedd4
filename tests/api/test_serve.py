"""``api.serve``: the gunicorn settings ``plainly serve`` runs with, and its failures."""

from __future__ import annotations

import subprocess
import sys

import pytest

from api.serve import (
    DEFAULT_THREADS,
    LIMIT_REQUEST_LINE,
    PlainlyWorker,
    gunicorn_options,
    main,
    parse_args,
)


def test_defaults_are_production_settings() -> None:
    args = parse_args([])
    options = gunicorn_options(args, "INFO")
    assert options["bind"] == ["127.0.0.1:8000"]
    assert options["workers"] == 2
    assert options["preload_app"] is True
    assert options["worker_class"] == "api.serve.PlainlyWorker"
    assert options["threads"] == options["worker_connections"] == DEFAULT_THREADS
    assert options["keepalive"] == 0
    assert options["timeout"] == 60
    assert options["loglevel"] == "info"
    assert options["limit_request_line"] == LIMIT_REQUEST_LINE


def test_flags_reach_gunicorn() -> None:
    args = parse_args(["--host", "0.0.0.0", "--port", "9000", "--workers", "4", "--timeout", "5"])
    options = gunicorn_options(args, "WARNING")
    assert options["bind"] == ["0.0.0.0:9000"]
    assert (options["workers"], options["timeout"]) == (4, 5)
    binds = ["--bind", "unix:/tmp/p.sock", "--bind", "[::1]:80"]
    bound = gunicorn_options(parse_args(binds), "INFO")
    assert bound["bind"] == ["unix:/tmp/p.sock", "[::1]:80"]
    assert gunicorn_options(parse_args(["--host", "::1"]), "INFO")["bind"] == ["[::1]:8000"]


@pytest.mark.parametrize("argv", [["--workers", "0"], ["--port", "70000"], ["--timeout", "0"],
                                  ["--threads", "1"]])
def test_bad_flags_exit_2(argv: list[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        parse_args(argv)
    assert stop.value.code == 2


def test_bad_setting_exits_2_before_starting(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PLAINLY_RATE_LIMIT", "a lot")
    assert main(["--port", "0"]) == 2
    assert "PLAINLY_RATE_LIMIT" in capsys.readouterr().err


def test_deadline_at_or_above_the_worker_timeout_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PLAINLY_PRELOAD_PIPELINES", "false")
    monkeypatch.setenv("PLAINLY_REQUEST_DEADLINE", "60")
    assert main(["--port", "0", "--timeout", "60"]) == 2
    assert "REQUEST_DEADLINE" in capsys.readouterr().err


def test_worker_class_is_gunicorns_threaded_worker() -> None:
    from gunicorn.workers.gthread import ThreadWorker

    assert issubclass(PlainlyWorker, ThreadWorker)


def test_module_runs_as_a_script() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api.serve", "--help"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    assert "--workers" in result.stdout and "gunicorn" in result.stdout
