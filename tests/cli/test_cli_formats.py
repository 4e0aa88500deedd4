"""``plainly check --format …``: each output format, from the real console script."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from cli_support import DATA, LATIN1_TEXT, JsonRun, Run, copy_repository

from literacy.formatters.github import escape_data, escape_property

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("PLAINLY_UPDATE_SNAPSHOTS") == "1"

FINDING_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>PL\d{3}) \S.*$")
GITHUB_LINE = re.compile(
    r"^::(?P<level>error|warning|notice) file=(?P<file>[^,]+),line=(?P<line>\d+),"
    r"col=(?P<col>\d+),endLine=(?P<end_line>\d+),endColumn=(?P<end_col>\d+),"
    r"title=(?P<code>PL\d{3}) (?P<name>[a-z-]+)::(?P<message>.+)$"
)


def test_text_snapshot_small_fixture(plainly: Run, tmp_path: Path) -> None:
    root = copy_repository("snapshot", tmp_path / "snapshot")
    (root / "broken.md").write_bytes(LATIN1_TEXT)
    completed = plainly("check", "--jobs", "1", cwd=root)
    expected_file = SNAPSHOTS / "snapshot.text.txt"
    if UPDATE:
        expected_file.write_text(completed.stdout, "utf-8")
    assert completed.stdout == expected_file.read_text("utf-8")
    assert completed.returncode == 1
    assert completed.stderr == ""


def test_text_lines_match_json_findings(plainly: Run, repo: Path, repo_json: JsonRun) -> None:
    completed = plainly("check", "--jobs", "1", cwd=repo, env={"NO_COLOR": ""})
    assert completed.returncode == 1
    lines = completed.stdout.splitlines()
    finding_lines = [line for line in lines if FINDING_LINE.match(line)]
    expected = [
        f"{entry['path']}:{f['line']}:{f['column']}: {f['code']} {' '.join(f['message'].split())}"
        for entry in repo_json.report["files"]
        for f in entry["findings"]
    ]
    assert finding_lines == expected
    assert "\x1b[" not in completed.stdout  # not a terminal: no colour
    header = next(line for line in lines if line.startswith("document"))
    assert header.split() == ["document", "grade", "target", "jargon", "errors", "warnings",
                              "suggestions"]
    row = next(line for line in lines if line.startswith("consent/colonoscopy-consent.md "))
    assert row.split()[2] == "6"  # the consent override's target
    assert any(line.split() == ["clinicians/dosing-guidance.md", "exempt"] for line in lines)
    assert lines[-1].startswith("Checked 7 documents (1 exempt): ")


def test_json_report_shape(repo_json: JsonRun) -> None:
    report = repo_json.report
    assert report["tool"]["name"] == "plainly"
    summary = report["summary"]
    findings = [f for entry in report["files"] for f in entry["findings"]]
    assert summary["documents"] == len(report["files"]) == 8
    assert summary["errors"] == sum(f["severity"] == "error" for f in findings)
    assert summary["warnings"] == sum(f["severity"] == "warning" for f in findings)
    diabetes = repo_json.files["leaflets/diabetes.md"]
    assert diabetes["format"] == "markdown"
    assert diabetes["words"] > 100
    assert 0 <= diabetes["jargon_density"] <= 1
    for finding in findings:
        assert set(finding) >= {"code", "name", "severity", "message", "line", "column",
                                "end_line", "end_column", "text", "suggestions"}
        # Extra data never carries document text (PL101's hardest sentence stays out).
        assert all(not isinstance(v, str) for v in finding["data"].values())


def test_sarif_valid_against_official_schema(plainly: Run, repo: Path, tmp_path: Path,
                                             repo_json: JsonRun) -> None:
    output = tmp_path / "plainly.sarif"
    completed = plainly("check", "--format", "sarif", "--output", str(output), "--jobs", "1",
                        cwd=repo)
    assert completed.returncode == 1
    assert completed.stdout == ""
    assert "report written to" in completed.stderr
    log = json.loads(output.read_text("utf-8"))
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])

    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    rule_ids = [rule["id"] for rule in rules]
    assert {"PL001", "PL101", "PL201", "PL204", "PL301"} <= set(rule_ids)
    assert all(rule["help"]["text"] for rule in rules)
    assert next(r for r in rules if r["id"] == "PL101")["defaultConfiguration"]["level"] == "error"
    levels = {"suggestion": "note", "warning": "warning", "error": "error"}
    expected = [
        (entry["path"], f["code"], levels[f["severity"]], f["line"], f["column"])
        for entry in repo_json.report["files"] for f in entry["findings"]
    ]
    got = []
    for result in run["results"]:
        location = result["locations"][0]["physicalLocation"]
        region = location["region"]
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        got.append((location["artifactLocation"]["uri"], result["ruleId"], result["level"],
                    region["startLine"], region.get("startColumn", 1)))
        if "startColumn" in region:
            assert region["endLine"] >= region["startLine"]
    assert got == expected
    assert {r["level"] for r in run["results"]} == {"note", "warning", "error"}


def test_github_annotations(plainly: Run, repo: Path, repo_json: JsonRun) -> None:
    completed = plainly("check", "--format", "github", "--jobs", "1", cwd=repo)
    assert completed.returncode == 1
    lines = completed.stdout.splitlines()
    matches = [GITHUB_LINE.match(line) for line in lines]
    assert all(matches), [line for line, m in zip(lines, matches, strict=True) if not m][:3]
    findings = [(entry["path"], f) for entry in repo_json.report["files"]
                for f in entry["findings"]]
    assert len(lines) == len(findings)
    commands = {"error": "error", "warning": "warning", "suggestion": "notice"}
    for match, (path, finding) in zip(matches, findings, strict=True):
        assert match is not None
        assert match["file"] == path
        assert (int(match["line"]), int(match["col"])) == (finding["line"], finding["column"])
        assert int(match["end_col"]) == finding["end_column"]
        assert match["level"] == commands[finding["severity"]]
        assert match["code"] == finding["code"] and match["name"] == finding["name"]
        assert match["message"] == escape_data(finding["message"])


@pytest.mark.parametrize(
    ("escape", "raw", "escaped"),
    [
        (escape_data, "50% of words\r\nnext", "50%25 of words%0D%0Anext"),
        (escape_data, "a: b, c", "a: b, c"),
        (escape_property, "docs/a,b: c.md", "docs/a%2Cb%3A c.md"),
        (escape_property, "100%\n", "100%25%0A"),
    ],
)
def test_github_escaping(escape: Callable[[str], str], raw: str, escaped: str) -> None:
    assert escape(raw) == escaped


def test_junit_one_case_per_document(plainly: Run, repo: Path, repo_json: JsonRun) -> None:
    completed = plainly("check", "--format", "junit", "--jobs", "1", cwd=repo)
    assert completed.returncode == 1
    suites = ElementTree.fromstring(completed.stdout)
    assert suites.tag == "testsuites"
    cases = suites.findall("./testsuite/testcase")
    assert [case.get("name") for case in cases] == list(repo_json.files)
    for case in cases:
        entry = repo_json.files[case.get("name", "")]
        errors = [f for f in entry["findings"] if f["severity"] == "error"]
        failures = case.findall("failure")
        assert [failure.get("type") for failure in failures] == [f["code"] for f in errors]
        assert (case.find("skipped") is not None) == entry["exempt"]
    suite = suites.find("testsuite")
    assert suite is not None
    failed = sum(any(f["severity"] == "error" for f in e["findings"])
                 for e in repo_json.report["files"])
    assert suite.get("failures") == str(failed)
    assert suite.get("skipped") == "1"
    latin1 = next(case for case in cases if case.get("name") == "leaflets/latin1.md")
    assert [f.get("type") for f in latin1.findall("failure")] == ["PL001"]
