"""Fit the English headline grade's weights on the development sets and print its agreement.

usage: python bench/fit_grade_en.py [--eval-dir ../shared/eval] [--cache FILE] [--refresh]
                                    [--features rare,mid,...]

Step 1 reads the human-judged development sets from ``--eval-dir`` (never copied into the
repository; see its README) and runs every text through the real English engine
(``Engine.load("en")``, ``analyze_many`` with the default ``format="auto"``, as
``readability_eval.py project`` calls ``literacy.analyze``), keeping what the headline
grade is given — the document's ``Counts`` and ``Vocabulary`` — and textstat's FKGL, SMOG
and New Dale-Chall scores of the same text.  This is slow (about 6 minutes on a shared
machine), so the features are cached in ``--cache`` (under /tmp) and later runs only fit; a
set cached without a field the engine now counts is extracted again.

Step 2 fits the vocabulary weights by pairwise logistic regression: for a pair of texts
that people ranked (the plain version of a text is easier than the original; a sentence
rated at a lower level is easier than one at a higher level), the probability that the
model ranks them the same way is σ(s·(g(harder) − g(easier))), with
g = FKGL + Σ wᵢ·xᵢ.  FKGL's weight is held at 1 so that g stays a school grade; the fit
finds s and s·wᵢ, with no intercept.  Pairs come from cochrane, plaba and tico_en (original
vs plain), and from cefr and the *train* split of medreadme (sentences at different human
levels, 20,000 random pairs each); each set weighs the same in the fit.  The MedReadMe dev
split is not used for fitting and is reported as held out.

Step 3 prints, per set, the agreement of the fitted formula and of the shipped one
(``literacy.grade.headline_grade`` on the same counts) beside textstat's FKGL, SMOG and New
Dale-Chall, with the metrics of ``readability_eval.py``: the share of pairs where the plain
text scores easier (ties count half), or Spearman's correlation with the human level; then
the same agreement by 5-fold cross-validation (each pair or text scored by weights fitted
without it), the held-out figure for the sets that have no split of their own.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
from _support import DEFAULT_EVAL

from literacy import Engine
from literacy.formulas import Counts
from literacy.grade import ANCHOR, WEIGHTS, Vocabulary, adjustments, fkgl_given, headline_grade

csv.field_size_limit(10**9)
ROOT = Path(__file__).resolve().parent.parent
PAIRS_PER_RATED_SET = 20_000
BATCH = 100
HELD_OUT = ("medreadme", "dev")  # (set, split) never used for fitting
FOLDS = 5


@dataclass
class Dataset:
    """One development set: the texts' features, and how people ranked them."""

    name: str
    metric: str  # "plain_easier" (pairs) or "spearman_vs_human" (rated texts)
    features: list[dict[str, Any]]
    pairs: list[tuple[int, int]]  # (harder, easier) indices into features
    levels: list[tuple[int, float, str]]  # (index, human level, split)


# -- Step 1: features from the real engine --------------------------------------------------


def read_sets(eval_dir: Path) -> Iterator[tuple[str, str, list[str], list[Any]]]:
    """(name, metric, texts, judgements) for each development set, as readability_eval.py
    reads them."""

    def rows(name: str) -> list[dict[str, str]]:
        with open(eval_dir / name, newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle))

    pair_sets = {
        "cochrane": ("cochrane_val.csv", "technical_abstract", "plain_language_summary"),
        "plaba": ("plaba_abstract_pairs.csv", "source_abstract", "adapted_abstract"),
        "tico_en": ("simpletico19_en_dev.csv", "original", "simplified"),
    }
    rs = rows("medreadme_readability.csv")
    yield ("medreadme", "spearman_vs_human", [r["Sentence"] for r in rs],
           [(float(r["Readability"]), r["split"]) for r in rs])
    rs = rows("cefr_sp_wikiauto_dev.csv")
    yield ("cefr", "spearman_vs_human", [r["sentence"] for r in rs],
           [((int(r["level_a"]) + int(r["level_b"])) / 2, "all") for r in rs])
    for name, (file, hard, easy) in pair_sets.items():
        rs = rows(file)
        yield name, "plain_easier", [t for r in rs for t in (r[hard], r[easy])], [None] * len(rs)


