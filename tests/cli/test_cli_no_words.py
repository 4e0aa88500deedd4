"""``plainly check`` on documents with no words: each gets a PL102 warning, not a silent pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cli_support import JsonRun, Run


def _documents(root: Path) -> Path:
    (root / "empty.md").write_text("", encoding="utf-8")
    (root / "front-matter-only.md").write_text(
        "---\ntitle: Flu shot\nplainly:\n  target_grade: 6\n---\n", encoding="utf-8"
    )
    (root / "leaflet.md").write_text("# Flu\n\nTake one tablet each day.\n", encoding="utf-8")
    return root


def test_empty_and_front_matter_only_documents_get_pl102(
    check_json: Callable[..., JsonRun], tmp_path: Path
) -> None:
    run = check_json("--jobs", "1", cwd=_documents(tmp_path))
    assert run.completed.returncode == 0, run.completed.stderr  # a warning is not an error
    assert run.codes("empty.md") == ["PL102"]
    assert run.codes("front-matter-only.md") == ["PL102"]
    assert "PL102" not in run.codes("leaflet.md")
    finding = run.files["empty.md"]["findings"][0]
    assert (finding["severity"], finding["line"], finding["column"]) == ("warning", 1, 1)


def test_text_output_names_the_file_and_code(plainly: Run, tmp_path: Path) -> None:
    completed = plainly("check", "empty.md", "front-matter-only.md", cwd=_documents(tmp_path))
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert any(line.startswith("empty.md:1:1: PL102 ") for line in lines)
    assert any(line.startswith("front-matter-only.md:1:1: PL102 ") for line in lines)
