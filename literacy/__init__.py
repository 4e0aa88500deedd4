"""Plainly's engine: how hard a health text is to read, and what to change.

The public entry points are ``Engine.load(lang, ...)``, an engine built once whose
``analyze(text, ...)`` returns a ``Report`` (its ``to_dict()`` is the JSON the HTTP API
returns), and ``analyze(text, ...)``, the same on a default engine per language.
"""

from literacy.analysis import analyze
from literacy.engine import SUPPORTED_LANGUAGES, Engine, Options
from literacy.errors import InputError, PipelineError, PlainlyError
from literacy.findings import Finding, Span, Suggestion
from literacy.report import Report, report_schema
from literacy.suggestions import (
    SkippedSuggestion,
    SuggestionSelection,
    apply_suggestions,
    select_suggestions,
)
from literacy.translations import check_translations

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Engine",
    "Finding",
    "InputError",
    "Options",
    "PipelineError",
    "PlainlyError",
    "Report",
    "SkippedSuggestion",
    "Span",
    "Suggestion",
    "SuggestionSelection",
    "analyze",
    "apply_suggestions",
    "check_translations",
    "report_schema",
    "select_suggestions",
]
