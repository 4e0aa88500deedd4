"""PL101 grade-above-target.

What it does: flags a document whose headline reading grade is above its target grade.
Why it matters: guidelines ask for patient material at grade 6 (AMA) to below 8 (NIH);
a leaflet at grade 12 is one many patients cannot use.
Example: a consent form at grade 11.4 against a target of 8.
Options: ``target_grade``.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext


def check(context: RuleContext) -> Iterator[Finding]:
    grade, target = context.grade, context.targets.target_grade
    if grade is None or grade <= target or not context.parsed.sentences:
        return
    hardest = max(
        zip(context.sentence_grades, context.parsed.sentences, strict=True),
        key=lambda pair: -1.0 if pair[0] is None else pair[0],
    )[1]
    yield Finding(
        code="PL101",
        message=f"The reading grade is {grade:.1f}, above the target of {target:g}. "
        "Start with the hardest sentences and the jargon.",
        span=context.span(0, 0),
        text="",
        data={"grade": round(grade, 2), "target_grade": target, "hardest_sentence": hardest.text},
    )