def recording_engine() -> tuple[Engine, list[tuple[Counts, Vocabulary]]]:
    """The English engine, with its headline grade wrapped to record what it is given: for
    each report, first the document's counts, then each sentence's."""
    engine = Engine.load("en")
    calls: list[tuple[Counts, Vocabulary]] = []

    def grade(counts: Counts, vocabulary: Vocabulary) -> float | None:
        calls.append((counts, vocabulary))
        return headline_grade(counts, vocabulary)

    scoring = replace(engine.profile.scoring, grade=grade)
    engine.profile = replace(engine.profile, scoring=scoring)
    return engine, calls


def extract(texts: Sequence[str], engine: Engine, calls: list[tuple[Counts, Vocabulary]],
            baselines: dict[str, Callable[[str], float]]) -> list[dict[str, Any]]:
    """The document-level counts and vocabulary of each text, and the baseline scores."""
    features: list[dict[str, Any]] = []
    for start in range(0, len(texts), BATCH):
        batch = texts[start:start + BATCH]
        calls.clear()
        reports = engine.analyze_many(batch)
        position = 0
        for text, report in zip(batch, reports, strict=True):
            counts, vocabulary = calls[position]
            position += 1 + len(report.sentences)
            features.append({
                **asdict(counts), **asdict(vocabulary),
                **{name: score(text) for name, score in baselines.items()},
            })
    return features


def load_eval(eval_dir: Path) -> ModuleType:
    """The shared evaluation script: its textstat scorers (with an offline CMUdict)."""
    sys.path.insert(0, str(eval_dir))
    import readability_eval

    module: ModuleType = readability_eval
    return module


def build_cache(eval_dir: Path, cache: Path) -> None:
    stored: dict[str, Any] = json.loads(cache.read_text()) if cache.exists() else {}
    missing = [entry for entry in read_sets(eval_dir) if not _current(stored.get(entry[0]))]
    if not missing:
        return
    evaluation = load_eval(eval_dir)
    baselines = {name: evaluation.scorer(f"textstat-{name}")
                 for name in ("fkgl", "smog", "dalechall")}
    engine, calls = recording_engine()
    for name, metric, texts, judgements in missing:
        began = time.monotonic()
        features = extract(texts, engine, calls, baselines)
        stored[name] = {"metric": metric, "features": features, "judgements": judgements}
        cache.write_text(json.dumps(stored))
        print(f"{name}: {len(texts)} texts in {time.monotonic() - began:.0f} s", file=sys.stderr)


def _current(entry: dict[str, Any] | None) -> bool:
    """Whether a cached set has every field of today's ``Counts`` and ``Vocabulary``."""
    fields = {*Counts.__dataclass_fields__, *Vocabulary.__dataclass_fields__}
    return entry is not None and all(fields <= f.keys() for f in entry["features"][:1])


# -- Step 2: the fit --------------------------------------------------------------------------


def candidates(f: dict[str, Any]) -> dict[str, float]:
    """The grade's own adjustments of one text (``literacy.grade.adjustments``), and a few
    more the engine already counts, to try with ``--features``."""
    counts, vocabulary = as_counts(f)
    words = max(1, f["words"])
    return {
        **adjustments(counts, vocabulary),
        "unfamiliar": f["unfamiliar_words"] / words,  # not on the Dale-Chall list
        "polysyllables": f["polysyllables"] / words,
        "digits": (f["characters"] - f["letters"]) / words,
    }


def as_counts(f: dict[str, Any]) -> tuple[Counts, Vocabulary]:
    return (Counts(**{name: f[name] for name in Counts.__dataclass_fields__}),
            Vocabulary(**{name: f[name] for name in Vocabulary.__dataclass_fields__}))


def base_grade(f: dict[str, Any]) -> float:
    grade = fkgl_given(*as_counts(f))
    return 0.0 if grade is None else grade


def load_sets(cache: Path) -> list[Dataset]:
    stored = json.loads(cache.read_text())
    sets = []
    for name, entry in stored.items():
        features = entry["features"]
        if entry["metric"] == "plain_easier":
            pairs = [(2 * i, 2 * i + 1) for i in range(len(entry["judgements"]))]
            sets.append(Dataset(name, entry["metric"], features, pairs, []))
        else:
            levels = [(i, level, split) for i, (level, split) in enumerate(entry["judgements"])]
            sets.append(Dataset(name, entry["metric"], features, [], levels))
    return sets


