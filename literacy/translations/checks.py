"""The checks: what a reviewer must look at in each translation, as findings.

:func:`check_translations` takes one document per language (the source, usually English,
and its translations) and returns ``literacy.findings.Finding``s, with the codes of the
PL4xx family of ``literacy.findings.RULES``; each finding's span is in the translation it
is about, and its ``data`` names the language (``lang``) and the source passage
(``source_start``, ``source_end``; ``None`` when there is none).

==========  ========  =======================================================================
code        default   what
==========  ========  =======================================================================
PL401       error     a required language has no text, or a translation given has none
PL402       error     a source heading, paragraph or list item (or a sentence of one) has no
                      counterpart in the translation
PL403       warning   a passage of the translation has no source
PL404       error     a passage of the translation is still in the source language
PL405       error     a number, dose, phone number, date, time, percentage, URL or e-mail
                      differs ("take 2 tablets" / "tome 3 tabletas")
==========  ========  =======================================================================

(PL406, a stale translation, needs Git history: ``literacy.checker.translations``.)

What is a warning rather than an error
    Real handouts carry page furniture and bilingual notices
    (``literacy.translations.furniture``), so these are warnings: a missing sentence of
    under 10 words and no numbers of a paragraph that is mostly translated, when the
    paragraph's translation holds its words or its length (the translator may have
    condensed it); anything in the trailing footer (short lines, copyright lines) but a
    changed number other than a date (an edition date); next to a passage the source itself
    gives in the target language (the VIS "Hojas de información … en español" notice), its
    source-language twin and the short lines of the layout that are not sentences; a source
    passage that appears in the translation word for word, or whose links and phone numbers
    are in the translation beside text that lacks them (moved); text in the source language
    that repeats nothing (a credit line); a copy that looks like a name ("Centers for
    Disease Control and Prevention") or stands beside its own translation; a link to another
    page of a site the other document also links to (the translated page).

After alignment (``literacy.translations.align``, which also unpairs a source unit that
nothing in its translation speaks for), a translation unit in the source language that
repeats nothing is unpaired (a running header cannot be a translation), and unpaired
passages that match each other, numbers and codes included, are paired as moved (PDF
extraction reorders two-column pages: ``literacy.translations.moved``).  The source
document is read once, however many translations it has.
"""

from __future__ import annotations

import difflib
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from literacy.analysis import DEFAULT_IDENTIFIER
from literacy.errors import InputError
from literacy.findings import Finding, Severity, Span
from literacy.language import base_language, language_name
from literacy.reading import is_blank, line_starts, read_document
from literacy.translations.align import (
    EXPECTED_SIMILARITY,
    Bead,
    align,
    features_of,
    keeps_words,
    length_cost,
    length_ratio,
    similarity,
)
from literacy.translations.furniture import Furniture
from literacy.translations.items import url_host
from literacy.translations.moved import moved_passages
from literacy.translations.numbers import WORD, Item, compares_number_words
from literacy.translations.units import Lexicons, Unit, fold, read_units

__all__ = ["NO_SPAN", "Passages", "check_translations", "repair"]

NO_SPAN = Span(0, 0, 1, 1, 1, 1)
"""The span of a finding about a whole document (a missing translation)."""

_MIN_LETTERS_TO_JUDGE = 30  # shorter texts are not given to the language identifier
_MIN_WORDS_TO_JUDGE = 5
_LANGUAGE_CONFIDENCE = 0.95
_NEAR_IDENTICAL = 0.9
_DIFFLIB_CHARACTERS = 1_000


