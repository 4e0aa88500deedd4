"""The Spanish formulas against hand calculations from their published definitions, to 0.01."""

from math import sqrt

import pytest

from literacy import analyze
from literacy.formulas import Counts
from literacy.spanish import (
    SPANISH_SCORES,
    fernandez_huerta,
    inflesz,
    inflesz_band,
    smog_es,
    sol,
    spanish_grade,
    szigriszt_pazos,
)

# 100 words, 5 sentences, 200 syllables, 20 polysyllables: Sy/W = 2, W/S = 20.
COUNTS = Counts(100, 5, 200, 20, 0, 30, 0, 500, 490)
EMPTY = Counts(0, 0, 0, 0, 0, 0, 0, 0, 0)
NO_SENTENCES = Counts(10, 0, 20, 2, 0, 3, 0, 50, 50)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        # 206.84 - 60*2 - 1.02*20 = 206.84 - 120 - 20.4
        (fernandez_huerta, 66.44),
        # 206.835 - 62.3*2 - 20 = 206.835 - 124.6 - 20
        (szigriszt_pazos, 62.235),
        (inflesz, 62.235),
        # 1.0430*sqrt(20*30/5) + 3.1291 = 1.0430*10.95445 + 3.1291
        (smog_es, 14.5546),
        # -2.51 + 0.74*14.5546
        (sol, 8.2604),
        (spanish_grade, 8.2604),
    ],
)
def test_formula_matches_hand_calculation(formula, expected):
    assert formula(COUNTS) == pytest.approx(expected, abs=0.01)


def test_smog_es_exact_expression():
    assert smog_es(COUNTS) == pytest.approx(1.0430 * sqrt(120) + 3.1291, abs=1e-9)
    assert sol(COUNTS) == pytest.approx(-2.51 + 0.74 * (1.0430 * sqrt(120) + 3.1291), abs=1e-9)


@pytest.mark.parametrize("formula", [*SPANISH_SCORES.values(), spanish_grade])
@pytest.mark.parametrize("counts", [EMPTY, NO_SENTENCES])
def test_formula_undefined_without_words_or_sentences(formula, counts):
    assert formula(counts) is None


def test_sol_of_text_without_polysyllables_is_not_clamped():
    counts = Counts(10, 2, 12, 0, 0, 8, 0, 40, 40)
    assert sol(counts) == pytest.approx(-2.51 + 0.74 * 3.1291, abs=1e-9)  # -0.194


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (-5.0, "muy difícil"),
        (39.99, "muy difícil"),
        (40.0, "algo difícil"),
        (54.99, "algo difícil"),
        (55.0, "normal"),
        (64.99, "normal"),
        (65.0, "bastante fácil"),
        (80.0, "bastante fácil"),
        (80.01, "muy fácil"),
        (120.0, "muy fácil"),
        (None, None),
    ],
)
def test_inflesz_band_boundaries(score, band):
    assert inflesz_band(score) == band


def test_spanish_counts_on_a_text_by_hand():
    # El(1) mé-di-co(3) le(1) re-ce-ta(3) un(1) a-nal-gé-si-co(5) pa-ra(2) la(1)
    # ce-fa-le-a(4) | To-me(2) dos(1) pas-ti-llas(3) al(1) dí-a(2)
    text = "El médico le receta un analgésico para la cefalea. Tome dos pastillas al día."
    counts = analyze(text, lang="es").counts
    assert (counts.words, counts.sentences) == (14, 2)
    assert (counts.syllables, counts.polysyllables) == (30, 5)
    assert counts.monosyllables == 6
    # 206.84 - 60*30/14 - 1.02*7 = 206.84 - 128.571 - 7.14
    assert fernandez_huerta(counts) == pytest.approx(71.13, abs=0.01)
    # 206.835 - 62.3*30/14 - 7 = 206.835 - 133.5 - 7
    assert szigriszt_pazos(counts) == pytest.approx(66.34, abs=0.01)
    assert inflesz_band(szigriszt_pazos(counts)) == "bastante fácil"
    # SMOG = 1.0430*sqrt(5*30/2) + 3.1291 = 12.1617; SOL = -2.51 + 0.74*12.1617
    assert sol(counts) == pytest.approx(6.49, abs=0.01)

