"""PL201 jargon.

What it does: flags a medical or bureaucratic term from the word lists that the text does not
explain, with plain replacements that fit the sentence ("administered" → "given") and a
short plain definition.
Why it matters: readers need to know about 98% of the words to understand a text
(Hu & Nation 2000); one unknown term can hide the instruction it is part of.
Example: "Your hypertension is well controlled." → "Your high blood pressure is well
controlled."
Options: the word lists in ``wordlists/``; a team's own terms can be allowed in ``plainly check``.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext, term_finding


def check(context: RuleContext) -> Iterator[Finding]:
    for term in context.jargon:
        if term.kind == "list" and not term.explained:
            plain = f" Say {_quoted(term.suggestions)} instead." if term.suggestions else ""
            meaning = f" It means: {term.definition}" if term.definition and not plain else ""
            yield term_finding(
                context, "PL201", term, f"“{term.text}” is jargon.{plain}{meaning}"
            )


def _quoted(options: tuple[str, ...]) -> str:
    return " or ".join(f"“{option}”" for option in options[:3])
