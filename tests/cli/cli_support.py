"""Helpers for the ``plainly`` command-line tests (imported by ``conftest.py`` and tests).

The fixture repositories in ``fixtures/`` are stored without their dot files and odd files,
which would otherwise change the project's own repository: ``dot-gitignore`` becomes
``.gitignore`` in a copy, and the binary and Latin-1 documents are written by the helpers.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
DATA = Path(__file__).parent / "data"

# Bytes that are not UTF-8: "Café" in Latin-1, and the start of a PNG image.
LATIN1_TEXT = "Café au lait is fine to drink with breakfast.\n".encode("latin-1")
BINARY_BYTES = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"

Run = Callable[..., subprocess.CompletedProcess[str]]


def plainly_executable() -> str:
    """The installed console script: beside this Python, else on PATH."""
    beside = Path(sys.executable).parent / "plainly"
    if beside.exists():
        return str(beside)
    found = shutil.which("plainly")
    if found is None:
        pytest.fail("the plainly console script is not installed (pip install -e .)")
    return found


def copy_repository(name: str, destination: Path) -> Path:
    """Copy ``fixtures/NAME`` to ``destination`` and restore its dot files."""
    shutil.copytree(FIXTURES / name, destination)
    for stored in sorted(destination.rglob("dot-*")):
        stored.rename(stored.with_name("." + stored.name.removeprefix("dot-")))
    return destination


def make_leaflet_repository(destination: Path) -> Path:
    """The leaflet repository, with an undecodable Latin-1 file and a binary file named .md."""
    root = copy_repository("repo", destination)
    (root / "leaflets" / "latin1.md").write_bytes(LATIN1_TEXT)
    (root / "leaflets" / "photo.md").write_bytes(BINARY_BYTES)
    return root


@dataclass(frozen=True)
class JsonRun:
    """A run with ``--format json``: the process, and its report."""

    completed: subprocess.CompletedProcess[str]
    report: dict[str, Any]

    @property
    def files(self) -> dict[str, dict[str, Any]]:
        """The report's files keyed by path."""
        return {entry["path"]: entry for entry in self.report["files"]}

    def codes(self, path: str) -> list[str]:
        """The codes of the findings in ``path``, in order."""
        return [finding["code"] for finding in self.files[path]["findings"]]
