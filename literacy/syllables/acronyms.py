"""Acronyms: letter names, and whether an all-capital word reads as a word.

An all-capital token is spelled out letter by letter (each letter name is
one syllable, except *W*, "double-u", which is three) when it has no vowel
(``CT``, ``PT``: even when CMUdict lists an expansion such as "court"), or
when it is not in CMUdict and either has 2 letters (``IV``) or has 3-5
letters and does not look pronounceable as a word: an impossible English
onset or coda, or a final *i*/*u* after a consonant (``COPD``, ``EKG``,
``ICU``, ``UTI``).  Pronounceable ones (``COVID``, ``HIPAA``) go to the
estimator; all-capital words found in CMUdict (``MRI``, ``HIV``, ``AIDS``)
take its count.  Lower-case letter runs with no vowel that are not in
CMUdict (``ml``, ``kg``) are also spelled out.
"""

from __future__ import annotations

import re


def wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_ES_LETTER_NAMES = {
    "a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 2, "g": 1, "h": 2, "i": 1, "j": 2,
    "k": 1, "l": 2, "m": 2, "n": 2, "\u00f1": 2, "o": 1, "p": 1, "q": 1, "r": 2,
    "s": 2, "t": 1, "u": 1, "v": 2, "w": 4, "x": 2, "y": 1, "z": 2,
}

_EN_ONSETS = wordset(
    "b c d f g h j k l m n p q r s t v w x z bl br ch cl cr dr dw fl fr gh gl gn gr "
    "kn kl kr ph pl pr ps qu rh sc sch scr sh shr sk sl sm sn sp sph spl spr squ st str "
    "sw th thr tr ts tw wh wr"
)
_EN_CODAS = wordset(
    "b c d f g k l m n p r s t v x z ch ck ct ds ft gh ld lf lk ll lm ln lp ls lt mb mp "
    "mps ms nce nch nd nds ng ngs nk nks ns nt nth nts pt ps rb rc rch rd rds rf rg rk "
    "rl rm rn rp rs rst rt rth rts sh sk sp ss st sts th ts tch tz ws wn wl wd"
)


def letter_syllables(letters: str, lang: str) -> int:
    if lang == "es":
        return sum(_ES_LETTER_NAMES.get(ch, 1) for ch in letters.lower())
    return sum(3 if ch in "wW" else 1 for ch in letters)


def pronounceable_en(word: str) -> bool:
    """Rough test of whether a lower-case letter string reads as an English word."""
    vowels = [i for i, ch in enumerate(word) if ch in "aeiouy"]
    if not vowels:
        return False
    onset, coda = word[: vowels[0]], word[vowels[-1] + 1 :]
    if onset and onset not in _EN_ONSETS:
        return False
    if coda and coda not in _EN_CODAS:
        return False
    if len(word) >= 3 and word[-1] in "iu" and word[-2] not in "aeiouy":
        return False  # "uti", "icu": English words rarely end so
    return not re.search(r"[^aeiouy]{4,}", word)
