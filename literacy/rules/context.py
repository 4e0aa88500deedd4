"""What every rule may read: the parsed text, the measures and the writer's settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from literacy.findings import Finding, Span, Suggestion
from literacy.jargon import JargonTerm
from literacy.parsing import ParsedDocument
from literacy.reading import line_starts


@dataclass(frozen=True)
class Settings:
    """The writer's targets; the defaults follow NIH and plain-language guidance."""

    target_grade: float = 8.0
    max_sentence_words: int = 20


@dataclass
class RuleContext:
    parsed: ParsedDocument
    settings: Settings
    grade: float | None
    sentence_grades: list[float | None]
    jargon: list[JargonTerm]
    _lines: list[int] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.parsed.document.source

    def span(self, start: int, end: int) -> Span:
        if not self._lines:
            self._lines = line_starts(self.source)
        return Span.of(self.source, start, end, self._lines)


def term_finding(context: RuleContext, code: str, term: JargonTerm, message: str) -> Finding:
    """A finding on one jargon term, its plain replacements as suggestions."""
    return Finding(
        code=code,
        message=message,
        span=context.span(term.start, term.end),
        text=term.text,
        suggestions=tuple(
            Suggestion(replacement, term.start, term.end, "unsafe")
            for replacement in term.suggestions
        ),
        data={"kind": term.kind, "lemma": term.lemma, "definition": term.definition},
    )
