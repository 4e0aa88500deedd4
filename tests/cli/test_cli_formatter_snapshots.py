"""Exact snapshots of every output format, from fixed results (no engine, so they only change
when a formatter does).  ``PLAINLY_UPDATE_SNAPSHOTS=1 pytest tests/cli`` rewrites them."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import jsonschema
import pytest
from cli_support import DATA

from literacy.checker.codes import rule_for
from literacy.checker.results import FileResult
from literacy.findings import Finding, Span, Suggestion
from literacy.formatters import FORMATTERS, EmitContext, sarif

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("PLAINLY_UPDATE_SNAPSHOTS") == "1"

RESULTS = [
    FileResult(
        path="consent/form.md",
        findings=(
            Finding("PL101", "The reading grade is 9.4, above the target of 6.",
                    Span(0, 0, 1, 1, 1, 1), "", severity="error",
                    data={"grade": 9.4, "target_grade": 6.0, "hardest_sentence": "Secret text."}),
            Finding("PL201", "“diabetes mellitus” is jargon. Say “diabetes” instead.",
                    Span(40, 57, 3, 12, 3, 29), "diabetes mellitus", severity="warning",
                    suggestions=(Suggestion("diabetes", 40, 57, "safe"),)),
            Finding("PL302", "Passive voice: say who does what.", Span(60, 84, 4, 1, 5, 3),
                    "It was given by the nurse", severity="suggestion"),
        ),
        format="markdown", grade=9.4, target_grade=6.0, jargon_density=0.0312,
        max_jargon_density=0.05, words=120, suppressed=1, seconds=0.25,
        notes=("1 sentence in Spanish is not checked: this report reads English.",),
    ),
    FileResult(
        path="pages/notes, v2: draft.html",
        findings=(
            Finding("PL204", "12.0% of the words are jargon,\nabove the budget of 5.0%.",
                    Span(0, 0, 1, 1, 1, 1), "", severity="error",
                    data={"density": 0.12, "max_jargon_density": 0.05}),
        ),
        format="html", grade=7.25, target_grade=8.0, jargon_density=0.12,
        max_jargon_density=0.05, words=300, seconds=0.5,
    ),
    FileResult(
        path="pages/old.md",
        findings=(Finding("PL001", "The file is not valid UTF-8 (byte 0xE9 on line 2), so it "
                          "was not checked; save it as UTF-8.", Span(0, 0, 2, 1, 2, 1), "",
                          severity="error"),),
        format="markdown",
    ),
    FileResult(path="clinicians/dosing.md", format="markdown", exempt=True),
    FileResult(
        path="pages/french.md",
        findings=(Finding("PL003", "The text looks like French (fr); Plainly scores English "
                          "and Spanish only, so it was not graded.", Span(0, 0, 1, 1, 1, 1),
                          "", severity="warning"),),
        format="markdown", seconds=0.1, unscored_language="fr",
    ),
    FileResult(
        path="pages/leaflet.zh-Hant.md", format="markdown", unscored_language="zh-Hant",
        notes=("Not graded: its path names Chinese (zh-Hant), and Plainly scores English and "
               "Spanish only.",),
    ),
]
CONTEXT = EmitContext(version="0.0.test", cwd=Path("/srv/leaflets"))


def _emit(name: str, context: EmitContext = CONTEXT) -> str:
    stream = io.StringIO()
    FORMATTERS[name](stream, RESULTS, context)
    return stream.getvalue()


def _check_snapshot(name: str, output: str) -> None:
    expected = SNAPSHOTS / name
    if UPDATE:
        expected.write_text(output, "utf-8")
    assert output == expected.read_text("utf-8")


@pytest.fixture(autouse=True)
def fixed_rule_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """SARIF lists every known rule with its help: a fixed table here, so the snapshot does
    not change when the engine gains a rule or rewords one's documentation."""
    rules = {code: rule_for(code)
             for code in ("PL001", "PL003", "PL101", "PL201", "PL204", "PL302")}
    monkeypatch.setattr(sarif, "all_rules", lambda: dict(rules))
    monkeypatch.setattr(sarif, "rule_help", lambda code: f"{code}: help for {rules[code].name}.")


@pytest.mark.parametrize(("name", "extension"), [
    ("text", "txt"), ("json", "json"), ("sarif", "sarif"), ("github", "txt"), ("junit", "xml"),
])
def test_formatter_snapshot(name: str, extension: str) -> None:
    _check_snapshot(f"formatter.{name}.{extension}", _emit(name))


def test_text_formatter_colour_snapshot() -> None:
    coloured = EmitContext(version="0.0.test", cwd=Path("/srv/leaflets"), color=True)
    _check_snapshot("formatter.text-colour.txt", _emit("text", coloured))


def test_formatter_snapshot_sarif_is_valid() -> None:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    log = json.loads(_emit("sarif"))
    assert [error.message for error in validator.iter_errors(log)] == []
    uris = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            for r in log["runs"][0]["results"]]
    assert "pages/notes%2C%20v2%3A%20draft.html" in uris


@pytest.mark.parametrize("name", sorted(FORMATTERS))
def test_formatters_never_write_other_document_text(name: str) -> None:
    assert "Secret text." not in _emit(name)


def test_formatters_handle_no_results() -> None:
    outputs = {}
    for name, emit in FORMATTERS.items():
        stream = io.StringIO()
        emit(stream, [], CONTEXT)
        outputs[name] = stream.getvalue()
    assert outputs["text"] == "No documents to check.\n"
    assert outputs["github"] == ""
    assert json.loads(outputs["json"])["files"] == []
    assert json.loads(outputs["sarif"])["runs"][0]["results"] == []
    assert 'tests="0"' in outputs["junit"]
