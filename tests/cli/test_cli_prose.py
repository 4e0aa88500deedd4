"""``plainly check`` on a Markdown leaflet written for a static site generator and a template
engine: attribute lists, abbreviation definitions and template tags are not read, findings
point at the right line and column, and a linked organisation is not jargon (issue 13,
item 6)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_support import JsonRun, Run

LEAFLET = """---
title: Blood clots
---
# Blood clots {#clots .leaflet}

*[DVT]: deep vein thrombosis
*[A&E]: Accident and Emergency

Dear {{ patient.first_name }},
{: .greeting}

A DVT is a blood clot in a leg. Go to A&E if your leg is hot and swollen. {.warning}

{% if on_anticoagulant %}
Keep taking [warfarin](https://example.org/warfarin){.medicine} every day.
{% endif %}

- [Thrombosis UK](https://example.org/tuk){target=_blank}
- [Anticoagulation Europe](https://example.org/ace)
"""


@pytest.fixture(scope="module")
def prose_run(check_json: Callable[..., JsonRun],
              tmp_path_factory: pytest.TempPathFactory) -> JsonRun:
    root = tmp_path_factory.mktemp("prose")
    (root / ".plainly.toml").write_text("", "utf-8")
    (root / "clots.md").write_text(LEAFLET, "utf-8")
    return check_json("--jobs", "1", cwd=root)


def test_markup_is_not_read_and_findings_point_at_words(prose_run: JsonRun) -> None:
    findings = prose_run.files["clots.md"]["findings"]
    lines = LEAFLET.split("\n")
    for finding in findings:
        line = lines[finding["line"] - 1]
        start = finding["column"] - 1
        if finding["line"] == finding["end_line"]:
            assert line[start : finding["end_column"] - 1] == finding["text"]
        assert not any(mark in finding["text"] for mark in ("{", "}", "*[", "endif"))
    warfarin = [f for f in findings if f["code"] == "PL201" and f["text"] == "warfarin"]
    assert [(f["line"], f["column"]) for f in warfarin] == [(15, 14)]


def test_defined_abbreviations_and_named_links_are_not_flagged(prose_run: JsonRun) -> None:
    findings = prose_run.files["clots.md"]["findings"]
    assert "PL202" not in {finding["code"] for finding in findings}
    texts = {finding["text"] for finding in findings if finding["code"] in ("PL201", "PL203")}
    assert not texts & {"Thrombosis", "Anticoagulation", "DVT", "A&E"}


def test_a_notice_in_other_languages_passes_with_a_note(plainly: Run, tmp_path: Path) -> None:
    """The notice of language services at a leaflet's foot is not read as English: the
    leaflet passes, and the output says which sentences were not checked."""
    notice = Path(__file__).parents[1] / "literacy" / "data" / "language_help_notice.md"
    (tmp_path / "leaflet.md").write_text(notice.read_text("utf-8"), "utf-8")
    text = plainly("check", "--jobs", "1", cwd=tmp_path)
    assert text.returncode == 0, text.stdout
    assert ("leaflet.md: note: 15 sentences in Arabic, Chinese, French, German, Haitian Creole, "
            "Italian, Japanese, Korean, Persian, Polish, Portuguese, Russian, Spanish, Tagalog "
            "and Vietnamese are not checked: this report reads English.") in text.stdout
    report = json.loads(plainly("check", "--format", "json", "--jobs", "1", cwd=tmp_path).stdout)
    assert report["files"][0]["findings"] == []
    assert report["files"][0]["notes"][0].startswith("15 sentences in Arabic")
