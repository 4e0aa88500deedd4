"""Plainly's engine: how hard a health text is to read, and what to change.

The public entry point is ``analyze(text, ...)``, which returns a ``Report`` whose
``to_dict()`` is the JSON the HTTP API returns.
"""

from literacy.analysis import SUPPORTED_LANGUAGES, analyze
from literacy.errors import InputError, PipelineError, PlainlyError
from literacy.findings import Finding, Span, Suggestion
from literacy.report import Report, report_schema
from literacy.suggestions import apply_suggestions
from literacy.translations import check_translations

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Finding",
    "InputError",
    "PipelineError",
    "PlainlyError",
    "Report",
    "Span",
    "Suggestion",
    "analyze",
    "apply_suggestions",
    "check_translations",
    "report_schema",
]
