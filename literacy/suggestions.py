"""Plain replacements that fit the sentence, and applying them to the text.

A substitute from the word lists is in base form ("give", "high blood pressure"); the text
may have "administered" or "Hypertension".  ``fit`` carries the inflection over
(with ``lemminflect``, by the Penn tag spaCy gave the original word) and the capital letter.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

import wordfreq
from lemminflect import getAllLemmas, getInflection

from literacy.findings import Suggestion
from literacy.parsing import Word

PREPOSITIONS = frozenset({"to", "for", "with", "of", "on", "at", "about", "from", "in", "into"})
# Words after a noun phrase's head that begin what follows it ("disease spread by sex",
# "disease that spreads", "medicine such as ibuprofen"): the head is the word before the
# first of them.  A phrase that starts with one is no noun phrase ("under the skin").
PHRASE_OPENERS = PREPOSITIONS | {
    "above", "after", "against", "around", "before", "behind", "below", "between", "by",
    "during", "inside", "like", "near", "outside", "over", "such", "that", "through",
    "under", "which", "who", "without",
}
_VERB_TAGS = {"VBD", "VBN", "VBG", "VBZ"}
_PLURAL_TAGS = {"NNS", "NNPS"}
_SHOUTED_LETTERS = 7  # fewer letters in capitals may be an abbreviation ("COPD", "NSAIDS")
# Plurals lemminflect gives otherwise: CDC's "Everyday Words for Public Health
# Communication" lists "persons", as it lists "individuals", among the words to replace.
_PLURALS = MappingProxyType({"person": "people"})
# The particles of nouns made from phrasal verbs ("flare-up", "check-up", "follow-up").
_PARTICLES = frozenset({"up", "out", "in", "off", "down", "on", "over", "back"})
# Nouns that plain words use uncountably, as a state or an amount, though lemminflect also
# lists a plural for them ("damages" are money; "neuropathies" are "nerve damage",
# "hemorrhages" are "bleeding").  lemminflect's own uncountable nouns ("decay", "harm")
# need no entry: it gives no plural for them.
_UNCOUNTABLE = frozenset({
    "advice", "bleeding", "breathing", "care", "damage", "equipment", "fluid", "information",
    "loss", "numbness", "pain", "redness", "scarring", "soreness", "stiffness", "swelling",
    "tingling",
})
# Words that open a relative clause, whose verb agrees with the head before them.
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who"})
_PLURAL_VERBS = MappingProxyType({"is": "are", "was": "were", "has": "have", "does": "do"})


def fit(replacement: str, words: Sequence[Word], *, inflect: bool = True,
        attributive: bool = False) -> str:
    """Inflect and capitalise ``replacement`` to stand where ``words`` stand.

    A verb inflects its first word ("give up" → "gave up"); a plural noun its head, the last
    word before any preposition ("blood pressure" → "blood pressures", "rate of new cases" →
    "rates of new cases"), and a noun joined to it ("doctors or nurses"); only when that
    word is a known verb or singular noun, so "regarding" → "about", not "abouting", or a
    noun lemminflect does not list (:func:`_compound_plural`: "flare-up" → "flare-ups"); a word
    only lemminflect knows as a verb is one whatever its tag ("signaling contributes to" →
    "adds to").  With ``inflect`` false (the list's term is written as the text has it, so
    its replacement is too: "prolonged" → "long"), nothing is inflected; nor is an
    adjective for a participle that stands before a noun (``attributive``: "contaminated
    water" → "dirty water", not "dirtied water"; :func:`_reads_as_adjective`).  A capital
    letter at the start is kept, except for an all-capitals abbreviation or its plural in
    mid-sentence ("PRN" → "as needed", "STDs" → "diseases spread by sex"); a word of seven
    letters or more in capitals is a heading's, and its replacement is written in capitals
    too.
    """
    parts = replacement.split(" ")
    if attributive and _reads_as_adjective(parts[0]):
        inflect = False
    tag = _verb_tag(words[0])
    if inflect and tag and _is_known(parts[0], "VERB"):
        parts[0] = _inflect(parts[0], tag)
    elif inflect and written_plural(words[-1]) and parts[0].lower() not in PHRASE_OPENERS:
        head = _head(parts)
        if plural := _plural_noun(parts[head]):
            parts[head] = plural
            # two nouns joined are both plural: "doctor or nurse" → "doctors or nurses"
            if head >= 2 and parts[head - 1] in ("or", "and") and (
                    _is_singular_noun(parts[head - 2])):
                parts[head - 2] = _inflect(parts[head - 2], "NNS")
    fitted = " ".join(parts)
    first = words[0].text
    if shouted(words):
        return fitted.upper()  # a heading in capitals: "CONTROLADO CON PLACEBO"
    capital = first[:1].isupper() and (
        not _capitalised_abbreviation(first) or words[0].sentence_initial)
    if len(first) == 1:
        capital = first.isupper()
    return fitted[:1].upper() + fitted[1:] if capital else fitted


def _capitalised_abbreviation(written: str) -> bool:
    """Written in capitals, as an abbreviation or its plural is ("COPD", "STDs")."""
    return written.isupper() or abbreviation_plural(written)


def abbreviation_plural(written: str) -> bool:
    """An abbreviation's plural: capitals, then "s" ("STDs", "SSRIs")."""
    return len(written) > 2 and written.endswith("s") and written[:-1].isupper()


def shouted(words: Sequence[Word]) -> bool:
    """The words are in capitals and too long to be an abbreviation: a heading's
    ("CONTROLADO CON PLACEBO", "WARFARIN"), whose plain words are written in capitals too."""
    return all(word.text.isupper() for word in words) and sum(
        word.letters for word in words) >= _SHOUTED_LETTERS


def _verb_tag(word: Word) -> str | None:
    """The inflected verb form ``word`` stands in: its tag, or "VBZ" for an "-s" form the
    tagger read as a plural noun although its lemma is no noun ("contributes", "transpires")."""
    if word.tag in _VERB_TAGS:
        return word.tag
    if word.tag == "NNS" and word.text.lower().endswith("s") and _is_known(
            word.lemma, "VERB") and not _is_known(word.lemma, "NOUN"):
        return "VBZ"
    return None


def written_plural(word: Word) -> bool:
    """Tagged plural, and written so: with an "-s", or unlike its lemma ("criteria"); or an
    abbreviation's plural, whatever its tag ("SSRIs", which the tagger may call a name)."""
    lower = word.text.lower()
    if abbreviation_plural(word.text):
        return True
    return word.tag in _PLURAL_TAGS and (lower.endswith("s") or word.lemma not in ("", lower))


def plural_noun_phrase(phrase: str) -> str | None:
    """An English noun phrase in the plural, its head inflected ("drug used to treat
    infections" → "drugs used to treat infections", "x-ray" → "x-rays", :func:`_head`), an
    uncountable head kept ("nerve damage"), and the verb of a relative clause after it too
    ("tumor that is not cancer" → "tumors that are not cancer", "drug that lowers …" →
    "drugs that lower …"); None when the head has no plural (:func:`_plural_noun`), a Latin
    one ("arthritis", not "arthritides"; "virus" takes "viruses"), or a relative clause
    whose verb cannot be made to agree ("drug that often lowers …")."""
    parts = phrase.split(" ")
    head = _head(parts)
    following = parts[head + 1].lower() if head + 1 < len(parts) else ""
    if parts[head].endswith("s") and _inflect(parts[head], "NNS") != f"{parts[head]}es":
        return None
    if following in _RELATIVE_PRONOUNS:
        verb = _plural_verb(parts[head + 2]) if head + 2 < len(parts) else None
        if verb is None:
            return None
        parts[head + 2] = verb
    plural = _plural_noun(parts[head])
    if plural is None:
        return None
    parts[head] = plural
    return " ".join(parts)


def _plural_verb(word: str) -> str | None:
    """The plural of a verb in the third person singular ("is" → "are", "has" → "have",
    "lowers" → "lower"); None for any other word, whose agreement cannot be told."""
    if word in _PLURAL_VERBS:
        return _PLURAL_VERBS[word]
    return next((lemma for lemma in english_lemmas(word).get("VERB", ())
                 if lemma != word and word in getInflection(lemma, tag="VBZ")), None)


def _head(parts: Sequence[str]) -> int:
    """The position of a noun phrase's head: its last word before a preposition or a
    relative pronoun, or before a participle that opens the phrase after it ("disease
    spread by sex", "medicine taken by mouth")."""
    ends = [i for i, part in enumerate(parts) if i and part.lower() in PHRASE_OPENERS]
    head = (ends[0] if ends else len(parts)) - 1
    if ends and head > 0 and _is_participle(parts[head].lower()):
        head -= 1
    return head


def _is_participle(word: str) -> bool:
    """``word`` is the past participle of a verb lemminflect knows ("spread", "taken")."""
    return any(word in getInflection(lemma, tag="VBN")
               for lemma in english_lemmas(word).get("VERB", ()))


# lemminflect's lookups cost about 0.2 ms each and depend only on the word (plain words
# repeat across documents), so each answer is kept; the bound keeps the memory fixed.
@functools.lru_cache(maxsize=1 << 14)
def english_lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """The lemmas lemminflect knows for an English word form, by part of speech ("cases":
    NOUN "case"); shared, so not to be changed."""
    return MappingProxyType(getAllLemmas(word))


def _is_known(word: str, upos: str) -> bool:
    """``word`` is a known lemma of the part of speech ``upos`` (lemminflect's lexicon)."""
    return upos in english_lemmas(word)


def _reads_as_adjective(word: str) -> bool:
    """``word`` is an adjective lemminflect knows, and written more often than its past
    participle: "dirty" (not "dirtied"), "clean", "dry"; "collect" is one to lemminflect
    too, but "collected" is the commoner word, so "the accumulated stool" is "the collected
    stool", not "the collect stool" (wordfreq, English)."""
    if not _is_known(word, "ADJ"):
        return False
    participles = getInflection(word, tag="VBN")
    return not participles or wordfreq.zipf_frequency(word, "en") > wordfreq.zipf_frequency(
        participles[0], "en")


def _is_singular_noun(word: str) -> bool:
    """``word`` is a noun in lemminflect's lexicon, and its own lemma ("case", not "cases")."""
    return word in english_lemmas(word).get("NOUN", ())


def _plural_noun(word: str) -> str | None:
    """The plural of a singular noun lemminflect knows, or of a compound it does not
    (:func:`_compound_plural`); an uncountable noun as it is ("damage", "decay"); None for
    any other word ("about").  A plural already is kept ("bacteria", of "bacterium")."""
    if word.lower() in _UNCOUNTABLE or _is_plural_form(word):
        return word
    return _inflect(word, "NNS") if _is_singular_noun(word) else _compound_plural(word)


def _is_plural_form(word: str) -> bool:
    """``word`` is the plural of another noun lemminflect knows ("bacteria", "data")."""
    return any(lemma != word and word in getInflection(lemma, tag="NNS")
               for lemma in english_lemmas(word).get("NOUN", ()))


def _compound_plural(word: str) -> str | None:
    """The plural of a noun lemminflect does not list: a hyphenated noun takes its last
    part's ("x-ray" → "x-rays"), or, made of a verb and a particle, the whole word's
    ("flare-up" → "flare-ups", as "check-up" → "check-ups"); a doer in "-er" made of a
    verb, an "-s" ("widener" → "wideners"); None for a word of no such form."""
    first, hyphen, last = word.rpartition("-")
    if not hyphen and word.endswith("er") and not english_lemmas(word) and any(
            stem in english_lemmas(stem).get("VERB", ()) for stem in (word[:-2], word[:-1])):
        return f"{word}s"
    if not hyphen or not first:
        return None
    if _is_singular_noun(last):
        return f"{first}-{_inflect(last, 'NNS')}"
    if last in _PARTICLES and first in english_lemmas(first).get("VERB", ()):
        return f"{word}s"
    return None


@functools.lru_cache(maxsize=1 << 14)
def _inflect(word: str, tag: str) -> str:
    """The inflected form; for a past tense, or a participle in "-t", the regular "-ed" form
    when the verb has one, as American and British English both write it ("spoiled", not
    lemminflect's first choice "spoilt"); a participle of another form is kept ("have
    shown", not "have showed")."""
    if tag == "NNS" and word in _PLURALS:
        return _PLURALS[word]
    forms = getInflection(word, tag=tag)
    if tag in ("VBD", "VBN") and forms and not forms[0].endswith("ed") and (
            tag == "VBD" or forms[0].endswith("t")):
        regular = [form for form in (*getInflection(word, tag="VBD"), *forms)
                   if form in (f"{word}ed", f"{word}d")]
        forms = (*regular, *forms)
    return forms[0] if forms else word


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# English and Spanish negations; "no obstante", "no cabe duda", "sin embargo" and "sin
# perjuicio" are connectives ("however", "no doubt", "notwithstanding"), which "pero" or
# "seguro que" may replace.
_NEGATION = re.compile(
    r"\b(?:not|no(?!\s+(?:obstante|cabe\s+duda)\b)|never|none|nor|neither|without|cannot|"
    r"nunca|jamás|ni|tampoco|nadie|nada|ningun[oa]?s?|sin(?!\s+(?:embargo|perjuicio)\b))\b|"
    r"n['’]t\b",
    re.IGNORECASE)
_MARKUP = re.compile(r"[\[\]<>*_`#|]|https?://|\]\(")


# A Markdown link around a term: "[" before it (not escaped, no other bracket and no blank
# line between), and after it the rest of the text, "]", and a destination "(url "title")"
# (CommonMark 0.31, §6.3), a reference "[label]" or "[]", and an attribute list "{.pdf}".
_LINK_REACH = 500  # characters looked at on each side of the term
_TEXT_LINE = r"(?:[^\[\]\n]|\n(?![ \t]*\n))"
_MARKDOWN_OPEN = re.compile(rf"(?<!\\)\[{_TEXT_LINE}*$")
_MARKDOWN_CLOSE = re.compile(
    rf"{_TEXT_LINE}*\]"
    r"(?:\([ \t]*(?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)"
    r"(?:\s+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*\)|\[[^\[\]\n]*\])"
    r"(?:\{[^{}\n]{1,256}\})?"
)
_HTML_OPEN = re.compile(r"<a(?:\s[^<>]*)?>", re.IGNORECASE)
_HTML_CLOSE = re.compile(r"(?:(?!<a[\s>]|</a\s*>)[\s\S]){0,500}?</a\s*>", re.IGNORECASE)


def link_end(source: str, start: int, end: int) -> int:
    """Where the link whose text holds ``source[start:end]`` ends, or ``end`` when the term is
    not in a link's text: an explanation goes after the link ("[analgésicos](…) (medicamentos
    para el dolor)"), so the link's words and address stay as they were.  Markdown links
    (inline, reference, with an attribute list) and HTML ``<a>`` elements are recognised."""
    reach = max(0, start - _LINK_REACH)
    # The patterns are tried only where their first mark is (most text has no link).
    if source.rfind("[", reach, start) >= 0 and _MARKDOWN_OPEN.search(source, reach, start):
        markdown = _MARKDOWN_CLOSE.match(source, end)
        if markdown is not None:
            return markdown.end()
    openings = list(_HTML_OPEN.finditer(source, reach, start)) if source.rfind(
        "<", reach, start) >= 0 else []
    if openings and "</a" not in source[openings[-1].end() : start].lower():
        html = _HTML_CLOSE.match(source, end)
        if html is not None:
            return html.end()
    return end


# What a replacement may not lose, checked in this order: the first one lost names the reason.
Kept = Literal["number", "negation", "link", "markup"]
_KEPT: tuple[tuple[Kept, re.Pattern[str]], ...] = (
    ("number", _NUMBER), ("negation", _NEGATION), ("markup", _MARKUP),
)
_LINK_MARKS = frozenset({"http://", "https://", "]("})  # markup that belongs to a link
SkipReason = Literal["overlaps", "loses_number", "loses_negation", "loses_link", "loses_markup"]
_LOSES: dict[Kept, SkipReason] = {
    "number": "loses_number", "negation": "loses_negation", "link": "loses_link",
    "markup": "loses_markup",
}


def what_is_lost(original: str, replacement: str) -> Kept | None:
    """What ``replacement`` loses of ``original``: a ``number`` or dose, a ``negation``, a
    ``link`` (its address, or the ``](`` of a Markdown link) or other ``markup``; None when
    it keeps them all (each is counted, so one of two is missed too)."""
    before, after = original.lower(), replacement.lower()
    for kept, pattern in _KEPT:
        missing = Counter(pattern.findall(before)) - Counter(pattern.findall(after))
        if missing:
            return "link" if kept == "markup" and not _LINK_MARKS.isdisjoint(missing) else kept
    return None


@dataclass(frozen=True, slots=True)
class SkippedSuggestion:
    """A suggestion left out of the text, and why: it ``overlaps`` one applied before it
    (``overlapped``), or it would lose a number, a negation, a link or markup."""

    suggestion: Suggestion
    reason: SkipReason
    overlapped: Suggestion | None = None


@dataclass(frozen=True, slots=True)
class SuggestionSelection:
    """A set of suggestions split into those applied and those skipped, in text order."""

    applied: tuple[Suggestion, ...]
    skipped: tuple[SkippedSuggestion, ...]


def select_suggestions(text: str, suggestions: Iterable[Suggestion]) -> SuggestionSelection:
    """Which of ``suggestions`` (offsets into ``text``) :func:`apply_suggestions` applies,
    and why it skips each other one.

    In text order (by start, then end): one that overlaps a suggestion applied before it is
    skipped (the first in text order wins), and so is one that would lose a number, a
    negation, a link or markup (:func:`what_is_lost`).  A range outside ``text`` is a
    ``ValueError``.
    """
    applied: list[Suggestion] = []
    skipped: list[SkippedSuggestion] = []
    for suggestion in sorted(suggestions, key=lambda s: (s.start, s.end)):
        if not 0 <= suggestion.start <= suggestion.end <= len(text):
            raise ValueError(
                f"suggestion range {suggestion.start}-{suggestion.end} is outside the text"
            )
        if applied and suggestion.start < applied[-1].end:
            skipped.append(SkippedSuggestion(suggestion, "overlaps", applied[-1]))
            continue
        lost = what_is_lost(text[suggestion.start : suggestion.end], suggestion.replacement)
        if lost is not None:
            skipped.append(SkippedSuggestion(suggestion, _LOSES[lost]))
            continue
        applied.append(suggestion)
    return SuggestionSelection(tuple(applied), tuple(skipped))


def apply_suggestions(text: str, suggestions: Iterable[Suggestion]) -> str:
    """Return ``text`` with the chosen suggestions applied.

    Suggestions are offsets into ``text``; overlapping ones are skipped (the first in text
    order wins), and so is any that would lose a number, a negation, a link or markup
    (:func:`what_is_lost`), so applying a set the engine produced is always safe.
    :func:`select_suggestions` says which are applied and why each other one is skipped.
    """
    pieces: list[str] = []
    position = 0
    for suggestion in select_suggestions(text, suggestions).applied:
        pieces.append(text[position : suggestion.start])
        pieces.append(suggestion.replacement)
        position = suggestion.end
    pieces.append(text[position:])
    return "".join(pieces)