def fitting_pairs(dataset: Dataset, rng: random.Random) -> list[tuple[int, int]]:
    """Pairs (harder, easier) used for fitting: all pairs of a pair set; for a rated set,
    random pairs of texts from its fitting split with different human levels."""
    if dataset.pairs:
        return dataset.pairs
    usable = [(i, level) for i, level, split in dataset.levels
              if (dataset.name, split) != HELD_OUT]
    pairs: list[tuple[int, int]] = []
    while len(pairs) < PAIRS_PER_RATED_SET:
        (a, la), (b, lb) = rng.sample(usable, 2)
        if la != lb:
            pairs.append((a, b) if la > lb else (b, a))
    return pairs


def design(dataset: Dataset, names: Sequence[str]) -> np.ndarray:
    """Per text: [FKGL (given words and numerals as one syllable), candidate features...]."""
    rows = [[base_grade(f)] + [candidates(f)[name] for name in names]
            for f in dataset.features]
    return np.array(rows, dtype=float)


def fit(sets: Sequence[Dataset], names: Sequence[str], seed: int = 0) -> np.ndarray:
    """Weights of ``names`` (FKGL's weight held at 1) by pairwise logistic regression,
    each set weighing the same, by Newton's method with a tiny ridge for stability."""
    rng = random.Random(seed)
    differences, weights = [], []
    for dataset in sets:
        x = design(dataset, names)
        pairs = fitting_pairs(dataset, rng)
        differences.append(np.array([x[h] - x[e] for h, e in pairs]))
        weights.append(np.full(len(pairs), 1 / len(pairs)))
    d, w = np.vstack(differences), np.concatenate(weights)
    beta = np.zeros(d.shape[1])
    for _ in range(50):
        p = 1 / (1 + np.exp(-d @ beta))
        gradient = d.T @ (w * (1 - p)) - 1e-6 * beta
        hessian = (d * (w * p * (1 - p))[:, None]).T @ d + 1e-6 * np.eye(len(beta))
        step = np.linalg.solve(hessian, gradient)
        beta += step
        if np.abs(step).max() < 1e-10:
            break
    if beta[0] <= 0:
        raise SystemExit("FKGL's fitted weight is not positive: the scale would flip")
    weights_out: np.ndarray = beta[1:] / beta[0]
    return weights_out


# -- Step 3: agreement ---------------------------------------------------------------------


