"""The headline grade: Flesch-Kincaid's sentence length and syllables, plus vocabulary.

    grade = FKGL + 85·(rare − 0.027) + 40·(mid − 0.070) + 5·jargon + 50·abbreviations

- FKGL is the Flesch-Kincaid Grade Level (``literacy.formulas``), which keeps the result on
  the familiar US school-grade scale;
- rare and mid are the shares of words in the rare (Zipf < 3) and mid-frequency
  (3 ≤ Zipf < 4) bands of wordfreq, over all words with letters, names included (a rare
  name is hard to read too); 0.027 and 0.070 are those bands' shares of running English in
  wordfreq itself, so text whose vocabulary is as common as everyday English gets its
  Flesch-Kincaid grade;
- jargon is the share of words inside unexplained listed terms, abbreviations the share of
  words that are unexplained abbreviations or acronyms.

Each share is computed as if ten words of everyday English (at the baseline shares, with no
jargon) were added to the text: negligible for a leaflet, but it keeps a one-word heading
such as "Flu" from counting as a text made only of uncommon words.

The result is then kept on the school-grade scale by a smooth, strictly increasing
compression of its ends: above grade 16 it grows as 16 + 4·ln(1 + (g − 16)/4) (so a wall of
jargon reads as "past grade 20", not "grade 35"), and below grade 1 as 1/(2 − g) (so it stays
above 0).  Being strictly increasing, this changes no comparison between two texts.

The four vocabulary weights were fitted once, by pairwise logistic regression with FKGL's
weight held at 1, on the development sets in ``../shared/eval``: the Cochrane validation
pairs, the PLABA pairs and the *train* split of MedReadMe; then rounded.  They were not tuned
on the MedReadMe dev split or on any held-out set.  See the README for the measured agreement.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from literacy.formulas import Counts, flesch_kincaid_grade

METHOD = (
    "Flesch-Kincaid grade + 85×(rare-word share − 0.027) + 40×(mid-frequency share − 0.070)"
    " + 5×(jargon share) + 50×(abbreviation share)"
)
RARE_WEIGHT, RARE_BASELINE = 85.0, 0.027
MID_WEIGHT, MID_BASELINE = 40.0, 0.070
JARGON_WEIGHT = 5.0
PRIOR_WORDS = 10
ABBREVIATION_WEIGHT = 50.0


@dataclass(frozen=True)
class Vocabulary:
    """Word counts by familiarity, over the same words as ``Counts``."""

    rare: int = 0
    mid: int = 0
    jargon: int = 0
    abbreviations: int = 0


def headline_grade(counts: Counts, vocabulary: Vocabulary) -> float | None:
    """The headline grade of a text (None when it has no words or sentences)."""
    base = flesch_kincaid_grade(counts)
    if base is None:
        return None
    # Shares are taken as if PRIOR_WORDS words of everyday English were added, so that a
    # one-word heading ("Flu") is not scored as a text made only of mid-frequency words.
    words = counts.words + PRIOR_WORDS
    rare = (vocabulary.rare + RARE_BASELINE * PRIOR_WORDS) / words
    mid = (vocabulary.mid + MID_BASELINE * PRIOR_WORDS) / words
    return _on_grade_scale(
        base
        + RARE_WEIGHT * (rare - RARE_BASELINE)
        + MID_WEIGHT * (mid - MID_BASELINE)
        + JARGON_WEIGHT * vocabulary.jargon / words
        + ABBREVIATION_WEIGHT * vocabulary.abbreviations / words
    )


def _on_grade_scale(grade: float) -> float:
    if grade > 16:
        return 16 + 4 * math.log(1 + (grade - 16) / 4)
    if grade < 1:
        return 1 / (2 - grade)
    return grade
