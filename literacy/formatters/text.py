"""``--format text``: one line per finding, then a table of the documents, then totals.

    consent/form.md:1:1: PL101 The reading grade is 9.1, above the target of 6. …
    consent/form.md:14:1: PL301 This sentence has 24 words; …
    consent/form.md: note: 1 sentence in Spanish is not checked: this report reads English.

    document         grade  target  jargon  errors  warnings  suggestions
    consent/form.md    9.1       6    2.1%       1         1            0

    Checked 1 document: 1 error, 1 warning, 0 suggestions.

A document in a language Plainly cannot score shows ``not scored`` for its grade, target
and jargon density.

A message is written on one line (its white space folded).  Colours (by severity) only
when ``context.color`` is set: the command line sets it for a terminal, unless ``NO_COLOR``
is set.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TextIO

from literacy.checker.results import FileResult, Totals
from literacy.formatters.base import EmitContext, location

_RESET = "\x1b[0m"
_STYLES = {
    "error": "\x1b[1;31m",
    "warning": "\x1b[33m",
    "suggestion": "\x1b[36m",
    "path": "\x1b[1m",
    "good": "\x1b[32m",
    "bad": "\x1b[31m",
}
_Paint = Callable[[str, str], str]
_COLUMNS = ("grade", "target", "jargon", "errors", "warnings", "suggestions")


def emit(stream: TextIO, results: Sequence[FileResult], context: EmitContext) -> None:
    """Write the findings, the per-document table and the totals."""

    def paint(style: str, text: str) -> str:
        return f"{_STYLES[style]}{text}{_RESET}" if context.color else text

    for result in results:
        for finding in result.findings:
            stream.write(
                f"{paint('path', location(result, finding))}: "
                f"{paint(finding.level, finding.code)} {' '.join(finding.message.split())}\n"
            )
        for note in result.notes:
            stream.write(f"{paint('path', result.path)}: note: {' '.join(note.split())}\n")
    if not results:
        stream.write("No documents to check.\n")
        return
    if any(result.findings or result.notes for result in results):
        stream.write("\n")
    _table(stream, results, paint)
    stream.write("\n" + Totals.of(results).describe() + "\n")


def _table(stream: TextIO, results: Sequence[FileResult], paint: _Paint) -> None:
    rows = [(result, _cells(result)) for result in results]
    width = max(len("document"), *(len(result.path) for result in results))
    widths = [max(len(name), *(len(cells[i]) for _, cells in rows))
              for i, name in enumerate(_COLUMNS)]
    header = "  ".join(name.rjust(w) for name, w in zip(_COLUMNS, widths, strict=True))
    stream.write(f"{'document'.ljust(width)}  {header}".rstrip() + "\n")
    for result, cells in rows:
        padded = [cell.rjust(w) for cell, w in zip(cells, widths, strict=True)]
        if result.grade is not None and result.target_grade is not None:
            padded[0] = paint("bad" if result.grade > result.target_grade else "good", padded[0])
        line = f"{result.path.ljust(width)}  {'  '.join(padded)}"
        stream.write(line.rstrip() + "\n")


def _cells(result: FileResult) -> list[str]:
    if result.exempt:
        return ["exempt", "", "", "", "", ""]
    if not result.scored:
        return ["not scored", "", "", str(result.count("error")), str(result.count("warning")),
                str(result.count("suggestion"))]
    return [
        "-" if result.grade is None else f"{result.grade:.1f}",
        "-" if result.target_grade is None else f"{result.target_grade:g}",
        "-" if result.jargon_density is None else f"{result.jargon_density:.1%}",
        str(result.count("error")),
        str(result.count("warning")),
        str(result.count("suggestion")),
    ]
