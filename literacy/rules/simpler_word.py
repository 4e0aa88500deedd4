"""PL205 simpler-word.

What it does: suggests a plainer word for a common but wordy one from the plain-language
lists ("provide" → "give", "additional" → "more", "prior to" → "before").
Why it matters: readers know these words, so they are not jargon and do not count towards
jargon density; but a short everyday word is read faster (plainlanguage.gov, "Use simple
words and phrases").
Example: "Please provide your card." → "Please give your card."
Options: none.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext, term_finding


def check(context: RuleContext) -> Iterator[Finding]:
    for term in context.jargon:
        if term.kind == "wordy" and term.suggestions:
            options = " or ".join(f"“{option}”" for option in term.suggestions[:3])
            yield term_finding(
                context, "PL205", term, f"“{term.text}” has a plainer word: {options}."
            )
