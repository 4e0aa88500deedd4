"""Spanish syllables, by syllabification.

Rule-based syllabification following the Real Academia Española and ASALE,
*Ortografía de la lengua española* (2010), on vowel sequences (diphthongs,
triphthongs and hiatus): strong vowels *a e o*, weak *i u ü*; weak+strong,
strong+weak and weak+weak sequences are diphthongs (one syllable; this is
the RAE's orthographic convention, so *dia-be-tes* has 3); two strong
vowels, an accented weak vowel (*í*, *ú*) next to another vowel, or a
doubled weak vowel (*chiita*) are a hiatus; an *h* between vowels does not
prevent a diphthong (*prohi-bi-do*); the *u* of *que/qui/gue/gui* is silent
(but *ü* is pronounced); word-final *y* after a vowel (*muy*, *hoy*) is a
vowel.  Numerals via ``num2words(lang="es")``; ``,`` is the decimal comma
unless it groups thousands.  Acronyms that cannot be read as a word are
spelled out with the Spanish letter names (*OMS* = o-eme-ese).
"""

from __future__ import annotations

import re
import unicodedata

from literacy.syllables.acronyms import letter_syllables, wordset
from literacy.syllables.english import fold_ascii

_ES_STRONG = frozenset("aeo\u00e1\u00e9\u00f3\u00ed\u00fa")  # accented i/u behave as strong
_ES_WEAK = frozenset("iu\u00fc")
_ES_VOWELS = _ES_STRONG | _ES_WEAK | {"\u00e0", "\u00e8", "\u00f2", "\u00ec", "\u00f9"}
_ES_ONSETS = wordset(
    "b c d f g h j k l m n \u00f1 p q r s t v w x y z ch ll rr pl pr bl br cl cr dr "
    "fl fr gl gr tr tl kr"
)
_ES_CODAS = wordset("b c d f g j k l m n p r s t x z ns bs rs ls ps st")


def count_es_word(word: str) -> int:
    lower = unicodedata.normalize("NFC", word.lower()).replace("'", "")
    lower = re.sub(r"[^\w]", "", lower)
    if not lower:
        return 0
    is_caps = len(word) >= 2 and word.isupper()
    plain = fold_ascii(lower)
    if not re.search(r"[aeiouy]", plain) or (is_caps and len(plain) <= 5 and (
        len(plain) == 2 or not _pronounceable_es(plain)
    )):
        return letter_syllables(lower, "es")
    return _es_nuclei(lower)


def _pronounceable_es(word: str) -> bool:
    vowels = [i for i, ch in enumerate(word) if ch in "aeiou"]
    if not vowels:
        return False
    onset, coda = word[: vowels[0]], word[vowels[-1] + 1 :]
    return (not onset or onset in _ES_ONSETS) and (not coda or coda in _ES_CODAS)


def _es_nuclei(word: str) -> int:
    # silent u in que/qui/gue/gui (but gü is pronounced)
    w = re.sub(r"(?<=[qg])u(?=[ei\u00e9\u00ed])", "", word)
    n = len(w)
    count = 0
    nucleus: list[str] = []
    prev_vowel = False
    for i, ch in enumerate(w):
        is_vowel = ch in _ES_VOWELS
        if ch == "y":
            # vowel at the end of a word after a vowel (muy, hoy), alone ("y"),
            # or between consonants; otherwise a consonant (yo, mayo)
            nxt_v = i + 1 < n and w[i + 1] in _ES_VOWELS
            prv_v = i > 0 and w[i - 1] in _ES_VOWELS
            is_vowel = (i == n - 1 and (prv_v or n == 1)) or (not nxt_v and not prv_v)
            if is_vowel:
                ch = "i"
        if ch == "h" and prev_vowel and i + 1 < n and w[i + 1] in _ES_VOWELS:
            continue  # intervocalic h does not break a diphthong (RAE 2010)
        if not is_vowel:
            nucleus = []
            prev_vowel = False
            continue
        strong = ch in _ES_STRONG or ch in "\u00e0\u00e8\u00f2\u00ec\u00f9"
        if nucleus and _es_joins(nucleus, ch, strong):
            nucleus.append(ch)
        else:
            count += 1
            nucleus = [ch]
        prev_vowel = True
    return max(count, 1)


def _es_joins(nucleus: list[str], ch: str, strong: bool) -> bool:
    has_strong = any(v not in _ES_WEAK for v in nucleus)
    if strong:
        return not has_strong and len(nucleus) == 1  # weak + strong: "ie", "ua"
    last = nucleus[-1]
    if last not in _ES_WEAK:
        return True  # strong + weak: "ai", "ou", and triphthongs "uey"
    return len(nucleus) == 1 and last != ch and not has_strong  # "ui", "iu"; "ii" splits
