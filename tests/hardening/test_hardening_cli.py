"""``plainly check`` on a folder of hostile files: a symbolic-link loop, a file it may not
read, a binary file named .md, a 50 MB .md file, a Latin-1 file, a FIFO named ``x.md`` and a
``z.md`` symbolic link to ``/dev/zero``.  Each is reported clearly (the FIFO and the device
without being opened: no hang, no reading until memory runs out), the good file beside them
is still checked, the exit status is 1 (findings), not 2 (usage), and there is no traceback.
(tests/cli covers the loop, binary and Latin-1 files one by one; here they come together with
the unreadable and the huge file.)"""

from __future__ import annotations

import ctypes
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_support import BINARY_BYTES, LATIN1_TEXT, plainly_executable

BIG_BYTES = 50 * 1024 * 1024
BIG_SECONDS = 60.0  # the whole run; analysing 50 MB would take many minutes
RUN_TIMEOUT = 180.0  # a run that hangs on the FIFO fails here instead of blocking the suite
GOOD = "# Flu\n\nRest at home and drink water. Call your doctor if you feel worse.\n"
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


def _drop_file_capabilities() -> None:
    """In the child, before exec: drop root's power to read any file (the bounding set
    decides what root has after exec), so chmod 000 means "cannot read" for it too."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _preexec() -> Callable[[], None] | None:
    return _drop_file_capabilities if os.geteuid() == 0 else None


def _cannot_read(path: Path) -> bool:
    """Whether a process started like plainly is refused reading ``path``."""
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import sys; open(sys.argv[1], 'rb').read(1)", str(path)],
            capture_output=True, preexec_fn=_preexec(), timeout=60, check=False,
        )
    except (OSError, subprocess.SubprocessError):  # prctl refused: no CAP_SETPCAP here
        return False
    return probe.returncode != 0 and b"PermissionError" in probe.stderr


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    (root / ".plainly.toml").write_text("", "utf-8")
    (root / "good.md").write_text(GOOD, "utf-8")
    os.symlink("loop.md", root / "loop.md")
    locked = root / "locked.md"
    locked.write_text(GOOD, "utf-8")
    locked.chmod(0)
    (root / "photo.md").write_bytes(BINARY_BYTES + bytes(range(256)) * 64)
    (root / "latin1.md").write_bytes(LATIN1_TEXT)
    os.mkfifo(root / "x.md")  # opening it for reading would wait for a writer forever
    os.symlink("/dev/zero", root / "z.md")  # reading it never ends
    line = b"Take one tablet every morning with a glass of water and rest at home.\n"
    with (root / "big.md").open("wb") as handle:
        handle.write(line * (BIG_BYTES // len(line) + 1))
    return root


def _check(root: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("PLAINLY_DEBUG", "NO_COLOR", "FORCE_COLOR"))}
    started = time.monotonic()
    completed = subprocess.run(
        [plainly_executable(), "check", *args], cwd=root, env=env, capture_output=True,
        text=True, timeout=RUN_TIMEOUT, preexec_fn=_preexec(), check=False,
    )
    return completed, time.monotonic() - started


@pytest.fixture(scope="module")
def json_run(hostile: Path) -> tuple[subprocess.CompletedProcess[str], float]:
    return _check(hostile, "--format", "json")


def _messages(report: dict[str, Any], path: str) -> list[str]:
    files = {entry["path"]: entry for entry in report["files"]}
    return [f"{f['code']} {f['message']}" for f in files[path]["findings"]]


def test_each_hostile_file_is_reported_and_the_good_one_checked(
    json_run: tuple[subprocess.CompletedProcess[str], float]
) -> None:
    completed, _ = json_run
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr + completed.stdout
    report = json.loads(completed.stdout)
    files = {entry["path"]: entry for entry in report["files"]}
    assert files["good.md"]["grade"] is not None and files["good.md"]["words"] > 5
    assert not [f for f in files["good.md"]["findings"] if f["code"] == "PL001"]
    expected = {
        "loop.md": "symbolic links",
        "photo.md": "binary",
        "latin1.md": "not valid UTF-8",
        "big.md": "more than the limit",
        "x.md": "a named pipe (FIFO), not a regular file",
        "z.md": "a character device, not a regular file",
    }
    for path, words in expected.items():
        messages = _messages(report, path)
        assert len(messages) == 1 and messages[0].startswith("PL001"), (path, messages)
        assert words in messages[0], (path, messages)


def test_unreadable_file_is_reported(
    hostile: Path, json_run: tuple[subprocess.CompletedProcess[str], float]
) -> None:
    if not _cannot_read(hostile / "locked.md"):
        # Root that may not drop CAP_DAC_OVERRIDE reads a mode-000 file: nothing to test.
        pytest.skip("this process can read a mode-000 file and cannot give that up")
    messages = _messages(json.loads(json_run[0].stdout), "locked.md")
    assert len(messages) == 1, messages
    assert messages[0].startswith("PL001") and "cannot be read (permission denied)" in messages[0]


def test_huge_file_is_refused_quickly(
    json_run: tuple[subprocess.CompletedProcess[str], float]
) -> None:
    completed, seconds = json_run
    assert seconds < BIG_SECONDS, f"the run with a 50 MB file took {seconds:.0f} s"
    message = _messages(json.loads(completed.stdout), "big.md")[0]
    assert "2,000,000" in message and "split it" in message


def test_text_output_names_every_file_without_traceback(hostile: Path) -> None:
    completed, _ = _check(hostile, "--jobs", "2")
    assert completed.returncode == 1, completed.stderr
    output = completed.stdout + completed.stderr
    assert "Traceback" not in output
    for name in ("loop.md", "photo.md", "latin1.md", "big.md", "x.md", "z.md"):
        assert name in output, name


@pytest.mark.parametrize("name", ["x.md", "z.md"])
def test_fifo_or_device_named_outright_is_reported_not_opened(hostile: Path, name: str) -> None:
    completed, seconds = _check(hostile, "--format", "json", name)
    assert completed.returncode == 1, completed.stderr
    assert seconds < BIG_SECONDS
    (message,) = _messages(json.loads(completed.stdout), name)
    assert message.startswith("PL001") and "not a regular file" in message
