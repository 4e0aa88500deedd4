"""The service's heavy state: one ``literacy.Engine`` per supported language, built once by
``init_app`` and kept in ``app.extensions["plainly"]``.

Under gunicorn with ``preload_app`` the master process builds the app, so the engines (spaCy
pipelines, word lists, frequency tables) are loaded once before the workers fork and every
worker shares them.  ``analyze_document`` is the one place the API calls the engine; it turns
the engine's errors into ``ApiError``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, current_app

import literacy
from api.config import Settings
from api.errors import ERRORS, ApiError
from literacy import Engine
from literacy.analysis import detect_document_language
from literacy.wordlists import WordListError

logger = logging.getLogger("plainly.api")

EXTENSION = "plainly"
WARM_UP_TEXT = "Take one tablet twice a day. Call your doctor if you feel dizzy."


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
    spec: dict[str, Any] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

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
        """The loaded engine for ``lang``; loads it on first use; 503 if it cannot."""
        if lang in self.engines:
            return self.engines[lang]
        with self._lock:
            if lang not in self.engines:
                try:
                    engine = Engine.load(lang)
                    engine.analyze(WARM_UP_TEXT)
                except literacy.PipelineError as error:
                    self.pipeline_errors[lang] = error.message
                    raise ApiError("pipeline_unavailable", error.message, status_code=503) from None
                except Exception as error:  # e.g. a bad word-list file: stay up, say why
                    logger.exception("the engine could not start for %s", lang)
                    message = (
                        f"The engine could not start for {lang!r}: {error}. Fix the files it "
                        "names (or reinstall the project) and restart the server."
                    )
                    self.pipeline_errors[lang] = message
                    self.wordlists[lang] = WordlistStatus(lang, None, error=message)
                    raise ApiError("pipeline_unavailable", message, status_code=503) from None
                self.pipeline_errors.pop(lang, None)
                self.engines[lang] = engine
                lists = engine.wordlists
                self.wordlists[lang] = WordlistStatus(lang, lists.version, dict(lists.counts))
                logger.info("engine for %s loaded", lang)
        return self.engines[lang]


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


def analyze_document(
    text: str,
    *,
    lang: str | None,
    format: str | None,
    target_grade: float | None,
    max_sentence_words: int | None,
) -> dict[str, Any]:
    """Analyse one document with the server's defaults filled in; the report's dict."""
    state = get_state()
    settings = state.settings
    language = lang or "en"
    if language != "auto" and language not in state.languages:
        raise ApiError(
            "unknown_language",
            f"Language {language!r} is not supported; use one of: "
            f"{', '.join(state.languages)}.",
        )
    if not text.strip():
        raise ApiError(
            "empty_text",
            "The text is empty. Send the document's words in the text field.",
        )
    try:
        extra: dict[str, Any] = {}
        if language == "auto":
            language, confidence = detect_document_language(text, format or "auto")
            extra["language_detection"] = {"lang": language, "confidence": round(confidence, 4)}
        report = state.engine(language).analyze(
            text,
            format=format or "auto",
            target_grade=settings.default_target_grade if target_grade is None else target_grade,
            max_sentence_words=(
                settings.default_max_sentence_words
                if max_sentence_words is None
                else max_sentence_words
            ),
        )
    except literacy.InputError as error:
        spec = ERRORS.get(error.code)
        status = spec.status if spec else 422
        raise ApiError(error.code, error.message, status_code=status) from None
    except literacy.PipelineError as error:
        raise ApiError("pipeline_unavailable", error.message, status_code=503) from None
    except WordListError as error:
        raise ApiError(
            "wordlists_unavailable",
            f"The word lists could not be loaded: {error}. Reinstall the project or fix "
            "the file it names, then restart the server.",
        ) from None
    # Measures only, never text: what an operator needs to see why a request was slow.
    logger.debug(
        "analysed lang=%s format=%s words=%d sentences=%d findings=%d",
        report.lang, report.format, report.counts.words, report.counts.sentences,
        len(report.findings),
    )
    result: dict[str, Any] = report.to_dict()
    result.update(extra)
    return result
