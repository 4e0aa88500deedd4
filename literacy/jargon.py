"""Finding the words a patient will not know, and whether the text explains them.

Four ways a word is found (``kind``):

- ``list``: a term from ``wordlists/`` (medical and bureaucratic), matched by lemma, so
  inflections and multi-word terms are found ("myocardial infarctions", "administered",
  "blood glucose levels"); the longest term wins;
- ``wordy``: a listed bureaucratic word that is common in English ("provide", "additional",
  Zipf ≥ 4): readers know it, so it is not jargon, but a plainer word reads better;
- ``abbreviation``: a listed abbreviation (case-sensitive: "PRN", "NPO"), or an unlisted
  acronym (two to six letters, mostly capitals: "COPD", "HbA1c");
- ``morphology``: a word built like a medical term (-itis, -ectomy, -emia, hyper-, drug-name
  stems such as -statin, -pril, -mab) that is not common (Zipf < 4);
- ``rare``: any other word in the rare frequency band (``literacy.vocabulary``).

What is not jargon: proper names (spaCy's PROPN tag) unless they are listed terms; numbers;
a word right after a number, which is read as its unit ("2.5 mg", "10 mL") — the number
makes it plain what kind of word it is.  A unit written out on its own ("measured in mcg")
is still an abbreviation.

Explained terms are reported with ``explained=True`` and are not faults: an abbreviation
defined in the text ("chronic obstructive pulmonary disease (COPD)", or "COPD (chronic …)")
is explained there and everywhere after; a term explained in place ("hypertension (high
blood pressure)", "high blood pressure (hypertension)", "hypertension, or high blood
pressure", "…, also called …", "…, which means …") likewise, and so are its later uses.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Literal

from literacy.parsing import ParsedDocument, Sentence, Word
from literacy.suggestions import fit
from literacy.vocabulary import COMMON_ZIPF, band, word_zipf, zipf
from literacy.wordlists import Abbreviation, JargonEntry, WordLists

Kind = Literal["list", "wordy", "abbreviation", "morphology", "rare"]

MEDICAL_SUFFIXES = (
    "itis", "ectomy", "ectomies", "otomy", "ostomy", "oscopy", "oscopies", "plasty", "emia",
    "aemia", "ology", "ologist", "osis", "oses", "opathy", "algia", "megaly", "oma", "omas",
    "uria", "rrhea", "rrhoea", "penia", "cytosis", "genic", "ectasis", "lysis", "stasis",
    "trophy", "gram", "graphy", "sclerosis", "plegia", "paresis", "pnea", "phagia",
    # drug-name stems (USAN)
    "statin", "pril", "sartan", "olol", "dipine", "azole", "cillin", "mycin", "floxacin",
    "prazole", "tidine", "gliptin", "gliflozin", "glutide", "parin", "vir", "afil",
    "triptan", "lukast", "tinib", "mab", "caine", "pam", "lam", "oxetine", "setron",
    "dronate", "sone", "olone", "formin", "thiazide", "semide", "profen", "cycline",
)
MEDICAL_PREFIXES = (
    "hyper", "hypo", "tachy", "brady", "dys", "hemat", "haemat", "nephr", "hepat", "gastr",
    "cardi", "neur", "oste", "derm", "angi", "encephal", "myel", "pneum", "thromb", "leuk",
    "cyst", "colp", "hyster", "endo", "peri", "intra", "sub",
)
_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9]{2,6}s?$")
_EXPLAINED_AFTER = re.compile(
    r"\s*(?:\((?!\s*\))|,?\s+(?:or|also called|also known as|known as|called|which means|"
    r"meaning|means|that is|i\.e\.)\b|\s*[—–]\s*\w|:\s+\w)",
    re.IGNORECASE,
)
_EXPLAINED_BEFORE = re.compile(r"\w[^()]{2,}\(\s*$")


@dataclass(frozen=True)
class JargonTerm:
    """One occurrence of a hard term in the text."""

    start: int
    end: int
    text: str
    lemma: str
    kind: Kind
    category: str
    explained: bool
    sentence: int
    words: int
    suggestions: tuple[str, ...] = ()
    definition: str = ""

    @property
    def is_fault(self) -> bool:
        """Hard for a reader: unexplained, and not merely a wordy but common word."""
        return not self.explained and self.kind != "wordy"

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lemma": self.lemma,
            "kind": self.kind,
            "category": self.category,
            "explained": self.explained,
            "suggestions": list(self.suggestions),
            "definition": self.definition,
        }


class JargonMatcher:
    """Finds jargon in a parsed document, using one language's word lists."""

    def __init__(self, wordlists: WordLists) -> None:
        self.wordlists = wordlists
        self.lang = wordlists.lang
        self._by_first: dict[str, list[tuple[tuple[str, ...], JargonEntry]]] = defaultdict(list)
        for term, entry in wordlists.jargon.items():
            tokens = tuple(term.split())
            self._by_first[tokens[0]].append((tokens, entry))
        for candidates in self._by_first.values():
            candidates.sort(key=lambda pair: -len(pair[0]))
        self._abbreviations = wordlists.abbreviations

    def find(self, parsed: ParsedDocument) -> list[JargonTerm]:
        """Every jargon occurrence, in text order, with whether the text explains it."""
        source = parsed.document.source
        explained_terms: set[str] = set()
        found: list[JargonTerm] = []
        for index, sentence in enumerate(parsed.sentences):
            for term in self._sentence_terms(sentence, index):
                explained = term.lemma in explained_terms or _explained_in_place(
                    source, term, sentence
                )
                if not explained and term.kind == "abbreviation":
                    explained = _defined_here(source, term, sentence)
                if explained:
                    explained_terms.add(term.lemma)
                found.append(replace(term, explained=explained))
        return found

    def _sentence_terms(self, sentence: Sentence, index: int) -> Iterator[JargonTerm]:
        words = sentence.words
        position = 0
        while position < len(words):
            matched = self._list_match(words, position)
            if matched is not None:
                length, entry = matched
                yield self._list_term(entry, words[position : position + length], index)
                position += length
                continue
            term = self._single_word(words, position, index)
            if term is not None:
                yield term
            position += 1

    def _list_match(self, words: Sequence[Word], position: int) -> tuple[int, JargonEntry] | None:
        word = words[position]
        keys = {word.text.lower(), word.lemma}
        if not word.tag:
            keys.add(_singular(word.text.lower()))
        for key in keys:
            for tokens, entry in self._by_first.get(key, ()):
                length = len(tokens)
                if position + length <= len(words) and all(
                    _same(words[position + offset], token)
                    for offset, token in enumerate(tokens)
                ):
                    if word.is_proper and length == 1 and not word.text[:1].isupper():
                        continue
                    return length, entry
        return None

    def _list_term(self, entry: JargonEntry, words: Sequence[Word], index: int) -> JargonTerm:
        wordy = entry.category == "bureaucratic" and min(
            zipf(part, self.lang) for part in entry.term.split()
        ) >= COMMON_ZIPF
        return JargonTerm(
            start=words[0].start,
            end=words[-1].end,
            text=_text_of(words),
            lemma=entry.term,
            kind="wordy" if wordy else "list",
            category=entry.category,
            explained=False,
            sentence=index,
            words=len(words),
            suggestions=tuple(dict.fromkeys(fit(plain, words) for plain in entry.plain)),
            definition=entry.definition,
        )

    def _single_word(self, words: Sequence[Word], position: int, index: int) -> JargonTerm | None:
        word = words[position]
        if word.is_number or word.is_link:
            return None
        if position > 0 and words[position - 1].is_number:
            return None  # a unit: "2.5 mg", "10 mL", "98.6 F"
        abbreviation = self._abbreviation(word)
        if abbreviation is not None:
            plain = abbreviation.plain or abbreviation.expansion
            return _single(word, index, "abbreviation", abbreviation.abbreviation,
                           category="abbreviation", suggestions=(fit(plain, [word]),),
                           definition=abbreviation.expansion)
        if word.is_proper and not word.sentence_initial:
            return None
        if _ACRONYM.match(word.text) and not word.text.isdigit():
            return _single(word, index, "abbreviation", word.text, category="abbreviation")
        if word.is_proper:
            return None
        frequency = word_zipf(word, self.lang)
        lower = word.text.lower()
        if frequency < COMMON_ZIPF and _medical_form(lower):
            return _single(word, index, "morphology", word.lemma, category="medical")
        if band(word, self.lang) == "rare" and word.text.isalpha():
            return _single(word, index, "rare", word.lemma, category="rare")
        return None

    def _abbreviation(self, word: Word) -> Abbreviation | None:
        text = word.text
        for candidate in (text, text.rstrip("."), text[:-1] if text.endswith("s") else None):
            if candidate and candidate in self._abbreviations:
                return self._abbreviations[candidate]
        return None


