"""Units: the sentence-sized pieces of a document that the aligner pairs.

Each segment of a document (``literacy.reading``) is cut at sentence ends and at line
breaks that start a new line of thought (handouts extracted from PDFs keep one paragraph
per line and no blank lines).  A unit carries what the aligner compares: its length in
letters and digits, the items it must carry over (``literacy.translations.items``), and
its features: cognate prefixes, the first four letters of its words of four letters or
more (Simard, Foster & Isabelle 1992, "Using cognates to align sentences in bilingual
corpora", TMI-92), carried-over anchors (numbers, URLs, acronyms), and the entries of a
bilingual lexicon of stems where there is one (``wordlists/<lang>/alignment_lexicon.csv``).

The cutting is linear in the length of the text: every look-up scans forward from where
the last one stopped.
"""

from __future__ import annotations

import csv
import importlib.resources
import io
import itertools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from literacy.reading import Document, Segment, SegmentKind
from literacy.translations.items import extract_items
from literacy.translations.numbers import MONTH_NAMES, WORD, Item

__all__ = ["Lexicon", "Lexicons", "Unit", "fold", "load_lexicons", "read_units"]

_ABBREVIATIONS = frozenset(
    (
        "dr", "dra", "drs", "sr", "sra", "srta", "sres", "ud", "uds", "vd", "vds", "mr", "mrs",
        "ms", "st", "no", "nº", "núm", "num", "vs", "etc", "e.g", "i.e", "p.ej", "approx",
        "aprox", "fig", "figs", "u.s", "ee.uu", "a.m", "p.m", "inc", "ltd", "jr", "co", "dept",
        "univ", "hosp", "tel", "ext", "min", "máx", "max", "mín", "c", "u.s.c", "art", "cap",
        "vol", "pág", "pp", "rev",
    )
)
# A sentence end cannot start inside a run of end marks, so the run is scanned once.
_SENTENCE_END = re.compile(r"(?<![.!?…。！？])[.!?…。！？]+[\"”’»)\]]*(?=\s)")
_NON_SPACE = re.compile(r"\S")
_TOKEN = re.compile(r"\S+")
_SPACE_RUN = re.compile(r"\s+")
_STARTS_UNIT = re.compile(r"[^\W\d_]|[¿¡\"“«(•◦▪‣·*–—-]|\d", re.UNICODE)
_NO_BREAK_AFTER = ",(/-–—&+"
_CASELESS_ENDS = ".!?:;。！？：；)）"
_SHORT_LINE = 0.7
_COGNATE_STOP = frozenset(
    (
        "with", "that", "this", "have", "from", "they", "them", "their", "there", "these",
        "those", "which", "what", "when", "where", "will", "would", "could", "should", "about",
        "into", "than", "then", "also", "been", "were", "your", "more", "most", "some", "such",
        "only", "other", "very", "just", "each", "like", "over", "make", "made", "even",
        "after", "before", "while", "para", "como", "pero", "esta", "este", "estos", "estas",
        "esto", "sobre", "entre", "desde", "hasta", "cuando", "donde", "porque", "puede",
        "pueden", "tiene", "tienen", "todo", "todos", "toda", "todas", "otro", "otra", "otros",
        "otras", "mucho", "muchos",
    )
)
_LEXICON_FILE = "alignment_lexicon.csv"


@dataclass(frozen=True)
class Unit:
    """A sentence-sized piece of a segment, with what the aligner compares."""

    index: int
    segment: int
    block: int  # units of one block share a source line of one segment: one paragraph
    kind: SegmentKind
    text: str
    start: int  # offsets in the document's source
    end: int
    length: int  # letters and digits
    words: int
    items: tuple[Item, ...]
    features: Counter[str]  # cognate prefixes and carried-over anchors
    item_offsets: tuple[tuple[int, int], ...]  # each item's span in the document's source


