"""``--format github``: GitHub Actions workflow commands, shown as annotations on the diff.

    ::warning file=a.md,line=3,col=1,endLine=3,endColumn=9,title=PL201 jargon::Say "sugar"…

Severities map error → ``::error``, warning → ``::warning``, suggestion → ``::notice``.
Values are escaped as the Actions runner expects: in the message ``%``, CR and LF; in the
properties also ``:`` and ``,``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from literacy.checker.codes import rule_for
from literacy.checker.results import FileResult
from literacy.formatters.base import EmitContext

COMMANDS = {"error": "error", "warning": "warning", "suggestion": "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message (``%``, CR, LF)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a command's property value (also ``:`` and ``,``)."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def emit(stream: TextIO, results: Sequence[FileResult], context: EmitContext) -> None:
    """Write one workflow command per finding."""
    for result in results:
        for finding in result.findings:
            span = finding.span
            properties = {
                "file": result.path,
                "line": str(span.line),
                "col": str(span.column),
                "endLine": str(span.end_line),
                "endColumn": str(span.end_column),
                "title": f"{finding.code} {rule_for(finding.code).name}",
            }
            joined = ",".join(f"{key}={escape_property(value)}"
                              for key, value in properties.items())
            stream.write(f"::{COMMANDS[finding.level]} {joined}::{escape_data(finding.message)}\n")
