"""A document's own settings, from its YAML front matter.

Front matter is a YAML block between ``---`` lines at the very top of a Markdown file (as
Jekyll, Hugo and MkDocs read it, and as ``literacy.reading`` sets it aside from the prose).
Plainly reads two forms::

    ---
    title: Before your colonoscopy
    plainly:
      target_grade: 6
      max_sentence_words: 15
    ---

or a top-level ``target_grade: 6``; the ``plainly`` table wins where both are given.  In the
table, ``target_grade``, ``max_sentence_words`` and ``max_jargon_density`` may be set.
A flag on the command line still overrides them (see ``literacy.checker.config``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import yaml

from literacy.checker.config import VALIDATORS, Layer
from literacy.reading import read_document

DOCUMENT_KEYS = ("target_grade", "max_sentence_words", "max_jargon_density")


@dataclass(frozen=True)
class FrontMatterProblem:
    """Why the front matter's settings could not be used, and on which line (1-based)."""

    message: str
    line: int


def front_matter_settings(text: str, format: str = "markdown"
                          ) -> tuple[Layer, list[FrontMatterProblem]]:
    """The settings in ``text``'s front matter, and the problems found reading them.  The
    front matter is the block the document reader sets aside as not prose
    (:attr:`literacy.reading.Document.front_matter`), so the two never disagree."""
    body = read_document(text, format).front_matter
    if body is None:
        return Layer(), []
    try:
        data: object = yaml.safe_load(body)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = 2 + (mark.line if mark is not None else 0)
        problem = getattr(error, "problem", None) or "invalid YAML"
        return Layer(), [FrontMatterProblem(
            f"The front matter is not valid YAML ({problem}), so its settings were not "
            "used.", line)]
    if not isinstance(data, dict):
        return Layer(), []
    values: dict[str, Any] = {}
    problems: list[FrontMatterProblem] = []
    table = data.get("plainly")
    if "target_grade" in data:
        _take(values, problems, body, "target_grade", data["target_grade"])
    if isinstance(table, dict):
        for key, value in table.items():
            if key in DOCUMENT_KEYS:
                _take(values, problems, body, key, value)
            else:
                problems.append(FrontMatterProblem(
                    f"Unknown key '{key}' under 'plainly' in the front matter; use "
                    f"{', '.join(DOCUMENT_KEYS)}.", _line_of(body, str(key))))
    elif table is not None:
        problems.append(FrontMatterProblem(
            "'plainly' in the front matter must be a table, such as "
            "'plainly: {target_grade: 6}'.", _line_of(body, "plainly")))
    return Layer(**values), problems


def _take(values: dict[str, Any], problems: list[FrontMatterProblem], body: str, key: str,
          value: object) -> None:
    try:
        values[key] = VALIDATORS[key](value)
    except ValueError as error:
        problems.append(FrontMatterProblem(
            f"'{key}' in the front matter {error}, so it was not used.", _line_of(body, key)))


def _line_of(body: str, key: str) -> int:
    """The file line of the last ``key:`` in the front matter body (line 1 is ``---``)."""
    found = list(re.finditer(rf"^[ \t]*{re.escape(key)}[ \t]*:", body, re.MULTILINE))
    if not found:
        return 1
    return 2 + body.count("\n", 0, found[-1].start())
