"""The engine's own errors: each says what went wrong and what to do about it.

These are not findings about a document; they are reasons the engine could not read one
(``InputError``) or could not start (``PipelineError``).
"""

from __future__ import annotations


class PlainlyError(Exception):
    """Base class of the engine's errors; ``code`` is stable for API clients."""

    code = "plainly_error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InputError(PlainlyError, ValueError):
    """The input cannot be analysed as given (binary, undecodable, too large, bad option);
    ``language`` is the language detected in a text Plainly cannot score."""

    def __init__(self, message: str, code: str = "invalid_input",
                 language: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.language = language


class PipelineError(PlainlyError, RuntimeError):
    """A language pipeline is missing or cannot be loaded."""

    code = "pipeline_unavailable"
