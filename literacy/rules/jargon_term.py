"""PL201 jargon.

What it does: flags a medical or bureaucratic term from the word lists that the text does not
explain, with plain replacements that fit the sentence ("administered" → "given") and a
short plain definition.
Why it matters: readers need to know about 98% of the words to understand a text
(Hu & Nation 2000); one unknown term can hide the instruction it is part of.
Example: "Take 5 mg of warfarin." → "Take 5 mg of warfarin (a blood thinner)." (a medicine
name is kept and explained, never replaced); "The drug is administered daily." → "The drug is
given daily."
Options: the word lists in ``wordlists/``; a team's own terms can be allowed in ``plainly check``.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.jargon import JargonTerm
from literacy.rules.context import RuleContext, term_finding


def check(context: RuleContext) -> Iterator[Finding]:
    for term in context.ranked_jargon:
        if term.kind == "list" and not term.explained:
            yield term_finding(context, "PL201", term, f"“{term.text}” is jargon.{_advice(term)}")


def _advice(term: JargonTerm) -> str:
    if term.action == "replace":
        return f" Say {_quoted(term.suggestions)} instead."
    if term.action == "explain":
        return (f" Keep the name, and explain it the first time: "
                f"“{term.text} ({term.explanation})”.")
    return f" It means: {term.definition}" if term.definition else ""


def _quoted(options: tuple[str, ...]) -> str:
    return " or ".join(f"“{option}”" for option in options[:3])
