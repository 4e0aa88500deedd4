"""``--diff`` takes a Git revision and nothing else: a value that Git would read as an option
(``--diff=--output=victim.txt`` once made ``git diff`` truncate ``victim.txt``) is a usage
error, and a revision that names no commit is one too; files are never touched."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from cli_support import Run

VICTIM = "a file that must survive\n"


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=t@example.org", "-c", "user.name=t", *args],
                   cwd=cwd, check=True, capture_output=True, timeout=60)


@pytest.fixture()
def git_repo(fresh_repo: Path) -> Path:
    _git(fresh_repo, "init", "-q")
    _git(fresh_repo, "add", "-A")
    _git(fresh_repo, "commit", "-q", "-m", "fixture")
    (fresh_repo / "victim.txt").write_text(VICTIM, "utf-8")
    return fresh_repo


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("--output=victim.txt", "--diff takes a Git revision"),
        ("-p", "--diff takes a Git revision"),
        ("HEAD --output=victim.txt", "--diff takes a Git revision"),
        ("no-such-revision", "is not a commit git knows"),
    ],
)
def test_diff_value_is_only_ever_a_revision(plainly: Run, git_repo: Path, value: str,
                                            expected: str) -> None:
    completed = plainly("check", f"--diff={value}", cwd=git_repo, timeout=60)
    assert completed.returncode == 2, completed.stdout + completed.stderr
    assert expected in completed.stderr
    assert "Traceback" not in completed.stderr
    assert (git_repo / "victim.txt").read_text("utf-8") == VICTIM


def test_diff_with_a_revision_still_checks_changed_files(plainly: Run, git_repo: Path) -> None:
    (git_repo / "leaflets" / "new-leaflet.md").write_text(
        "# Rest\n\nRest at home. Call us if you feel worse.\n", "utf-8")
    completed = plainly("check", "--diff", "HEAD", "--jobs", "1", cwd=git_repo, timeout=120)
    assert completed.returncode in (0, 1), completed.stderr
    assert "new-leaflet.md" in completed.stdout
