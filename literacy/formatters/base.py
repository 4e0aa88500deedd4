"""What every formatter receives, and the pieces they share.

A formatter is a function ``emit(stream, results, context)`` that writes one run's results
(``literacy.checker.results.FileResult``, in path order) to a text stream.  Formatters never
write document text other than each finding's own ``text``: extra finding data is passed on
only where it is a number or a flag.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from literacy.checker.codes import rule_for
from literacy.checker.results import FileResult
from literacy.findings import Finding


@dataclass(frozen=True)
class EmitContext:
    """About the run rather than its results: tool version, colours, the working folder."""

    version: str
    cwd: Path
    color: bool = False


Formatter = Callable[[TextIO, Sequence[FileResult], EmitContext], None]


def public_data(finding: Finding) -> dict[str, Any]:
    """The finding's extra data that is safe to write out: numbers and flags only."""
    return {
        key: value
        for key, value in finding.data.items()
        if value is None or isinstance(value, bool | int | float)
    }


def finding_dict(finding: Finding) -> dict[str, Any]:
    """A finding as JSON: like ``Finding.to_dict()``, with only safe extra data."""
    span = finding.span
    return {
        "code": finding.code,
        "name": rule_for(finding.code).name,
        "severity": finding.level,
        "message": finding.message,
        "line": span.line,
        "column": span.column,
        "end_line": span.end_line,
        "end_column": span.end_column,
        "start": span.start,
        "end": span.end,
        "text": finding.text,
        "suggestions": [suggestion.to_dict() for suggestion in finding.suggestions],
        "data": public_data(finding),
    }


def location(result: FileResult, finding: Finding) -> str:
    """``path:line:col``, as editors and terminals link it."""
    return f"{result.path}:{finding.span.line}:{finding.span.column}"
