"""The headline grade."""

from __future__ import annotations

from statistics import mean

from literacy.formulas import Counts, coleman_liau, flesch_kincaid_grade, smog

METHOD = "mean of Flesch-Kincaid, SMOG and Coleman-Liau"


def headline_grade(counts: Counts) -> float | None:
    """The mean of three classic grade formulas (to be replaced by a vocabulary-aware grade)."""
    scores = [f(counts) for f in (flesch_kincaid_grade, smog, coleman_liau)]
    known = [score for score in scores if score is not None]
    return mean(known) if known else None
