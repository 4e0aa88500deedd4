"""``Engine``: one language and configuration, loaded once, analysing any number of texts.

An engine holds everything that is costly to build and never changes between texts: the
spaCy pipeline, the language profile (its formulas and headline grade, word frequencies and
the Dale-Chall familiar words) and the word lists with the writer's own additions (a glossary
of terms and an allow list).  Nothing is cached at module level: two engines with different
configurations live side by side, and each API worker or CLI process builds the ones it needs.

The chain runs one way: text → segments (``reading``) → sentences and words and the word-list
terms among them (in the spaCy pipeline: ``parsing``'s ``plainly_words``, ``jargon``'s
``plainly_jargon``) → terms (``jargon``) → counts and scores (``measures``, ``formulas``,
``grade``) → findings (``rules``) → ``Report``.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TypedDict, Unpack

from spacy.language import Language

from literacy.communication import assess
from literacy.difficulty import DifficultyModel, stop_words
from literacy.errors import InputError
from literacy.formulas import SCORES, Counts
from literacy.grade import METHOD, Vocabulary, headline_grade
from literacy.jargon import JargonMatcher, JargonTerm, add_jargon_lookup
from literacy.language import LanguageIdentifier, language_name, may_be_other_language
from literacy.measures import (
    count,
    dale_chall_familiar_words,
    familiarity,
    parenthesised,
    total,
)
from literacy.nlp import load_pipeline
from literacy.parsing import ParsedDocument, Sentence, Word, parse_each
from literacy.reading import FORMATS, Document, NotText, decode, looks_binary, read_document
from literacy.report import JargonReport, Readability, Report, SentenceReport
from literacy.rules import RULE_CHECKS, RuleContext
from literacy.rules.context import TARGET_GRADES, Targets, is_number_in
from literacy.spanish import GRADE_METHOD, SPANISH_SCORES, inflesz_band, spanish_grade
from literacy.spanish_grammar import SpanishGrammar, diminutive_base
from literacy.vocabulary import BANDS, Frequencies, word_band
from literacy.wordlists import WordLists, load_wordlists, read_glossary

# About 350,000 words, a minute of work on one core; no leaflet comes near it.
MAX_INPUT_CHARS = 2_000_000
VARIANTS: dict[str, tuple[str, ...]] = {"en": ("en-US", "en-GB"), "es": ("es",)}
"""The variants of each language Plainly scores; the first is the default."""
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(VARIANTS)


class OptionValues(TypedDict, total=False):
    """The options of one analysis as keywords; what each means is in :class:`Options`."""

    format: str
    target_grade: float
    max_sentence_words: int
    max_chars: int
    allow: Iterable[str]
    jargon_threshold: float


@dataclass(frozen=True)
class Options:
    """How a text is read and what its writer aims for: the one set of options behind
    ``Engine.analyze``/``analyze_many``/``analyze_each``, ``literacy.analyze``, the API and
    ``plainly check``.

    ``format`` is ``auto``, ``plain``, ``markdown`` or ``html``; a text longer than
    ``max_chars`` characters is refused; ``allow`` adds terms to the engine's allow list
    for these texts only; ``targets`` are the grade, sentence length and word-difficulty
    threshold (a term below it is reported, not flagged).  Equal options are equal values,
    so documents can be grouped by them.
    """

    format: str = "auto"
    max_chars: int = MAX_INPUT_CHARS
    allow: frozenset[str] = frozenset()
    targets: Targets = field(default_factory=Targets)

    @classmethod
    def of(cls, **values: Unpack[OptionValues]) -> Options:
        """Options from keywords, checked; ``InputError`` for a value out of range."""
        defaults, format = Targets(), values.get("format", "auto")
        targets = check_targets(
            format,
            values.get("target_grade", defaults.target_grade),
            values.get("max_sentence_words", defaults.max_sentence_words),
            values.get("jargon_threshold", defaults.jargon_threshold),
        )
        max_chars = values.get("max_chars", MAX_INPUT_CHARS)
        return cls(format, max_chars, normalise_allow(values.get("allow", ())), targets)


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
        spanish_grade,
        lambda scores: {"inflesz_band": inflesz_band(scores["szigriszt_pazos"])},
    ),
}


@dataclass(frozen=True)
class Profile:
    """What a language's readers know and how its texts are scored."""

    lang: str
    variant: str
    scoring: Scoring
    frequencies: Frequencies = field(repr=False)
    familiar: frozenset[str] = field(repr=False)
    grammar: SpanishGrammar | None = field(default=None, repr=False)  # Spanish only


