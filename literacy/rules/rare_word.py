"""PL203 rare-word.

What it does: flags a word that is in no word list but that few readers will know: a word in
the rare frequency band (wordfreq Zipf < 3), or an uncommon word built like a medical term
(-itis, -ectomy, -emia, hyper-, drug-name stems such as -statin or -mab).
Why it matters: word lists are never complete; a new drug name or a Latin term a writer
copied from a chart is still jargon to a patient.
Example: "Take the empagliflozin in the morning." — say what the medicine is for.
Options: none; proper names and numbers are never flagged.
"""

from __future__ import annotations

from collections.abc import Iterator

from literacy.findings import Finding
from literacy.rules.context import RuleContext, term_finding


def check(context: RuleContext) -> Iterator[Finding]:
    for term in context.ranked_jargon:
        if term.kind in ("rare", "morphology") and not term.explained:
            why = "is built like a medical term" if term.kind == "morphology" else "is rare"
            yield term_finding(
                context, "PL203", term,
                f"“{term.text}” {why}; many readers will not know it. Use a plainer word or "
                "explain it in the sentence.",
            )