def agreement(dataset: Dataset, scores: Sequence[float], split: str | None = None) -> float:
    if dataset.pairs:
        wins = [1.0 if scores[e] < scores[h] else 0.5 if scores[e] == scores[h] else 0.0
                for h, e in dataset.pairs]
        return sum(wins) / len(wins)
    chosen = [(i, level) for i, level, s in dataset.levels if split is None or s == split]
    return spearman([scores[i] for i, _ in chosen], [level for _, level in chosen])


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation, ties given their mean rank."""
    rx, ry = _ranks(xs), _ranks(ys)
    return float(np.corrcoef(rx, ry)[0, 1])


def _ranks(values: Sequence[float]) -> np.ndarray:
    order = np.argsort(values, kind="stable")
    ranks = np.empty(len(values))
    ordered = np.asarray(values)[order]
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and ordered[j + 1] == ordered[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2
        i = j + 1
    return ranks


def report(sets: Sequence[Dataset], names: Sequence[str], w: np.ndarray) -> None:
    formula = " + ".join(f"{weight:.2f}·{name}" for name, weight in zip(names, w, strict=True))
    print(f"fitted: FKGL(given words and numerals as one syllable) + {formula}")
    header = ["set", "n", "metric", "fitted", "shipped", "FKGL", "SMOG", "NDC"]
    print("\t".join(header))
    for dataset in sets:
        x = design(dataset, names)
        fitted = list(x[:, 0] + x[:, 1:] @ w)
        shipped = [_shipped(f) for f in dataset.features]
        columns = {
            "fitted": fitted,
            "shipped": shipped,
            **{label: [f[key] for f in dataset.features]
               for label, key in (("FKGL", "fkgl"), ("SMOG", "smog"), ("NDC", "dalechall"))},
        }
        splits: list[tuple[str, str | None]] = [(dataset.name, None)]
        if dataset.name == "medreadme":
            splits = [("medreadme (all)", None), ("medreadme train", "train"),
                      ("medreadme dev, held out", "dev")]
        for label, split in splits:
            n = len(dataset.pairs) or sum(1 for _, _, s in dataset.levels
                                          if split is None or s == split)
            values = [agreement(dataset, scores, split) for scores in columns.values()]
            print("\t".join([label, str(n), dataset.metric, *(f"{v:.3f}" for v in values)]))


def cross_validated(sets: Sequence[Dataset], names: Sequence[str],
                    folds: int = FOLDS) -> dict[str, float]:
    """Held-out agreement of the fitted formula per set, by ``folds``-fold cross-validation:
    each set's pairs (pair sets) or texts (rated sets) are dealt at random into folds; the
    weights are fitted on the other folds of every set and scored on the fold left out.  A
    pair set's figure is the share over all its pairs, each scored by a fit that did not see
    it; a rated set's is the mean of its folds' Spearman correlations.  The MedReadMe dev
    split stays out of every fit and every fold."""
    rng = random.Random(1)
    fold_of: dict[str, list[int]] = {}
    for dataset in sets:
        size = len(dataset.pairs) or len(dataset.levels)
        dealt = [i % folds for i in range(size)]
        rng.shuffle(dealt)
        fold_of[dataset.name] = dealt
    wins: dict[str, list[float]] = {dataset.name: [] for dataset in sets}
    for k in range(folds):
        training = [_fold(dataset, fold_of[dataset.name], k, keep=False) for dataset in sets]
        w = fit(training, names)
        for dataset in sets:
            held = _fold(dataset, fold_of[dataset.name], k, keep=True)
            x = design(dataset, names)
            scores = list(x[:, 0] + x[:, 1:] @ w)
            if held.pairs:
                wins[dataset.name].extend(
                    1.0 if scores[e] < scores[h] else 0.5 if scores[e] == scores[h] else 0.0
                    for h, e in held.pairs)
            else:
                wins[dataset.name].append(agreement(held, scores))
    return {name: float(np.mean(values)) for name, values in wins.items()}


def _fold(dataset: Dataset, fold_of: Sequence[int], k: int, *, keep: bool) -> Dataset:
    """The part of ``dataset`` in fold ``k`` (``keep``) or outside it, without the held-out
    split."""
    levels = [(i, level, split) for n, (i, level, split) in enumerate(dataset.levels)
              if (fold_of[n] == k) == keep and (dataset.name, split) != HELD_OUT]
    pairs = [pair for n, pair in enumerate(dataset.pairs) if (fold_of[n] == k) == keep]
    return replace(dataset, pairs=pairs, levels=levels)


def calibration(sets: Sequence[Dataset], names: Sequence[str], w: np.ndarray) -> float:
    """The scale such that ``scale·raw`` spreads over every development text as
    Flesch-Kincaid does on the same texts: the fitted weights order texts, this puts the
    result back on the school-grade scale (``literacy.grade.ANCHOR`` fixes where the two
    meet; neither changes a comparison).  The spread is the interquartile range, so that
    the few abstracts dense with statistics, far out in ``raw``, do not set the scale of
    every other text."""
    raw, base = [], []
    for dataset in sets:
        x = design(dataset, names)
        raw.extend(x[:, 0] + x[:, 1:] @ w)
        base.extend(x[:, 0])
    return _interquartile_range(base) / _interquartile_range(raw)


def _interquartile_range(values: Sequence[float]) -> float:
    upper, lower = np.percentile(values, [75, 25])
    return float(upper - lower)


def _shipped(f: dict[str, Any]) -> float:
    grade = headline_grade(*as_counts(f))
    return 0.0 if grade is None else grade


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/plainly_grade_en.json"))
    parser.add_argument("--refresh", action="store_true", help="extract the features again")
    parser.add_argument("--features", default=",".join(WEIGHTS),
                        help="comma-separated names from candidates()")
    parser.add_argument("--extract-only", action="store_true")
    args = parser.parse_args()
    if args.refresh and args.cache.exists():
        args.cache.unlink()
    build_cache(args.eval_dir, args.cache)
    if args.extract_only:
        return
    sets = load_sets(args.cache)
    names = [name for name in args.features.split(",") if name]
    weights = fit(sets, names)
    report(sets, names, weights)
    held_out = cross_validated(sets, names)
    print(f"{FOLDS}-fold cross-validated agreement (fits that did not see the pair or text): "
          + ", ".join(f"{name} {value:.3f}" for name, value in held_out.items()))
    scale = calibration(sets, names, weights)
    print(f"school-grade scale: grade = {ANCHOR:g} + {scale:.3f}·(raw − {ANCHOR:g})")


if __name__ == "__main__":
    main()
