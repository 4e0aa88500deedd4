"""The service's heavy state: one ``literacy.Engine`` per supported language, built once by
``init_app`` and kept in ``app.extensions["plainly"]``.

Under gunicorn with ``preload_app`` the master process builds the app, so the engines (spaCy
pipelines, word lists, frequency tables) are loaded once before the workers fork and every
worker shares them.  ``analyze_document`` is the one place the API calls the engine; it turns
the engine's errors into ``ApiError``.
"""

from __future__ import annotations

import functools
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

import literacy
from api.config import Settings
from api.errors import ERRORS, ApiError
from api.models import AnalysisOptions
from literacy import Engine
from literacy.analysis import DEFAULT_IDENTIFIER, detect_document_language
from literacy.engine import Options, OptionValues
from literacy.language import LanguageIdentifier
from literacy.reading import is_blank
from literacy.translations import Lexicons

logger = logging.getLogger("plainly.api")

EXTENSION = "plainly"
WARM_UP_TEXT = "Take one tablet twice a day. Call your doctor if you feel dizzy."
_WAIT_STEP = 0.1  # seconds between looks at a loading engine


@dataclass(frozen=True)
class WordlistStatus:
    """The word lists of one language, or why they are not available."""

    lang: str
    version: str | None
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None


@dataclass
class PlainlyState:
    """Everything a worker keeps between requests."""

    settings: Settings
    languages: tuple[str, ...]
    engines: dict[str, Engine] = field(default_factory=dict)
    pipeline_errors: dict[str, str] = field(default_factory=dict)
    wordlists: dict[str, WordlistStatus] = field(default_factory=dict)
    lexicons: Lexicons = field(default_factory=Lexicons)  # translation alignment lexicons
    spec: dict[str, Any] | None = None
    # For lang="auto" and the engines' sentences in other languages; the translation checks'
    # own, so its model is unpacked once a process.
    identifier: LanguageIdentifier = DEFAULT_IDENTIFIER
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _loaders: dict[str, threading.Thread] = field(default_factory=dict, repr=False)

    @property
    def ready(self) -> bool:
        """True when the engine of every supported language is loaded."""
        return all(lang in self.engines for lang in self.languages)

    def load_engines(self) -> None:
        """Load (once) every language's engine and run one tiny analysis to warm it."""
        for lang in self.languages:
            try:
                self.engine(lang)
            except ApiError as error:
                logger.error("engine for %s not loaded: %s", lang, error.message)

    def engine(self, lang: str) -> Engine:
        """The loaded engine for ``lang``; loads it on first use; 503 if it cannot.

        The load runs in a thread of its own, which this one waits for: a request's deadline
        (raised in the request's thread) stops the wait, never the load, so with
        ``PRELOAD_PIPELINES=false`` a deadline shorter than the load still lets a later
        request find the engine loaded."""
        if lang in self.engines:
            return self.engines[lang]
        with self._lock:
            loader = self._loaders.get(lang)
            if loader is None:
                loader = threading.Thread(target=self._load, args=(lang,),
                                          name=f"plainly-load-{lang}", daemon=True)
                self._loaders[lang] = loader
                loader.start()
        while loader.is_alive():
            loader.join(_WAIT_STEP)  # short steps, so that a deadline can interrupt the wait
        if lang in self.engines:
            return self.engines[lang]
        message = self.pipeline_errors.get(lang, f"The engine for {lang!r} is still loading; "
                                                 "try again in a few seconds.")
        raise ApiError("pipeline_unavailable", message, status_code=503)

    def _load(self, lang: str) -> None:
        """Load and warm ``lang``'s engine, or record why it cannot start; a failed load is
        tried again by the next request."""
        try:
            engine = Engine.load(lang, identifier=self.identifier)
            engine.analyze(WARM_UP_TEXT)
        except literacy.PipelineError as error:
            self.pipeline_errors[lang] = error.message
        except Exception as error:  # e.g. a bad word-list file: stay up, say why
            logger.exception("the engine could not start for %s", lang)
            message = (
                f"The engine could not start for {lang!r}: {error}. Fix the files it "
                "names (or reinstall the project) and restart the server."
            )
            self.pipeline_errors[lang] = message
            self.wordlists[lang] = WordlistStatus(lang, None, error=message)
        else:
            self.pipeline_errors.pop(lang, None)
            self.engines[lang] = engine
            lists = engine.wordlists
            self.wordlists[lang] = WordlistStatus(lang, lists.version, dict(lists.counts))
            logger.info("engine for %s loaded", lang)
        finally:
            with self._lock:
                if lang not in self.engines:
                    del self._loaders[lang]


def init_app(app: Flask, settings: Settings) -> PlainlyState:
    """Create the state once and keep it in ``app.extensions["plainly"]``."""
    state = PlainlyState(settings=settings, languages=tuple(literacy.SUPPORTED_LANGUAGES))
    if settings.preload_pipelines:
        state.load_engines()
    app.extensions[EXTENSION] = state
    return state


def get_state() -> PlainlyState:
    """The state of the current app."""
    state: PlainlyState = current_app.extensions[EXTENSION]
    return state


