"""Inline suppressions: HTML comments that switch findings off, in Markdown and HTML alike.

- ``<!-- plainly-disable-next-line jargon -->``: findings that start on the next line;
- ``<!-- plainly-disable -->`` … ``<!-- plainly-enable -->``: findings that start on the lines
  from the one comment to the other (to the end of the file when there is no ``enable``);
- ``<!-- plainly-disable-file -->``: findings anywhere in the file, including the whole-document
  ones (grade above target, jargon density).

Each comment may name codes or rule names, separated by commas or spaces
(``PL201, passive-voice``); with none it applies to every code.  ``plainly-enable`` with
codes ends only the blocks of those codes; without, it ends them all.  Names that match no
rule are ignored.  Suppression works on lines: the comment is read wherever it appears,
even inside a code block.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from literacy.checker.codes import resolve_code
from literacy.findings import Finding

_DIRECTIVE = re.compile(
    r"<!--\s*plainly-(?P<kind>disable-next-line|disable-file|disable|enable)\b"
    r"(?P<codes>[^<>]*?)-->",
    re.IGNORECASE,
)
_END_OF_FILE = 2**31


@dataclass(frozen=True)
class Suppression:
    """Lines ``first``..``last`` (1-based, inclusive) where ``codes`` (None = all) are off."""

    first: int
    last: int
    codes: frozenset[str] | None

    def covers(self, finding: Finding) -> bool:
        return self.first <= finding.span.line <= self.last and (
            self.codes is None or finding.code in self.codes
        )


def parse_suppressions(text: str) -> list[Suppression]:
    """The suppressions written in ``text``."""
    if "plainly-" not in text:
        return []
    suppressions: list[Suppression] = []
    open_blocks: dict[str | None, int] = {}  # code (None = all) -> first line
    for match in _DIRECTIVE.finditer(text):
        kind = match.group("kind").lower()
        codes = _codes(match.group("codes"))
        line = text.count("\n", 0, match.start()) + 1
        end_line = line + match.group(0).count("\n")
        if kind == "disable-next-line":
            suppressions.append(Suppression(end_line + 1, end_line + 1, codes))
        elif kind == "disable-file":
            suppressions.append(Suppression(1, _END_OF_FILE, codes))
        elif kind == "disable":
            for code in (None,) if codes is None else sorted(codes):
                open_blocks.setdefault(code, line)
        else:  # enable
            closing = list(open_blocks) if codes is None else [c for c in codes if c in open_blocks]
            for code in closing:
                suppressions.append(_block(open_blocks.pop(code), end_line, code))
    suppressions.extend(_block(first, _END_OF_FILE, code) for code, first in open_blocks.items())
    return suppressions


def _block(first: int, last: int, code: str | None) -> Suppression:
    return Suppression(first, last, None if code is None else frozenset({code}))


def _codes(written: str) -> frozenset[str] | None:
    tokens = [token for token in re.split(r"[\s,]+", written.strip()) if token]
    if not tokens:
        return None
    return frozenset(code for code in map(resolve_code, tokens) if code is not None)


def apply_suppressions(
    findings: Iterable[Finding], suppressions: Sequence[Suppression]
) -> tuple[list[Finding], int]:
    """The findings no suppression covers, and how many were suppressed."""
    kept: list[Finding] = []
    suppressed = 0
    for finding in findings:
        if any(suppression.covers(finding) for suppression in suppressions):
            suppressed += 1
        else:
            kept.append(finding)
    return kept, suppressed
