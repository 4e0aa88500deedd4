"""What every rule may read: the parsed text, the measures and the writer's settings."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TypeGuard

from literacy.difficulty import DEFAULT_THRESHOLD
from literacy.findings import Finding, Span, Suggestion
from literacy.jargon import JargonTerm, indefinite_article
from literacy.parsing import ParsedDocument
from literacy.reading import line_starts
from literacy.suggestions import link_end


@dataclass(frozen=True)
class Targets:
    """The writer's targets; the defaults follow NIH and plain-language guidance."""

    target_grade: float = 8.0
    max_sentence_words: int = 20
    jargon_threshold: float = DEFAULT_THRESHOLD


TARGET_GRADES = (0, 20)
"""The target grades a writer may set: US school grades from 0 to 20."""


def is_number_in(value: object, low: float, high: float) -> TypeGuard[float]:
    """Whether ``value`` is a number (not true or false) from ``low`` to ``high``: the check
    of a target, such as ``is_number_in(grade, *TARGET_GRADES)`` (NaN is in no range)."""
    return not isinstance(value, bool) and isinstance(value, int | float) and (
        low <= value <= high
    )


@dataclass
class RuleContext:
    parsed: ParsedDocument
    targets: Targets
    grade: float | None
    sentence_grades: list[float | None]
    jargon: list[JargonTerm]
    _lines: list[int] = field(default_factory=list)

    @property
    def ranked_jargon(self) -> list[JargonTerm]:
        """The terms, hardest first (text order where difficulty is equal or not graded)."""
        return sorted(self.jargon, key=lambda term: -(term.difficulty or 0.0))

    @property
    def source(self) -> str:
        return self.parsed.document.source

    def span(self, start: int, end: int) -> Span:
        if not self._lines:
            self._lines = line_starts(self.source)
        return Span.of(self.source, start, end, self._lines)


def term_finding(context: RuleContext, code: str, term: JargonTerm, message: str) -> Finding:
    """A finding on one jargon term with what the writer can do about it: keep the term and
    explain it at first use (safe: every word stays; after the link when the term is a
    link's text), or replace it with plain words that fit the sentence (the writer decides),
    with "a"/"an" made to agree."""
    suggestions: tuple[Suggestion, ...] = ()
    if term.action == "explain":
        end = link_end(context.source, term.start, term.end)
        suggestions = (
            Suggestion(f"{context.source[term.start : end]} ({term.explanation})", term.start,
                       end, "safe", "explain"),
        )
    elif term.action == "replace":
        suggestions = tuple(
            _replacement(context.source, term, replacement) for replacement in term.suggestions
        )
    return Finding(
        code=code,
        message=message,
        span=context.span(term.start, term.end),
        text=term.text,
        suggestions=suggestions,
        data={"kind": term.kind, "lemma": term.lemma, "definition": term.definition,
              "action": term.action, "difficulty": term.difficulty},
    )


_CONJUNCTIONS = frozenset({"but", "pero"})
"""Plain words that join clauses and take no comma after them: "Sin embargo, la vacuna …"
becomes "Pero la vacuna …", not "Pero, la vacuna …"."""
_COMMA = re.compile(r",(?=[ \t])")


def _replacement(source: str, term: JargonTerm, replacement: str) -> Suggestion:
    """Replace the term (with the comma after it, when the replacement is a conjunction);
    when "a"/"an" stands before it, the article is replaced too so it agrees with the new
    first word ("an IV" → "a drip")."""
    if replacement.lower() in _CONJUNCTIONS and _COMMA.match(source, term.end):
        return Suggestion(replacement, term.start, term.end + 1, "unsafe", "replace")
    if term.article_start is None:
        return Suggestion(replacement, term.start, term.end, "unsafe", "replace")
    article = source[term.article_start : term.start].rstrip()
    wanted = indefinite_article(replacement)
    if article.lower() == wanted:
        return Suggestion(replacement, term.start, term.end, "unsafe", "replace")
    fixed = wanted.capitalize() if article[:1].isupper() else wanted
    return Suggestion(f"{fixed} {replacement}", term.article_start, term.end, "unsafe",
                      "replace")