def fold(text: str) -> str:
    """``text`` case-folded and without accents, for comparing copies and cognates."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _breaks(segment: Segment, source: str) -> dict[int, bool]:
    """Indices in ``segment.text`` where a unit ends (exclusive), each with whether the cut
    is at a line break (which also ends a block) rather than a sentence end."""
    text = segment.text
    cuts: list[int] = []
    tokens = [match.start() for match in _TOKEN.finditer(text)]
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        following = _NON_SPACE.search(text, end)
        if following is None:
            continue
        first = following.start()
        if not _STARTS_UNIT.match(text, first) or text[first].islower():
            continue
        token_start = tokens[bisect_right(tokens, match.start()) - 1]
        token = text[token_start:match.start() + 1].lower().rstrip(".").lstrip("(\"“«¿¡")
        if match.group().startswith(".") and (
            token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
            or (token in MONTH_NAMES and text[first].isdigit())  # "Jan. 2020"
        ):
            continue
        cuts.append(end)
    # line breaks of the source that start a new line of thought
    lines: list[int] = []
    longest = max(len(line) for line in text.split("\n"))
    for run in _SPACE_RUN.finditer(text):
        a, b = run.span()
        if a == 0 or b == len(text) or text[a - 1] in _NO_BREAK_AFTER:
            continue
        newline = next(
            (index for index in range(a, b)
             if text[index] == "\n" or (index < len(segment.offsets)
                                        and 0 <= segment.offsets[index] < len(source)
                                        and source[segment.offsets[index]] == "\n")),
            None,
        )
        if newline is not None and _starts_line(text, a, b, longest):
            lines.append(newline)
    breaks = dict.fromkeys(cuts, False)
    breaks.update(dict.fromkeys(lines, True))
    return dict(sorted(breaks.items()))


def _starts_line(text: str, a: int, b: int, longest: int) -> bool:
    """Whether the line after the line break at ``text[a:b]`` starts a new line of thought:
    it starts with a capital, a digit, a bullet or a quote; or with a small letter after a
    line ending in ":" or ";" (a list: "при рождении …;"); or, in a script without
    capitals (Chinese, Arabic, Korean…), after a line that ends a sentence or is short
    (under ``_SHORT_LINE`` of the longest: a PDF wraps full lines only)."""
    after, before = text[b], text[a - 1]
    if after.isupper() or after.isdigit() or after in "¿¡•◦▪‣·*–—-\"“«":
        return True
    if after.islower():
        return before in ":;"
    if not after.isalpha():
        return False
    if before in _CASELESS_ENDS:
        return True
    line_start = text.rfind("\n", 0, a) + 1
    return a - line_start < _SHORT_LINE * longest


def read_units(document: Document, lang: str, lexicon: Lexicon | None = None) -> list[Unit]:
    """The units of ``document``, written in ``lang``; ``lexicon`` (this document's side of a
    bilingual lexicon) adds its entries to the units' features."""
    found: list[Unit] = []
    block = -1
    for number, segment in enumerate(document.segments):
        text = segment.text
        breaks = _breaks(segment, document.source)
        bounds = [0, *breaks, len(text)]
        block += 1
        for a, b in itertools.pairwise(bounds):
            if breaks.get(a):
                block += 1
            piece = text[a:b]
            start = a + len(piece) - len(piece.lstrip())
            end = a + len(piece.rstrip())
            if start >= end or not any(ch.isalnum() for ch in text[start:end]):
                continue
            raw = text[start:end]
            items = tuple(extract_items(raw, lang))
            src_start, src_end = segment.source_span(start, end)
            found.append(
                Unit(
                    index=len(found),
                    segment=number,
                    block=block,
                    kind=segment.kind,
                    text=" ".join(raw.split()),
                    start=src_start,
                    end=src_end,
                    length=sum(ch.isalnum() for ch in raw),
                    words=_count_words(raw, items),
                    items=items,
                    features=_features(raw, items, lexicon),
                    item_offsets=tuple(
                        segment.source_span(start + item.start, start + item.end)
                        for item in items
                    ),
                )
            )
    return found


