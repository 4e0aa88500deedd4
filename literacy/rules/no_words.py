"""PL102 no-words.

What it does: flags a document that has no words to measure: empty, white space only, or
only front matter, markup, code or punctuation.
Why it matters: such a document has no reading grade, so it would otherwise pass every
check silently; usually the wrong file was checked, or its text is where the reader
cannot see it (an image, a script, a code block).
Example: a Markdown file with front matter and no body.
Options: none.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext


def check(context: RuleContext) -> Iterator[Finding]:
    if any(sentence.words for sentence in context.parsed.sentences):
        return
    yield Finding(
        code="PL102",
        message="The document has no words to measure, so it has no reading grade; check that "
        "its text is not all front matter, markup or code.",
        span=context.span(0, 0),
        text="",
    )
