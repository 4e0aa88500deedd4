"""The headline grade: Flesch-Kincaid's sentence length and syllables, plus vocabulary and
the decimals of statistics.

    raw   = FKGL + 195·(rare − 0.027) + 135·(mid − 0.070) + 74·jargon + 82·abbreviations
                 + 13·(mean ln(sentence length) − ln 15) + 1300·repeated decimals
    grade = 8 + 0.273·(raw − 8)   (then the ends are compressed, below)

- FKGL is the Flesch-Kincaid Grade Level (``literacy.formulas``); words the reader has been
  given (terms the text explains, terms the writer allowed) count as one syllable, so a
  defined subject term repeated through the text weighs no more than "it"; so does each
  numeral, which is read at a glance as a figure, not spelled out: a phone number
  ("1-800-232-4636", a dozen syllables aloud), a year or a dose weighs no more than a short
  word;
- rare and mid are the shares of words in the rare (Zipf < 3) and mid-frequency
  (3 ≤ Zipf < 4) bands of wordfreq, over all words with letters, names included (a rare
  name is hard to read too), given words excluded; 0.027 and 0.070 are those bands' shares
  of running English in wordfreq itself, so text whose vocabulary is as common as everyday
  English gets no vocabulary adjustment;
- jargon is the share of words inside unexplained listed terms, abbreviations the share of
  words that are unexplained abbreviations or acronyms;
- the sentence-length term adds to FKGL's straight line in sentence length a curve that is
  steep for short sentences and flat for long ones: cutting 30-word sentences to 15 lowers
  the grade, cutting 10-word ones to 5 lowers it more.  It is the logarithm of the length of
  the sentence a word is read in, averaged over words (Σ n·ln n / Σ n over sentences of n
  words), so a one-word heading barely moves it, and it is zero for sentences of 15 words
  (the length plain-language guides advise for the web);
- repeated decimals is the share of words that are decimals following another decimal in
  the same sentence (``literacy.measures.is_decimal``): the statistics of a technical
  abstract ("RR 0.73, 95% CI 0.65 to 0.81") ask the reader to hold and compare several
  precise numbers, hard for readers with low numeracy (Plainly's numbers-clear check,
  ``literacy.communication.numbers``, asks for whole numbers for the same reason), while a
  single dose ("2.5 mL") adds nothing, nor does a decimal followed by its unit, a
  measurement read off a syringe or a scale ("2.5 mL to 7.5 mL").

Each share is computed as if ten words of everyday English (at the baseline shares, with no
jargon) were added to the text: negligible for a leaflet, but it keeps a one-word heading
such as "Flu" from counting as a text made only of uncommon words.

The weights order texts; they spread them about four times as widely as Flesch-Kincaid, so
the raw value is put back on the school-grade scale by a linear map: its slope makes the
grades spread over all development texts as Flesch-Kincaid's do on the same texts (the
interquartile ranges matched, so that the few abstracts dense with statistics do not set
the scale), and it meets Flesch-Kincaid at grade 8, where writers' pass/fail decision
usually falls: text as common as everyday English in 15-word sentences with
Flesch-Kincaid 8 grades 8 (it changes no comparison).  Then a smooth, strictly increasing
compression of its ends: above grade 16 it grows as 16 + 6·(g − 16)/(g − 10), never
reaching 22 (so a wall of jargon reads as "past grade 20", not "grade 35"), and below
grade 1 as 1/(2 − g) (so it stays above 0).  Being strictly increasing, this changes no
comparison between two texts.

The six weights were fitted once with ``bench/fit_grade_en.py``, by pairwise logistic
regression with FKGL's weight held at 1 inside ``raw``, each set weighing the same, on the
development sets in ``../shared/eval``: the Cochrane validation pairs, the PLABA pairs and
the SimpleTICO-19 English dev pairs (original vs plain), the CEFR-SP Wiki-Auto sentences
and the *train* split of MedReadMe (sentences at different human levels); then rounded.
They were not tuned on the MedReadMe dev split, which is reported as held out, and 5-fold
cross-validation on the other sets agrees with the in-sample figures to 0.002.  The README
gives the measured agreement beside FKGL, SMOG and New Dale-Chall, and the number features
tried.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

from literacy.formulas import Counts, flesch_kincaid_grade

METHOD = (
    "8 + 0.273×[Flesch-Kincaid grade (given terms and numerals as one syllable) − 8"
    " + 195×(rare-word share − 0.027) + 135×(mid-frequency share − 0.070)"
    " + 74×(jargon share) + 82×(abbreviation share)"
    " + 13×(mean over words of ln(length of their sentence) − ln 15)"
    " + 1300×(share of decimals, less those with a unit, after the first in their"
    " sentence)]"
)
RARE_BASELINE, MID_BASELINE = 0.027, 0.070
SENTENCE_BASELINE = 15.0
PRIOR_WORDS = 10
WEIGHTS: dict[str, float] = {
    "rare": 195.0,
    "mid": 135.0,
    "jargon": 74.0,
    "abbreviations": 82.0,
    "sentence_length": 13.0,
    "repeated_decimals": 1300.0,
}
"""The weight of each adjustment (see :func:`adjustments`) added to Flesch-Kincaid."""
SCALE = 0.273
"""``SCALE·raw`` spreads over all development texts as Flesch-Kincaid does on the same texts
(interquartile ranges matched, ``bench/fit_grade_en.py``)."""
ANCHOR = 8.0
"""The grade at which the scale meets Flesch-Kincaid exactly: a text of everyday vocabulary
in 15-word sentences (every adjustment zero) with Flesch-Kincaid grade 8, the NIH target,
grades 8, so the pass/fail decision at the usual target is made on the familiar scale."""
OFFSET = ANCHOR * (1 - SCALE)


@dataclass(frozen=True)
class Vocabulary:
    """Word counts by familiarity over the same words as ``Counts``, and their sentence lengths."""

    rare: int = 0
    mid: int = 0
    jargon: int = 0
    abbreviations: int = 0
    given_syllables: int = 0  # syllables beyond one per word, in words the reader was given
    length_log: float = 0.0  # Σ n·ln(n) over sentences of n words
    asides: int = 0  # words inside parentheses (read as an aside; the Spanish grade uses it)
    repeated_decimals: int = 0  # decimals in a sentence after its first ("0.65 to 0.81")
    number_syllables: int = 0  # syllables beyond one per numeral, as read aloud
    # Σ (difficulty − 0.5)·words over the terms more likely hard than not (the Spanish
    # grade uses it; ``literacy.measures.familiarity``)
    difficulty_excess: float = 0.0


def fkgl_given(counts: Counts, vocabulary: Vocabulary) -> float | None:
    """Flesch-Kincaid grade with each word the reader was given, and each numeral, counted as
    one syllable."""
    syllables = counts.syllables - vocabulary.given_syllables - vocabulary.number_syllables
    return flesch_kincaid_grade(replace(counts, syllables=syllables))


def headline_grade(counts: Counts, vocabulary: Vocabulary) -> float | None:
    """The headline grade of a text (None when it has no words or sentences)."""
    base = fkgl_given(counts, vocabulary)
    if base is None:
        return None
    terms = adjustments(counts, vocabulary)
    raw = base + sum(WEIGHTS[name] * terms[name] for name in WEIGHTS)
    return _on_grade_scale(OFFSET + SCALE * raw)


def adjustments(counts: Counts, vocabulary: Vocabulary) -> dict[str, float]:
    """What the grade adds to Flesch-Kincaid, before weighting: each is zero for text as
    common as everyday English in sentences of 15 words (the text must have words and
    sentences)."""
    # Shares are taken as if PRIOR_WORDS words of everyday English were added, so that a
    # one-word heading ("Flu") is not scored as a text made only of mid-frequency words.
    words = counts.words + PRIOR_WORDS
    return {
        "rare": (vocabulary.rare + RARE_BASELINE * PRIOR_WORDS) / words - RARE_BASELINE,
        "mid": (vocabulary.mid + MID_BASELINE * PRIOR_WORDS) / words - MID_BASELINE,
        "jargon": vocabulary.jargon / words,
        "abbreviations": vocabulary.abbreviations / words,
        "sentence_length": vocabulary.length_log / counts.words - math.log(SENTENCE_BASELINE),
        "repeated_decimals": vocabulary.repeated_decimals / words,
    }


def _on_grade_scale(grade: float) -> float:
    if grade > 16:
        return 16 + 6 * (grade - 16) / (grade - 10)
    if grade < 1:
        return 1 / (2 - grade)
    return grade
