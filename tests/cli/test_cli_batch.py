"""``plainly check`` analyses a batch of files together (one ``Engine.analyze_with`` per
language and options), and each file still gets the result it gets when checked alone."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from cli_support import JsonRun, make_leaflet_repository

from literacy.checker.config import Layer
from literacy.checker.discovery import ConfigFinder, discover
from literacy.checker.results import FileResult
from literacy.checker.runner import Checker, FileTask, make_task
from literacy.engine import MAX_INPUT_CHARS, Engine, Options

SPANISH = (
    "# Vivir con diabetes\n\n"
    "La diabetes es una enfermedad que eleva el azúcar en la sangre. Tome su medicina "
    "todos los días, aunque se sienta bien. Camine treinta minutos al día.\n\n"
    "Llame a su médico si tiene mucha sed, orina con frecuencia o ve borroso. La "
    "hiperglucemia persistente puede causar complicaciones microvasculares.\n"
)
UK = (
    "# Anaemia in pregnancy\n\n"
    "Anaemia means you have fewer red blood cells than usual. Your GP may give you iron "
    "tablets. Take them with orange juice, not with tea.\n"
)
OWN_SETTINGS = (
    "---\nplainly:\n  target_grade: 4\n  max_sentence_words: 8\n---\n\n"
    "# After your operation\n\n"
    "You may feel tired and a little sore for a few days after the operation, which is "
    "normal. Ring the ward if the wound becomes red, hot or swollen.\n"
)
# Valid UTF-8 with no NUL byte, but control characters: refused as binary when it is read.
CONTROL_CHARACTERS = "Take one tablet. " + "\x01\x02\x03\x04\x05\x06" * 20 + "\n"
# Small enough in bytes to be read, but more characters than the engine takes: the engine
# refuses it, in a batch as alone.
TOO_LONG = "Take one tablet.\n" * (MAX_INPUT_CHARS // 17 + 1)


@pytest.fixture(scope="module")
def mixed_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The leaflet repository (configuration overrides, an exempt folder, an allow list,
    HTML, plain text, Latin-1 and binary files) with Spanish files found by their path, a
    UK English folder, a file with its own settings and a file the engine cannot read."""
    root = make_leaflet_repository(tmp_path_factory.mktemp("mixed") / "repo")
    with (root / "pyproject.toml").open("a", encoding="utf-8") as config:
        config.write('\n[[tool.plainly.overrides]]\npaths = ["uk/**"]\nvariant = "en-GB"\n'
                     "jargon_threshold = 0.3\n")
    (root / "leaflets" / "diabetes.es.md").write_text(SPANISH, "utf-8")
    (root / "es").mkdir()
    (root / "es" / "diabetes.md").write_text(SPANISH.replace("treinta", "veinte"), "utf-8")
    (root / "uk").mkdir()
    (root / "uk" / "anaemia.md").write_text(UK, "utf-8")
    (root / "leaflets" / "own-settings.md").write_text(OWN_SETTINGS, "utf-8")
    (root / "leaflets" / "controls.md").write_text(CONTROL_CHARACTERS, "utf-8")
    (root / "leaflets" / "too-long.txt").write_text(TOO_LONG, "utf-8")
    return root


def _tasks(root: Path) -> list[FileTask]:
    """The tasks ``plainly check`` makes for every document under ``root``."""
    candidates = discover([], root, ConfigFinder(None, root))
    return [make_task(candidate, root, Layer()) for candidate in candidates]


def _timeless(results: Sequence[FileResult]) -> list[FileResult]:
    return [replace(result, seconds=0.0) for result in results]


def test_a_batch_gives_each_file_the_result_it_gets_alone(
    mixed_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tasks = _tasks(mixed_repo)
    calls: list[int] = []
    analyze_with = Engine.analyze_with

    def counted(self: Engine, texts: Sequence[str | bytes], options: Options) -> Any:
        calls.append(len(texts))
        return analyze_with(self, texts, options)

    monkeypatch.setattr(Engine, "analyze_with", counted)
    checker = Checker()
    together = checker.check_batch(tasks)
    batched = list(calls)
    alone = [checker.check_batch([task])[0] for task in tasks]

    assert _timeless(together) == _timeless(alone)
    assert [result.path for result in together] == [task.display for task in tasks]
    analysed = [result for result in together if result.words is not None]
    assert sum(batched) == len(analysed) + 1  # the file the engine refused was sent too
    assert len(batched) < sum(batched)  # files sharing language and settings went together
    by_path = {result.path: result for result in together}
    for unreadable in ("leaflets/latin1.md", "leaflets/photo.md", "leaflets/controls.md",
                       "leaflets/too-long.txt"):
        assert [f.code for f in by_path[unreadable].findings] == ["PL001"], unreadable
    assert "binary" in by_path["leaflets/controls.md"].findings[0].message
    assert "characters" in by_path["leaflets/too-long.txt"].findings[0].message
    assert by_path["clinicians/dosing-guidance.md"].exempt
    for spanish in ("leaflets/diabetes.es.md", "es/diabetes.md"):
        assert by_path[spanish].grade is not None
        assert "hiperglucemia" in {f.text.casefold() for f in by_path[spanish].findings}
    assert by_path["leaflets/own-settings.md"].target_grade == 4
    assert "PL301" in {f.code for f in by_path["leaflets/own-settings.md"].findings}
    assert by_path["consent/colonoscopy-consent.md"].target_grade == 6
    assert by_path["uk/anaemia.md"].grade is not None


def test_a_batch_with_an_option_out_of_range_fails_only_its_group(mixed_repo: Path) -> None:
    """A value the engine refuses (set here past the configuration's checks) makes only the
    files that share it unreadable."""
    tasks = _tasks(mixed_repo)
    broken = {"leaflets/diabetes.es.md"}
    tasks = [replace(task, settings=replace(task.settings, jargon_threshold=2.0))
             if task.display in broken else task for task in tasks]
    results = {result.path: result for result in Checker().check_batch(tasks)}
    assert [f.code for f in results["leaflets/diabetes.es.md"].findings] == ["PL001"]
    assert "jargon_threshold" in results["leaflets/diabetes.es.md"].findings[0].message
    assert results["es/diabetes.md"].grade is not None


def test_jobs_2_reports_what_jobs_1_reports(
    check_json: Callable[..., JsonRun], mixed_repo: Path
) -> None:
    one = check_json("--jobs", "1", cwd=mixed_repo)
    two = check_json("--jobs", "2", cwd=mixed_repo)
    assert one.completed.returncode == two.completed.returncode == 1, two.completed.stderr
    assert json.dumps(one.report["files"]) == json.dumps(two.report["files"])
    assert one.report["summary"] == two.report["summary"]
