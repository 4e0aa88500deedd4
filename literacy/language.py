"""Which language a text is written in, among a few candidates, offline.

The identifier is langid.py (Lui & Baldwin 2012, "langid.py: An Off-the-shelf Language
Identification Tool", ACL 2012 System Demonstrations; the ``langid`` package on PyPI): a
multinomial naive Bayes model over byte n-grams, trained on 97 languages.  Its model ships
inside the package (``langid.langid.model``), so nothing is downloaded, ever.

A :class:`LanguageIdentifier` holds the model: it is decompressed once per identifier, on
first use (5-25 seconds, depending on the machine; call :meth:`LanguageIdentifier.load` at
start-up to pay that early), and restricted to sets of candidate languages with
``set_languages``, with probabilities normalised over them (``norm_probs=True``).  Nothing
is kept at module level: whoever detects languages holds one identifier per process
(``literacy.analysis.DEFAULT_IDENTIFIER``, which the API's state shares).

Short texts are unreliable: under about 20 letters any identifier guesses.  Callers that
must be right (``literacy.translations``) only ask about longer texts.

:meth:`LanguageIdentifier.scored` is what ``lang="auto"`` uses: it identifies the text
among all the model's languages, and raises ``InputError`` when the text is in a language
Plainly does not score (``unsupported_language``) or has no letters at all
(``no_language``).
"""

from __future__ import annotations

import math
import re
import threading
from collections.abc import Collection, Iterable, Sequence
from typing import Any

import langcodes

from literacy.errors import InputError

__all__ = [
    "BCP47_LENGTHS",
    "BCP47_PATTERN",
    "UNDETERMINED",
    "LanguageIdentifier",
    "base_language",
    "canonical_tag",
    "is_language_tag",
    "language_name",
    "may_be_other_language",
]

UNDETERMINED = "und"
"""ISO 639-2 code for "undetermined": returned for a text with no letters."""

LANGUAGE_NAMES: dict[str, str] = {
    "af": "Afrikaans", "am": "Amharic", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali",
    "bs": "Bosnian", "ca": "Catalan", "cs": "Czech", "cy": "Welsh", "da": "Danish",
    "de": "German", "el": "Greek", "en": "English", "eo": "Esperanto", "es": "Spanish",
    "et": "Estonian", "eu": "Basque", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "ga": "Irish", "gl": "Galician", "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi",
    "hr": "Croatian", "ht": "Haitian Creole", "hu": "Hungarian", "hy": "Armenian",
    "id": "Indonesian", "is": "Icelandic", "it": "Italian", "ja": "Japanese",
    "ka": "Georgian", "km": "Khmer", "kn": "Kannada", "ko": "Korean", "ku": "Kurdish",
    "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian", "ml": "Malayalam",
    "mn": "Mongolian", "mr": "Marathi", "ms": "Malay", "mt": "Maltese", "ne": "Nepali",
    "nl": "Dutch", "no": "Norwegian", "pa": "Punjabi", "pl": "Polish", "ps": "Pashto",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak", "sl": "Slovenian",
    "so": "Somali", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili",
    "ta": "Tamil", "te": "Telugu", "th": "Thai", "tl": "Tagalog", "tr": "Turkish",
    "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese", "zu": "Zulu",
}
"""English names of languages by ISO 639-1 code (the model's other codes are shown as
codes)."""


# A well-formed BCP 47 language tag (RFC 5646, section 2.1, without the grandfathered tags):
# language[-extlang][-script][-region](-variant)*(-extension)*[-privateuse], or privateuse;
# 2 to 35 characters.  The API's request models and ``plainly check``'s configuration both
# take tags by this rule and ``is_language_tag``'s registry check.
BCP47_PATTERN = (
    r"^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"
    r"(?:-[A-Za-z]{4})?"
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"
    r"(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*"
    r"(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"
    r"|[Xx](?:-[A-Za-z0-9]{1,8})+)$"  # a private-use tag alone
)
_BCP47 = re.compile(BCP47_PATTERN)
BCP47_LENGTHS = (2, 35)


def is_language_tag(value: object) -> bool:
    """Whether ``value`` is a BCP 47 language tag of 2 to 35 characters: well-formed, and
    with subtags in the IANA Language Subtag Registry (the copy the ``langcodes`` package
    ships, read offline), so that a typo such as "sp" for Spanish is refused rather than
    checked as a language nobody reads."""
    low, high = BCP47_LENGTHS
    return isinstance(value, str) and low <= len(value) <= high and bool(
        _BCP47.fullmatch(value)
    ) and langcodes.tag_is_valid(value)


