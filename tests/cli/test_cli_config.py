"""Configuration and exit codes of ``plainly check``: precedence, validation, allow, severity."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_support import JsonRun, Run

from literacy.cli import main

CONSENT = "consent/colonoscopy-consent.md"
CONSENT_WITH_FRONT_MATTER = "consent/blood-transfusion-consent.md"
LEAFLET = "leaflets/diabetes.md"
EASY = "leaflets/after-your-operation.txt"


def _limits(run: JsonRun, path: str) -> set[int]:
    """The sentence-length limits the PL301 findings of ``path`` were measured against."""
    return {f["data"]["limit"] for f in run.files[path]["findings"] if f["code"] == "PL301"}


def test_precedence_override_front_matter_and_file(repo_json: JsonRun) -> None:
    # default 8 < file (9) < override for consent/** (6) < the document's front matter (7)
    assert repo_json.files[LEAFLET]["target_grade"] == 9
    assert repo_json.files[EASY]["target_grade"] == 9
    assert repo_json.files[CONSENT]["target_grade"] == 6
    assert repo_json.files[CONSENT_WITH_FRONT_MATTER]["target_grade"] == 7
    # the override's max_sentence_words (15) beats the file's (22)
    assert _limits(repo_json, CONSENT) == {15}
    # the consent form's grade is above its override target: PL101, an error by default
    consent = repo_json.files[CONSENT]
    assert consent["grade"] > 6
    pl101 = [f for f in consent["findings"] if f["code"] == "PL101"]
    assert [f["severity"] for f in pl101] == ["error"]


def test_precedence_flag_beats_everything(check_json: Callable[..., JsonRun],
                                          repo: Path) -> None:
    run = check_json("--target-grade", "12", "--max-sentence-words", "30",
                     "--max-jargon-density", "1", "--jobs", "1",
                     "consent", "leaflets/diabetes.md", cwd=repo)
    for path in (CONSENT, CONSENT_WITH_FRONT_MATTER, LEAFLET):
        entry = run.files[path]
        assert (entry["target_grade"], entry["max_jargon_density"]) == (12, 1)
        assert "PL101" not in run.codes(path) and "PL204" not in run.codes(path)
    assert _limits(run, CONSENT) <= {30}
    assert run.completed.returncode == 0


def test_exit_0_and_configuration_found_walking_up(check_json: Callable[..., JsonRun],
                                                    repo: Path) -> None:
    # Run from leaflets/: the repository's pyproject.toml is found in the folder above.
    run = check_json("--jobs", "1", "after-your-operation.txt", cwd=repo / "leaflets")
    assert run.completed.returncode == 0, run.completed.stderr
    entry = run.files["after-your-operation.txt"]
    assert entry["target_grade"] == 9
    assert [f for f in entry["findings"] if f["severity"] == "error"] == []


def test_exit_1_when_an_error_finding(repo_json: JsonRun) -> None:
    assert repo_json.completed.returncode == 1
    errors = [f for e in repo_json.report["files"] for f in e["findings"]
              if f["severity"] == "error"]
    assert errors and repo_json.report["summary"]["errors"] == len(errors)


def test_unknown_key_is_exit_2_naming_key_and_file(plainly: Run, tmp_path: Path) -> None:
    config = tmp_path / "pyproject.toml"
    config.write_text("[tool.plainly]\ntarget_grade = 7\ntagret_grade = 6\n", "utf-8")
    (tmp_path / "a.md").write_text("# A\n\nShort text.\n", "utf-8")
    completed = plainly("check", cwd=tmp_path)
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr == (
        f"plainly: {config}: unknown key 'tagret_grade' in [tool.plainly] (did you mean "
        "'target_grade'?); known keys: target_grade, max_jargon_density, max_sentence_words, "
        "severity, allow, communication_min, require, variant, jargon_threshold, include, "
        "exclude, extensions, overrides, translations\n"
    )


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ('[[overrides]]\npaths = ["a/**"]\nexclude = ["x"]\n',
         "unknown key 'exclude' in [[overrides]] number 1 (it can only be set at the top level"),
        ("[[overrides]]\ntarget_grade = 6\n", "[[overrides]] number 1 needs 'paths'"),
        ("target_grade = 25\n", "'target_grade' at the top level must be a number from 0 to 20"),
        ("max_jargon_density = 5\n", "'max_jargon_density' at the top level must be a share"),
        ("max_sentence_words = 2.5\n", "must be a whole number of 1 or more, not 2.5"),
        ('[severity]\njargonn = "error"\n', "names an unknown rule 'jargonn'"),
        ('[severity]\njargon = "fatal"\n', "gives 'jargon' the level 'fatal'"),
        ('allow = "CareLine"\n', "'allow' at the top level must be a list of strings"),
        ("target_grade = [\n", "not valid TOML"),
        ("exempt = true\n", "unknown key 'exempt' at the top level (it can only be set in an"),
    ],
)
def test_invalid_configuration_is_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str], config: str,
                                         expected: str) -> None:
    # In-process (no pipeline is loaded before the configuration is read): fast.
    (tmp_path / ".plainly.toml").write_text(config, "utf-8")
    (tmp_path / "a.md").write_text("Short text.\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"plainly: {tmp_path / '.plainly.toml'}: ")
    assert expected in captured.err


def test_bad_flag_is_exit_2_from_the_console_script(plainly: Run, repo: Path) -> None:
    completed = plainly("check", "--target-grade", "30", cwd=repo)
    assert completed.returncode == 2
    assert "argument --target-grade: must be a number from 0 to 20" in completed.stderr
    assert "Traceback" not in completed.stderr


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--target-grade", "30"], "must be a number from 0 to 20"),
        (["--target-grade", "six"], "must be a number from 0 to 20"),
        (["--max-jargon-density", "1.5"], "must be a share from 0 to 1"),
        (["--max-sentence-words", "0"], "must be a whole number of 1 or more"),
        (["--jobs", "0"], "must be a whole number of 1 or more"),
        (["--variant", "en-AU"], "must be one of 'en-US', 'en-GB'"),
        (["--jargon-threshold", "2"], "must be a number from 0 to 1"),
        (["--format", "xml"], "invalid choice"),
        (["no/such/folder"], "no such file or folder: no/such/folder"),
        (["--config", "missing.toml"], "no such configuration file"),
        (["--diff", "no-such-revision"], "git "),
    ],
)
def test_usage_errors_are_exit_2(repo: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str], args: list[str],
                                 expected: str) -> None:
    monkeypatch.chdir(repo)
    code: object
    try:
        code = main(["check", *args])
    except SystemExit as exit_:  # argparse's own errors
        code = exit_.code
    assert code == 2
    captured = capsys.readouterr()
    assert expected in captured.err
    assert "Traceback" not in captured.err


def test_explicit_config_file_and_allow(check_json: Callable[..., JsonRun], repo: Path,
                                        tmp_path: Path, repo_json: JsonRun) -> None:
    config = tmp_path / "strict.toml"
    config.write_text('target_grade = 5\n[severity]\nPL201 = "error"\nstacked-jargon = "off"\n',
                      "utf-8")
    run = check_json("--config", str(config), "--jobs", "1", LEAFLET, cwd=repo)
    leaflet = run.files[LEAFLET]
    assert leaflet["target_grade"] == 5
    codes = run.codes(LEAFLET)
    assert "PL201" in codes and "PL303" not in codes
    assert {f["severity"] for f in leaflet["findings"] if f["code"] == "PL201"} == {"error"}

    # The repository's own configuration allows "metformin"; strict.toml does not.
    def metformin(entry: dict[str, Any]) -> list[str]:
        return [f["text"] for f in entry["findings"] if f["text"].lower() == "metformin"]

    assert metformin(leaflet) == ["Metformin"]
    assert metformin(repo_json.files[LEAFLET]) == []


def test_severity_off_in_file(repo_json: JsonRun) -> None:
    # pyproject.toml turns passive-voice off; the consent form has passive sentences.
    codes = {f["code"] for entry in repo_json.report["files"] for f in entry["findings"]}
    assert "PL302" not in codes
    assert "PL201" in codes


def test_jargon_density_budget(repo_json: JsonRun) -> None:
    checked = [e for e in repo_json.report["files"] if e["jargon_density"] is not None]
    assert {e["jargon_density"] > 0.05 for e in checked} == {True, False}
    for entry in checked:
        pl204 = [f for f in entry["findings"] if f["code"] == "PL204"]
        if entry["jargon_density"] > entry["max_jargon_density"]:
            assert [f["severity"] for f in pl204] == ["error"]
            assert pl204[0]["data"]["density"] == pytest.approx(entry["jargon_density"],
                                                                abs=1e-4)
        else:
            assert pl204 == []


def test_variant_and_jargon_threshold_from_the_configuration(plainly: Run, tmp_path: Path
                                                              ) -> None:
    (tmp_path / "leaflet.md").write_text(
        "# Diarrhoea\n\nSee your GP if the diarrhoea lasts more than 7 days. Give paracetamol "
        "for a fever. Pruritus is common.\n", encoding="utf-8")
    us = plainly("check", "--format", "json", cwd=tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.plainly]\nvariant = "en-GB"\njargon_threshold = 0.99\n', encoding="utf-8")
    gb = plainly("check", "--format", "json", cwd=tmp_path)
    files = [json.loads(run.stdout)["files"][0] for run in (us, gb)]
    flagged = [{f["text"] for f in file["findings"] if f["code"] in ("PL201", "PL203")}
               for file in files]
    assert "Pruritus" in flagged[0]  # hard, flagged at the default threshold
    assert not flagged[1]  # nothing is at a difficulty of 0.99
    assert files[1]["grade"] < files[0]["grade"]  # GP, paracetamol: everyday UK words
    flags = plainly("check", "--format", "json", "--variant", "en-US", "--jargon-threshold",
                    "0.5", cwd=tmp_path)  # the flags beat the configuration file
    assert json.loads(flags.stdout)["files"][0]["grade"] == files[0]["grade"]
    assert "Pruritus" in {f["text"] for f in json.loads(flags.stdout)["files"][0]["findings"]}
    (tmp_path / "pyproject.toml").write_text('[tool.plainly]\nvariant = "en-AU"\n',
                                             encoding="utf-8")
    bad = plainly("check", cwd=tmp_path)
    assert bad.returncode == 2
    assert "'variant'" in bad.stderr and "en-GB" in bad.stderr
