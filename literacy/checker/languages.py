"""Which language a document's path names, by the translation conventions.

``leaflet.es.md`` and ``es/leaflet.md`` are Spanish.  A name's second suffix may name any of
the languages the language identifier knows (``PATH_LANGUAGES``), so that whatever PL003
finds in a text can be named in its file's name; a folder names only the languages the
translation checks look for (``FOLDER_LANGUAGES``), because many folders are named after
countries whose codes are also languages' (``uk/`` for UK English is not Ukrainian, ``ca/``
not Catalan, ``se/`` not Northern Sami).  Languages that a configuration requires
translations in are recognised in both places.
"""

from __future__ import annotations

from collections.abc import Collection

from literacy.engine import SUPPORTED_LANGUAGES
from literacy.language import base_language, canonical_tag, is_language_tag

__all__ = ["DEFAULT_LANGUAGES", "FOLDER_LANGUAGES", "PATH_LANGUAGES", "path_language"]

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "es", "zh", "vi", "ko", "tl", "ru", "ar", "ht", "fr", "pt", "pl", "ja", "it", "de", "fa",
)
"""Languages looked for by :func:`literacy.checker.translations.find_translation_pairs`: the
languages most often needed for US patient materials (US Census Bureau, American Community
Survey, languages spoken at home), by ISO 639-1 code."""

FOLDER_LANGUAGES = frozenset({*SUPPORTED_LANGUAGES, *DEFAULT_LANGUAGES})
"""The languages a folder names (``fr/leaflet.md``): those Plainly scores and those the
translation checks look for."""

PATH_LANGUAGES = frozenset({
    "af", "am", "an", "ar", "as", "az", "be", "bg", "bn", "br", "bs", "ca", "cs", "cy", "da",
    "de", "dz", "el", "en", "eo", "es", "et", "eu", "fa", "fi", "fo", "fr", "ga", "gl", "gu",
    "he", "hi", "hr", "ht", "hu", "hy", "id", "is", "it", "ja", "jv", "ka", "kk", "km", "kn",
    "ko", "ku", "ky", "la", "lb", "lo", "lt", "lv", "mg", "mk", "ml", "mn", "mr", "ms", "mt",
    "nb", "ne", "nl", "nn", "no", "oc", "or", "pa", "pl", "ps", "pt", "qu", "ro", "ru", "rw",
    "se", "si", "sk", "sl", "sq", "sr", "sv", "sw", "ta", "te", "th", "tl", "tr", "ug", "uk",
    "ur", "vi", "vo", "wa", "xh", "zh", "zu",
})
"""The languages a name's second suffix names (``leaflet.nl.md``): the 97 the language
identifier knows (langid.py's model; a test checks the list against it)."""


def path_language(relative: str, also: Collection[str] = ()) -> str | None:
    """The language tag a document's path (relative to its configuration's folder) names, in
    BCP 47's case: a name's second suffix (``leaflet.es.md``, ``leaflet.zh-Hant.md``,
    ``leaflet.pt_BR.md``) of a language in ``PATH_LANGUAGES``, else the closest folder
    (``fr/leaflet.md``) of one in ``FOLDER_LANGUAGES``, or of one in ``also`` (the
    configuration's required translations) in either place; a part must be a valid tag
    (any case, ``_`` for ``-``).  None when the path names no language."""
    required = {base_language(tag) for tag in also}
    *folders, name = relative.split("/")
    parts = name.split(".")
    candidates = [(parts[-2], PATH_LANGUAGES | required)] if len(parts) >= 3 else []
    candidates += [(folder, FOLDER_LANGUAGES | required) for folder in reversed(folders)]
    for candidate, known in candidates:
        tag = candidate.replace("_", "-")
        if base_language(tag) in known and is_language_tag(tag):
            return canonical_tag(tag)
    return None