def canonical_tag(tag: str) -> str:
    """``tag`` in BCP 47's conventional case (RFC 5646, section 2.1.1), so that tags that
    differ only in case compare equal: "EN" gives "en", "es-mx" "es-MX", "ZH-HANT" "zh-Hant";
    after a singleton (``x-``, ``u-``) everything is lower case."""
    subtags = tag.split("-")
    cased = [subtags[0].lower()]
    extension = len(subtags[0]) == 1
    for subtag in subtags[1:]:
        if extension or len(subtag) == 1:
            extension = True
            cased.append(subtag.lower())
        elif len(subtag) == 2 and subtag.isalpha():
            cased.append(subtag.upper())  # a region
        elif len(subtag) == 4 and subtag.isalpha():
            cased.append(subtag.title())  # a script
        else:
            cased.append(subtag.lower())
    return "-".join(cased)


def base_language(code: str) -> str:
    """The language of a code, lower case, without its region or script: "es-MX", "pt_BR"
    (as file names write it) and "ES" give "es", "pt" and "es"."""
    return code.split("-")[0].split("_")[0].lower()


def language_name(code: str) -> str:
    """The English name of a language code ("es" → "Spanish"; "es-MX" too), or the code
    quoted when it has none."""
    return LANGUAGE_NAMES.get(base_language(code), repr(code))


# A text is said to be in an unscored language when the scored ones together have less
# than this share of the probability over all the model's languages, and it has enough
# letters to judge (a Chinese, Japanese or Korean character counts as three): short texts
# ("Influenza vaccine", "Fever") are spread over many languages.
_SUPPORTED_FLOOR = 0.1
_MIN_LETTERS = 20
# A sentence is said to be in another language than its document's when the model gives the
# document's language less than this probability over all of its languages, at odds against it
# of this many orders of magnitude a letter or more.  The notices of language services in 15
# languages are all below 1e-30, at 0.36 (Tagalog) to 4.8 (Arabic) a letter; the sentences
# of the shared evaluation sets and the leaflets that an identifier alone takes for another
# language keep 1e-9 or more (Spanish medical phrases taken for Galician or Portuguese, a row
# of gene variants taken for Sinhala at 0.38 a letter) or are at 0.22 a letter or less
# ("Hiperplasia Suprarrenal Congénita Clásica" taken for Hungarian).  Sentences are first
# sifted by their words (:func:`may_be_other_language`).
_RULED_OUT = 1e-20
_ODDS_PER_LETTER = 0.3
_IDENTIFIED_CHARS = 2_000  # of a sentence, enough to identify its language
_SMALLEST = 1e-300
_UNKNOWN_ZIPF = 2.0
_UNKNOWN_SHARE = 0.3
_LETTER = re.compile(r"[^\W\d_]")
_BEYOND_LATIN = re.compile(r"[^\W\d_\x00-\u024f]")  # letters of scripts other than Latin
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_KANA = re.compile(r"[\u3040-\u30ff]")