def check_translations(
    documents: Mapping[str, str],
    *,
    source: str = "en",
    required: Iterable[str] | None = None,
    format: str = "auto",
    lexicons: Lexicons | None = None,
) -> list[Finding]:
    """Check every translation in ``documents`` (language code → text) against the source.

    ``required`` lists languages that must be present with text (PL401 for each that is
    not, and for each translation given with no words).  Each document is read with
    ``format`` ("auto", "plain", "markdown" or "html").  ``lexicons`` holds the alignment
    lexicons already read (a new one reads them for this call).
    Raises ``InputError`` when the source document is missing or empty.  Findings come out
    per language, in document order.
    """
    source_text = documents.get(source)
    if source_text is None:
        raise InputError(
            f"no {source!r} source document to check translations against; pass it as "
            f"documents[{source!r}] or name the source language with source=",
            code="missing_source",
        )
    if is_blank(source_text):
        raise InputError(f"the {source!r} source document is empty: pass its text",
                         code="missing_source")
    findings: list[Finding] = []
    # A translation given with no words is as missing as one not given: a truncated upload
    # or an export that failed must not pass.
    for lang in dict.fromkeys([*(required or ()), *documents]):
        if lang == source:
            continue
        text = documents.get(lang)
        if text is None or not _has_text(text):
            findings.append(
                Finding(
                    "PL401",
                    f"There is no {language_name(lang)} translation"
                    + (" (the document is empty)." if text is not None else "."),
                    NO_SPAN, "",
                    data={"lang": lang, "source_start": None, "source_end": None},
                )
            )
    findings.extend(_check_documents(documents, source, source_text, format,
                                      lexicons or Lexicons(), Passages()))
    return findings


class Passages:
    """What one check run has judged about its passages: each passage's language and which
    passages copy which, so that a source passage is judged once for all its translations.

    One is made per call and dropped with it: the passages are patients' documents, and
    nothing of them outlives the call that read them.
    """

    def __init__(self) -> None:
        self._languages: dict[tuple[str, tuple[str, str]], tuple[str, float] | None] = {}
        self._copies: dict[tuple[str, str], bool] = {}

    def detect(self, text: str, candidates: tuple[str, str]) -> tuple[str, float] | None:
        """The language of ``text`` among ``candidates``, or None when it cannot be judged
        (by base language codes: "es-MX" and "es-US" share one judgement)."""
        codes = (base_language(candidates[0]), base_language(candidates[1]))
        key = (text, codes)
        if key not in self._languages:
            self._languages[key] = _identify(text, codes)
        found = self._languages[key]
        return (candidates[codes.index(found[0])], found[1]) if found else None

    def close(self, a: str, b: str) -> bool:
        """:func:`_close`, remembered for this run."""
        key = (a, b)
        if key not in self._copies:
            self._copies[key] = _close(a, b)
        return self._copies[key]


def _check_documents(
    documents: Mapping[str, str], source: str, source_text: str, format: str,
    lexicons: Lexicons, passages: Passages,
) -> list[Finding]:
    findings: list[Finding] = []
    source_document = read_document(source_text, format)
    source_units: dict[int, list[Unit]] = {}  # by lexicon: the source is read once
    for lang, text in documents.items():
        if lang == source or not _has_text(text):
            continue
        lexicon = lexicons.pair(source, lang)
        key = id(lexicon[0]) if lexicon else 0
        if key not in source_units:
            source_units[key] = read_units(source_document, source,
                                           lexicon[0] if lexicon else None)
        target_units = read_units(read_document(text, format), lang,
                                  lexicon[1] if lexicon else None)
        expected = EXPECTED_SIMILARITY if lexicon else 0.0
        findings.extend(
            _check_pair(source_units[key], target_units, source, lang, text, passages, expected)
        )
    return findings


