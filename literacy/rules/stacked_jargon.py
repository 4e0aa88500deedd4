"""PL303 stacked-jargon.

What it does: flags a sentence with three or more unexplained hard terms.
Why it matters: each unknown word costs the reader; several in one sentence usually lose
the whole sentence, even when each term alone could be guessed.
Example: "Postoperative hypotension and tachycardia may indicate hypovolemia."
Options: none.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext

STACKED_TERMS = 3


def check(context: RuleContext) -> Iterator[Finding]:
    per_sentence = Counter(term.sentence for term in context.jargon if term.is_fault)
    for index, count in sorted(per_sentence.items()):
        if count >= STACKED_TERMS:
            sentence = context.parsed.sentences[index]
            yield Finding(
                code="PL303",
                message=f"This sentence has {count} hard terms. Explain them, or split the "
                "sentence so each idea gets its own.",
                span=context.span(sentence.start, sentence.end),
                text=sentence.text,
                data={"terms": count},
            )
