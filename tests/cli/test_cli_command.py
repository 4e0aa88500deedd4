"""The ``plainly`` command itself: version, subcommands, terminal behaviour."""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import termios
import types
from importlib import metadata
from pathlib import Path

import pytest
from cli_support import Run, copy_repository, plainly_executable

from literacy.cli import main


def test_version(plainly: Run, tmp_path: Path) -> None:
    completed = plainly("--version", cwd=tmp_path)
    assert completed.returncode == 0
    assert completed.stdout == f"plainly {metadata.version('plainly')}\n"


def test_no_command_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("usage: plainly ") and "check" in err and "serve" in err


@pytest.mark.parametrize(
    ("args", "usage", "error"),
    [
        (["check", "--bogus"], "usage: plainly check [-h] [--config FILE]",
         "plainly check: error: unrecognized arguments: --bogus\n"),
        (["check", "docs", "--jobs", "1", "--bogus=2"], "usage: plainly check ",
         "plainly check: error: unrecognized arguments: --bogus=2\n"),
        (["--bogus", "check"], "usage: plainly [-h] [--version] COMMAND",
         "plainly: error: unrecognized arguments: --bogus\n"),
    ],
)
def test_unknown_option_shows_the_usage_of_its_command(
    capsys: pytest.CaptureFixture[str], args: list[str], usage: str, error: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith(usage)
    assert err.endswith(error)


def test_cli_does_not_import_the_web_stack() -> None:
    code = (
        "import sys, literacy.cli\n"
        "web = sorted(m for m in sys.modules if m.split('.')[0] in ('flask', 'werkzeug', 'api'))\n"
        "print(web)\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                               check=True)
    assert completed.stdout == "[]\n"


def test_serve_passes_its_arguments_on(monkeypatch: pytest.MonkeyPatch) -> None:
    received: list[list[str]] = []

    def fake_main(argv: list[str]) -> int:
        received.append(argv)
        return 7

    fake = types.ModuleType("api.serve")
    fake.main = fake_main  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "api.serve", fake)
    assert main(["serve", "--host", "127.0.0.1", "--port", "9000"]) == 7
    assert received == [["--host", "127.0.0.1", "--port", "9000"]]


def _run_on_terminal(args: list[str], cwd: Path, env: dict[str, str]) -> str:
    """Run ``plainly ARGS`` with stdout and stderr on a pseudo-terminal; all it wrote."""
    main_fd, terminal_fd = pty.openpty()
    fcntl.ioctl(terminal_fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    environment = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "CI")}
    environment.update(env)
    process = subprocess.Popen([plainly_executable(), *args], cwd=cwd, env=environment,
                               stdout=terminal_fd, stderr=terminal_fd, stdin=subprocess.DEVNULL)
    os.close(terminal_fd)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_fd)
    assert process.wait(timeout=120) == 0
    return b"".join(chunks).decode("utf-8", "replace")


def test_colour_and_progress_only_on_a_terminal(tmp_path: Path) -> None:
    root = copy_repository("snapshot", tmp_path / "snapshot")
    shown = _run_on_terminal(["check", "--jobs", "1"], root, {})
    assert "\x1b[33mPL301\x1b[0m" in shown  # a warning's code, in yellow
    assert "| 0/1 [" in shown  # the progress bar (tqdm) was drawn
    plain = _run_on_terminal(["check", "--jobs", "1"], root, {"NO_COLOR": "1", "CI": "true"})
    assert "\x1b[" not in plain
    assert "| 0/1 [" not in plain
    assert "flu-vaccine.md:5:1: PL301 " in plain