def _has_text(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def _identify(text: str, codes: tuple[str, str]) -> tuple[str, float] | None:
    """The language of ``text`` among base language ``codes``, or None when it cannot be
    judged (too short, or a language the identifier does not know)."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < _MIN_LETTERS_TO_JUDGE or len(WORD.findall(text)) < _MIN_WORDS_TO_JUDGE:
        return None
    if codes[0] == codes[1] or not set(codes) <= DEFAULT_IDENTIFIER.known_languages():
        return None
    lang, probability = DEFAULT_IDENTIFIER.detect(text, codes)
    return (lang, probability) if lang in codes else None


def _check_pair(
    source: list[Unit], target: list[Unit], source_lang: str, lang: str, text: str,
    passages: Passages, expected: float = 0.0,
) -> list[Finding]:
    if not (compares_number_words(source_lang) and compares_number_words(lang)):
        source, target = _number_words_soft(source), _number_words_soft(target)
    beads = repair(list(align(source, target, expected)), source, target, source_lang, lang,
                   passages)
    pair = _Pair(source, target, beads, source_lang, lang, text, passages)
    flags: list[Finding] = []
    for number, bead in enumerate(beads):
        if bead.source and not bead.target:
            flags.extend(pair.missing(number))
        elif bead.target and not bead.source:
            flags.extend(pair.extra(number))
        else:
            flags.extend(pair.untranslated(number))
            flags.extend(pair.numbers(number))
    for i, group in pair.moved.items():
        flags.extend(pair.compare_items((i,), group, (), (i,)))
    return _merge_missing(flags)


def repair(
    beads: list[Bead], source: list[Unit], target: list[Unit], source_lang: str, lang: str,
    passages: Passages,
) -> list[Bead]:
    """Undo pairings that cannot be translations, and redo the obvious ones.

    A translation unit that the identifier puts in the source language, and that does not
    repeat its source, is not the translation of anything (it is a running header or a
    credit line): when a bead holds nothing else, its source units are unpaired, and are
    paired instead with a neighbouring extra unit that *is* in the translation's language
    (a title whose translation the aligner passed over for its English copy), if any.
    """

    def foreign(indices: tuple[int, ...], against: tuple[int, ...]) -> bool:
        for j in indices:
            unit = target[j]
            found = passages.detect(unit.text, (source_lang, lang))
            copies = any(passages.close(fold(unit.text), fold(source[i].text)) for i in against)
            if copies or found is None or found[0] != source_lang or (
                found[1] < _LANGUAGE_CONFIDENCE
            ):
                return False
        return True

    def translated(indices: tuple[int, ...]) -> bool:
        for j in indices:
            found = passages.detect(target[j].text, (source_lang, lang))
            if found is None or found[0] != lang:
                return False
        return True

    repaired: list[Bead] = []
    for number, bead in enumerate(beads):
        if not (bead.source and bead.target and foreign(bead.target, bead.source)):
            repaired.append(bead)
            continue
        previous = repaired[-1] if repaired else None
        following = beads[number + 1] if number + 1 < len(beads) else None
        if previous and not previous.source and translated(previous.target):
            repaired[-1] = Bead(bead.source, previous.target)
            repaired.append(Bead((), bead.target))
        elif following and not following.source and translated(following.target):
            repaired.append(Bead((), bead.target))
            repaired.append(Bead(bead.source, following.target))
            beads[number + 1] = Bead((), ())
        else:
            repaired.append(Bead(bead.source, ()))
            repaired.append(Bead((), bead.target))
    return [bead for bead in repaired if bead.source or bead.target]


class _Pair:
    """A source and one translation, aligned; each method checks one bead."""

    def __init__(
        self, source: list[Unit], target: list[Unit], beads: list[Bead], source_lang: str,
        lang: str, text: str, passages: Passages,
    ) -> None:
        self.source, self.target, self.beads = source, target, beads
        self.passages = passages
        self.source_lang, self.lang, self.text = source_lang, lang, text
        self.lines = line_starts(text)
        self.name, self.source_name = language_name(lang), language_name(source_lang)
        # Source blocks (paragraphs) that are mostly translated: a missing sentence there may
        # have been condensed into its neighbours.
        aligned = {i for bead in beads if bead.target for i in bead.source}
        words: Counter[int] = Counter()
        aligned_words: Counter[int] = Counter()
        for unit in source:
            words[unit.block] += unit.words
            if unit.index in aligned:
                aligned_words[unit.block] += unit.words
        self.partly_aligned_blocks = {
            block for block, total in words.items()
            if aligned_words[block] >= _MOSTLY_TRANSLATED * total and aligned_words[block] > 0
        }
        self.ratio = length_ratio(source, target)
        self.source_hosts = _hosts(source)
        self.target_hosts = _hosts(target)
        self.moved = moved_passages(source, target, beads)
        self.all_source_items = _items_of(source, range(len(source)))
        self.all_target_items = _items_of(target, range(len(target)))
        # Links, phone numbers and codes of the translation that their own source passage
        # lacks: where a passage's content went when the translation moved it.
        self.stray_keys = {
            key
            for bead in beads
            for item, _ in _spare(_items_of(target, bead.target), _items_of(source, bead.source))
            if item.distinctive
            for key in item.keys
        }
        self.source_key_counts = Counter(
            key for item, _ in self.all_source_items for key in item.keys
        )
        self.target_folded = " ".join(fold(unit.text) for unit in target)
        self.furniture = Furniture(source, target, beads,
                                   lambda unit: self._language(unit) == (lang, True))

    # --- helpers ----------------------------------------------------------------------------

    def _finding(
        self, code: str, severity: Severity, message: str, start: int, end: int,
        source_start: int | None, source_end: int | None, text: str, **data: Any,
    ) -> Finding:
        """A finding at ``text[start:end]`` of the translation."""
        return Finding(
            code, message, Span.of(self.text, start, end, self.lines), text, severity,
            data={"lang": self.lang, "source_start": source_start, "source_end": source_end,
                  **data},
        )

    def _language(self, unit: Unit) -> tuple[str, bool] | None:
        """``(language, confident)`` of a unit among the pair's two languages, if judged."""
        found = self.passages.detect(unit.text, (self.source_lang, self.lang))
        if found is None:
            return None
        return found[0], found[1] >= _LANGUAGE_CONFIDENCE

    def _verbatim(self, unit: Unit) -> bool:
        """Whether a source passage of 5+ words appears, word for word, in the translation
        (both halves of it, as PDF text may break it in two): it is there, untranslated."""
        words = fold(unit.text).split()
        if len(words) < _MIN_WORDS_TO_JUDGE:
            return False
        half = len(words) // 2
        return all(
            " ".join(part) in self.target_folded for part in (words[:half], words[half:])
        )

    def _strays(self, unit: Unit) -> list[str]:
        """The links, phone numbers and codes of a source unit found nowhere else in the
        source, when it has some and each is in the translation where the source passage
        paired there lacks it (else none)."""
        distinctive = [
            item for item in unit.items
            if item.distinctive and not item.soft
            and max(self.source_key_counts[key] for key in item.keys) == 1
        ]
        if distinctive and all(self.stray_keys & item.keys for item in distinctive):
            return [f"“{item.text}”" for item in distinctive]
        return []

    def _absorbed(self, unit: Unit) -> bool:
        """Whether the translation of the rest of ``unit``'s paragraph may hold ``unit`` too.

        A sentence condensed into its neighbours leaves its words there, or at least their
        length: the paragraph's translation keeps ``EXPECTED_SIMILARITY`` (what unrelated
        neighbouring sentences share) or more of its features, or its length fits the
        paragraph with ``unit`` at least as well as without (Gale & Church's length cost at
        the documents' ratio).  A dropped sentence leaves its neighbours the words and the
        length of their own source.  On the correct pairs the one condensed aside ("You may
        also hear them called anti-emetics.", in "también se denominan antieméticos") keeps
        0.29 of its features in its paragraph's translation, though that is shorter than
        its own source.
        """
        beads = [bead for bead in self.beads if bead.target
                 and any(self.source[i].block == unit.block for i in bead.source)]
        if keeps_words(unit, features_of(self.target, (j for bead in beads for j in bead.target))):
            return True
        source = sum(self.source[i].length for bead in beads for i in bead.source)
        target = sum(self.target[j].length for bead in beads for j in bead.target)
        return length_cost(source + unit.length, target, self.ratio) <= length_cost(
            source, target, self.ratio
        )

    def _insertion_point(self, number: int) -> int:
        for bead in self.beads[number + 1:]:
            if bead.target:
                return self.target[bead.target[0]].start
        for bead in reversed(self.beads[:number]):
            if bead.target:
                return self.target[bead.target[-1]].end
        return 0

    # --- checks -----------------------------------------------------------------------------

    def missing(self, number: int) -> list[Finding]:
        point = self._insertion_point(number)
        flags = []
        for i in self.beads[number].source:
            unit = self.source[i]
            already = i in self.furniture.notices
            near_notice = self.furniture.beside_notice(unit)
            footer = self.furniture.in_footers(source_units=(i,))
            partial = unit.block in self.partly_aligned_blocks
            what = _KIND_NAMES.get(unit.kind, "passage")
            if partial:
                message = (
                    f"A sentence of this {what} has no counterpart in the {self.name} "
                    "translation, though the rest of it has: check whether the translation "
                    "condensed it or left it out."
                )
            else:
                message = (
                    f"This {what} of the source has no counterpart in the {self.name} "
                    "translation."
                )
            if already:
                message += f" It is in {self.name} in the source already, so it may need none."
            elif near_notice:
                message += (
                    " It stands next to a passage the source gives in both languages (that "
                    "passage's twin or a line of its layout), where the layout of the two "
                    "documents differs."
                )
            elif footer:
                message += " It is in the document's footer (page furniture?)."
            verbatim = self._verbatim(unit)
            if verbatim:
                message += (
                    f" Its {self.source_name} text appears in the translation as it is, "
                    "not translated."
                )
            moved = self.moved.get(i)
            if moved is not None:
                message += (
                    " Its translation seems to be elsewhere in the document: "
                    f"“{_clip(self.target[moved[0]].text)}”; check the order."
                )
            strays = self._strays(unit)
            if strays:
                message += (
                    f" Its {', '.join(strays)} appear elsewhere in the translation, beside text "
                    "that does not have them: it may have been moved; check the order."
                )
            # a short aside of a translated paragraph may be condensed away; a full sentence,
            # one with a number, link or phone number, or one the translation of its
            # paragraph has no room for, is content
            condensed = (partial and unit.words < _CONDENSED_WORDS
                         and all(item.soft for item in unit.items) and self._absorbed(unit))
            severity: Severity = (
                "warning"
                if already or near_notice or footer or condensed or verbatim or moved is not None
                or strays
                else "error"
            )
            flags.append(
                self._finding(
                    "PL402", severity, message, point, point, unit.start, unit.end, unit.text,
                    segment_kind=unit.kind, words=unit.words, partial=partial,
                )
            )
        return flags

    def extra(self, number: int) -> list[Finding]:
        flags = []
        for j in self.beads[number].target:
            unit = self.target[j]
            copied = self._copy(unit, number)
            if copied is not None:
                flags.append(self._untranslated_flag(unit, number, copied, translated=False))
                continue
            in_source_language = self._language(unit) == (self.source_lang, True)
            message = "This passage of the translation has no counterpart in the source."
            if any(j in group for group in self.moved.values()):
                message = (
                    "This passage of the translation seems to translate a source passage "
                    "found elsewhere in the source; check the order."
                )
            if in_source_language:
                message = (
                    f"This passage of the translation is in {self.source_name} and has no "
                    "counterpart in the source (a running header, a credit line?)."
                )
            flags.append(
                self._finding(
                    "PL403", "warning", message, unit.start, unit.end, None, None, unit.text,
                    in_source_language=in_source_language,
                )
            )
        return flags

    def untranslated(self, number: int) -> list[Finding]:
        """Translation units of a bead that are still in the source language.

        Untranslated means copied: a unit that (nearly) repeats a source passage of this or
        a nearby bead, and is long enough to be prose or is judged to be in the source
        language by the identifier.  A unit the identifier puts in the source language that
        copies nothing is added text (a header, a credit line): a warning.  A copy stands
        beside its own translation (a bilingual passage) when the bead has at least as many
        units in the translation's language as source units; with fewer, the units in the
        translation's language translate the bead's other source units, and the copy stands
        in place of a translation.
        """
        bead = self.beads[number]
        if all(i in self.furniture.notices for i in bead.source):
            return []
        suspects: list[tuple[Unit, Unit | None]] = []
        translated = 0
        for j in bead.target:
            unit = self.target[j]
            copied = self._copy(unit, number)
            if copied is not None:
                suspects.append((unit, copied))
            elif self._language(unit) == (self.source_lang, True):
                suspects.append((unit, None))
            elif (language := self._language(unit)) is not None and language[0] == self.lang:
                translated += 1
        return [
            self._untranslated_flag(unit, number, copied, translated >= len(bead.source))
            for unit, copied in suspects
        ]

    def _copy(self, unit: Unit, number: int) -> Unit | None:
        """The source unit near bead ``number`` that ``unit`` copies, if any.

        A copy is (nearly) identical text; it counts when it has enough words to be prose, or
        when the identifier puts it in the source language.
        """
        if unit.words < 2:
            return None
        low, high = max(0, number - _TWIN_REACH), min(len(self.beads), number + _TWIN_REACH + 1)
        folded = fold(unit.text)
        best: Unit | None = None
        for bead in self.beads[low:high]:
            for i in bead.source:
                if i not in self.furniture.notices and self.passages.close(folded,
                                                                    fold(self.source[i].text)):
                    best = self.source[i]
                    break
            if best is not None:
                break
        if best is None:
            return None
        if unit.words >= _MIN_WORDS_TO_JUDGE or self._language(unit) == (self.source_lang, True):
            return best
        return None

    def _untranslated_flag(
        self, unit: Unit, number: int, copied: Unit | None, translated: bool
    ) -> Finding:
        bead = self.beads[number]
        near = [copied.index] if copied is not None else list(bead.source)
        name = _looks_like_name(unit)
        footer = self.furniture.in_footers(target_units=(unit.index,))
        bilingual = self.furniture.short_beside_notice(unit, near)
        if copied is None:
            message = (
                f"This passage of the {self.name} translation is in {self.source_name} but "
                "does not repeat the source: added text (a header, a credit line?)."
            )
            severity: Severity = "warning"
        else:
            message = f"This passage of the {self.name} translation repeats its source"
            if name:
                message += "; it may be a name kept in the original language."
            elif bilingual or translated:
                message += (
                    "; a translation is also given here, so it may be a deliberate bilingual "
                    "passage."
                )
            elif footer:
                message += " in the document's footer (page furniture?)."
            else:
                message += ": it was not translated."
            severity = "warning" if name or bilingual or translated or footer else "error"
        source_start = copied.start if copied else (
            self.source[bead.source[0]].start if bead.source else None
        )
        source_end = copied.end if copied else (
            self.source[bead.source[-1]].end if bead.source else None
        )
        return self._finding(
            "PL404", severity, message, unit.start, unit.end, source_start, source_end,
            unit.text, copies_source=copied is not None,
        )

    def numbers(self, number: int) -> list[Finding]:
        """Items of the source bead with no match in the translation bead, and vice versa.

        Each source number needs its own match: a translation number accounts for one
        source number ("2 a 3 días" changed to "3 a 3 días" loses the 2).  A number also
        counts as matched when it is found in the next or previous bead and is not needed
        there (the alignment can put a boundary one unit off, and a number that moved one
        sentence is not a patient-safety error); a translation number counts as matched
        by any source number nearby.
        """
        bead = self.beads[number]
        low, high = max(0, number - 1), min(len(self.beads), number + 2)
        spare = [
            item
            for other in self.beads[low:high] if other is not bead
            for item, _ in _spare(_items_of(self.target, other.target),
                                  _items_of(self.source, other.source))
            if not item.soft  # "una", "a": number words next door are mostly articles
        ]
        near_source = [i for b in self.beads[low:high] for i in b.source]
        return self.compare_items(bead.source, bead.target, spare, near_source)

    def compare_items(
        self, source_units: Sequence[int], target_units: Sequence[int],
        spare_targets: Sequence[Item], near_source: Sequence[int],
    ) -> list[Finding]:
        """Number checks between paired source and translation units."""
        src_items = _items_of(self.source, source_units)
        tgt_items = _items_of(self.target, target_units)
        near_src_items = _items_of(self.source, near_source)
        unused = [item for item, _ in tgt_items]  # each accounts for one source number
        # A number word of the source takes its own word first ("first" the "primera"), so
        # that a digit beside it cannot: "1 to 2 months after the first dose" changed to "2
        # a 2 meses después de la primera dosis" has lost its 1.
        for item, _ in src_items:
            if item.soft:
                found = next((k for k, other in enumerate(unused)
                              if other.soft and item.matches(other)), None)
                if found is not None:
                    del unused[found]
        lost = []
        for item, span in src_items:
            if item.soft:
                continue
            if item.distinctive:
                if not any(item.matches(other) for other, _ in self.all_target_items):
                    lost.append((item, span))
                continue
            found = next((k for k, other in enumerate(unused) if item.matches(other)), None)
            if found is not None:
                del unused[found]
            elif not any(item.matches(other) for other in spare_targets):
                lost.append((item, span))
        added = [
            (item, span) for item, span in tgt_items
            if not item.soft
            and not any(
                item.matches(other)
                for other, _ in (self.all_source_items if item.distinctive else near_src_items)
            )
        ]
        # A link to another page of a site the other document also links to is most likely
        # the page in the other language: a warning, not an error.
        localized = [pair for pair in lost if url_host(pair[0]) in self.target_hosts]
        localized += [pair for pair in added if url_host(pair[0]) in self.source_hosts]
        lost = [pair for pair in lost if pair not in localized]
        added = [pair for pair in added if pair not in localized]
        src = [self.source[i] for i in source_units]
        tgt = [self.target[j] for j in target_units]
        flags = []
        # A date in the page furniture at the end is an edition or translation date, which
        # may differ; any other number there (a legal citation, a phone number) may not.
        footer = self.furniture.in_footers(source_units, target_units) and all(
            item.kind == "date" for item, _ in (*lost, *added)
        )
        if lost or added:
            parts = []
            if lost:
                parts.append("the source has " + ", ".join(f"“{i.text}”" for i, _ in lost))
            if added:
                parts.append(
                    "the translation has " + ", ".join(f"“{i.text}”" for i, _ in added)
                )
            start, end = added[0][1] if added else (tgt[0].start, tgt[-1].end)
            source_start, source_end = lost[0][1] if lost else (src[0].start, src[-1].end)
            flags.append(
                self._finding(
                    "PL405", "warning" if footer else "error",
                    "Numbers differ between the source and its translation: "
                    + " but ".join(parts)
                    + (". (Dates in the document's footer: edition dates?)" if footer
                       else ". Check doses, dates, times and contact details."),
                    start, end, source_start, source_end,
                    ", ".join(i.text for i, _ in added) if added else " ".join(u.text for u in tgt),
                    source_values=[i.text for i, _ in lost],
                    translation_values=[i.text for i, _ in added],
                )
            )
        for item, span in localized:
            in_source = any(item is other for other, _ in src_items)
            flags.append(
                self._finding(
                    "PL405", "warning",
                    f"The {'source' if in_source else 'translation'} links to “{item.text}”, "
                    f"which the {'translation' if in_source else 'source'} does not, though it "
                    f"links to the same site: check that the link leads to the right page in "
                    f"{self.name if in_source else self.source_name}.",
                    *(( tgt[0].start, tgt[-1].end) if in_source else span),
                    *(span if in_source else (src[0].start, src[-1].end)),
                    item.text,
                    source_values=[item.text] if in_source else [],
                    translation_values=[] if in_source else [item.text],
                )
            )
        return flags


_KIND_NAMES = {"heading": "heading", "list_item": "list item", "table_cell": "table cell",
               "quote": "quotation", "paragraph": "passage"}
_TWIN_REACH = 3  # beads
_MOSTLY_TRANSLATED = 0.5  # share of a paragraph's words
# Words from which a sentence missing from a translated paragraph is an error: on the
# correct pairs the one such sentence is an 8-word aside ("You may also hear them called
# anti-emetics."); the full sentences of the 22 handouts average 15 words (median 14).
_CONDENSED_WORDS = 10


def _clip(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _close(a: str, b: str) -> bool:
    """Whether two folded texts are (nearly) identical: difflib's ratio for sentence-sized
    texts; for longer ones (quadratic in difflib) the Dice coefficient of their character
    4-grams, which is linear."""
    if not a or not b or min(len(a), len(b)) < _NEAR_IDENTICAL * max(len(a), len(b)):
        return False
    if a == b:
        return True
    if max(len(a), len(b)) <= _DIFFLIB_CHARACTERS:
        return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _NEAR_IDENTICAL
    grams_a = Counter(a[i:i + 4] for i in range(len(a) - 3))
    grams_b = Counter(b[i:i + 4] for i in range(len(b) - 3))
    return similarity(grams_a, grams_a.total(), grams_b, grams_b.total()) >= _NEAR_IDENTICAL


def _looks_like_name(unit: Unit) -> bool:
    """Title Case with no sentence ending: "Centers for Disease Control and Prevention"."""
    text = unit.text.rstrip()
    if not text or text[-1] in ".!?" or unit.words > 10:
        return False
    words = [w for w in WORD.findall(text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _number_words_soft(units: list[Unit]) -> list[Unit]:
    """The units with every number word ``soft``: it may satisfy a digit of the other text
    but is not itself compared."""
    return [replace(unit, items=tuple(replace(item, soft=True) if item.kind == "word" else item
                                      for item in unit.items)) for unit in units]


def _items_of(units: list[Unit], indices: Iterable[int]) -> list[tuple[Item, tuple[int, int]]]:
    return [
        (item, span)
        for i in indices
        for item, span in zip(units[i].items, units[i].item_offsets, strict=True)
    ]


def _spare(
    targets: list[tuple[Item, tuple[int, int]]], sources: list[tuple[Item, tuple[int, int]]]
) -> list[tuple[Item, tuple[int, int]]]:
    """The translation items of a bead that no source item of the bead needs."""
    return [(item, span) for item, span in targets
            if not any(item.matches(other) for other, _ in sources)]


def _hosts(units: list[Unit]) -> set[str]:
    return {host for unit in units for item in unit.items if (host := url_host(item))}


def _merge_missing(flags: list[Finding]) -> list[Finding]:
    """Consecutive missing units of one kind at one insertion point become one flag."""
    merged: list[Finding] = []
    for flag in flags:
        last = merged[-1] if merged else None
        if (
            last is not None
            and flag.code == last.code == "PL402"
            and flag.level == last.level
            and flag.span == last.span
            and flag.data.get("segment_kind") == last.data.get("segment_kind")
        ):
            merged[-1] = replace(
                last, text=f"{last.text} {flag.text}",
                data={**last.data, "source_end": flag.data["source_end"],
                      "words": last.data.get("words", 0) + flag.data.get("words", 0)},
            )
        else:
            merged.append(flag)
    return merged


