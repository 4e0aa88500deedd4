"""Fixtures for the ``plainly`` command-line tests: the real console script, run as a
subprocess on copies of the fixture repositories in ``tests/cli/fixtures``."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import JsonRun, Run, make_leaflet_repository, plainly_executable


@pytest.fixture(scope="session")
def plainly() -> Run:
    """Run ``plainly ARGS`` in ``cwd``; returns the completed process (text output)."""
    executable = plainly_executable()

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None,
            timeout: float = 120) -> subprocess.CompletedProcess[str]:
        environment = {
            key: value for key, value in os.environ.items()
            if not key.startswith(("PLAINLY_DEBUG", "NO_COLOR", "FORCE_COLOR"))
        }
        environment.update(env or {})
        return subprocess.run(
            [executable, *args], cwd=cwd, env=environment, capture_output=True, text=True,
            timeout=timeout, check=False,
        )

    return run


@pytest.fixture(scope="session")
def check_json(plainly: Run) -> Callable[..., JsonRun]:
    """Run ``plainly check --format json ARGS`` and parse its report."""

    def run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> JsonRun:
        completed = plainly("check", "--format", "json", *args, cwd=cwd, env=env)
        try:
            report = json.loads(completed.stdout)
        except json.JSONDecodeError:
            pytest.fail(f"not JSON (exit {completed.returncode}); stderr:\n{completed.stderr}")
        return JsonRun(completed, report)

    return run


@pytest.fixture(scope="session")
def repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the leaflet repository shared by all tests (do not modify it)."""
    return make_leaflet_repository(tmp_path_factory.mktemp("repo") / "repo")


@pytest.fixture()
def fresh_repo(tmp_path: Path) -> Path:
    """A copy of the leaflet repository for one test, free to modify."""
    return make_leaflet_repository(tmp_path / "repo")


@pytest.fixture(scope="session")
def repo_json(check_json: Callable[..., JsonRun], repo: Path) -> JsonRun:
    """``plainly check --format json --jobs 1`` over the whole leaflet repository."""
    run = check_json("--jobs", "1", cwd=repo)
    assert run.completed.returncode == 1, run.completed.stderr
    return run
