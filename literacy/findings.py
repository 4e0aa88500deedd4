"""Findings: what the engine tells a writer about a place in the text, and the codes it uses.

A finding is a small value (after ruff's and flake8's diagnostics): a stable code, a
severity, a message, the span it points at, and suggestions a writer can apply.
Codes are grouped by family and never reused once retired: PL0xx a file the checker could
not read as a document (``plainly check``), PL1xx readability of the whole document, PL2xx
vocabulary, PL3xx sentence structure, PL4xx translations, PL5xx clear communication
(``literacy.communication``).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from literacy.reading import line_starts

Severity = Literal["suggestion", "warning", "error"]
SEVERITIES: tuple[Severity, ...] = get_args(Severity)
Applicability = Literal["safe", "unsafe", "display_only"]
SuggestionAction = Literal["replace", "explain", "rewrite"]


@dataclass(frozen=True)
class Rule:
    """A finding code: its name, default severity and what it is about."""

    code: str
    name: str
    severity: Severity
    summary: str


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule("PL001", "unreadable-file", "error",
             "The file cannot be read as UTF-8 text, so it was not checked."),
        Rule("PL002", "invalid-front-matter", "error",
             "The document's front matter cannot be parsed, or its Plainly settings are "
             "invalid."),
        Rule("PL003", "unscored-language", "warning",
             "The document is in a language Plainly cannot score, so it was not graded "
             "(plainly check)."),
        Rule("PL101", "grade-above-target", "error",
             "The document's reading grade is above its target grade."),
        Rule("PL102", "no-words", "warning", "The document has no words to measure."),
        Rule("PL201", "jargon", "warning",
             "A medical or bureaucratic term many readers will not know."),
        Rule("PL202", "undefined-abbreviation", "warning",
             "An abbreviation or acronym that the text does not spell out."),
        Rule("PL203", "rare-word", "suggestion",
             "A rare word, found by its frequency or its medical word-formation."),
        Rule("PL204", "jargon-density", "error",
             "More of the document's words are jargon than its budget allows."),
        Rule("PL205", "simpler-word", "suggestion",
             "A common but wordy word with a plainer alternative."),
        Rule("PL301", "long-sentence", "warning", "A sentence longer than the set maximum."),
        Rule("PL302", "passive-voice", "suggestion", "A sentence in the passive voice."),
        Rule("PL303", "stacked-jargon", "warning", "A sentence with several jargon terms."),
        Rule("PL401", "missing-language", "error",
             "A required translation, or one given, has no text."),
        Rule("PL402", "missing-segment", "error",
             "A passage of the source has no counterpart in the translation."),
        Rule("PL403", "extra-segment", "warning",
             "A passage of the translation has no counterpart in the source."),
        Rule("PL404", "untranslated-segment", "error",
             "A passage of the translation is still in the source language."),
        Rule("PL405", "number-mismatch", "error",
             "A number, dose, phone number, date or address differs from the source: "
             "a patient-safety error."),
        Rule("PL406", "stale-translation", "warning",
             "The source changed after the translation was last updated."),
        Rule("PL501", "main-message-late", "warning",
             "The title and opening do not give the main message; the first action comes "
             "late."),
        Rule("PL502", "no-summary", "suggestion",
             "A document of more than 200 words without a key-points summary."),
        Rule("PL503", "no-action", "warning",
             "The document asks the reader to do nothing specific."),
        Rule("PL504", "actions-not-listed", "suggestion",
             "Three or more actions given in running text rather than as a list of steps."),
        Rule("PL505", "no-help-contact", "warning",
             "Symptoms, medicines or treatments are discussed, but not whom to contact."),
        Rule("PL506", "reader-not-addressed", "suggestion",
             "Advice about “patients” or “people” instead of to the reader."),
        Rule("PL507", "unclear-number", "warning",
             "A percentage without a natural frequency, a decimal, a fraction or a sum left "
             "to the reader."),
        Rule("PL508", "risk-without-baseline", "warning",
             "A risk or change in risk without its baseline."),
        Rule("PL509", "section-structure", "suggestion",
             "A section longer than 150 words, or a generic heading."),
        Rule("PL510", "series-not-listed", "suggestion",
             "A long series of items in a sentence instead of a bulleted list."),
        Rule("PL511", "communication-below-minimum", "error",
             "The clear-communication score is below the configured minimum, or a required "
             "item is not met (plainly check)."),
    )
}


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A replacement for ``source[start:end]``.

    ``action`` says what it does: ``replace`` a term with plain words of the same meaning,
    ``explain`` a term by keeping it and adding plain words in brackets, or ``rewrite`` a
    sentence.  ``applicability`` says whether it is safe to apply without reading (ruff's
    safe / unsafe / display-only): only explanations, which keep every word, are ``safe``.
    """

    replacement: str
    start: int
    end: int
    applicability: Applicability = "unsafe"
    action: SuggestionAction = "replace"

    def to_dict(self) -> dict[str, Any]:
        return {
            "replacement": self.replacement,
            "start": self.start,
            "end": self.end,
            "applicability": self.applicability,
            "action": self.action,
        }


@dataclass(frozen=True, slots=True)
class Span:
    """A range of the source: character offsets and 1-based line and column of both ends."""

    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def of(cls, source: str, start: int, end: int, lines: list[int] | None = None) -> Span:
        """The span of ``source[start:end]``; ``lines`` (line start offsets) saves a rescan."""
        starts = lines if lines is not None else line_starts(source)
        line, column = _line_column(starts, start)
        end_line, end_column = _line_column(starts, end)
        return cls(start, end, line, column, end_line, end_column)


def _line_column(starts: list[int], offset: int) -> tuple[int, int]:
    line = bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing to tell the writer, at one place in the text."""

    code: str
    message: str
    span: Span
    text: str
    severity: Severity | None = None  # None: the rule's default
    suggestions: tuple[Suggestion, ...] = field(default=())
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def rule(self) -> Rule:
        return RULES[self.code]

    @property
    def level(self) -> Severity:
        return self.severity or self.rule.severity

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.rule.name,
            "severity": self.level,
            "message": self.message,
            "start": self.span.start,
            "end": self.span.end,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "text": self.text,
            "suggestions": [suggestion.to_dict() for suggestion in self.suggestions],
            **self.data,
        }
