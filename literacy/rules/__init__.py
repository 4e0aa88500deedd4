"""The rules that turn measures into findings, one rule per module.

Each module has a ``check(context)`` that yields findings; ``RULE_CHECKS`` lists them in the
order their findings are reported.  Codes and default severities live in
``literacy.findings.RULES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from literacy.findings import Finding
from literacy.rules import (
    grade_above_target,
    jargon_term,
    long_sentence,
    no_words,
    passive_voice,
    rare_word,
    simpler_word,
    stacked_jargon,
    undefined_abbreviation,
)
from literacy.rules.context import RuleContext

RULE_CHECKS: tuple[Callable[[RuleContext], Iterator[Finding]], ...] = (
    grade_above_target.check,
    no_words.check,
    jargon_term.check,
    undefined_abbreviation.check,
    rare_word.check,
    simpler_word.check,
    long_sentence.check,
    passive_voice.check,
    stacked_jargon.check,
)

__all__ = ["RULE_CHECKS", "RuleContext"]
