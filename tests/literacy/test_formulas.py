"""Each formula against a hand calculation from its published definition, to 0.01."""

from math import sqrt

import pytest

from literacy.formulas import (
    Counts,
    automated_readability_index,
    coleman_liau,
    dale_chall,
    flesch_kincaid_grade,
    flesch_reading_ease,
    forcast,
    gunning_fog,
    smog,
)

# 150 words, 10 sentences, 210 syllables, 18 polysyllables, 15 complex words,
# 105 monosyllables, 12 unfamiliar words, 690 characters, 680 letters.
COUNTS = Counts(150, 10, 210, 18, 15, 105, 12, 690, 680)
EMPTY = Counts(0, 0, 0, 0, 0, 0, 0, 0, 0)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        # 206.835 - 1.015*15 - 84.6*1.4 = 206.835 - 15.225 - 118.44
        (flesch_reading_ease, 73.17),
        # 0.39*15 + 11.8*1.4 - 15.59 = 5.85 + 16.52 - 15.59
        (flesch_kincaid_grade, 6.78),
        # 1.0430*sqrt(18*30/10) + 3.1291 = 1.0430*sqrt(54) + 3.1291
        (smog, 1.0430 * sqrt(54) + 3.1291),
        # 0.4*(15 + 100*15/150) = 0.4*25
        (gunning_fog, 10.0),
        # L = 453.33, S = 6.667: 0.0588*453.33 - 0.296*6.667 - 15.8
        (coleman_liau, 0.0588 * (68000 / 150) - 0.296 * (1000 / 150) - 15.8),
        # 4.71*4.6 + 0.5*15 - 21.43
        (automated_readability_index, 7.736),
        # PDW = 8% (> 5): 0.1579*8 + 0.0496*15 + 3.6365
        (dale_chall, 0.1579 * 8 + 0.0496 * 15 + 3.6365),
        # 20 - 105/10
        (forcast, 9.5),
    ],
)
def test_formula_matches_hand_calculation(formula, expected):
    assert formula(COUNTS) == pytest.approx(expected, abs=0.01)


def test_dale_chall_adds_constant_only_above_five_percent():
    easy = Counts(100, 10, 130, 5, 5, 80, 5, 400, 400)  # PDW exactly 5%
    assert dale_chall(easy) == pytest.approx(0.1579 * 5 + 0.0496 * 10)


def test_forcast_scales_to_150_words():
    assert forcast(Counts(300, 20, 400, 10, 10, 200, 0, 1200, 1200)) == pytest.approx(10.0)


@pytest.mark.parametrize(
    "formula",
    [flesch_reading_ease, flesch_kincaid_grade, smog, gunning_fog, coleman_liau,
     automated_readability_index, dale_chall, forcast],
)
def test_formula_undefined_for_empty_text(formula):
    assert formula(EMPTY) is None


def test_coleman_liau_uses_published_coefficient():
    # 0.0588, not textstat's 0.058: L = 500, S = 5 gives 29.4 - 1.48 - 15.8
    assert coleman_liau(Counts(100, 5, 150, 0, 0, 0, 0, 500, 500)) == pytest.approx(12.12)