class Engine:
    """Analyses texts in one language with one configuration (see the module docstring).

    Build it with :meth:`load`; then call :meth:`analyze` for one text or
    :meth:`analyze_many` for several (one pass of the pipeline over all of them).

    An engine is hundreds of thousands of Python objects that live as long as the process
    (272,000 with the English and Spanish engines loaded).  A long-running process should
    call ``gc.freeze()`` once its engines are loaded, as the service and each ``plainly
    check`` process do: Python's full collections then no longer scan them (each took
    0.15 s here, and a batch of reports triggers one), and forked workers keep sharing their
    memory (the ``gc.freeze`` documentation recommends it before a fork).
    """

    def __init__(self, nlp: Language, profile: Profile, wordlists: WordLists,
                 allow: Iterable[str] = (), difficulty: DifficultyModel | None = None,
                 identifier: LanguageIdentifier | None = None) -> None:
        add_jargon_lookup(nlp, wordlists)  # the pipeline looks up this engine's list terms
        self.nlp = nlp
        # Finds the sentences in other languages (its model is unpacked only for a text
        # that may have one; engines that share it unpack it once).
        self.identifier = identifier or LanguageIdentifier()
        self._stop_words = stop_words(profile.lang)
        self.profile = profile
        self.wordlists = wordlists
        self.allow = normalise_allow(allow)
        self.matcher = JargonMatcher(wordlists, profile.frequencies, variant=profile.variant,
                                     difficulty=difficulty, grammar=profile.grammar)

    @property
    def lang(self) -> str:
        return self.profile.lang

    @classmethod
    def load(
        cls,
        lang: str = "en",
        *,
        variant: str | None = None,
        wordlists: WordLists | Path | None = None,
        allow: Iterable[str] = (),
        glossary: Path | None = None,
        identifier: LanguageIdentifier | None = None,
    ) -> Engine:
        """Load the engine for ``lang`` (``"en"`` or ``"es"``).

        ``variant``: ``"en-US"`` (default) or ``"en-GB"``, whose everyday words and spellings
        count as known; ``wordlists``: lists already loaded, or a folder holding them (the
        packaged lists by default); ``allow``: terms the writer's readers know (never
        flagged, and counted as known words in the grade and the jargon density);
        ``glossary``: a CSV of the organisation's own terms (``term,category,plain,
        definition``) added to the lists; ``identifier``: the language identifier that finds
        sentences in other languages (shared between engines, it is unpacked once).  Raises
        ``InputError`` for an unknown language or variant, ``PipelineError`` when the spaCy
        pipeline is missing, ``WordListError`` for invalid lists.
        """
        variant = check_variant(lang, variant)
        lists = wordlists if isinstance(wordlists, WordLists) else load_wordlists(lang, wordlists)
        if glossary is not None:
            lists = lists.with_glossary(read_glossary(glossary, lists.sources))
        nlp = load_pipeline(lang)
        grammar = SpanishGrammar.of(nlp) if lang == "es" else None
        profile = Profile(
            lang=lang,
            variant=variant,
            scoring=SCORING[lang],
            frequencies=variant_frequencies(lists, variant, grammar),
            familiar=dale_chall_familiar_words(lang),
            grammar=grammar,
        )
        model = DifficultyModel.load(lang) if DifficultyModel.available(lang) else None
        return cls(nlp, profile, lists, allow, model, identifier)

    def with_variant(self, variant: str) -> Engine:
        """This engine for another variant of its language (``"en-GB"``), sharing its
        pipeline, word lists and difficulty model."""
        variant = check_variant(self.lang, variant)
        if variant == self.profile.variant:
            return self
        profile = replace(self.profile, variant=variant,
                          frequencies=variant_frequencies(self.wordlists, variant,
                                                          self.profile.grammar))
        return Engine(self.nlp, profile, self.wordlists, self.allow, self.matcher.difficulty,
                      self.identifier)

    def analyze(self, text: str | bytes, **options: Unpack[OptionValues]) -> Report:
        """Analyse ``text`` (plain text, Markdown or HTML) and report how hard it is to read.

        The options are those of :class:`Options`.  Raises ``InputError`` for input that
        cannot be read as text, text longer than ``max_chars`` characters, or options out of
        range; an empty or whitespace-only text gives a report with no scores and a note
        saying why.
        """
        return self.analyze_many([text], **options)[0]

    def analyze_many(self, texts: Sequence[str | bytes], **options: Unpack[OptionValues]
                     ) -> list[Report]:
        """Analyse several texts with one pass of the pipeline (``nlp.pipe``) over all of
        them; the same options apply to each.  Raises ``InputError`` for the first text that
        cannot be read (:meth:`analyze_each` reports each instead)."""
        results = self.analyze_each(texts, **options)
        for result in results:
            if isinstance(result, InputError):
                raise result
        return [result for result in results if isinstance(result, Report)]

    def analyze_each(self, texts: Sequence[str | bytes], **options: Unpack[OptionValues]
                     ) -> list[Report | InputError]:
        """Like :meth:`analyze_many`, but a text that cannot be read gets its ``InputError``
        in its place and the others are still analysed (an option out of range raises)."""
        return self.analyze_with(texts, Options.of(**options))

    def analyze_with(self, texts: Sequence[str | bytes], options: Options
                     ) -> list[Report | InputError]:
        """:meth:`analyze_each` with options already checked (a caller grouping documents
        by their options, as the API's batch route does)."""
        documents: list[Document | InputError] = []
        for text in texts:
            try:
                documents.append(self.read(text, format=options.format,
                                           max_chars=options.max_chars))
            except InputError as error:
                documents.append(error)
        known = self.allow | options.allow
        parsed = parse_each([d for d in documents if isinstance(d, Document)], self.nlp,
                            self.lang)
        return [
            document if isinstance(document, InputError)
            else self._report(next(parsed), options.targets, known)
            for document in documents
        ]

    def read(self, text: str | bytes, *, format: str = "auto",
             max_chars: int = MAX_INPUT_CHARS) -> Document:
        """The text read into segments; ``InputError`` if it cannot be read."""
        return read_text(text, format, max_chars)

    def _report(self, parsed: ParsedDocument, targets: Targets, allow: frozenset[str]) -> Report:
        profile = self.profile
        scoring = profile.scoring
        zipfs = [profile.frequencies.word_zipfs(sentence.words) for sentence in parsed.sentences]
        parsed, zipfs, others, mostly = self._own_language(parsed, zipfs)
        found = self.matcher.find(parsed, targets.jargon_threshold, zipfs)
        terms = [term for term in found if not is_allowed(term, allow)]
        given = [term for term in found if term.explained or is_allowed(term, allow)]
        known = {word.start for word in _words_within(parsed, given)}
        terms_by_sentence: dict[int, list[JargonTerm]] = defaultdict(list)
        for term in terms:
            terms_by_sentence[term.sentence].append(term)
        sentence_counts = [
            count(sentence.words, 1, profile.familiar, self.lang) for sentence in parsed.sentences
        ]
        asides = parenthesised(parsed.document.source, parsed.words)
        sentence_vocabulary = [
            familiarity(sentence.words, terms_by_sentence[index], zipfs[index], known, asides)
            for index, sentence in enumerate(parsed.sentences)
        ]
        # Every word and term belongs to one sentence, so the document's totals are their sums.
        counts = total(sentence_counts, Counts)
        grade = scoring.grade(counts, total(sentence_vocabulary, Vocabulary))
        sentence_grades = [
            scoring.grade(sentence, vocabulary)
            for sentence, vocabulary in zip(sentence_counts, sentence_vocabulary, strict=True)
        ]
        context = RuleContext(parsed, targets, grade, sentence_grades, terms)
        findings = [finding for check in RULE_CHECKS for finding in check(context)]
        # The clear-communication checklist.
        communication = assess(parsed, findings, self.lang, profile.grammar)
        findings += communication.findings
        notes = [] if counts.words else ["The text has no words to measure, so it has no scores."]
        scores = {name: formula(counts) for name, formula in scoring.scores.items()}
        extra: dict[str, Any] = {}
        if profile.variant != self.lang:
            extra["variant"] = profile.variant
        if mostly:
            notes.append(
                f"Most of this text looks like {language_name(mostly)} ({mostly}), not "
                f"{language_name(self.lang)}, so every sentence is checked as "
                f"{language_name(self.lang)}. If that is wrong, name the text's language "
                f"(lang={mostly!r}, or a file name such as leaflet.{mostly}.md); Plainly "
                f"reads {' and '.join(SUPPORTED_LANGUAGES)}.")
        if others:
            notes.append(self._others_note(others))
            extra["other_languages"] = [
                {"start": sentence.start, "end": sentence.end, "lang": lang}
                for sentence, lang in others
            ]
        return Report(
            lang=self.lang,
            format=parsed.document.format,
            counts=counts,
            readability=Readability(
                grade=grade,
                target_grade=targets.target_grade,
                method=scoring.method,
                scores=scores,
                extra=scoring.extra(scores),
            ),
            sentences=[
                SentenceReport(s.start, s.end, s.text, s.kind, s.segment, len(s.words), g)
                for s, g in zip(parsed.sentences, sentence_grades, strict=True)
            ],
            findings=findings,
            jargon=self._jargon_report(parsed, zipfs, counts.words, terms, known),
            notes=notes,
            extra=extra,
            communication=communication.report,
        )

    def _own_language(self, parsed: ParsedDocument, zipfs: list[tuple[float, ...]]
                      ) -> tuple[ParsedDocument, list[tuple[float, ...]],
                                 list[tuple[Sentence, str]], str | None]:
        """The document's sentences in the engine's language and their words' Zipf
        frequencies, the sentences in other languages with the language of each, and None.
        Those are not the document's prose (a notice of language services in Spanish,
        Vietnamese and Chinese at the foot of an English leaflet): they are left out of every
        measure and finding, and the report says where they are.  When those of one language
        hold more words than the rest of the text, the text is in the wrong language rather
        than quoting another: every sentence is kept, and that language comes last, for a
        note (a Spanish leaflet checked as English still shows as hard, and says why; a
        notice in 15 languages has no such language)."""
        kept: list[Sentence] = []
        kept_zipfs: list[tuple[float, ...]] = []
        others: list[tuple[Sentence, str]] = []
        for sentence, sentence_zipfs in zip(parsed.sentences, zipfs, strict=True):
            lettered = [(word.text, zipf) for word, zipf in zip(sentence.words, sentence_zipfs,
                                                                strict=True)
                        if word.letters and not word.is_link]
            lang = None
            if lettered and may_be_other_language([text for text, _ in lettered],
                                                  [zipf for _, zipf in lettered],
                                                  self._stop_words):
                lang = self.identifier.other_language(sentence.text, self.lang)
            if lang is None:
                kept.append(sentence)
                kept_zipfs.append(sentence_zipfs)
            else:
                others.append((sentence, lang))
        if not others:
            return parsed, zipfs, others, None
        words = Counter[str]()
        for sentence, lang in others:
            words[lang] += len(sentence.words)
        lang, most = words.most_common(1)[0]
        if most > sum(len(sentence.words) for sentence in kept):
            return parsed, zipfs, [], lang
        return replace(parsed, sentences=kept), kept_zipfs, others, None

    def _others_note(self, others: Sequence[tuple[Sentence, str]]) -> str:
        """The report's note on the sentences in other languages."""
        names = sorted({language_name(lang) for _, lang in others})
        count = len(others)
        return (f"{count} {'sentence' if count == 1 else 'sentences'} in "
                f"{', '.join(names[:-1]) + ' and ' + names[-1] if len(names) > 1 else names[0]} "
                f"{'is' if count == 1 else 'are'} not checked: this report reads "
                f"{language_name(self.lang)}.")

    @staticmethod
    def _jargon_report(parsed: ParsedDocument, zipfs: Sequence[Sequence[float]], total: int,
                       terms: list[JargonTerm], known: set[int]) -> JargonReport:
        """Frequency bands of all words; unknown words are those of unexplained terms plus
        rare words that no term covers and the reader was not given (terms and words are
        both in text order)."""
        bands: dict[str, int] = dict.fromkeys(BANDS, 0)
        unknown = sum(term.words for term in terms if term.is_fault)
        spans = iter([(term.start, term.end) for term in terms])
        current = next(spans, None)
        for word, zipf in zip(parsed.words, itertools.chain.from_iterable(zipfs), strict=True):
            while current is not None and current[1] <= word.start:
                current = next(spans, None)
            its_band = word_band(word, zipf)
            if its_band is not None:
                bands[its_band] += 1
            covered = current is not None and current[0] <= word.start < current[1]
            if its_band == "rare" and not covered and word.start not in known:
                unknown += 1
        return JargonReport(words=total, terms=terms, bands=bands, unknown_words=unknown)


