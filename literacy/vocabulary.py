"""How familiar a word is: its frequency band, from ``wordfreq``.

Bands follow the idea of the De-Jargonizer (Rakedzon et al. 2017, PLOS ONE 12(8)): common,
mid-frequency and rare words, here by Zipf frequency (log10 of occurrences per billion
words) in wordfreq's blend of corpora for the language:

- common: Zipf ≥ 4.0 (roughly the 5,000 most frequent words: "doctor", "medicine", "blood");
- mid: 3.0 ≤ Zipf < 4.0 ("arthritis", "glucose", "administer");
- rare: Zipf < 3.0 ("colonoscopy", "metformin", "nephrectomy").

A word counts as frequent as its most frequent form (surface or lemma), so "administered"
is as familiar as "administer".  Given a lemma table (Spanish: the lemmatizer's lookup), a
lemma is as frequent as all its forms together (the lemma frequency of word-recognition
studies, e.g. Baayen, Dijkstra & Schreuder 1997, *J. Memory and Language* 37): "recetó" is
as familiar as *recetar* with "receta", "recetas", "recetado" …, not as the infinitive
alone, which a leaflet seldom writes.  Numbers, links and proper names are outside the bands.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from typing import Literal

import wordfreq

from literacy.parsing import Word

Band = Literal["common", "mid", "rare"]
BANDS: tuple[Band, ...] = ("common", "mid", "rare")
COMMON_ZIPF = 4.0
RARE_ZIPF = 3.0


class Frequencies:
    """wordfreq's frequencies for one language; each distinct word is looked up once.

    ``same_as`` maps a spelling to another of the same word ("anaemia" → "anemia"): it is as
    frequent as the more frequent of the two.  ``everyday`` words are common whatever
    wordfreq says (in UK English: "GP", "paracetamol", "nappies").  ``lemma_of`` gives a
    word's lemma by a lookup table: a lemma is then as frequent as all the words it gives
    together (see the module docstring).  ``base_of`` gives the word a word is made from and
    is as familiar as (in Spanish a diminutive's: "toallita" → "toalla"), or None.
    """

    def __init__(self, lang: str, *, same_as: Mapping[str, str] | None = None,
                 everyday: Iterable[str] = (),
                 lemma_of: Callable[[str], str] | None = None,
                 base_of: Callable[[str], str | None] | None = None) -> None:
        self.lang = lang
        self._table: dict[str, float] = wordfreq.get_frequency_dict(lang)
        self._same_as = dict(same_as or {})
        self._zipf: dict[str, float] = dict.fromkeys(
            (word.lower() for word in everyday), COMMON_ZIPF
        )
        self._lemma_of = lemma_of
        self._base_of = base_of
        self._lemma_zipf = {} if lemma_of is None else lemma_zipfs(self._table, lemma_of)

    def zipf(self, lower: str) -> float:
        """Zipf frequency of a lower-case word (0 when wordfreq has never seen it)."""
        value = self._zipf.get(lower)
        if value is None:
            frequency = max(self._table.get(lower, 0.0),
                            self._table.get(self._same_as.get(lower, lower), 0.0))
            if frequency <= 0 and ("'" in lower or "’" in lower):
                frequency = self._table.get(lower.replace("’", "'").split("'")[0], 0.0)
            value = round(math.log10(frequency) + 9, 2) if frequency > 0 else 0.0
            if len(self._zipf) < 500_000:  # bounded: an adversarial text cannot grow it forever
                self._zipf[lower] = value
        return value

    def word_zipf(self, word: Word) -> float:
        """The Zipf frequency of a word, by the more frequent of its surface form, its base
        and its lemma (all the lemma's forms together, given a lemma table)."""
        lower = word.text.lower()
        surface = self.zipf(lower)
        base = self._base_of(lower) if self._base_of is not None else None
        if base is not None:
            surface = max(surface, self.zipf(base))
        lemma = self._lemma_zipf.get(word.lemma)
        if lemma is None and word.lemma == lower and self._lemma_of is not None:
            lemma = self._lemma_zipf.get(self._lemma_of(lower))  # a form the lemmatizer lacks
        if lemma is not None:
            return max(surface, lemma)
        return surface if word.lemma == lower else max(surface, self.zipf(word.lemma))

    def word_zipfs(self, words: Iterable[Word]) -> tuple[float, ...]:
        """Each word's :meth:`word_zipf`, 0 for a word with no band (a number or link): an
        analysis looks each word up once, here, and every measure reads these."""
        return tuple(self.word_zipf(word) if has_band(word) else 0.0 for word in words)


def word_band(word: Word, zipf: float) -> Band | None:
    """The band of a word of Zipf frequency ``zipf``, or None for numbers, links and proper
    names."""
    if not has_band(word) or word.is_proper:
        return None
    return band_of(zipf)


def lemma_zipfs(table: Mapping[str, float], lemma_of: Callable[[str], str]
                ) -> dict[str, float]:
    """The Zipf frequency of each lemma that ``lemma_of`` gives to other words of ``table``:
    the sum of its own frequency and theirs."""
    others: dict[str, float] = defaultdict(float)
    for word, frequency in table.items():
        lemma = lemma_of(word)
        if lemma != word:
            others[lemma] += frequency
    return {lemma: round(math.log10(table.get(lemma, 0.0) + frequency) + 9, 2)
            for lemma, frequency in others.items()}


def has_band(word: Word) -> bool:
    """Numbers, links and words without letters have no frequency band."""
    return not (word.is_number or word.is_link) and word.letters > 0


def band_of(zipf: float) -> Band:
    """The band of a Zipf frequency."""
    if zipf >= COMMON_ZIPF:
        return "common"
    return "mid" if zipf >= RARE_ZIPF else "rare"
