"""Which documents ``plainly check`` reads, where its findings point, and what it skips."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import JsonRun

LONG = (
    "If you have had a serious anaphylactic reaction to a vaccine in the past, tell the nurse "
    "before you have the intramuscular injection so that they can check it is safe for you."
)
HARD = (
    "Individuals experiencing nocturnal exacerbations of bronchospasm should consult their "
    "respiratory physician regarding pharmacotherapeutic optimisation of maintenance regimens."
)
SUPPRESSION_DOCUMENTS = {
    "plain.md": f"# Flu\n\n{LONG}\n",
    "next-line.md": (
        f"# Flu\n\n<!-- plainly-disable-next-line long-sentence, jargon -->\n{LONG}\n\n{LONG}\n"
    ),
    "block.md": f"<!-- plainly-disable PL201 -->\n{LONG}\n<!-- plainly-enable -->\n{LONG}\n",
    "unknown-name.md": f"<!-- plainly-disable-next-line no-such-rule -->\n{LONG}\n",
    "hard.md": f"# Asthma\n\n{HARD}\n",
    "whole-file.md": f"<!-- plainly-disable-file -->\n# Asthma\n\n{HARD}\n",
    "bad-front-matter.md": (
        "---\ntitle: Flu\nplainly:\n  target_grade: six\n  colour: red\n---\n# Flu\n\nRest.\n"
    ),
    "long-limit.md": f"---\nplainly:\n  max_sentence_words: 40\n---\n{LONG}\n",
    "page.html": (
        "<html><body><main>\n"
        f"<p>{LONG}</p>\n"
        "<!-- plainly-disable-next-line PL301 jargon -->\n"
        f"<p>{LONG}</p>\n"
        "</main></body></html>\n"
    ),
}


def _lines(run: JsonRun, path: str, *codes: str) -> list[int]:
    return sorted(f["line"] for f in run.files[path]["findings"] if f["code"] in codes)


@pytest.fixture(scope="module")
def documents_run(check_json: Callable[..., JsonRun],
                    tmp_path_factory: pytest.TempPathFactory) -> JsonRun:
    root = tmp_path_factory.mktemp("suppressions")
    (root / ".plainly.toml").write_text("", "utf-8")
    for name, text in SUPPRESSION_DOCUMENTS.items():
        (root / name).write_text(text, "utf-8")
    os.symlink("loop.md", root / "loop.md")  # a symbolic link to itself: a loop
    os.symlink("missing-target.md", root / "dangling.md")
    return check_json("--jobs", "1", cwd=root)


def test_suppression_next_line(documents_run: JsonRun) -> None:
    assert _lines(documents_run, "plain.md", "PL301") == [3]
    assert _lines(documents_run, "plain.md", "PL201") == [3, 3]
    # line 4 is suppressed for both names; the same sentence on line 6 is not
    assert _lines(documents_run, "next-line.md", "PL301") == [6]
    assert _lines(documents_run, "next-line.md", "PL201") == [6, 6]
    assert documents_run.files["next-line.md"]["suppressed"] == 3


def test_suppression_block_with_code(documents_run: JsonRun) -> None:
    # inside the block only PL201 is off; after plainly-enable it is back
    assert _lines(documents_run, "block.md", "PL301") == [2, 4]
    assert _lines(documents_run, "block.md", "PL201") == [4, 4]


def test_suppression_unknown_name_suppresses_nothing(documents_run: JsonRun) -> None:
    assert _lines(documents_run, "unknown-name.md", "PL301") == [2]
    assert documents_run.files["unknown-name.md"]["suppressed"] == 0


def test_suppression_whole_file_includes_document_findings(documents_run: JsonRun) -> None:
    assert "PL101" in documents_run.codes("hard.md")
    whole = documents_run.files["whole-file.md"]
    assert whole["findings"] == []
    assert whole["suppressed"] == len(documents_run.files["hard.md"]["findings"])


def test_suppression_in_html(documents_run: JsonRun) -> None:
    assert _lines(documents_run, "page.html", "PL301", "PL201") == [2, 2, 2]


def test_front_matter_settings_and_problems(documents_run: JsonRun) -> None:
    bad = documents_run.files["bad-front-matter.md"]
    problems = [f for f in bad["findings"] if f["code"] == "PL002"]
    assert [(f["severity"], f["line"]) for f in problems] == [("error", 4), ("error", 5)]
    assert "'target_grade' in the front matter must be a number" in problems[0]["message"]
    assert "'colour'" in problems[1]["message"]
    assert bad["target_grade"] == 8  # not applied
    assert "PL301" not in documents_run.codes("long-limit.md")  # 31 words, limit 40


def test_symbolic_link_loop_and_dangling_link_reported(documents_run: JsonRun) -> None:
    for path in ("loop.md", "dangling.md"):
        findings = documents_run.files[path]["findings"]
        assert [(f["code"], f["severity"]) for f in findings] == [("PL001", "error")]
    assert "symbolic links" in documents_run.files["loop.md"]["findings"][0]["message"]
    assert documents_run.completed.returncode == 1


def test_undecodable_files_reported_and_others_checked(repo_json: JsonRun) -> None:
    latin1 = repo_json.files["leaflets/latin1.md"]["findings"]
    assert [(f["code"], f["name"], f["severity"], f["line"]) for f in latin1] == [
        ("PL001", "unreadable-file", "error", 1)
    ]
    assert "not valid UTF-8 (byte 0xE9 on line 1)" in latin1[0]["message"]
    binary = repo_json.files["leaflets/photo.md"]["findings"]
    assert [f["code"] for f in binary] == ["PL001"]
    assert "binary" in binary[0]["message"]
    checked = [e for e in repo_json.report["files"]
               if not e["exempt"] and e["path"] not in ("leaflets/latin1.md", "leaflets/photo.md")]
    assert len(checked) == 5
    assert all(entry["grade"] is not None for entry in checked)


def test_utf16_files_with_a_byte_order_mark_are_read(check_json: Callable[..., JsonRun],
                                                    tmp_path: Path) -> None:
    # Windows Notepad saves "Unicode" as UTF-16 with a byte-order mark; a mark with bytes
    # that are not UTF-16 after it (a lone surrogate) is still a clear PL001.  The paths come
    # before and after an option, as a CI maintainer may write them.
    text = "# Your medicine\n\nTake 5 mg of warfarin every morning. Do not skip a dose.\n"
    (tmp_path / "notepad.md").write_bytes(text.encode("utf-16"))
    (tmp_path / "utf8.md").write_text(text, encoding="utf-8")
    (tmp_path / "broken.md").write_bytes(b"\xff\xfe" + "Take".encode("utf-16-le") + b"\x00\xd8")
    run = check_json("notepad.md", "--jobs", "1", "utf8.md", "broken.md", cwd=tmp_path)
    assert sorted(run.files) == ["broken.md", "notepad.md", "utf8.md"]
    assert run.files["notepad.md"]["findings"] == run.files["utf8.md"]["findings"]
    grades = {entry["path"]: entry["grade"] for entry in run.report["files"]}
    assert grades["notepad.md"] == grades["utf8.md"] is not None
    broken = run.files["broken.md"]["findings"]
    assert [f["code"] for f in broken] == ["PL001"]
    assert "UTF-16 byte-order mark but is not valid" in broken[0]["message"]


def test_gitignored_excluded_and_exempt_files(repo_json: JsonRun) -> None:
    assert sorted(repo_json.files) == [
        "clinicians/dosing-guidance.md",
        "consent/blood-transfusion-consent.md",
        "consent/colonoscopy-consent.md",
        "leaflets/after-your-operation.txt",
        "leaflets/asthma.html",
        "leaflets/diabetes.md",
        "leaflets/latin1.md",
        "leaflets/photo.md",
    ]  # not drafts/ nor *.tmp.md (.gitignore), not templates/ (exclude), not pyproject.toml
    exempt = repo_json.files["clinicians/dosing-guidance.md"]
    assert exempt["exempt"] is True and exempt["findings"] == [] and exempt["grade"] is None


def _offset(source: str, line: int, column: int) -> int:
    starts = [0] + [i + 1 for i, char in enumerate(source) if char == "\n"]
    return starts[line - 1] + column - 1


@pytest.mark.parametrize("path", ["leaflets/diabetes.md", "leaflets/asthma.html"])
def test_locations_point_at_the_text_in_the_file(repo: Path, repo_json: JsonRun,
                                                 path: str) -> None:
    source = (repo / path).read_text("utf-8")
    words = [f for f in repo_json.files[path]["findings"] if f["code"] in ("PL201", "PL203")]
    sentences = [f for f in repo_json.files[path]["findings"] if f["code"] in ("PL301", "PL303")]
    assert len(words) >= 5 and sentences
    for finding in words:  # a word or term: exactly that text at line:column
        start = _offset(source, finding["line"], finding["column"])
        end = _offset(source, finding["end_line"], finding["end_column"])
        assert source[start:end] == finding["text"], finding
        assert (start, end) == (finding["start"], finding["end"])
    for finding in sentences:  # a sentence: it starts at line:column
        start = _offset(source, finding["line"], finding["column"])
        assert source.startswith(finding["text"].split()[0], start), finding


def test_locations_known_positions(repo: Path, repo_json: JsonRun) -> None:
    def position(path: str, text: str) -> tuple[int, int]:
        source = (repo / path).read_text("utf-8")
        index = source.index(text)
        return source.count("\n", 0, index) + 1, index - source.rfind("\n", 0, index)

    def found(path: str, text: str) -> list[tuple[int, int]]:
        return [(f["line"], f["column"]) for f in repo_json.files[path]["findings"]
                if f["text"] == text]

    assert found("leaflets/diabetes.md", "glycemic") == [position("leaflets/diabetes.md",
                                                                  "glycemic")]
    assert found("leaflets/asthma.html", "bronchospasm") == [position("leaflets/asthma.html",
                                                                      "bronchospasm")]
    # the code block's "postprandial hyperglycaemia" is not read
    assert found("leaflets/diabetes.md", "postprandial") == []


def test_html_chrome_not_read(repo: Path, repo_json: JsonRun) -> None:
    source = (repo / "leaflets/asthma.html").read_text("utf-8").splitlines()
    chrome = {number for number, line in enumerate(source, start=1)
              if "<nav>" in line or "&copy;" in line}
    assert len(chrome) == 2
    lines = {f["line"] for f in repo_json.files["leaflets/asthma.html"]["findings"]}
    assert not lines & chrome
    assert lines - {1}  # it did find things in the page's main content


def test_parallel_jobs_folders_globs_and_explicit_ignored_file(
    check_json: Callable[..., JsonRun], repo: Path, repo_json: JsonRun
) -> None:
    # A subfolder (the root's .gitignore still applies in it), quoted globs for plainly to
    # expand, and a Git-ignored file named outright (which is then checked), with 2 processes.
    run = check_json("--jobs", "2", "leaflets", "consent/*.md", "clinicians/**/*.md",
                     "drafts/new-leaflet.md", cwd=repo)
    assert run.completed.returncode == 1
    files = run.files
    drafts = files.pop("drafts/new-leaflet.md")
    assert "PL301" in [f["code"] for f in drafts["findings"]]
    assert files == repo_json.files  # the same documents and findings as --jobs 1 on "."


def _git(root: Path, *args: str) -> None:
    environment = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
                   "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", *args],
                   cwd=root, env=environment, check=True, capture_output=True)


def test_diff_checks_changed_and_untracked_documents(check_json: Callable[..., JsonRun],
                                                     fresh_repo: Path) -> None:
    _git(fresh_repo, "init", "-q")
    _git(fresh_repo, "add", "-A")
    _git(fresh_repo, "commit", "-q", "-m", "leaflets")
    with (fresh_repo / "leaflets/diabetes.md").open("a", encoding="utf-8") as handle:
        handle.write("\nAsk your nurse about a free eye test every year.\n")
    (fresh_repo / "leaflets/new-leaflet.md").write_text("# New\n\nDrink water.\n", "utf-8")
    (fresh_repo / "drafts/another.md").write_text("# Ignored\n\nA draft.\n", "utf-8")
    (fresh_repo / "consent/colonoscopy-consent.md").unlink()  # deleted: nothing to check
    run = check_json("--diff", "HEAD", "--jobs", "1", cwd=fresh_repo)
    assert sorted(run.files) == ["leaflets/diabetes.md", "leaflets/new-leaflet.md"]
    failed = any(f["severity"] == "error" for e in run.report["files"] for f in e["findings"])
    assert run.completed.returncode == (1 if failed else 0)