def variant_frequencies(lists: WordLists, variant: str, grammar: SpanishGrammar | None = None
                        ) -> Frequencies:
    """Word frequencies as readers of ``variant`` know them: in UK English a UK spelling is
    as familiar as the US one ("anaemia" as "anemia"), and everyday UK words ("GP",
    "paracetamol", "nappies") are common (``wordlists/en/variants.csv``); in Spanish a verb
    is as familiar as all its forms (by the grammar's lemma lookup), and a diminutive as the
    word it is made from."""
    if variant != "en-GB":
        if grammar is None:
            return Frequencies(lists.lang)
        return Frequencies(lists.lang, lemma_of=grammar.verb_lemma, base_of=diminutive_base)
    return Frequencies(
        lists.lang,
        same_as={pair.gb.lower(): pair.us.lower() for pair in lists.variants
                 if pair.kind == "spelling"},
        everyday=[pair.gb for pair in lists.variants if pair.kind == "word"],
    )


def _words_within(parsed: ParsedDocument, terms: Sequence[JargonTerm]) -> Iterable[Word]:
    """The words inside any of ``terms`` (both in text order)."""
    spans = iter([(term.start, term.end) for term in terms])
    current = next(spans, None)
    for word in parsed.words:
        while current is not None and current[1] <= word.start:
            current = next(spans, None)
        if current is None:
            return
        if current[0] <= word.start:
            yield word