@dataclass(frozen=True)
class DocumentRequest:
    """One document to analyse and its options, as the API's models checked them (an option
    left None: the server's default)."""

    text: str
    options: AnalysisOptions = field(default_factory=AnalysisOptions)


def analyze_document(request: DocumentRequest) -> dict[str, Any]:
    """Analyse one document with the server's defaults filled in; the report's dict."""
    result = analyze_documents([request])[0]
    if isinstance(result, ApiError):
        raise result
    return result


def analyze_documents(requests: Sequence[DocumentRequest]) -> list[dict[str, Any] | ApiError]:
    """Analyse several documents, those with the same language and options in one pass of
    the pipeline (``Engine.analyze_each``); a document that cannot be analysed gets its
    ``ApiError`` in its place.  An engine that cannot start is a 503 for the whole request."""
    state = get_state()
    settings = state.settings
    results: list[dict[str, Any] | ApiError | None] = [None] * len(requests)
    groups: dict[tuple[str, str | None, Options], list[int]] = {}
    detected: dict[int, dict[str, Any]] = {}
    for index, request in enumerate(requests):
        try:
            lang = _language(request, detected, index)
        except ApiError as error:
            results[index] = error
            continue
        try:
            options = _options(request, settings)
        except literacy.InputError as error:  # an option out of range
            results[index] = _input_error(error)
            continue
        groups.setdefault((lang, request.options.variant, options), []).append(index)
    for (lang, variant, options), members in groups.items():
        engine = state.engine(lang)
        if variant is not None and lang == "en":
            engine = engine.with_variant(variant)
        analyse = functools.partial(engine.analyze_with, options=options)

        try:
            reports: list[literacy.Report | literacy.InputError | ApiError] = list(
                analyse([requests[i].text for i in members])
            )
        except literacy.PipelineError as error:
            raise ApiError("pipeline_unavailable", error.message, status_code=503) from None
        except ApiError:  # the request's deadline (raised in this thread): the whole request
            raise
        except Exception:  # an engine bug: find the document, and still answer the others
            reports = [_alone(analyse, requests[i].text) for i in members]
        for index, report in zip(members, reports, strict=True):
            if isinstance(report, ApiError):
                results[index] = report
                continue
            if isinstance(report, literacy.InputError):
                results[index] = _input_error(report)
                continue
            # Measures only, never text: what an operator needs to see why a request was slow.
            logger.debug(
                "analysed lang=%s format=%s words=%d sentences=%d findings=%d",
                report.lang, report.format, report.counts.words, report.counts.sentences,
                len(report.findings),
            )
            results[index] = {**report.to_dict(), **detected.get(index, {})}
    return [result for result in results if result is not None]


def _options(request: DocumentRequest, settings: Settings) -> Options:
    """The request's options with the server's defaults filled in, checked."""
    values: OptionValues = {
        "format": request.options.format or "auto",
        "target_grade": settings.default_target_grade if request.options.target_grade is None
        else request.options.target_grade,
        "max_sentence_words": settings.default_max_sentence_words
        if request.options.max_sentence_words is None else request.options.max_sentence_words,
        "allow": request.options.allow or (),
    }
    if request.options.jargon_threshold is not None:
        values["jargon_threshold"] = request.options.jargon_threshold
    return Options.of(**values)


def _language(request: DocumentRequest, detected: dict[int, dict[str, Any]], index: int) -> str:
    """The document's language: given, or detected (recorded in ``detected``); an
    ``ApiError`` for an empty text or a language that cannot be scored."""
    state = get_state()
    language = request.options.lang or "en"
    if language != "auto" and language not in state.languages:
        raise ApiError(
            "unknown_language",
            f"Language {language!r} is not supported; use one of: "
            f"{', '.join(state.languages)}.",
        )
    if is_blank(request.text):
        raise ApiError(
            "empty_text",
            "The text is empty. Send the document's words in the text field.",
        )
    if language != "auto":
        return language
    try:
        language, confidence = detect_document_language(
            request.text, request.options.format or "auto", identifier=state.identifier
        )
    except literacy.InputError as error:
        raise _input_error(error) from None
    detected[index] = {"language_detection": {"lang": language,
                                              "confidence": round(confidence, 4)}}
    return language


def _alone(analyse: Callable[[Sequence[str]], list[literacy.Report | literacy.InputError]],
           text: str) -> literacy.Report | literacy.InputError | ApiError:
    """One document analysed on its own; an internal error (logged, never the text) if the
    engine fails on it."""
    try:
        return analyse([text])[0]
    except ApiError:
        raise
    except Exception as error:
        logger.error("unhandled %s on one document", type(error).__name__,
                     exc_info=(type(error), error, error.__traceback__))
        return ApiError("internal_error", "The server failed to analyse this document. It has "
                        "been logged; report it if it keeps happening.")


def _input_error(error: literacy.InputError) -> ApiError:
    spec = ERRORS.get(error.code)
    return ApiError(error.code, error.message, status_code=spec.status if spec else 422)
