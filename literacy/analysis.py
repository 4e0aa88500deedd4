"""``analyze``: the convenience front door, text in and report out, on default engines.

A program that analyses many texts, or needs its own word lists, allow list or variant,
builds a :class:`literacy.Engine` once and calls it.  ``analyze`` keeps one default engine
per language in :data:`DEFAULT_ENGINES`, an explicit registry built on first use, and adds
language detection (``lang="auto"``) with :data:`DEFAULT_IDENTIFIER`.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import Any, Unpack

from literacy.engine import (
    MAX_INPUT_CHARS,
    SUPPORTED_LANGUAGES,
    Engine,
    OptionValues,
    check_variant,
    read_text,
)
from literacy.errors import InputError
from literacy.language import LanguageIdentifier
from literacy.report import Report

AUTO = "auto"


class Engines:
    """Engines by (language, variant), each built once when first asked for."""

    def __init__(self) -> None:
        self._engines: dict[tuple[str, str], Engine] = {}
        self._lock = threading.Lock()

    def get(self, lang: str, variant: str | None = None) -> Engine:
        """The engine for ``lang`` and ``variant`` (the language's default variant if None)."""
        key = (lang, check_variant(lang, variant))
        engine = self._engines.get(key)
        if engine is None:
            with self._lock:
                engine = self._engines.get(key)
                if engine is None:
                    engine = Engine.load(lang, variant=key[1], identifier=DEFAULT_IDENTIFIER)
                    self._engines[key] = engine
        return engine


DEFAULT_ENGINES = Engines()
"""The engines behind :func:`analyze`."""

DEFAULT_IDENTIFIER = LanguageIdentifier()
"""The language identifier behind ``lang="auto"`` and the translation checks (its model is
unpacked on first use)."""


def analyze(text: str | bytes, *, lang: str = "en", variant: str | None = None,
            **options: Unpack[OptionValues]) -> Report:
    """Analyse ``text`` (plain text, Markdown or HTML) and report how hard it is to read.

    ``lang`` is ``"en"``, ``"es"`` or ``"auto"`` (detected; the report says what was found
    and how sure); the options are those of :class:`literacy.engine.Options`.  Raises
    ``InputError`` as :meth:`Engine.analyze` does, and for an unknown language.
    """
    if lang != AUTO and lang not in SUPPORTED_LANGUAGES:
        raise InputError(
            f"language {lang!r} is not supported; use one of "
            f"{', '.join(SUPPORTED_LANGUAGES)}, or {AUTO!r} to detect it",
            code="unknown_language",
        )
    extra: dict[str, Any] = {}
    if lang == AUTO:
        lang, confidence = detect_document_language(
            text, options.get("format", "auto"), options.get("max_chars", MAX_INPUT_CHARS))
        extra["language_detection"] = {"lang": lang, "confidence": round(confidence, 4)}
    report = DEFAULT_ENGINES.get(lang, variant).analyze(text, **options)
    return replace(report, extra={**report.extra, **extra}) if extra else report


def detect_document_language(
    text: str | bytes, format: str = "auto", max_chars: int = MAX_INPUT_CHARS,
    identifier: LanguageIdentifier = DEFAULT_IDENTIFIER,
) -> tuple[str, float]:
    """The language of a document's prose among those Plainly scores, and its probability."""
    document = read_text(text, format, max_chars)
    return identifier.scored(
        " ".join(segment.text for segment in document.segments)[:20_000], SUPPORTED_LANGUAGES
    )
