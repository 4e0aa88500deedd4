"""PL202 undefined-abbreviation.

What it does: flags an abbreviation or acronym that the text does not spell out ("PRN",
"COPD"); an abbreviation defined once, as in "chronic obstructive pulmonary disease (COPD)",
is explained there and in every later use.
Why it matters: clinicians' shorthand is opaque to patients, and some (q.d., QOD) are on the
Joint Commission's "do not use" list because even staff misread them.
Example: "Take 1 tablet PRN." → "Take 1 tablet as needed."
Options: none.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext, term_finding


def check(context: RuleContext) -> Iterator[Finding]:
    for term in context.ranked_jargon:
        if term.kind == "abbreviation" and not term.explained:
            if term.definition:
                message = (
                    f"“{term.text}” is an abbreviation ({term.definition}). Spell it out in "
                    "plain words, or define it the first time you use it."
                )
            else:
                message = (
                    f"“{term.text}” looks like an abbreviation that the text does not define. "
                    "Spell it out the first time, e.g. “full name (ABC)”."
                )
            yield term_finding(context, "PL202", term, message)
