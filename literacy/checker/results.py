"""What checking gives back: one ``FileResult`` per document, and totals over a run.

These are plain values that cross process boundaries (the worker pool) and feed the
formatters; they hold no document text beyond each finding's own ``text``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from literacy.findings import Finding, Severity


@dataclass(frozen=True)
class FileResult:
    """One document's outcome: its findings (severities resolved) and its headline measures."""

    path: str  # as shown: relative to the working folder when inside it, with "/"
    findings: tuple[Finding, ...] = ()
    format: str | None = None
    grade: float | None = None
    target_grade: float | None = None
    jargon_density: float | None = None
    max_jargon_density: float | None = None
    words: int | None = None
    exempt: bool = False
    suppressed: int = 0
    seconds: float = 0.0
    # The report's notes (what was not measured, and why); they name no document text.
    notes: tuple[str, ...] = ()
    # The language it is in when Plainly cannot score that language (named by its path,
    # "fr" for leaflet.fr.md, or identified in its text: PL003): it has no grade.
    unscored_language: str | None = None

    @property
    def scored(self) -> bool:
        """Whether the document is in a language Plainly scores (exempt ones are, unread)."""
        return self.unscored_language is None

    def count(self, level: Severity) -> int:
        """How many findings have the effective severity ``level``."""
        return sum(1 for finding in self.findings if finding.level == level)

    @property
    def failed(self) -> bool:
        """Whether the document has an error-level finding (it fails the build)."""
        return self.count("error") > 0


@dataclass(frozen=True)
class Totals:
    """Counts over a whole run, for summaries and exit codes."""

    documents: int
    exempt: int
    failed: int
    by_level: Counter[str] = field(default_factory=Counter)
    suppressed: int = 0
    unscored: int = 0  # documents in a language Plainly cannot score: not graded

    @classmethod
    def of(cls, results: Sequence[FileResult]) -> Totals:
        levels: Counter[str] = Counter(
            finding.level for result in results for finding in result.findings
        )
        return cls(
            documents=len(results),
            exempt=sum(result.exempt for result in results),
            failed=sum(result.failed for result in results),
            by_level=levels,
            suppressed=sum(result.suppressed for result in results),
            unscored=sum(not result.scored for result in results),
        )

    @property
    def errors(self) -> int:
        return self.by_level["error"]

    @property
    def warnings(self) -> int:
        return self.by_level["warning"]

    @property
    def suggestions(self) -> int:
        return self.by_level["suggestion"]

    def describe(self) -> str:
        """``Checked 3 documents (1 exempt, 1 not scored): 1 error, 3 warnings, 0
        suggestions.``"""
        text = f"Checked {_plural(self.documents - self.exempt, 'document')}"
        aside = [f"{self.exempt} exempt"] if self.exempt else []
        if self.unscored:
            aside.append(f"{self.unscored} not scored")
        if aside:
            text += f" ({', '.join(aside)})"
        text += (f": {_plural(self.errors, 'error')}, {_plural(self.warnings, 'warning')}, "
                 f"{_plural(self.suggestions, 'suggestion')}")
        if self.suppressed:
            text += f"; {self.suppressed} suppressed"
        return text + "."


def _plural(count: int, word: str) -> str:
    """``"1 error"``, ``"2 errors"``."""
    return f"{count} {word}{'' if count == 1 else 's'}"
