"""``plainly check`` with a clear-communication minimum and required items (PL511), on two
real public-domain leaflets from ``tests/data/leaflets``: one that communicates clearly
(NIDDK, 8 of 9 items) and one that does not (CDC's campaign page: no action, bare
percentages)."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import JsonRun, Run

LEAFLETS = Path(__file__).parents[1] / "data" / "leaflets"
CLEAR = "niddk-blood-pressure-plan.md"
UNCLEAR = "cdc-be-antibiotics-aware.html"
CONFIG = """[tool.plainly]
target_grade = 20
max_jargon_density = 1
communication_min = 0.7
require = ["numbers-clear", "action"]
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    for name in (CLEAR, UNCLEAR):
        shutil.copy(LEAFLETS / name, tmp_path / name)
    (tmp_path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    return tmp_path


def _pl511(run: JsonRun, path: str) -> list[dict[str, object]]:
    return [f for f in run.files[path]["findings"] if f["code"] == "PL511"]


def test_minimum_and_required_items_fail_the_build(check_json: Callable[..., JsonRun],
                                                   project: Path) -> None:
    run = check_json("--jobs", "1", cwd=project)
    assert run.completed.returncode == 1, run.completed.stderr
    assert _pl511(run, CLEAR) == []
    [finding] = _pl511(run, UNCLEAR)
    assert finding["severity"] == "error"
    message = str(finding["message"])
    assert "below the minimum of 70%" in message
    assert "required item “action” is not met" in message
    assert "required item “numbers-clear” is not met" in message
    assert ".." not in message and ".;" not in message  # each item's own full stop is dropped
    data = finding["data"]
    assert isinstance(data, dict) and data["communication_min"] == 0.7
    assert 0 <= data["communication_score"] < 0.7
    # The items' own findings are off unless a severity table turns them on.
    assert not [f for f in run.files[UNCLEAR]["findings"] if f["code"] in ("PL503", "PL507")]


def test_the_clear_leaflet_passes_alone(check_json: Callable[..., JsonRun],
                                        project: Path) -> None:
    run = check_json("--jobs", "1", CLEAR, cwd=project)
    assert run.completed.returncode == 0, run.completed.stdout
    assert _pl511(run, CLEAR) == []


def test_item_findings_can_be_turned_on(check_json: Callable[..., JsonRun],
                                        project: Path) -> None:
    config = project / "pyproject.toml"
    config.write_text(CONFIG + 'severity = {PL507 = "warning", no-action = "warning"}\n',
                      encoding="utf-8")
    run = check_json("--jobs", "1", UNCLEAR, cwd=project)
    codes = run.codes(UNCLEAR)
    assert "PL503" in codes and "PL507" in codes
    number = next(f for f in run.files[UNCLEAR]["findings"] if f["code"] == "PL507")
    assert number["text"] in (project / UNCLEAR).read_text(encoding="utf-8")


@pytest.mark.parametrize("output", ["text", "github", "sarif", "junit"])
def test_every_output_format_carries_the_failure(plainly: Run, project: Path,
                                                 output: str) -> None:
    completed = plainly("check", "--format", output, "--jobs", "1", UNCLEAR, cwd=project)
    assert completed.returncode == 1, completed.stderr
    out = completed.stdout
    assert "PL511" in out
    if output == "sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert [r["level"] for r in results if r["ruleId"] == "PL511"] == ["error"]
    elif output == "junit":
        failures = ElementTree.fromstring(out).iter("failure")
        assert any("PL511" in (failure.text or "") + failure.get("message", "")
                   for failure in failures)
    elif output == "github":
        assert any(line.startswith("::error") and "PL511" in line for line in out.splitlines())


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        ("communication_min = 1.5", "'communication_min' in [tool.plainly] must be a share"),
        ('require = ["numbers"]', "names unknown item(s) 'numbers'"),
        ("require = \"action\"", "must be a list of item ids"),
    ],
)
def test_bad_settings_are_configuration_errors(plainly: Run, tmp_path: Path, setting: str,
                                               expected: str) -> None:
    shutil.copy(LEAFLETS / CLEAR, tmp_path / CLEAR)
    (tmp_path / "pyproject.toml").write_text(f"[tool.plainly]\n{setting}\n", encoding="utf-8")
    completed = plainly("check", CLEAR, cwd=tmp_path)
    assert completed.returncode == 2
    assert expected in completed.stderr
    assert "pyproject.toml" in completed.stderr
