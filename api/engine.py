"""The service's heavy state: one spaCy pipeline per supported language and the word lists,
created once by ``init_app`` and kept in ``app.extensions["plainly"]``.

Under gunicorn with ``preload_app`` the master process builds the app, so the pipelines are
loaded once before the workers fork and every worker shares them.  ``analyze_document``
is the one place the API calls the engine; it turns the engine's errors into ``ApiError``.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flask import Flask, current_app

import literacy
from api.config import Settings
from api.errors import ERRORS, ApiError
from literacy.nlp import load_pipeline

if TYPE_CHECKING:
    from api.guard import TokenBucketLimiter

try:
    from literacy.wordlists import WordListError
except ImportError:  # an engine without word lists

    class WordListError(Exception):  # type: ignore[no-redef]
        """Stands in for ``literacy.wordlists.WordListError`` when there are no word lists."""


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
    pipelines: dict[str, Any] = field(default_factory=dict)
    pipeline_errors: dict[str, str] = field(default_factory=dict)
    wordlists: dict[str, WordlistStatus] = field(default_factory=dict)
    spec: dict[str, Any] | None = None
    limiter: TokenBucketLimiter | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def ready(self) -> bool:
        """True when the pipeline of every supported language is loaded."""
        return all(lang in self.pipelines for lang in self.languages)

    def load_pipelines(self) -> None:
        """Load (once) every language's pipeline and run one tiny analysis to warm caches."""
        for lang in self.languages:
            try:
                self.pipeline(lang)
            except ApiError as error:
                logger.error("pipeline for %s not loaded: %s", lang, error.message)

    def pipeline(self, lang: str) -> Any:
        """The loaded pipeline for ``lang``; loads it on first use; 503 if it cannot."""
        if lang in self.pipelines:
            return self.pipelines[lang]
        with self._lock:
            if lang not in self.pipelines:
                try:
                    nlp = load_pipeline(lang)
                    literacy.analyze(WARM_UP_TEXT, lang=lang)
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
                    raise ApiError("pipeline_unavailable", message, status_code=503) from None
                self.pipeline_errors.pop(lang, None)
                self.pipelines[lang] = nlp
                logger.info("pipeline for %s loaded", lang)
        return self.pipelines[lang]

    def load_wordlists(self) -> None:
        """Load the word lists of every language; record why when they cannot be loaded."""
        for lang in self.languages:
            self.wordlists[lang] = _load_wordlists(lang)


def _load_wordlists(lang: str) -> WordlistStatus:
    try:
        from literacy.wordlists import load_wordlists
    except ImportError:
        return WordlistStatus(lang, None, error="this installation has no word lists "
                              "(literacy.wordlists is missing); reinstall the project")
    try:
        lists = load_wordlists(lang)
    except Exception as error:
        logger.error("word lists for %s not loaded: %s", lang, error)
        return WordlistStatus(lang, None, error=f"the word lists for {lang!r} could not be "
                              f"loaded: {error}")
    counts = lists.counts() if callable(lists.counts) else lists.counts
    return WordlistStatus(lang, str(lists.version), {str(k): int(v) for k, v in counts.items()})


def init_app(app: Flask, settings: Settings) -> PlainlyState:
    """Create the state once and keep it in ``app.extensions["plainly"]``."""
    state = PlainlyState(settings=settings, languages=tuple(literacy.SUPPORTED_LANGUAGES))
    if settings.rate_limit is not None:
        from api.guard import TokenBucketLimiter

        state.limiter = TokenBucketLimiter(settings.rate_limit)
    state.load_wordlists()
    if settings.preload_pipelines:
        state.load_pipelines()
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
    for loaded in state.languages if language == "auto" else (language,):
        state.pipeline(loaded)
    try:
        report = literacy.analyze(
            text,
            lang=language,
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
    return result
