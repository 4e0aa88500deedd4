"""``--format sarif``: SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

One run; every known rule under ``tool.driver.rules`` with its summary and its help (the
rule's documentation), and one result per finding with its physical location: the file
relative to ``%SRCROOT%`` (the working folder) and the region's start and end line and
column.  Columns count Unicode code points (``columnKind``), as Plainly does.  Severities map
suggestion → ``note``, warning → ``warning``, error → ``error``.  The output validates
against the official SARIF 2.1.0 JSON Schema (tested in ``tests/cli``).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from literacy.checker.codes import all_rules, rule_for, rule_help
from literacy.checker.results import FileResult
from literacy.findings import Finding, Rule
from literacy.formatters.base import EmitContext, public_data

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"suggestion": "note", "warning": "warning", "error": "error"}
SOURCE_ROOT = "%SRCROOT%"


def emit(stream: TextIO, results: Sequence[FileResult], context: EmitContext) -> None:
    """Write one SARIF log with one run."""
    rules = all_rules()
    for result in results:  # codes a newer engine reports that the table does not know yet
        for finding in result.findings:
            rules.setdefault(finding.code, rule_for(finding.code))
    index = {code: position for position, code in enumerate(rules)}
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "plainly",
                "version": context.version,
                "semanticVersion": context.version,
                "rules": [_rule(rule) for rule in rules.values()],
            }},
            "originalUriBaseIds": {SOURCE_ROOT: {"uri": context.cwd.as_uri().rstrip("/") + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": [
                _result(result, finding, index[finding.code])
                for result in results
                for finding in result.findings
            ],
        }],
    }
    json.dump(log, stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def _rule(rule: Rule) -> dict[str, Any]:
    help_text = rule_help(rule.code)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary or rule.name},
        "fullDescription": {"text": help_text},
        "help": {"text": help_text, "markdown": help_text},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": ["health-literacy", _family(rule.code)]},
    }


def _family(code: str) -> str:
    return {
        "PL0": "file", "PL1": "readability", "PL2": "vocabulary", "PL3": "sentence-structure",
        "PL4": "translation",
    }.get(code[:3], "other")


def _result(result: FileResult, finding: Finding, rule_index: int) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(result.path)}
    span = finding.span
    region: dict[str, Any] = {"startLine": span.line}
    if finding.code != "PL001":  # an unreadable file has lines, not columns
        region.update(startColumn=span.column, endLine=span.end_line, endColumn=span.end_column)
    physical["region"] = region
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.level],
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": physical}],
    }
    data = public_data(finding)
    if data:
        entry["properties"] = data
    return entry


def _artifact(path: str) -> dict[str, Any]:
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return {"uri": posix.as_uri()}
    return {"uri": quote(path), "uriBaseId": SOURCE_ROOT}