def _count_words(text: str, items: Sequence[Item]) -> int:
    """Words of letters, not counting those inside URLs, codes and other items."""
    hard = sorted((item.start, item.end) for item in items if item.anchor)
    starts = [s for s, _ in hard]
    count = 0
    for match in WORD.finditer(text):
        k = bisect_right(starts, match.start()) - 1
        if k < 0 or match.start() >= hard[k][1]:
            count += 1
    return count


def _features(text: str, items: Sequence[Item], lexicon: Lexicon | None = None) -> Counter[str]:
    """Cognate prefixes, anchors (items that carry over, all-capital acronyms) and lexicon
    entries of a unit's text."""
    features: Counter[str] = Counter()
    for item in items:
        if item.anchor:
            features["#" + min(repr(k) for k in item.keys)] += 2
    for match in WORD.finditer(text):
        word = match.group()
        if len(word) >= 2 and word.isupper():
            features["@" + word] += 2
        folded = fold(word)
        if len(folded) >= 4 and folded not in _COGNATE_STOP:
            features[folded[:4]] += 1
        if lexicon is not None:
            for entry in lexicon.lookup(folded):
                features[f"L{entry}"] += 1
    return features


@dataclass(frozen=True)
class Lexicon:
    """One language's side of a bilingual alignment lexicon: stems to entry numbers.

    A stem of four letters or more matches the words it begins; a shorter one matches
    itself, or itself plus "s" or "es".
    """

    exact: dict[str, frozenset[int]]
    prefixes: dict[str, frozenset[int]]

    def lookup(self, folded: str) -> frozenset[int]:
        found: set[int] = set()
        for form in (folded, folded[:-1] if folded.endswith("s") else "",
                     folded[:-2] if folded.endswith("es") else ""):
            if form in self.exact:
                found |= self.exact[form]
        for size in range(4, len(folded) + 1):
            entries = self.prefixes.get(folded[:size])
            if entries:
                found |= entries
        return frozenset(found)


def load_lexicons(source: str, lang: str) -> tuple[Lexicon, Lexicon] | None:
    """The (source side, translation side) of the alignment lexicon for a language pair,
    from ``wordlists/<lang>/alignment_lexicon.csv`` (columns ``<source>,<lang>``; stems
    separated by ";"); ``None`` when there is none."""
    path = importlib.resources.files("wordlists") / lang / _LEXICON_FILE
    if not path.is_file():
        return None
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    if not rows or rows[0] != [source, lang]:
        return None
    sides: list[tuple[dict[str, set[int]], dict[str, set[int]]]] = [({}, {}), ({}, {})]
    for number, row in enumerate(rows[1:]):
        for side, cell in zip(sides, row, strict=False):
            for stem in (fold(part.strip()) for part in cell.split(";")):
                if stem and " " not in stem:
                    table = side[1] if len(stem) >= 4 else side[0]
                    table.setdefault(stem, set()).add(number)
    source_side, lang_side = (
        Lexicon({k: frozenset(v) for k, v in exact.items()},
                {k: frozenset(v) for k, v in prefixes.items()})
        for exact, prefixes in sides
    )
    return source_side, lang_side


class Lexicons:
    """The alignment lexicons of the language pairs checked so far, each read from its file
    once: whoever checks translations holds one (the API's state, a ``plainly check`` run;
    ``check_translations`` makes one for its call when given none)."""

    def __init__(self) -> None:
        self._pairs: dict[tuple[str, str], tuple[Lexicon, Lexicon] | None] = {}

    def pair(self, source: str, lang: str) -> tuple[Lexicon, Lexicon] | None:
        """:func:`load_lexicons` for ``source`` and ``lang``, read on the first request."""
        if (source, lang) not in self._pairs:
            self._pairs[source, lang] = load_lexicons(source, lang)
        return self._pairs[source, lang]
