"""How familiar a word is: its frequency band, from ``wordfreq``.

Bands follow the idea of the De-Jargonizer (Rakedzon et al. 2017, PLOS ONE 12(8)): common,
mid-frequency and rare words, here by Zipf frequency (log10 of occurrences per billion
words) in wordfreq's blend of English corpora:

- common: Zipf ≥ 4.0 (roughly the 5,000 most frequent words: "doctor", "medicine", "blood");
- mid: 3.0 ≤ Zipf < 4.0 ("arthritis", "glucose", "administer");
- rare: Zipf < 3.0 ("colonoscopy", "metformin", "nephrectomy").

A word counts as frequent as its most frequent form (surface or lemma), so "administered"
is as familiar as "administer".  Numbers, links and proper names are outside the bands.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Literal

import wordfreq

from literacy.parsing import Word

Band = Literal["common", "mid", "rare"]
BANDS: tuple[Band, ...] = ("common", "mid", "rare")
COMMON_ZIPF = 4.0
RARE_ZIPF = 3.0


@lru_cache(maxsize=4)
def _frequencies(lang: str) -> dict[str, float]:
    return wordfreq.get_frequency_dict(lang)


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str = "en") -> float:
    """Zipf frequency of a lower-case word (0 when wordfreq has never seen it)."""
    frequency = _frequencies(lang).get(word, 0.0)
    if frequency <= 0 and ("'" in word or "’" in word):
        frequency = _frequencies(lang).get(word.replace("’", "'").split("'")[0], 0.0)
    return round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0


def word_zipf(word: Word, lang: str = "en") -> float:
    """The Zipf frequency of a word, by the more frequent of its surface form and lemma."""
    lower = word.text.lower()
    return max(zipf(lower, lang), zipf(word.lemma, lang) if word.lemma != lower else 0.0)


def band(word: Word, lang: str = "en") -> Band | None:
    """The word's frequency band, or None for numbers, links and proper names."""
    if word.is_number or word.is_link or word.is_proper or not any(c.isalpha() for c in word.text):
        return None
    value = word_zipf(word, lang)
    if value >= COMMON_ZIPF:
        return "common"
    return "mid" if value >= RARE_ZIPF else "rare"
