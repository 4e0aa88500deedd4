"""The headline grade's fitter (``bench/fit_grade_en.py``) on texts whose true ordering is known:
it recovers the weight that made the ordering, and its cross-validation never lets a fit see
the text it scores or the held-out split."""

import importlib.util
import math
import random
import sys
from dataclasses import asdict
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from literacy.formulas import Counts
from literacy.grade import Vocabulary, adjustments, fkgl_given

FITTER = Path(__file__).resolve().parents[2] / "bench" / "fit_grade_en.py"
RARE_WEIGHT = 200.0  # the weight the synthetic human judgements are made with


@pytest.fixture(scope="module")
def fitter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fit_grade_en", FITTER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["fit_grade_en"] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    return module


def _text(rng: random.Random) -> dict[str, Any]:
    words = rng.randint(20, 200)
    sentences = rng.randint(1, max(1, words // 8))
    counts = Counts(words, sentences, syllables=words + rng.randint(0, words), polysyllables=0,
                    complex_words=0, monosyllables=0, unfamiliar_words=0,
                    characters=5 * words, letters=5 * words)
    rare = rng.randint(0, words // 5)
    vocabulary = Vocabulary(rare=rare, length_log=words * math.log(words / sentences))
    return {**asdict(counts), **asdict(vocabulary)}


def _true_score(f: dict[str, Any], fitter: ModuleType) -> float:
    counts, vocabulary = fitter.as_counts(f)
    base = fkgl_given(counts, vocabulary)
    assert base is not None
    return base + RARE_WEIGHT * adjustments(counts, vocabulary)["rare"]


def _sets(fitter: ModuleType) -> list[Any]:
    """A pair set judged by the true score, and a rated set (with a held-out split) whose
    levels are the true score with noise."""
    rng = random.Random(7)
    features = [_text(rng) for _ in range(800)]
    pairs = []
    for i in range(0, len(features), 2):
        a, b = _true_score(features[i], fitter), _true_score(features[i + 1], fitter)
        pairs.append((i, i + 1) if a > b else (i + 1, i))
    rated = [_text(rng) for _ in range(600)]
    levels = [(i, _true_score(f, fitter) + rng.gauss(0, 1), "dev" if i % 4 == 0 else "train")
              for i, f in enumerate(rated)]
    return [fitter.Dataset("pairs", "plain_easier", features, pairs, []),
            fitter.Dataset("medreadme", "spearman_vs_human", rated, [], levels)]


def test_the_fit_recovers_the_weight_that_ordered_the_texts(fitter: ModuleType) -> None:
    (weight,) = fitter.fit(_sets(fitter), ["rare"])
    assert 0.8 * RARE_WEIGHT < weight < 1.2 * RARE_WEIGHT, weight


def test_cross_validation_scores_each_pair_once_with_a_fit_that_did_not_see_it(
    fitter: ModuleType,
) -> None:
    sets = _sets(fitter)
    pairs, rated = sets
    fold_of = [n % fitter.FOLDS for n in range(len(pairs.pairs))]
    held = [fitter._fold(pairs, fold_of, k, keep=True).pairs for k in range(fitter.FOLDS)]
    assert sorted(p for fold in held for p in fold) == sorted(pairs.pairs)
    for k, fold in enumerate(held):
        assert not set(fold) & set(fitter._fold(pairs, fold_of, k, keep=False).pairs)
    rated_folds = [n % fitter.FOLDS for n in range(len(rated.levels))]
    for keep in (True, False):
        part = fitter._fold(rated, rated_folds, 0, keep=keep)
        assert part.levels and all(split == "train" for _, _, split in part.levels)
    held_out = fitter.cross_validated(sets, ["rare"])
    assert held_out["pairs"] > 0.95 and held_out["medreadme"] > 0.8, held_out


def test_the_scale_is_not_set_by_a_few_far_outlying_texts(fitter: ModuleType) -> None:
    # Ten of 800 texts with a feature value far beyond the rest (as a few abstracts dense
    # with statistics are) leave the scale where the other texts put it.
    sets = _sets(fitter)
    plain = fitter.calibration(sets, ["rare"], [RARE_WEIGHT])
    for f in sets[0].features[:10]:
        f["rare"] = f["words"]
    assert fitter.calibration(sets, ["rare"], [RARE_WEIGHT]) == pytest.approx(plain, rel=0.05)