class LanguageIdentifier:
    """langid.py's model, unpacked on first use, and views of it restricted to sets of
    candidate languages, each built once; safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._full: Any = None
        self._restricted: dict[tuple[str, ...], Any] = {}

    def load(self) -> None:
        """Unpack the model now (at start-up) rather than on first use."""
        self._model()

    def _model(self) -> Any:
        with self._lock:
            if self._full is None:
                from langid import langid  # imported here: numpy and the model load on use

                self._full = langid.LanguageIdentifier.from_modelstring(langid.model,
                                                                        norm_probs=True)
            return self._full

    def known_languages(self) -> frozenset[str]:
        """The ISO 639-1 codes the shipped model knows (97 languages)."""
        return frozenset(self._model().nb_classes)

    def restricted(self, candidates: tuple[str, ...] = ("en", "es")) -> Any:
        """The model restricted to ``candidates`` (built once per set of candidates).

        Raises ``ValueError`` for a language the model does not know.
        """
        full = self._model()
        with self._lock:
            identifier = self._restricted.get(candidates)
            if identifier is None:
                identifier = _restrict(full, candidates)
                self._restricted[candidates] = identifier
            return identifier

    def detect(self, text: str, candidates: Iterable[str] = ("en", "es")) -> tuple[str, float]:
        """The most likely of ``candidates`` for ``text``, and its probability among them.

        The probability is normalised over the candidates only, so it says "more Spanish
        than English", not "Spanish rather than anything at all".  A text with no letters
        gives ``("und", 0.0)``; a single candidate is returned with probability 1.0.  Raises
        ``ValueError`` for no candidates or a language the model does not know.
        """
        chosen = tuple(dict.fromkeys(code.strip().lower() for code in candidates))
        if not chosen:
            raise ValueError("detecting a language needs at least one candidate language")
        identifier = self.restricted(tuple(sorted(chosen)))
        if not any(char.isalpha() for char in text):
            return UNDETERMINED, 0.0
        if len(chosen) == 1:
            return chosen[0], 1.0
        lang, probability = identifier.classify(text)
        return str(lang), float(probability)

    def scored(self, text: str, supported: Iterable[str]) -> tuple[str, float]:
        """The language of ``text`` among ``supported`` (those Plainly scores), with its
        probability among them, for ``lang="auto"``.

        The text is first identified among all the model's languages.  Raises
        ``InputError`` with code ``no_language`` when it has no letters (digits,
        punctuation, emoji, zero-width characters), and ``unsupported_language`` when it is
        confidently in other languages (``_SUPPORTED_FLOOR``, ``_MIN_LETTERS``); a short or
        mixed text is given the likeliest supported language.
        """
        chosen = tuple(dict.fromkeys(code.strip().lower() for code in supported))
        if not any(char.isalpha() for char in text):
            raise InputError(
                "The text has no words to identify a language from (only digits, punctuation "
                "or symbols); send text with words, or name its language with lang="
                f"{' or '.join(repr(code) for code in chosen)}.",
                code="no_language",
            )
        ranked = self._model().rank(text)
        lang = _script_checked(str(ranked[0][0]), text)
        supported_share = sum(probability for code, probability in ranked if code in chosen)
        if supported_share < _SUPPORTED_FLOOR and _letters(text) >= _MIN_LETTERS:
            raise InputError(
                f"The text looks like {language_name(lang)} ({lang}); Plainly can score "
                f"{' and '.join(chosen)} only. Send text in one of those languages, or name its "
                "language with lang= if the detection is wrong.",
                code="unsupported_language", language=lang,
            )
        return self.detect(text, chosen)

    def other_language(self, text: str, lang: str) -> str | None:
        """The language ``text`` is written in when the model rules ``lang`` out, else None:
        a sentence of a leaflet's notice of language services ("ATENCIÓN: si habla español,
        …").  Each word is read once (naive Bayes takes a repeated word for new evidence:
        "word word word …" comes out Afrikaans at odds of 1e137), in a text of
        ``_MIN_LETTERS`` letters or more; ``lang`` is ruled out when its probability among
        all the model's languages is below ``_RULED_OUT`` and the odds against it are at
        least ``_ODDS_PER_LETTER`` orders of magnitude a letter (the odds of naive Bayes grow
        with the length of the text)."""
        words = " ".join(dict.fromkeys(text[:_IDENTIFIED_CHARS].split()))
        letters = _letters(words)
        if letters < _MIN_LETTERS:
            return None
        ranked = self._model().rank(words)
        found, probability = str(ranked[0][0]), float(ranked[0][1])
        own = float(dict(ranked).get(lang, 0.0))
        if found == lang or own >= _RULED_OUT:
            return None
        odds = math.log10(probability) - math.log10(max(own, _SMALLEST))
        if odds < _ODDS_PER_LETTER * letters:
            return None
        return _script_checked(found, words)


def _letters(text: str) -> int:
    """How many letters ``text`` has, a Chinese, Japanese or Korean character counting as
    three (it carries about as much as three letters of an alphabet)."""
    return sum(char.isalpha() for char in text) + 2 * len(_CJK.findall(text))


def _script_checked(lang: str, text: str) -> str:
    """``lang`` as identified for ``text``, except that Han characters with no kana are
    Chinese, not Japanese (langid mixes them up)."""
    return "zh" if lang == "ja" and not _KANA.search(text) else lang


def may_be_other_language(texts: Sequence[str], zipfs: Sequence[float],
                          stop_words: Collection[str]) -> bool:
    """Whether a sentence's words (``texts``, each with letters, their Zipf frequencies in
    the document's language, and that language's ``stop_words``) may be in another
    language, and are worth the identifier's time: most of its letters are not Latin, or it
    has four words or more and at least ``_UNKNOWN_SHARE`` of them are all but unknown in
    the language (Zipf below ``_UNKNOWN_ZIPF``: "vacunas", "disponibles", "idiomas") or
    none of them is one of its function words (English in a Spanish leaflet, whose words
    Spanish web text also uses).  Cheap, so that the identifier's model is unpacked only
    for a text that may need it."""
    joined = "".join(texts)
    if not joined.isascii():
        beyond_latin = len(_BEYOND_LATIN.findall(joined))
        if beyond_latin and 2 * beyond_latin > len(_LETTER.findall(joined)):
            return True
    if len(texts) < 4:
        return False
    if sum(zipf < _UNKNOWN_ZIPF for zipf in zipfs) >= _UNKNOWN_SHARE * len(texts):
        return True
    return not any(text.lower() in stop_words for text in texts)


def _restrict(full: Any, candidates: tuple[str, ...]) -> Any:
    """A copy of the ``full`` model that chooses among ``candidates`` only."""
    from langid import langid

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
