"""``plainly check`` never passes a build by checking nothing it was asked to check: a path or
glob argument that gives no document is a usage error (exit 2) saying why.  Without path
arguments, and under pre-commit (which passes every staged text file), finding nothing to
check is still exit 0."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import Run

from literacy.cli import main

DOCUMENT = "# Flu\n\nRest at home and drink water.\n"


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with one document, a reStructuredText file and an excluded template, as the
    working folder, not under pre-commit."""
    monkeypatch.delenv("PRE_COMMIT", raising=False)
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "a.md").write_text(DOCUMENT, "utf-8")
    (tmp_path / "m" / "notes.rst").write_text("Notes\n=====\n", "utf-8")
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "letter.md").write_text(DOCUMENT, "utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.plainly]\nexclude = ["templates/"]\n',
                                             "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _usage_error(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Standard error of ``plainly check ARGS``, which must be a one-line usage error."""
    assert main(["check", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("plainly: ") and captured.err.count("\n") == 1
    return captured.err


def test_glob_matching_nothing_is_exit_2(project: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "nomatch/*.md")
    assert err == (f"plainly: no file or folder matches 'nomatch/*.md' (from {project}); "
                   "check the path and the pattern\n")


def test_named_file_with_an_unchecked_extension_is_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _usage_error(capsys, "m/a.md", "m/notes.rst")
    assert err == (
        "plainly: m/notes.rst is not checked: plainly does not check '.rst' files (only .md, "
        ".markdown, .html, .htm, .txt); to check them, add \".rst\" to 'extensions' in "
        f"{project / 'pyproject.toml'}; otherwise leave it off the command line\n"
    )


def test_named_excluded_file_is_exit_2(project: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    err = _usage_error(capsys, "templates/letter.md")
    assert "templates/letter.md is not checked: it matches 'exclude' in " in err


@pytest.mark.parametrize(("args", "expected"), [
    (["empty"], "plainly: empty: no document to check: the folder has no files (but any "
                "ignored by Git)\n"),
    (["m/*.rst"], "plainly: m/*.rst: no document to check: 1 file matches it but none is a "
                  "document plainly checks (such as m/notes.rst: plainly does not check"),
    (["templates"], "plainly: templates: no document to check: 1 file is in it"),
])
def test_folder_or_glob_without_a_document_is_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: str
) -> None:
    assert _usage_error(capsys, *args).startswith(expected)


def test_configured_extensions_matching_nothing_is_exit_2_for_a_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text('[tool.plainly]\nextensions = [".rst"]\n', "utf-8")
    (project / "m" / "notes.rst").unlink()
    err = _usage_error(capsys, ".")
    assert "plainly: .: no document to check: " in err
    assert "to check them, add \".md\" to 'extensions'" in err


def test_no_arguments_and_nothing_to_check_is_exit_0(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "pyproject.toml").write_text('[tool.plainly]\nextensions = [".rst"]\n', "utf-8")
    (project / "m" / "notes.rst").unlink()
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "No documents to check.\n"
    assert captured.err == "plainly: warning: no documents found to check\n"


def test_pre_commit_passing_only_files_that_are_not_documents_is_exit_0(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PRE_COMMIT", "1")  # set by pre-commit for its hooks
    (project / "setup.py").write_text("print('hello')\n", "utf-8")
    assert main(["check", "m/notes.rst", "setup.py", "templates/letter.md"]) == 0
    assert capsys.readouterr().out == "No documents to check.\n"
    # a glob or a folder is still an error: pre-commit passes files only
    assert main(["check", "nomatch/*.md"]) == 2


def test_pre_commit_checks_the_documents_among_the_files(plainly: Run, project: Path) -> None:
    (project / "setup.py").write_text("print('hello')\n", "utf-8")
    args = ("check", "--format", "json", "--jobs", "1", "setup.py", "m/a.md", "m/notes.rst")
    completed = plainly(*args, cwd=project, env={"PRE_COMMIT": "1"})
    assert completed.returncode == 0, completed.stderr
    assert [entry["path"] for entry in json.loads(completed.stdout)["files"]] == ["m/a.md"]
    outside = plainly(*args, cwd=project, env={"PRE_COMMIT": ""})
    assert outside.returncode == 2
    assert outside.stderr.startswith("plainly: setup.py is not checked: plainly does not "
                                     "check '.py' files")
