"""``analyze``: text in, report out.  The chain runs one way:
text → segments (``reading``) → sentences and words (``parsing``) → counts and scores
(``measures``, ``formulas``, ``grade``) → findings (``rules``) → ``Report``.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from literacy.errors import InputError
from literacy.formulas import SCORES, Counts
from literacy.grade import METHOD, Vocabulary, headline_grade
from literacy.jargon import JargonMatcher, JargonTerm
from literacy.language import scored_language
from literacy.measures import count, familiarity, total
from literacy.nlp import DEFAULT_MODELS, load_pipeline
from literacy.parsing import Word, parse
from literacy.reading import FORMATS, read_document
from literacy.report import JargonReport, Readability, Report, SentenceReport
from literacy.rules import RULE_CHECKS, RuleContext
from literacy.rules.context import Settings
from literacy.spanish import GRADE_METHOD, SPANISH_SCORES, inflesz_band, spanish_grade
from literacy.vocabulary import BANDS, band
from literacy.wordlists import load_wordlists

# About 350,000 words, a minute of work on one core; no leaflet comes near it.
MAX_INPUT_CHARS = 2_000_000
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(DEFAULT_MODELS)
AUTO = "auto"


@dataclass(frozen=True)
class Scoring:
    """How one language is scored: its published formulas and its headline grade."""

    method: str
    scores: Mapping[str, Callable[[Counts], float | None]]
    grade: Callable[[Counts, Vocabulary], float | None]
    extra: Callable[[dict[str, float | None]], dict[str, Any]]


SCORING: dict[str, Scoring] = {
    "en": Scoring(METHOD, SCORES, headline_grade, lambda scores: {}),
    "es": Scoring(
        GRADE_METHOD,
        SPANISH_SCORES,
        lambda counts, vocabulary: spanish_grade(counts),
        lambda scores: {"inflesz_band": inflesz_band(scores["szigriszt_pazos"])},
    ),
}


def analyze(
    text: str | bytes,
    *,
    lang: str = "en",
    format: str = "auto",
    target_grade: float = 8.0,
    max_sentence_words: int = 20,
    max_chars: int = MAX_INPUT_CHARS,
) -> Report:
    """Analyse ``text`` (plain text, Markdown or HTML) and report how hard it is to read.

    Raises ``InputError`` for input that cannot be read as text, text longer than
    ``max_chars`` characters, or options out of range; an empty or whitespace-only text gives
    a report with no scores and a note saying why.
    """
    source = _as_text(text, max_chars)
    settings = _settings(lang, format, target_grade, max_sentence_words)
    document = read_document(source, format)
    extra: dict[str, Any] = {}
    if lang == AUTO:
        lang, confidence = scored_language(
            " ".join(segment.text for segment in document.segments)[:20_000],
            SUPPORTED_LANGUAGES,
        )
        extra["language_detection"] = {"lang": lang, "confidence": round(confidence, 4)}
    scoring = SCORING[lang]
    parsed = parse(document, load_pipeline(lang), lang)
    terms = jargon_matcher(lang).find(parsed)
    terms_by_sentence: dict[int, list[JargonTerm]] = defaultdict(list)
    for term in terms:
        terms_by_sentence[term.sentence].append(term)
    sentence_counts = [count(sentence.words, 1, lang) for sentence in parsed.sentences]
    sentence_vocabulary = [
        familiarity(sentence.words, terms_by_sentence[index], lang)
        for index, sentence in enumerate(parsed.sentences)
    ]
    # Every word and term belongs to one sentence, so the document's totals are their sums.
    counts = total(sentence_counts, Counts)
    grade = scoring.grade(counts, total(sentence_vocabulary, Vocabulary))
    sentence_grades = [
        scoring.grade(sentence, vocabulary)
        for sentence, vocabulary in zip(sentence_counts, sentence_vocabulary, strict=True)
    ]
    context = RuleContext(parsed, settings, grade, sentence_grades, terms)
    findings = [finding for check in RULE_CHECKS for finding in check(context)]
    notes = [] if counts.words else ["The text has no words to measure, so it has no scores."]
    scores = {name: formula(counts) for name, formula in scoring.scores.items()}
    return Report(
        lang=lang,
        format=document.format,
        counts=counts,
        readability=Readability(
            grade=grade,
            target_grade=settings.target_grade,
            method=scoring.method,
            scores=scores,
            extra=scoring.extra(scores),
        ),
        sentences=[
            SentenceReport(s.start, s.end, s.text, s.kind, s.segment, len(s.words), g)
            for s, g in zip(parsed.sentences, sentence_grades, strict=True)
        ],
        findings=findings,
        jargon=_jargon_report(parsed.words, counts.words, terms, lang),
        notes=notes,
        extra=extra,
    )


@lru_cache(maxsize=4)
def jargon_matcher(lang: str) -> JargonMatcher:
    """The jargon matcher for ``lang``, built once per process from its word lists."""
    return JargonMatcher(load_wordlists(lang))


def _jargon_report(words: Iterable[Word], total: int, terms: list[JargonTerm],
                   lang: str) -> JargonReport:
    """Frequency bands of all words; unknown words are those of unexplained terms plus rare
    words that no term covers (terms and words are both in text order)."""
    bands: dict[str, int] = dict.fromkeys(BANDS, 0)
    unknown = sum(term.words for term in terms if term.is_fault)
    spans = iter([(term.start, term.end) for term in terms])
    current = next(spans, None)
    for word in words:
        while current is not None and current[1] <= word.start:
            current = next(spans, None)
        word_band = band(word, lang)
        if word_band is not None:
            bands[word_band] += 1
        covered = current is not None and current[0] <= word.start < current[1]
        if word_band == "rare" and not covered:
            unknown += 1
    return JargonReport(words=total, terms=terms, bands=bands, unknown_words=unknown)


def _as_text(text: str | bytes, max_chars: int) -> str:
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise InputError(
                f"the input is not valid UTF-8 (byte {error.start}); save the file as UTF-8 "
                "text and try again",
                code="invalid_encoding",
            ) from None
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}", code="invalid_type")
    if len(text) > max_chars:
        raise InputError(
            f"the text has {len(text):,} characters, more than the limit of "
            f"{max_chars:,}; split it into smaller documents",
            code="too_large",
        )
    if _looks_binary(text):
        raise InputError(
            "the input looks like a binary file, not text; send the document's text "
            "(plain, Markdown or HTML)",
            code="binary_input",
        )
    return text.lstrip("\ufeff")


def _looks_binary(text: str) -> bool:
    """NUL characters, or more than 10% control characters other than white space."""
    sample = text[:65_536]
    if "\x00" in sample:
        return True
    controls = sum(
        1 for char in sample if unicodedata.category(char) == "Cc" and char not in "\t\n\r\f\v"
    )
    return controls > 0.1 * max(len(sample), 1)


def _settings(lang: str, format: str, target_grade: float, max_sentence_words: int) -> Settings:
    if lang not in (*SUPPORTED_LANGUAGES, AUTO):
        raise InputError(
            f"language {lang!r} is not supported; use one of "
            f"{', '.join(SUPPORTED_LANGUAGES)}, or {AUTO!r} to detect it",
            code="unknown_language",
        )
    if format not in FORMATS:
        raise InputError(
            f"format {format!r} is not known; use one of {', '.join(FORMATS)}",
            code="unknown_format",
        )
    if isinstance(target_grade, bool) or not isinstance(target_grade, int | float) or not (
        math.isfinite(target_grade) and 0 <= target_grade <= 20
    ):
        raise InputError(
            "target_grade must be a number from 0 to 20 (US school grade)", code="invalid_option"
        )
    if isinstance(max_sentence_words, bool) or not isinstance(max_sentence_words, int) or (
        max_sentence_words < 1
    ):
        raise InputError("max_sentence_words must be a whole number of 1 or more",
                         code="invalid_option")
    return Settings(target_grade=float(target_grade), max_sentence_words=max_sentence_words)
