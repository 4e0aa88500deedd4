"""Counting a parsed text for the formulas: syllables, polysyllables, hard and unfamiliar words."""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import fields
from importlib.resources import files
from typing import TypeVar

from literacy.difficulty import DEFAULT_THRESHOLD
from literacy.formulas import Counts
from literacy.grade import Vocabulary
from literacy.jargon import JargonTerm
from literacy.parsing import Word
from literacy.syllables import count_syllables
from literacy.units import UNITS
from literacy.vocabulary import COMMON_ZIPF, RARE_ZIPF, has_band

Total = TypeVar("Total", Counts, Vocabulary)
_PARENTHESIS = re.compile(r"[()]")
_MARKED_NUMERAL = re.compile(r"\d+(?:[.,]\d+)+")
_THOUSANDS = re.compile(r"[1-9]\d{0,2}([.,])\d{3}(?:\1\d{3})*")


def dale_chall_familiar_words(lang: str = "en") -> frozenset[str]:
    """The New Dale-Chall list of about 3,000 words familiar to fourth-graders.

    Chall & Dale (1995); the copy shipped with textstat (``resources/en/easy_words.txt``;
    for Spanish, textstat's ``resources/es/easy_words.txt``).
    """
    text = (files("textstat") / "resources" / lang / "easy_words.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def is_familiar(word: Word, familiar: Collection[str]) -> bool:
    """Dale-Chall's rules: a listed word or a regular inflection of one (by its lemma);
    numbers and proper names count as familiar."""
    return (
        word.is_number
        or word.is_link
        or word.is_proper
        or word.text.lower() in familiar
        or word.lemma in familiar
    )


def is_complex(word: Word, lang: str = "en") -> bool:
    """Gunning's hard word: three or more syllables, except proper nouns, hyphenated
    compounds, and words made three syllables by an -ed or -es ending (Gunning 1952)."""
    if word.syllables < 3 or word.is_proper or word.is_number or "-" in word.text:
        return False
    lower = word.text.lower()
    return not (lower.endswith(("ed", "es")) and count_syllables(lower[:-2], lang) < 3)


def is_decimal(numeral: str) -> bool:
    """A numeral with a fraction: digits with a point or comma between them that are not a
    whole number grouped in thousands ("0.73", "2,5", "1,234.5"; not "1,234" or "10.000").
    One rule serves English and Spanish, whose decimal and thousands marks are swapped."""
    return any(not _THOUSANDS.fullmatch(match.group())
               for match in _MARKED_NUMERAL.finditer(numeral))


def total(parts: Sequence[Total], kind: type[Total]) -> Total:
    """Field-by-field sum of counts of one kind (``Counts`` or ``Vocabulary``); zeros if none."""
    names = [item.name for item in fields(kind)]
    return kind(**{name: sum(getattr(part, name) for part in parts) for name in names})


def count(
    words: Iterable[Word], sentences: int, familiar: Collection[str], lang: str = "en"
) -> Counts:
    """The counts the formulas need, over ``words`` in ``sentences`` sentences; ``familiar``
    is the language's Dale-Chall list (:func:`dale_chall_familiar_words`)."""
    n_words = syllables = polysyllables = complex_words = monosyllables = 0
    unfamiliar = characters = letters = 0
    for word in words:
        n_words += 1
        syllables += word.syllables
        polysyllables += word.syllables >= 3
        monosyllables += word.syllables == 1
        complex_words += is_complex(word, lang)
        unfamiliar += not is_familiar(word, familiar)
        characters += word.characters
        letters += word.letters
    return Counts(
        words=n_words,
        sentences=sentences,
        syllables=syllables,
        polysyllables=polysyllables,
        complex_words=complex_words,
        monosyllables=monosyllables,
        unfamiliar_words=unfamiliar,
        characters=characters,
        letters=letters,
    )


def familiarity(
    words: Sequence[Word],
    terms: Iterable[JargonTerm],
    zipfs: Sequence[float],
    known: Collection[int] = (),
    asides: Collection[int] = (),
) -> Vocabulary:
    """Rare and mid-frequency words (names included; numbers and links not), and the words
    of unexplained jargon terms and abbreviations, for the headline grade; ``words`` are one
    sentence's, ``zipfs`` their frequencies (:meth:`literacy.vocabulary.Frequencies.word_zipfs`);
    their n·ln(n) is ``length_log``, and their decimals after the first are
    ``repeated_decimals`` (an estimate with its confidence interval, "0.73 (0.65 to 0.81)",
    has two; a decimal with its unit, a dose or a measurement such as "2.5 mL to 7.5 mL", is
    not counted).  The syllables of numerals beyond one each are ``number_syllables``.

    ``difficulty_excess`` sums, over the terms whose graded difficulty is above even odds
    (:data:`literacy.difficulty.DEFAULT_THRESHOLD`, 0.5), how far above it they are times
    their words: the terms the text explains included, since the reader still meets them.

    ``known`` holds the start offsets of words the reader has been given: words of terms the
    text explains and of terms the writer allowed.  They count as everyday words, and their
    syllables beyond the first are counted apart (``given_syllables``) so that the grade can
    count them as short words.  ``asides`` holds the start offsets of words inside
    parentheses (:func:`parenthesised`), counted in ``asides``.
    """
    rare = mid = given_syllables = n = aside = decimals = number_syllables = 0
    for index, word in enumerate(words):
        n += 1
        aside += word.start in asides
        if word.is_number:
            decimals += is_decimal(word.text) and not _has_unit(words, index)
            number_syllables += word.syllables - 1
        elif word.start in known:
            given_syllables += max(0, word.syllables - 1)
            continue
        if not has_band(word):
            continue
        frequency = zipfs[index]
        rare += frequency < RARE_ZIPF
        mid += RARE_ZIPF <= frequency < COMMON_ZIPF
    jargon = abbreviations = 0
    excess = 0.0
    for term in terms:
        if term.difficulty is not None and term.difficulty > DEFAULT_THRESHOLD:
            excess += (term.difficulty - DEFAULT_THRESHOLD) * term.words
        if term.is_fault:
            jargon += term.words if term.kind == "list" else 0
            abbreviations += term.kind == "abbreviation"
    return Vocabulary(rare=rare, mid=mid, jargon=jargon, abbreviations=abbreviations,
                      given_syllables=given_syllables, length_log=n * math.log(n) if n else 0.0,
                      asides=aside, repeated_decimals=max(0, decimals - 1),
                      number_syllables=number_syllables, difficulty_excess=excess)


def _has_unit(words: Sequence[Word], index: int) -> bool:
    """The number's next word is a unit ("2.5 mL", "0.5 kg"): a measurement a reader uses,
    not a statistic."""
    return index + 1 < len(words) and words[index + 1].text.lower() in UNITS


def parenthesised(source: str, words: Iterable[Word]) -> set[int]:
    """Start offsets of the ``words`` (in text order) that are inside parentheses in
    ``source``.  A parenthesis never closed is not an aside (a stray "(" must not turn the
    rest of the text into one)."""
    spans: list[tuple[int, int]] = []
    depth, opened = 0, 0
    for match in _PARENTHESIS.finditer(source):
        if match.group() == "(":
            depth += 1
            opened = match.start() if depth == 1 else opened
        elif depth:
            depth -= 1
            if not depth:
                spans.append((opened, match.start()))
    inside: set[int] = set()
    remaining = iter(spans)
    span = next(remaining, None)
    for word in words:
        while span is not None and span[1] <= word.start:
            span = next(remaining, None)
        if span is None:
            break
        if span[0] < word.start:
            inside.add(word.start)
    return inside
