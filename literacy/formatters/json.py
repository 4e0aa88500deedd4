"""``--format json``: the whole run as one JSON object.

    {"tool": {"name": "plainly", "version": "0.1.0"},
     "summary": {"documents": 3, "exempt": 1, "unscored": 0, "failed": 1, "errors": 1,
                 "warnings": 2, "suggestions": 0, "suppressed": 0},
     "files": [{"path": "consent/form.md", "format": "markdown", "exempt": false,
                "unscored_language": null, "grade": 9.1, "target_grade": 6.0,
                "jargon_density": 0.021, "max_jargon_density": 0.05, "words": 412, "suppressed": 0,
                "findings": [{"code": "PL101", "name": "grade-above-target",
                              "severity": "error", "message": "…", "line": 1, "column": 1,
                              "end_line": 1, "end_column": 1, "start": 0, "end": 0,
                              "text": "", "suggestions": [], "data": {…}}]}]}

Lines and columns are 1-based; ``start``/``end`` are character offsets into the file.
``unscored_language`` is the language tag of a document Plainly cannot score ("fr"; from its
path, or found in its text with PL003), whose grade and jargon density are then null;
``summary.unscored`` counts them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, TextIO

from literacy.checker.results import FileResult, Totals
from literacy.formatters.base import EmitContext, finding_dict


def emit(stream: TextIO, results: Sequence[FileResult], context: EmitContext) -> None:
    """Write the run as indented JSON."""
    totals = Totals.of(results)
    document: dict[str, Any] = {
        "tool": {"name": "plainly", "version": context.version},
        "summary": {
            "documents": totals.documents,
            "exempt": totals.exempt,
            "unscored": totals.unscored,
            "failed": totals.failed,
            "errors": totals.errors,
            "warnings": totals.warnings,
            "suggestions": totals.suggestions,
            "suppressed": totals.suppressed,
        },
        "files": [_file(result) for result in results],
    }
    json.dump(document, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def _file(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "format": result.format,
        "exempt": result.exempt,
        "unscored_language": result.unscored_language,
        "grade": None if result.grade is None else round(result.grade, 2),
        "target_grade": result.target_grade,
        "jargon_density": (
            None if result.jargon_density is None else round(result.jargon_density, 4)
        ),
        "max_jargon_density": result.max_jargon_density,
        "words": result.words,
        "suppressed": result.suppressed,
        "findings": [finding_dict(finding) for finding in result.findings],
        "notes": list(result.notes),
    }
