"""Which language a text is written in, among a few candidates, offline.

The identifier is langid.py (Lui & Baldwin 2012, "langid.py: An Off-the-shelf Language
Identification Tool", ACL 2012 System Demonstrations; the ``langid`` package on PyPI): a
multinomial naive Bayes model over byte n-grams, trained on 97 languages.  Its model ships
inside the package (``langid.langid.model``), so nothing is downloaded, ever.  The model is
decompressed once per process, on first use (about 5-8 seconds; call :func:`load_identifier`
at start-up to pay that early), and restricted to the candidate languages with
``set_languages``, with probabilities normalised over them (``norm_probs=True``).

Short texts are unreliable: under about 20 letters any identifier guesses.  Callers that
must be right (``literacy.translations``) only ask about longer texts.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

__all__ = [
    "UNDETERMINED",
    "detect_language",
    "known_languages",
    "load_identifier",
]

UNDETERMINED = "und"
"""ISO 639-2 code for "undetermined": returned for a text with no letters."""

_LOCK = threading.Lock()
_FULL: list[Any] = []  # the decompressed model, shared by the restricted identifiers


def _model() -> Any:
    """The full langid model, decompressed once per process (thread-safe)."""
    with _LOCK:
        if not _FULL:
            from langid import langid  # imported here: numpy and the model load on first use

            _FULL.append(langid.LanguageIdentifier.from_modelstring(langid.model, norm_probs=True))
        return _FULL[0]


def known_languages() -> frozenset[str]:
    """The ISO 639-1 codes the shipped model knows (97 languages)."""
    return frozenset(_model().nb_classes)


@lru_cache(maxsize=16)
def load_identifier(candidates: tuple[str, ...] = ("en", "es")) -> Any:
    """A langid identifier restricted to ``candidates`` (built once per set of candidates).

    Raises ``ValueError`` for a language the model does not know.
    """
    from langid import langid

    full = _model()
    unknown = sorted(set(candidates) - set(full.nb_classes))
    if unknown:
        raise ValueError(
            f"language(s) {', '.join(unknown)} are not known to the language identifier; "
            f"use ISO 639-1 codes such as 'en' or 'es'"
        )
    identifier = langid.LanguageIdentifier(
        full.nb_ptc, full.nb_pc, full.nb_numfeats, full.nb_classes, full.tk_nextmove,
        full.tk_output, norm_probs=True,
    )
    identifier.set_languages(list(candidates))
    return identifier


def detect_language(text: str, candidates: Iterable[str] = ("en", "es")) -> tuple[str, float]:
    """The most likely of ``candidates`` for ``text``, and its probability among them.

    The probability is normalised over the candidates only, so it says "more Spanish than
    English", not "Spanish rather than anything at all".  A text with no letters gives
    ``("und", 0.0)``; a single candidate is returned with probability 1.0.  Raises
    ``ValueError`` for no candidates or a language the model does not know.
    """
    chosen = tuple(dict.fromkeys(code.strip().lower() for code in candidates))
    if not chosen:
        raise ValueError("detect_language needs at least one candidate language")
    identifier = load_identifier(tuple(sorted(chosen)))
    if not any(char.isalpha() for char in text):
        return UNDETERMINED, 0.0
    if len(chosen) == 1:
        return chosen[0], 1.0
    lang, probability = identifier.classify(text)
    return str(lang), float(probability)
