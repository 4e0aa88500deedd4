"""The rules that turn measures into findings, one rule per module.

Each module has a ``check(context)`` that yields findings; ``RULE_CHECKS`` lists them in the
order their findings are reported.  Codes and default severities live in
``literacy.findings.RULES``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from literacy.findings import Finding
from literacy.rules import grade_above_target, long_sentence
from literacy.rules.context import RuleContext

RULE_CHECKS: tuple[Callable[[RuleContext], Iterator[Finding]], ...] = (
    grade_above_target.check,
    long_sentence.check,
)

__all__ = ["RULE_CHECKS", "RuleContext"]
