"""Build the Spanish word-difficulty model (``literacy/data/difficulty_es.json``) by transfer
from the English one, and measure it on the Spanish data that exists.

usage: python bench/fit_difficulty_es.py [--eval-dir ../shared/eval] [--english FILE] [--write]

Run it again whenever ``difficulty_en.json`` is refitted (the features must match the code's).

No Spanish term set rated by lay readers exists in ``../shared/eval`` (its README lists only
CompLex, which is English), so nothing Spanish is fitted.  The Spanish model keeps the
English model's weights (``literacy/data/difficulty_en.json``, fitted on CompLex by
``bench/fit_difficulty.py``) for every feature whose meaning carries over — wordfreq Zipf
(here of the Spanish list), word-list membership and category, plain alternative,
abbreviation and acronym shape, medical word formation, capitals, proper names, the
sentence's rarity — with three changes, each from installed evidence, not from Spanish
judgements:

- **lay usage** (``lay_plain``, ``lay_definition``, ``professional``): Spanish has no
  ``lay_usage.csv``, so these features are always 0; their weights are set to 0 and their
  mean contribution over the English development items is moved into the intercept, so an
  average word keeps its English score.
- **length** (``letters``, ``syllables``): Spanish words are longer than English ones of the
  same standing ("enfermedad" / "disease").  Each weight is multiplied by the ratio of the
  mean length of English to Spanish content words in running text (wordfreq's 5,000 most
  frequent words of each language, weighted by frequency, stop words left out), so that a
  Spanish word of a typical Spanish length counts as an English word of typical English
  length.
- **perceptual strength** (``perceptual``): the Lancaster Sensorimotor Norms are English,
  so the feature is always 0 in Spanish; its weight is set to 0 and its mean contribution
  over the English development items moved into the intercept, as for lay usage.
- **generally known English lemmas** (``known``): the list (Brysbaert et al. 2014) is
  English, so a Spanish term's value is the share of English development items known at its
  frequency (``known_share_by_zipf``: by band of Zipf, from the rare words, half of which
  are known, to the common ones, nearly all), and the weight is kept.  A mean over all items
  would make a rare Spanish word as likely known as a common one ("cefalea" lost its flag).
- the **consumer cap** is not used (no Spanish list of consumer words).

Measured (``--eval-dir``): CLARA-MeD's professional sentences and their lay versions
(``clara_med_es_dev.csv``; Campillos-Llanos et al. 2022) say which words people writing for
patients replaced.  Every term the Spanish engine reports in a professional sentence is
labelled *replaced* when none of its words is in the lay version and *kept* otherwise; the
script prints how often a replaced term gets a higher difficulty than a kept one (AUC, ties
half), and the same for wordfreq's Zipf alone, over all pairs and over light edits (pairs
whose lay version keeps at least LIGHT_EDIT of the professional words, so that a word that
went was more likely replaced on purpose).  It is an indirect measure — a lay writer
rewords for other reasons than difficulty — and not a rating of terms by lay readers.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import pathlib
import re
import sys

import numpy as np
import wordfreq

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _support import DEFAULT_EVAL  # noqa: E402

from literacy.difficulty import (  # noqa: E402
    DEFAULT_THRESHOLD,
    FEATURES,
    PERCEPTUAL_SCALE,
    DifficultyModel,
    LayUsage,
    combined,
    load_known,
    load_lay_usage,
    load_perceptual,
    stop_words,
    variants,
)
from literacy.engine import Engine  # noqa: E402
from literacy.suggestions import english_lemmas  # noqa: E402
from literacy.syllables import count_syllables  # noqa: E402

WEIGHTS_PATH = ROOT / "literacy" / "data" / "difficulty_es.json"
LAY_FEATURES = ("lay_plain", "lay_definition", "professional")
TOP_WORDS = 5000
LIGHT_EDIT = 0.8
_WORD = re.compile(r"[^\W\d_]+")


def mean_lengths(lang: str) -> tuple[float, float]:
    """Mean letters and syllables of content words in running ``lang`` text: wordfreq's
    TOP_WORDS most frequent words, weighted by frequency, stop words left out."""
    stops = stop_words(lang)
    words = [w for w in wordfreq.top_n_list(lang, TOP_WORDS) if w.isalpha() and w not in stops]
    weights = np.array([wordfreq.word_frequency(w, lang) for w in words])
    letters = np.array([len(w) for w in words], dtype=float)
    syllables = np.array([count_syllables(w, lang) for w in words], dtype=float)
    return (float(weights @ letters / weights.sum()), float(weights @ syllables / weights.sum()))


def english_lay_offset(eval_dir: pathlib.Path, english: DifficultyModel) -> float:
    """Mean contribution of the lay-usage features over CompLex's rated English words
    (``complex_biomed_train.csv``), read by their lower-case words."""
    usage = load_lay_usage("en")
    stops = stop_words("en")
    none = LayUsage(0, 0, 0)
    total = []
    with (eval_dir / "complex_biomed_train.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            words = [w for w in _WORD.findall(row["token"].lower()) if w not in stops]
            if not words:
                continue
            uses = [usage.get(w, none) for w in words]
            total.append(
                english.weights["lay_plain"] * min(np.log1p(u.plain) for u in uses)
                + english.weights["lay_definition"] * min(np.log1p(u.definition) for u in uses)
                + english.weights["professional"] * max(np.log1p(u.terms) for u in uses)
            )  # as DifficultyModel.features computes them
    return float(np.mean(total))


def english_perceptual_offset(eval_dir: pathlib.Path, english: DifficultyModel) -> float:
    """Mean contribution of the perceptual feature over CompLex's rated English words
    (``complex_biomed_train.csv``): the phrase's rating, else its least felt word's."""
    ratings = load_perceptual("en")
    stops = stop_words("en")
    total = []
    with (eval_dir / "complex_biomed_train.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            token = row["token"].lower()
            words = [w for w in _WORD.findall(token) if w not in stops]
            if not words:
                continue
            rating = ratings.get(token) if " " in token else None
            if rating is None:
                rating = min((ratings.get(w, 0.0) for w in words), default=0.0)
            total.append(english.weights["perceptual"] * rating / PERCEPTUAL_SCALE)
    return float(np.mean(total))


KNOWN_BANDS = (3.0, 3.5, 4.0, 4.5, 5.0, 99.0)  # upper ends of the Zipf bands


def english_known_share(eval_dir: pathlib.Path) -> tuple[tuple[float, float], ...]:
    """The share of CompLex's rated English items (``complex_biomed_train.csv``) that are
    generally known, by band of Zipf frequency: the phrase, or every content word by its
    surface form, lemmas and American spelling, among the known lemmas; the frequency is the
    content words' together (:func:`literacy.difficulty.combined`)."""
    known = load_known("en")
    stops = stop_words("en")

    def is_known(word: str) -> bool:
        lemmas = {lemma for found in english_lemmas(word).values() for lemma in found}
        return any(form in known for lower in {word, *lemmas} for form in variants(lower))

    counts = {upper: [0, 0] for upper in KNOWN_BANDS}
    with (eval_dir / "complex_biomed_train.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            token = row["token"].lower()
            words = [w for w in _WORD.findall(token) if w not in stops]
            if not words:
                continue
            zipf = combined([max(wordfreq.zipf_frequency(form, "en") for form in variants(w))
                             for w in words])
            band = next(upper for upper in KNOWN_BANDS if zipf < upper)
            counts[band][0] += (" " in token and token in known) or all(map(is_known, words))
            counts[band][1] += 1
    return tuple((upper, round(found / total, 4)) for upper, (found, total) in counts.items()
                 if total)


def transfer(eval_dir: pathlib.Path, english_path: pathlib.Path | None = None
             ) -> tuple[DifficultyModel, dict[str, float]]:
    """The Spanish model from the English one, shipped or at ``english_path`` (see the
    module docstring)."""
    english = DifficultyModel.load("en", english_path)
    en_letters, en_syllables = mean_lengths("en")
    es_letters, es_syllables = mean_lengths("es")
    ratios = {"letters": en_letters / es_letters, "syllables": en_syllables / es_syllables}
    lay_offset = english_lay_offset(eval_dir, english)
    perceptual_offset = english_perceptual_offset(eval_dir, english)
    known_share = english_known_share(eval_dir)
    offset = lay_offset + perceptual_offset
    weights = dict(english.weights)
    for name in (*LAY_FEATURES, "perceptual"):
        weights[name] = 0.0
    for name, ratio in ratios.items():
        weights[name] *= ratio
    metadata = {
        "model": ("transferred from the English model (difficulty_en.json): same weights; "
                  "lay-usage weights set to 0 (no Spanish lay-usage list) with their mean "
                  "English contribution moved into the intercept, and so the perceptual weight "
                  "(no Spanish norms); the known-lemma feature read as the share of English "
                  "items known at the term's Zipf frequency (no Spanish list); letter and "
                  "syllable weights "
                  "scaled by the ratio of English to Spanish mean content-word length "
                  "(wordfreq, frequency-weighted); no consumer cap"),
        "fitted_on": "nothing Spanish: no Spanish term set rated by lay readers exists",
        "transferred_from": english.metadata.get("fitted_on", ""),
        "length_ratios": {name: round(value, 4) for name, value in ratios.items()},
        "english_lay_offset": round(lay_offset, 4),
        "english_perceptual_offset": round(perceptual_offset, 4),
        "fitted": datetime.date.today().isoformat(),
        "jargon_threshold": DEFAULT_THRESHOLD,
    }
    model = DifficultyModel("es", weights, english.intercept + offset, {}, 1.0,
                            metadata=metadata, known_share=known_share)
    return model, ratios


def auc(positive: list[float], negative: list[float]) -> float:
    """How often a positive scores above a negative (ties half)."""
    pos, neg = np.sort(np.array(positive)), np.array(negative)
    below = np.searchsorted(pos, neg, side="right")
    tied = below - np.searchsorted(pos, neg, side="left")
    above = len(pos) - below
    return float((above.sum() + 0.5 * tied.sum()) / (len(pos) * len(neg)))


def measure(eval_dir: pathlib.Path) -> dict[str, dict[str, float]]:
    """Replaced-vs-kept agreement of the shipped Spanish model on CLARA-MeD (see above), over
    all pairs and over light edits (LIGHT_EDIT of the professional words kept), where a
    word that went was more likely replaced on purpose."""
    engine = Engine.load("es")
    terms: list[tuple[float, float, float, bool]] = []  # overlap, difficulty, −Zipf, replaced
    with (eval_dir / "clara_med_es_dev.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        lay = set(_WORD.findall(row["lay"].lower()))
        professional = set(_WORD.findall(row["professional"].lower()))
        overlap = len(professional & lay) / max(1, len(professional))
        for term in engine.analyze(row["professional"]).jargon.terms:
            words = _WORD.findall(term.text.lower())
            if term.difficulty is None or not words:
                continue
            zipf = min(wordfreq.zipf_frequency(w, "es") for w in words)
            terms.append((overlap, term.difficulty, -zipf, not any(w in lay for w in words)))
    result = {}
    for name, least in (("all_pairs", 0.0), ("light_edits", LIGHT_EDIT)):
        chosen = [t for t in terms if t[0] >= least]
        replaced = [t for t in chosen if t[3]]
        kept = [t for t in chosen if not t[3]]
        result[name] = {
            "terms_replaced": len(replaced),
            "terms_kept": len(kept),
            "auc_difficulty": round(auc([t[1] for t in replaced], [t[1] for t in kept]), 3),
            "auc_zipf_alone": round(auc([t[2] for t in replaced], [t[2] for t in kept]), 3),
            "flagged_share_of_replaced": round(
                float(np.mean([t[1] >= DEFAULT_THRESHOLD for t in replaced])), 3),
            "flagged_share_of_kept": round(
                float(np.mean([t[1] >= DEFAULT_THRESHOLD for t in kept])), 3),
        }
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=pathlib.Path, default=DEFAULT_EVAL)
    parser.add_argument("--english", type=pathlib.Path, default=None,
                        help="English weights file to transfer from (default: the shipped one)")
    parser.add_argument("--write", action="store_true", help=f"write {WEIGHTS_PATH.name}")
    args = parser.parse_args()
    model, ratios = transfer(args.eval_dir, args.english)
    print("length ratios (en/es):", {k: round(v, 3) for k, v in ratios.items()})
    print(f"intercept {model.intercept:.3f}")
    for name in FEATURES:
        print(f"  {name}: {model.weights[name]:.3f}")
    if args.write:
        WEIGHTS_PATH.write_text(json.dumps(model.to_dict(), indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_PATH.relative_to(ROOT)}")
        agreement = measure(args.eval_dir)
        print("CLARA-MeD replaced vs kept terms:", agreement)
        data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
        data["agreement"] = {"clara_med_es_dev_replaced_vs_kept": agreement}
        WEIGHTS_PATH.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
