"""``--format junit``: JUnit XML, for CI systems that show test reports.

One ``testcase`` per document (its path as the name); one ``failure`` per error-level
finding, with the finding's code as its type and ``path:line:col: CODE message`` as its
text; warnings and suggestions in the case's ``system-out``; an exempt document is
``skipped``, and so is one in a language Plainly cannot score unless it has a failure (a
translation's changed number).  The suite's ``failures`` counts the documents that failed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Sequence
from typing import TextIO

from literacy.checker.results import FileResult, Totals
from literacy.formatters.base import EmitContext, location


def emit(stream: TextIO, results: Sequence[FileResult], context: EmitContext) -> None:
    """Write one ``testsuites`` element holding one ``testsuite``."""
    totals = Totals.of(results)
    failures = str(totals.failed)
    seconds = f"{sum(result.seconds for result in results):.3f}"
    skipped = sum(_skipped(result) is not None for result in results)
    counts = {"tests": str(len(results)), "failures": failures, "errors": "0",
              "skipped": str(skipped), "time": seconds}
    suites = ElementTree.Element("testsuites", {"name": "plainly", **counts})
    suite = ElementTree.SubElement(suites, "testsuite", {"name": "plainly", **counts})
    for result in results:
        case = ElementTree.SubElement(suite, "testcase", {
            "classname": "plainly", "name": result.path, "file": result.path,
            "time": f"{result.seconds:.3f}",
        })
        reason = _skipped(result)
        if reason is not None:
            ElementTree.SubElement(case, "skipped", {"message": reason})
        other: list[str] = []
        for finding in result.findings:
            line = f"{location(result, finding)}: {finding.code} {finding.message}"
            if finding.level == "error":
                failure = ElementTree.SubElement(case, "failure", {
                    "type": finding.code, "message": finding.message,
                })
                failure.text = line
            else:
                other.append(f"{finding.level}: {line}")
        if other:
            ElementTree.SubElement(case, "system-out").text = "\n".join(other)
    ElementTree.indent(suites)
    stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    stream.write(ElementTree.tostring(suites, encoding="unicode"))
    stream.write("\n")


def _skipped(result: FileResult) -> str | None:
    """Why the document's case is skipped, or None when it is run."""
    if result.exempt:
        return "exempt by configuration"
    if not result.scored and not result.failed:
        return f"not scored: in a language Plainly cannot score ({result.unscored_language})"
    return None