def normalise_allow(terms: Iterable[str]) -> frozenset[str]:
    """Allowed terms as matched: case-folded, inner white space collapsed."""
    return frozenset(" ".join(term.split()).casefold() for term in terms if term.strip())


def is_allowed(term: JargonTerm, allow: frozenset[str]) -> bool:
    """The writer allowed this term, by its text or its base form."""
    return bool(allow) and (term.text.casefold() in allow or term.lemma.casefold() in allow)


def check_variant(lang: str, variant: str | None) -> str:
    """The variant to use for ``lang``; ``InputError`` for an unknown language or variant."""
    if lang not in VARIANTS:
        raise InputError(
            f"language {lang!r} is not supported; use one of {', '.join(SUPPORTED_LANGUAGES)}",
            code="unknown_language",
        )
    variants = VARIANTS[lang]
    if variant is None:
        return variants[0]
    if variant not in variants:
        raise InputError(
            f"variant {variant!r} is not known for {lang!r}; use one of {', '.join(variants)}",
            code="invalid_option",
        )
    return variant


def check_targets(format: str, target_grade: float, max_sentence_words: int,
                  jargon_threshold: float) -> Targets:
    """The writer's targets, checked; ``InputError`` for a value out of range."""
    check_format(format)
    if not is_number_in(target_grade, *TARGET_GRADES):
        low, high = TARGET_GRADES
        raise InputError(f"target_grade must be a number from {low} to {high} (US school grade)",
                         code="invalid_option")
    if isinstance(max_sentence_words, bool) or not isinstance(max_sentence_words, int) or (
        max_sentence_words < 1
    ):
        raise InputError("max_sentence_words must be a whole number of 1 or more",
                         code="invalid_option")
    if not is_number_in(jargon_threshold, 0, 1):
        raise InputError("jargon_threshold must be a number from 0 to 1 (word difficulty)",
                         code="invalid_option")
    return Targets(target_grade=float(target_grade), max_sentence_words=max_sentence_words,
                   jargon_threshold=float(jargon_threshold))


