"""PL301 long-sentence.

What it does: flags a sentence with more words than ``max_sentence_words`` (default 20).
Why it matters: long sentences are the first thing that loses a reader; plain-language
guidance asks for an average of 20 words or fewer in print and 15 on the web.
Example: "If you have been told by your doctor that you should take this medicine with food
and you forget to eat, ..." (25+ words) — split it in two.
Options: ``max_sentence_words``.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext


def check(context: RuleContext) -> Iterator[Finding]:
    limit = context.targets.max_sentence_words
    for sentence in context.parsed.sentences:
        count = len(sentence.words)
        if count > limit:
            yield Finding(
                code="PL301",
                message=f"This sentence has {count} words; try to keep sentences to {limit} "
                "or fewer, for example by splitting it in two.",
                span=context.span(sentence.start, sentence.end),
                text=sentence.text,
                data={"words": count, "limit": limit},
            )