def _same(word: Word, token: str) -> bool:
    lower = word.text.lower()
    return (
        lower == token
        or word.lemma == token
        or lower.replace("’", "'") == token
        or (not word.tag and _singular(lower) == token)  # no tagger (Spanish): plural by rule
    )


def _singular(lower: str) -> str:
    """A plural's singular by the regular rules ("vacunas" → "vacuna", "úlceras" → "úlcera",
    "hipertensiones" → "hipertensión" is not covered); used only where no lemmatizer runs."""
    if lower.endswith("es") and len(lower) > 4 and lower[-3] not in "aeiou":
        return lower[:-2]
    return lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower


def _medical_form(lower: str) -> bool:
    if len(lower) < 7:
        return False
    return lower.endswith(MEDICAL_SUFFIXES) or (
        lower.startswith(MEDICAL_PREFIXES) and len(lower) >= 9
    )


def _text_of(words: Sequence[Word]) -> str:
    return " ".join(word.text for word in words)


def _single(word: Word, index: int, kind: Kind, lemma: str, *, category: str,
            suggestions: tuple[str, ...] = (), definition: str = "") -> JargonTerm:
    return JargonTerm(word.start, word.end, word.text, lemma, kind, category, False, index, 1,
                      suggestions, definition)




def _explained_in_place(source: str, term: JargonTerm, sentence: Sentence) -> bool:
    """The term is followed by an explanation, or is itself the parenthesised technical name."""
    after = source[term.end : min(sentence.end + 1, term.end + 40)]
    if _EXPLAINED_AFTER.match(after) and term.end < sentence.end:
        return True
    before = source[max(sentence.start, term.start - 60) : term.start]
    return bool(_EXPLAINED_BEFORE.search(before)) and source[term.end : term.end + 2].lstrip(
    ).startswith(")")


def _defined_here(source: str, term: JargonTerm, sentence: Sentence) -> bool:
    """An abbreviation in parentheses after its long form, whose initials it follows
    (after Schwartz & Hearst 2003, "A simple algorithm for identifying abbreviation
    definitions in biomedical text")."""
    before = source[sentence.start : term.start]
    if not before.rstrip().endswith("(") or source[term.end : term.end + 1] != ")":
        return False
    words = re.findall(r"[A-Za-z][\w'-]*", before)
    letters = [char.lower() for char in term.text if char.isalpha()]
    if not letters:
        return False
    window = words[-(len(letters) + 5) :]
    initials = "".join(word[0].lower() for word in window)
    position = 0
    for letter in letters:  # the letters appear, in order, as initials or inside the words
        found = initials.find(letter, position)
        if found < 0:
            return _letters_in_order(" ".join(window).lower(), letters)
        position = found + 1
    return True


def _letters_in_order(text: str, letters: list[str]) -> bool:
    if not text.startswith(letters[0]) and f" {letters[0]}" not in text:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True
