"""A token as written, into the pieces read aloud: words, numbers, symbols."""

from __future__ import annotations

import re
import unicodedata

from literacy.syllables.english import count_en_word
from literacy.syllables.numerals import fraction_words, number_words, time_words
from literacy.syllables.spanish import count_es_word

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]")
_LEAD_KEEP = "$\u20ac\u00a3"
_TRAIL_KEEP = "%\u00b0\u00ba\u00aa+"
_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = re.compile(rf"^({_NUM})-({_NUM})$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_PIECE = re.compile(
    rf"(?P<cur>[$\u20ac\u00a3])?(?P<num>{_NUM})"
    r"(?P<suf>st|nd|rd|th|s|'s|%|\u00b0[FC]?|\u00ba|\u00aa|\+)?(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*'?)"
    rf"|(?P<num2>{_NUM})",
)


_GREEK_NAMES = {
    "\u03b1": "alpha", "\u03b2": "beta", "\u03b3": "gamma", "\u03b4": "delta",
    "\u03b5": "epsilon", "\u03b6": "zeta", "\u03b7": "eta", "\u03b8": "theta",
    "\u03b9": "iota", "\u03ba": "kappa", "\u03bb": "lambda", "\u03bc": "mu",
    "\u00b5": "mu", "\u03bd": "nu", "\u03be": "xi", "\u03bf": "omicron", "\u03c0": "pi",
    "\u03c1": "rho", "\u03c3": "sigma", "\u03c2": "sigma", "\u03c4": "tau",
    "\u03c5": "upsilon", "\u03c6": "phi", "\u03c7": "chi", "\u03c8": "psi",
    "\u03c9": "omega",
}


def count_token(token: str, lang: str) -> int:
    """Syllables of a token as read aloud: the sum of its words, numbers and symbols."""
    text = unicodedata.normalize("NFC", token).translate(_APOSTROPHES)
    text = _DASHES.sub("-", text).strip()
    if any(unicodedata.category(ch) == "No" or ch.lower() in _GREEK_NAMES for ch in text):
        # "½" -> "1/2", "²" -> "2", "β" -> "beta": read as separate pieces
        text = "".join(
            f" {_GREEK_NAMES[ch.lower()]} " if ch.lower() in _GREEK_NAMES
            else " " + unicodedata.normalize("NFKC", ch).replace("\u2044", "/") + " "
            if unicodedata.category(ch) == "No"
            else ch
            for ch in text
        )
    return sum(_count_part(part, lang) for part in text.split())


def _count_part(text: str, lang: str) -> int:
    """A part of a token with no white space: a range, fraction or time, else its pieces."""
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in _LEAD_KEEP):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in _TRAIL_KEEP):
        end -= 1
    text = text[start:end]
    if not any(ch.isalnum() for ch in text):
        return 0
    m = _RANGE.match(text)
    if m:  # "1-2" is read "one to two" / "uno a dos"
        return _count_piece(m.group(1), lang) + 1 + _count_piece(m.group(2), lang)
    m = _FRACTION.match(text)
    if m and 0 < int(m.group(1)) < int(m.group(2)) <= 10:  # "3/4"; but "24/7", "9/11"
        return _count_words(fraction_words(int(m.group(1)), int(m.group(2)), lang), lang)
    m = _TIME.match(text)
    if m:
        return _count_words(time_words(int(m.group(1)), int(m.group(2)), lang), lang)
    return sum(_count_piece(part, lang) for part in re.split(r"[-/_]+", text) if part)


def _count_piece(part: str, lang: str) -> int:
    total = 0
    for m in _PIECE.finditer(part):
        if m.group("word") is not None:
            total += _count_word(m.group("word"), lang)
        else:
            num = m.group("num") if m.group("num") is not None else m.group("num2")
            total += _count_words(number_words(num, m.group("cur"), m.group("suf"), lang), lang)
    return total


def _count_word(word: str, lang: str) -> int:
    if lang == "es":
        return count_es_word(word)
    return count_en_word(word)


def _count_words(words: str, lang: str) -> int:
    """Syllables of a phrase of ordinary words (spelled-out numbers etc.)."""
    return sum(_count_word(w, lang) for w in re.findall(r"[^\W\d_]+", words))