def check_format(format: str) -> None:
    """``InputError`` unless ``format`` is one the reader knows."""
    if format not in FORMATS:
        raise InputError(
            f"format {format!r} is not known; use one of {', '.join(FORMATS)}",
            code="unknown_format",
        )


def read_text(text: str | bytes, format: str = "auto",
              max_chars: int = MAX_INPUT_CHARS) -> Document:
    """The input read into segments; ``InputError`` if it cannot be read."""
    check_format(format)
    return read_document(as_text(text, max_chars), format)


def as_text(text: str | bytes, max_chars: int = MAX_INPUT_CHARS) -> str:
    """The input as text: decoded (UTF-8, or UTF-16/32 with a byte-order mark), within
    ``max_chars``, not binary, BOM removed."""
    if isinstance(text, bytes | bytearray):
        try:
            text = decode(bytes(text))
        except NotText as error:
            raise _not_text(error) from None
    if not isinstance(text, str):
        raise InputError(f"text must be a string, not {type(text).__name__}", code="invalid_type")
    if len(text) > max_chars:
        raise InputError(
            f"the text has {len(text):,} characters, more than the limit of "
            f"{max_chars:,}; split it into smaller documents",
            code="too_large",
        )
    if looks_binary(text):
        raise _not_text(NotText())
    return text.lstrip("\ufeff")


def _not_text(error: NotText) -> InputError:
    """The library's error for input that is not text."""
    if error.encoding is None:
        return InputError(
            "the input looks like a binary file, not text; send the document's text "
            "(plain, Markdown or HTML)",
            code="binary_input",
        )
    return InputError(
        f"the input is not valid {error.encoding} (byte {error.position}); save "
        "the file as UTF-8 text and try again",
        code="invalid_encoding",
    )
