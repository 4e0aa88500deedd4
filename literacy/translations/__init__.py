"""Checking translations of a patient handout against its source.

:func:`check_translations` takes one document per language (the source, usually English,
and its translations) and returns, for each translation, ``literacy.findings.Finding``s
with the PL4xx codes: a missing language, a missing or extra passage, a passage left in
the source language, a number that differs.  :func:`align_documents` shows how the
passages were paired.

The package, top to bottom: ``numbers`` (numbers, times, dates and number words as values,
across languages), ``items`` (what must carry over: numbers, phone numbers, URLs, codes),
``units`` (sentence-sized pieces of a document), ``align`` (Gale & Church alignment),
``moved`` (passages the translation put elsewhere), ``furniture`` (footers and bilingual
notices), ``checks`` (the findings).  Finding translations in a repository and stale ones (Git
history) is ``literacy.checker.translations``.
"""

from __future__ import annotations

from dataclasses import dataclass

from literacy.reading import read_document
from literacy.translations.align import EXPECTED_SIMILARITY, align
from literacy.translations.checks import NO_SPAN, Passages, check_translations, repair
from literacy.translations.units import Lexicons, read_units

__all__ = ["NO_SPAN", "AlignedPassage", "Lexicons", "align_documents", "check_translations"]


@dataclass(frozen=True)
class AlignedPassage:
    """One bead of an alignment: source text and translation text with their offsets
    (``None`` on the side that has nothing: a missing or extra passage)."""

    source_text: str
    text: str
    source_start: int | None
    source_end: int | None
    start: int | None
    end: int | None


def align_documents(
    source_text: str, translation_text: str, *, source: str = "en", lang: str = "es",
    format: str = "auto", lexicons: Lexicons | None = None,
) -> list[AlignedPassage]:
    """How :func:`check_translations` pairs the passages of two documents, for inspection."""
    lexicon = (lexicons or Lexicons()).pair(source, lang)
    source_units = read_units(read_document(source_text, format), source,
                         lexicon[0] if lexicon else None)
    target_units = read_units(read_document(translation_text, format), lang,
                         lexicon[1] if lexicon else None)
    beads = repair(
        align(source_units, target_units, EXPECTED_SIMILARITY if lexicon else 0.0),
        source_units, target_units, source, lang, Passages(),
    )
    passages = []
    for bead in beads:
        src = [source_units[i] for i in bead.source]
        tgt = [target_units[j] for j in bead.target]
        passages.append(
            AlignedPassage(
                " ".join(u.text for u in src), " ".join(u.text for u in tgt),
                src[0].start if src else None, src[-1].end if src else None,
                tgt[0].start if tgt else None, tgt[-1].end if tgt else None,
            )
        )
    return passages
