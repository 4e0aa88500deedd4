"""Spanish readability formulas, exactly as published, and Plainly's Spanish headline grade.

The published formulas (Fernández-Huerta, Szigriszt-Pazos/INFLESZ, SOL) take the same
:class:`literacy.formulas.Counts` as the English formulas, counted on the Spanish text:
syllables by Spanish syllabification (``count_syllables(word, lang="es")``) and
polysyllables as words of three or more such syllables.  Each returns ``None`` when the text
has no words or no sentences: the score is undefined, not zero.

Sources
    - Fernández Huerta, J. (1959). Medidas sencillas de lecturabilidad. *Consigna* 214,
      29-32.  Usually quoted as 206.84 - 0.60·P - 1.02·F with P syllables and F sentences
      per 100 words, which *lowers* the score when sentences get shorter.  Law, G. (2011),
      "Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332 (2 June
      2011), showed the error; the corrected form used here reads the two terms as
      syllables per word (x60) and words per sentence (x1.02), parallel to Flesch (1948).
    - Szigriszt Pazos, F. (1993). *Sistemas predictivos de legibilidad del mensaje escrito:
      fórmula de perspicuidad*. Tesis doctoral, Universidad Complutense de Madrid.
    - Barrio-Cantalejo, I. M., Simón-Lorda, P., Melguizo, M., Escalona, I., Marijuán, M. I.,
      & Hernando, P. (2008). Validación de la Escala INFLESZ para evaluar la legibilidad de
      los textos dirigidos a pacientes. *Anales del Sistema Sanitario de Navarra* 31(2),
      135-152 (the INFLESZ bands).
    - Contreras, A., García-Alonso, R., Echenique, M., & Daye-Contreras, F. (1999). The SOL
      formulas for converting SMOG readability scores between health education materials
      written in Spanish, English, and French. *Journal of Health Communication* 4(1), 21-29.
    - McLaughlin, G. H. (1969). SMOG grading: a new readability formula. *Journal of
      Reading* 12(8), 639-646.

The headline grade (:func:`spanish_grade`) is not a published formula: like the English one
(``literacy.grade``) it adds vocabulary to sentence length and syllables, since the
syllable formulas cannot see that "hemorragia" is harder than "sangrado": word frequency
and the graded difficulty of its terms (``literacy.difficulty``, the Spanish model
transferred from the English one, not fitted on these sets).  Its weights were
fitted by pairwise logistic regression on the Spanish development sets only
(CLARA-MeD, Campillos-Llanos et al. 2022; SimpleTICO-19, Shardlow & Alva-Manchego 2022) by
``bench/fit_grade_es.py``, and put on SOL's school-grade scale; the README gives the
measured agreement.  Word frequency is wordfreq's Spanish list (Speer 2022).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from literacy.formulas import Counts, smog
from literacy.grade import PRIOR_WORDS, Vocabulary, _on_grade_scale

__all__ = [
    "GRADE_METHOD",
    "INFLESZ_BANDS",
    "SPANISH_SCORES",
    "InfleszBand",
    "VocabularyShares",
    "fernandez_huerta",
    "inflesz",
    "inflesz_band",
    "sentence_length",
    "smog_es",
    "sol",
    "spanish_grade",
    "szigriszt_pazos",
    "vocabulary_shares",
]

InfleszBand = Literal["muy difícil", "algo difícil", "normal", "bastante fácil", "muy fácil"]

INFLESZ_BANDS: tuple[tuple[float, InfleszBand], ...] = (
    (40.0, "muy difícil"),
    (55.0, "algo difícil"),
    (65.0, "normal"),
    (80.0, "bastante fácil"),
)
"""Upper bounds of the INFLESZ bands, exclusive except 80 (inclusive); above 80 "muy fácil"."""

RARE_BASELINE, MID_BASELINE = 0.035, 0.085
"""Shares of the rare and mid-frequency bands in running Spanish (wordfreq's ``es`` list)."""
INTERCEPT = -1.39
SENTENCE_WEIGHT = 0.23
SYLLABLE_WEIGHT = 2.55
RARE_WEIGHT = 12.8
JARGON_WEIGHT = 12.3
ABBREVIATION_WEIGHT = 9.6
ASIDE_WEIGHT = 2.9
DIFFICULTY_WEIGHT = 56.0
"""Fitted by ``bench/fit_grade_es.py`` on the Spanish development sets (see the README);
the mid-frequency share was tried and got no weight."""
GRADE_METHOD = (
    f"{INTERCEPT:g} + {SENTENCE_WEIGHT:g}×(words outside parentheses per sentence)"
    f" + {SYLLABLE_WEIGHT:g}×(syllables per word)"
    f" + {RARE_WEIGHT:g}×(rare-word share − {RARE_BASELINE:g})"
    f" + {JARGON_WEIGHT:g}×(jargon share) + {ABBREVIATION_WEIGHT:g}×(abbreviation share)"
    f" + {ASIDE_WEIGHT:g}×(share of words in parentheses)"
    f" + {DIFFICULTY_WEIGHT:g}×(Σ (difficulty − 0.5)·words over terms above 0.5, per word)"
)
"""The formula as the report states it, written from the weights above."""


def fernandez_huerta(c: Counts) -> float | None:
    """Fernández-Huerta reading ease (Fernández Huerta 1959), as corrected by Law (2011).

    L = 206.84 - 60·(syllables/words) - 1.02·(words/sentences); higher is easier, on the
    Flesch Reading Ease scale (0-100 for ordinary prose).
    """
    if not c.measurable:
        return None
    return 206.84 - 60 * (c.syllables / c.words) - 1.02 * (c.words / c.sentences)


def szigriszt_pazos(c: Counts) -> float | None:
    """Szigriszt-Pazos perspicuity index (Szigriszt Pazos 1993), also the INFLESZ score.

    P = 206.835 - 62.3·(syllables/words) - (words/sentences); higher is easier.  The INFLESZ
    scale (Barrio-Cantalejo et al. 2008) is this formula read against the bands of
    :func:`inflesz_band`.
    """
    if not c.measurable:
        return None
    return 206.835 - 62.3 * (c.syllables / c.words) - c.words / c.sentences


inflesz = szigriszt_pazos
"""INFLESZ (Barrio-Cantalejo et al. 2008) uses the Szigriszt-Pazos formula unchanged."""


def inflesz_band(score: float | None) -> InfleszBand | None:
    """The INFLESZ band of a Szigriszt-Pazos score (Barrio-Cantalejo et al. 2008).

    < 40 "muy difícil"; 40 to < 55 "algo difícil"; 55 to < 65 "normal"; 65 to 80 "bastante
    fácil"; > 80 "muy fácil".  A score on a boundary goes to the band that starts there,
    except 80, which the published table puts in "bastante fácil" (65-80).  ``None`` for an
    undefined score.
    """
    if score is None:
        return None
    for upper, name in INFLESZ_BANDS:
        if score < upper or (upper == 80.0 and score == upper):
            return name
    return "muy fácil"


def smog_es(c: Counts) -> float | None:
    """SMOG (McLaughlin 1969, :func:`literacy.formulas.smog`) computed on a Spanish text, the
    input to SOL.

    Polysyllables are words of three or more syllables by Spanish syllabification.  On
    Spanish text this is *not* a grade: Spanish words are longer, so it overstates;
    :func:`sol` converts it.
    """
    return smog(c)


def sol(c: Counts) -> float | None:
    """SOL, "SMOG en español" (Contreras et al. 1999), a US school grade for Spanish text.

    SOL = -2.51 + 0.74·SMOG, SMOG computed on the Spanish text (:func:`smog_es`).  The
    regression was fitted so that SOL of a Spanish translation gives the SMOG grade of its
    English original.
    """
    smog_score = smog_es(c)
    if smog_score is None:
        return None
    return -2.51 + 0.74 * smog_score


@dataclass(frozen=True)
class VocabularyShares:
    """Shares of a text's words by familiarity, and of its words in parentheses, as if
    PRIOR_WORDS everyday words were added; ``difficulty`` is the difficulty of its terms
    above even odds, per word (``Vocabulary.difficulty_excess``)."""

    rare: float
    mid: float
    jargon: float
    abbreviations: float
    asides: float
    difficulty: float


def vocabulary_shares(c: Counts, vocabulary: Vocabulary) -> VocabularyShares:
    """The shares :func:`spanish_grade` weighs: rare and mid-frequency words (the bands of
    ``literacy.vocabulary``, by wordfreq's Spanish), unexplained jargon and abbreviations,
    words in parentheses, and the graded difficulty of the terms more likely hard than not
    (``literacy.difficulty``: how far each is above 0.5, times its words).

    Each is taken over the text's words plus PRIOR_WORDS words of everyday Spanish at the
    baseline shares, so a one-word heading is not scored as a text made only of rare words.
    """
    words = c.words + PRIOR_WORDS
    return VocabularyShares(
        rare=(vocabulary.rare + RARE_BASELINE * PRIOR_WORDS) / words,
        mid=(vocabulary.mid + MID_BASELINE * PRIOR_WORDS) / words,
        jargon=vocabulary.jargon / words,
        abbreviations=vocabulary.abbreviations / words,
        asides=vocabulary.asides / words,
        difficulty=vocabulary.difficulty_excess / words,
    )


def spanish_grade(c: Counts, vocabulary: Vocabulary) -> float | None:
    """The headline grade of a Spanish text (None when it has no words or sentences).

    grade = INTERCEPT + SENTENCE_WEIGHT·(sentence length) + SYLLABLE_WEIGHT·(syllables/words)
    + RARE_WEIGHT·(rare − RARE_BASELINE) + JARGON_WEIGHT·jargon
    + ABBREVIATION_WEIGHT·abbreviations + ASIDE_WEIGHT·asides
    + DIFFICULTY_WEIGHT·difficulty, over the shares of
    :func:`vocabulary_shares` and :func:`sentence_length`; then kept on the school-grade
    scale by the same smooth compression of its ends as the English grade
    (``literacy.grade``).  The weights and how they were fitted are in :data:`GRADE_METHOD`
    and the README.
    """
    if not c.measurable:
        return None
    shares = vocabulary_shares(c, vocabulary)
    return _on_grade_scale(
        INTERCEPT
        + SENTENCE_WEIGHT * sentence_length(c, vocabulary)
        + SYLLABLE_WEIGHT * c.syllables / c.words
        + RARE_WEIGHT * (shares.rare - RARE_BASELINE)
        + JARGON_WEIGHT * shares.jargon
        + ABBREVIATION_WEIGHT * shares.abbreviations
        + ASIDE_WEIGHT * shares.asides
        + DIFFICULTY_WEIGHT * shares.difficulty
    )


def sentence_length(c: Counts, vocabulary: Vocabulary) -> float:
    """Words per sentence, leaving out the words in parentheses (at least one word).

    A parenthesis is read as an aside, a gloss the reader may skip: "edema (hinchazón por
    acumulación de líquido)" does not make the sentence the reader must hold longer by five
    words.  Patient versions of CLARA-MeD add such glosses; the share of words in them is
    weighed apart (``asides``).
    """
    return max(c.words - vocabulary.asides, 1) / c.sentences


SPANISH_SCORES = {
    "fernandez_huerta": fernandez_huerta,
    "szigriszt_pazos": szigriszt_pazos,
    "smog_es": smog_es,
    "sol": sol,
}
