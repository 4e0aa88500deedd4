"""Syllable counts for English and Spanish, tuned to be right for medical words.

Public API: :func:`count_syllables`.  The work is split by job:

- ``tokens``: a token as written ("2.5mg", "β-blocker", "(COPD)") into the pieces read
  aloud, and a bound on how much of a token is read;
- ``numerals``: numbers and symbols as read aloud (Flesch 1948);
- ``acronyms``: letter names, and whether an all-capital word reads as a word;
- ``english``: CMUdict, then a rule-based estimator for unknown words, with the medical
  word parts of ``literacy.affixes``;
- ``spanish``: syllabification after the RAE's *Ortografía* (2010).
"""

from __future__ import annotations

import functools

from literacy.syllables.tokens import count_token

__all__ = ["count_syllables"]

_LANGUAGES: tuple[str, ...] = ("en", "es")  # the languages it reads (codes as given)
# Only the first MAX_TOKEN_CHARS characters of a token are read: no word read aloud is that
# long (the longest word in major English dictionaries has 45 letters), and the bound keeps
# the work (and the cache entry) per token constant, so a 100,000-letter run costs what a
# long word costs and gets the estimate of its first 100 letters.
MAX_TOKEN_CHARS = 100


def count_syllables(word: str, lang: str = "en") -> int:
    """Return the number of syllables in ``word`` as read aloud in ``lang``.

    ``lang`` is ``"en"`` (or any code starting with ``en``, e.g. ``"en-US"``) or
    ``"es"`` (or a code starting with ``es``).  Any other language raises
    :class:`ValueError`.  Surrounding punctuation is ignored; a token with no
    letters or digits has 0 syllables.  Hyphenated and slashed tokens are the
    sum of their parts.  A token longer than ``MAX_TOKEN_CHARS`` is read up to that
    length.  See ``numerals`` and ``acronyms`` for numbers and acronyms.
    """
    return _count_cached(word[:MAX_TOKEN_CHARS], _normalise_lang(lang))


def _normalise_lang(lang: str) -> str:
    if lang in _LANGUAGES:
        return lang
    code = lang.strip().lower()
    if code.startswith("en"):
        return "en"
    if code.startswith("es"):
        return "es"
    raise ValueError(
        f"unsupported language {lang!r}: supported languages are "
        "'en' (English) and 'es' (Spanish)"
    )


@functools.lru_cache(maxsize=1 << 17)
def _count_cached(word: str, lang: str) -> int:
    return count_token(word, lang)
