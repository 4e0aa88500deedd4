"""The classic readability formulas, exactly as published, as pure functions of counts.

Each returns ``None`` when the text has no words or no sentences: the score is undefined,
not zero.  The counting rules (what a word, a syllable, a letter is) live in
``literacy.parsing``; given the same counts these agree with a hand calculation.
"""

from __future__ import annotations

from dataclasses import dataclass
from math import sqrt


@dataclass(frozen=True)
class Counts:
    """What the formulas count in a text."""

    words: int
    sentences: int
    syllables: int
    polysyllables: int  # words of three or more syllables
    complex_words: int  # Gunning's "hard words" (see gunning_fog)
    monosyllables: int
    unfamiliar_words: int  # words not on the Dale-Chall list of familiar words
    characters: int  # letters and digits in words
    letters: int

    @property
    def measurable(self) -> bool:
        return self.words > 0 and self.sentences > 0


def flesch_reading_ease(c: Counts) -> float | None:
    """Flesch Reading Ease (Flesch 1948, "A new readability yardstick", J. Appl. Psychol. 32).

    FRE = 206.835 − 1.015·(words/sentences) − 84.6·(syllables/words); higher is easier.
    """
    if not c.measurable:
        return None
    return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words)


def flesch_kincaid_grade(c: Counts) -> float | None:
    """Flesch-Kincaid Grade Level (Kincaid, Fishburne, Rogers & Chissom 1975, Navy report 8-75).

    FKGL = 0.39·(words/sentences) + 11.8·(syllables/words) − 15.59.
    """
    if not c.measurable:
        return None
    return 0.39 * (c.words / c.sentences) + 11.8 * (c.syllables / c.words) - 15.59


def smog(c: Counts) -> float | None:
    """SMOG grade (McLaughlin 1969, "SMOG grading: a new readability formula", J. Reading 12).

    The regression form, scaled to a 30-sentence sample:
    SMOG = 1.0430·√(polysyllables·30/sentences) + 3.1291.
    """
    if not c.measurable:
        return None
    return 1.0430 * sqrt(c.polysyllables * 30 / c.sentences) + 3.1291


def gunning_fog(c: Counts) -> float | None:
    """Gunning Fog Index (Gunning 1952, "The Technique of Clear Writing").

    Fog = 0.4·(words/sentences + 100·complex/words).  A complex word has three or more
    syllables, and is not a proper noun, not a hyphenated compound, and not made three
    syllables only by an -ed or -es ending (Gunning's three exceptions).
    """
    if not c.measurable:
        return None
    return 0.4 * (c.words / c.sentences + 100 * c.complex_words / c.words)


def coleman_liau(c: Counts) -> float | None:
    """Coleman-Liau Index (Coleman & Liau 1975, J. Appl. Psychol. 60(2)).

    CLI = 0.0588·L − 0.296·S − 15.8, with L letters per 100 words and S sentences per
    100 words.  (textstat uses 0.058, which is not the published coefficient.)
    """
    if not c.measurable:
        return None
    letters_per_100 = 100 * c.letters / c.words
    sentences_per_100 = 100 * c.sentences / c.words
    return 0.0588 * letters_per_100 - 0.296 * sentences_per_100 - 15.8


def automated_readability_index(c: Counts) -> float | None:
    """Automated Readability Index (Senter & Smith 1967, AMRL-TR-66-220).

    ARI = 4.71·(characters/words) + 0.5·(words/sentences) − 21.43, characters being letters
    and digits.
    """
    if not c.measurable:
        return None
    return 4.71 * (c.characters / c.words) + 0.5 * (c.words / c.sentences) - 21.43


def dale_chall(c: Counts) -> float | None:
    """New Dale-Chall raw score (Dale & Chall 1948; Chall & Dale 1995, "Readability Revisited").

    raw = 0.1579·PDW + 0.0496·(words/sentences), plus 3.6365 when PDW > 5, where PDW is the
    percentage of words not on the list of about 3,000 familiar words.
    """
    if not c.measurable:
        return None
    difficult_percent = 100 * c.unfamiliar_words / c.words
    raw = 0.1579 * difficult_percent + 0.0496 * (c.words / c.sentences)
    return raw + 3.6365 if difficult_percent > 5 else raw


def forcast(c: Counts) -> float | None:
    """FORCAST grade (Caylor, Sticht, Fox & Ford 1973, HumRRO).

    FORCAST = 20 − M/10, where M is the number of one-syllable words in a 150-word sample;
    for a text of another length M is scaled to 150 words.  It ignores sentences, so it is
    defined for any text with words.
    """
    if c.words == 0:
        return None
    return 20 - (c.monosyllables * 150 / c.words) / 10


SCORES = {
    "flesch_reading_ease": flesch_reading_ease,
    "flesch_kincaid_grade": flesch_kincaid_grade,
    "smog": smog,
    "gunning_fog": gunning_fog,
    "coleman_liau": coleman_liau,
    "ari": automated_readability_index,
    "dale_chall": dale_chall,
    "forcast": forcast,
}
