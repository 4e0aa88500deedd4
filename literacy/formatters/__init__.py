"""Output formats for ``plainly check``, one module each, chosen from ``FORMATTERS``.

Each module has ``emit(stream, results, context)`` (see ``literacy.formatters.base``).
"""

from __future__ import annotations

from literacy.formatters import github, json, junit, sarif, text
from literacy.formatters.base import EmitContext, Formatter

FORMATTERS: dict[str, Formatter] = {
    "text": text.emit,
    "json": json.emit,
    "sarif": sarif.emit,
    "github": github.emit,
    "junit": junit.emit,
}

__all__ = ["FORMATTERS", "EmitContext", "Formatter"]
