"""From segments to sentences and words, through the spaCy pipeline.

Each piece of a segment goes through the pipeline as a ``Doc`` that carries its place in
the document (:class:`Piece`, in ``Doc.user_data``); the registered component
``plainly_words``, last of the language's own components, reads the piece's sentences and
words from spaCy's token arrays, and components after it (the engine's word-list lookup,
``plainly_jargon``) work on those.

A *word* is what a reader sees as one word: a run of tokens with no space between them,
less the punctuation around it.  So "don't", "well-known", "and/or" and "2.5mg" are one word
each, "(COPD)." is the word "COPD", and a URL or e-mail address is one word.

Counting rules (stated once, used by every measure):
- numbers are words; their syllables are counted as read aloud (Flesch 1948), e.g. "1918" 4;
- a URL or e-mail address is one word of one syllable, and its characters are not counted
  as letters (nobody reads "https" as a word);
- letters are alphabetic characters; characters (for ARI) are letters and digits.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from spacy.attrs import (
    IDX,
    IS_BRACKET,
    IS_PUNCT,
    IS_QUOTE,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LIKE_EMAIL,
    LIKE_URL,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.parts_of_speech import NAMES as _POS_NAMES
from spacy.strings import StringStore
from spacy.tokens import Doc

from literacy.errors import PipelineError
from literacy.reading import Document, Segment, SegmentKind
from literacy.syllables import count_syllables

if TYPE_CHECKING:
    from literacy.wordlists import JargonEntry

# spaCy refuses longer texts; a longer segment (a 200,000-character "paragraph") is read in
# pieces cut at white space, which only matters for text that has no paragraph breaks.  A
# piece is never cut inside a word unless the word is longer than MAX_CHUNK_CHARS.
CHUNK_CHARS = 20_000
# Pieces handed to spaCy at once: large enough to batch short documents, small enough that
# one call into spaCy's compiled code stays short (a request deadline can only stop the
# analysis between such calls).  A batch holds about BATCH_CHARS characters (at least one
# piece, at most PIPE_BATCH).  With pieces tokenized only as the pipeline asks for them,
# 10,000 measured better than 5,000 for several 500-word documents at once (bench/run.py,
# analyze_many against analyze one by one, by chunk: 1.08x and 1.19x in two runs, 0.99x at
# 5,000); a single 500-word document fits in one batch either way.
PIPE_BATCH = 16
BATCH_CHARS = 10_000
MAX_CHUNK_CHARS = 500_000

# spaCy's tokenizer peels prefixes and suffixes off a token one at a time, copying the rest
# each time, so a long run of punctuation ("?" * 4000, "&" * 8000 from "&amp;"s) costs time
# quadratic in its length, and every mark it splits off is a token for the tagger.  Before
# the pipeline, such runs are rewritten, keeping their length so that offsets still hold:
# - a run of more than PUNCTUATION_RUN marks keeps its first mark (which may end a sentence)
#   and becomes filler letters, set off by spaces and cut by a space every LONG_TOKEN
#   characters (words are read from the original text, where the run has no letter, so the
#   filler never becomes a word);
# - any other run of more than LONG_TOKEN characters without white space is cut at its first
#   mark after every LONG_TOKEN characters, and its marks between letters or digits become
#   filler (spaCy would split "a/a/a/..." at each one).
# Letters and digits are never cut, so a 100,000-letter run stays one word.  Text a person
# writes has no such runs; the exception, a URL of more than LONG_TOKEN characters, is read
# as words rather than as a link.
PUNCTUATION_RUN = 32
LONG_TOKEN = 256
_MARK_RUN = re.compile(rf"(?<![^\w\s])[^\w\s]{{{PUNCTUATION_RUN + 1},}}")
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONG_TOKEN + 1},}}")
_MARK = re.compile(r"[^\w\s]")
_FILLER = "x"
_INNER_MARK = re.compile(r"(?<=[^\W_])[^\w\s](?=[^\W_])")
_WHITE_SPACE = re.compile(r"\s")


class Word(NamedTuple):
    """One word as a reader sees it, with its place in the source and what spaCy says of it.

    A named tuple rather than a frozen dataclass: as immutable, and built in half the time
    (a frozen dataclass sets each of its 13 fields through ``object.__setattr__``), which
    matters for the one Word made per word of every text."""

    text: str
    start: int
    end: int
    lemma: str
    pos: str
    tag: str
    syllables: int
    letters: int
    characters: int
    is_number: bool
    is_link: bool
    is_proper: bool
    sentence_initial: bool


class Listed(NamedTuple):
    """A word-list term found in a sentence: its first word's position and its length in
    words (``plainly_jargon``, :class:`literacy.jargon.JargonLookup`)."""

    position: int
    length: int
    entry: JargonEntry


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a heading, list item or cell that has no sentence break), its words, and
    the word-list terms among them (found by ``plainly_jargon`` where the pipeline has it)."""

    text: str
    start: int
    end: int
    segment: int
    kind: SegmentKind
    words: tuple[Word, ...]
    listed: tuple[Listed, ...] | None = None  # None: no word-list lookup in the pipeline


def adjacent(words: Sequence[Word], source: str) -> bool:
    """The words stand next to each other in ``source``, separated by white space only:
    "pandemic, vaccines" is two words of a list, not the term "pandemic vaccine", and "was
    second best, followed" is no verb "was followed"."""
    return all(
        not source[before.end : after.start].strip()
        for before, after in itertools.pairwise(words)
    )


def opens_bracket(text: str) -> bool:
    """``text`` leaves a round bracket open, so what follows it is inside brackets ("About
    three-quarters (" before "76%")."""
    return text.count("(") > text.count(")")


@dataclass(frozen=True)
class ParsedDocument:
    """A document read into sentences; ``words`` is every word in reading order."""

    document: Document
    sentences: list[Sentence]

    @property
    def words(self) -> Iterator[Word]:
        for sentence in self.sentences:
            yield from sentence.words


def parse(document: Document, nlp: Language, lang: str = "en") -> ParsedDocument:
    """Run the pipeline over every segment and collect its sentences and words."""
    return parse_many([document], nlp, lang)[0]


def parse_many(documents: Sequence[Document], nlp: Language, lang: str = "en"
               ) -> list[ParsedDocument]:
    """Parse several documents with one ``nlp.pipe`` over all their segments (spaCy batches
    them, which is faster per word than one call per document)."""
    return list(parse_each(documents, nlp, lang))


def parse_each(documents: Sequence[Document], nlp: Language, lang: str = "en"
               ) -> Iterator[ParsedDocument]:
    """:func:`parse_many` one document at a time: each is given as soon as its last segment
    is parsed, so a caller that reports on it and lets it go keeps one parsed document in
    memory, not all of them."""
    pieces = [
        (number, index, segment, start)
        for number, document in enumerate(documents)
        for index, segment in enumerate(document.segments)
        for start in _chunk_starts(segment.text)
    ]
    # Made as the pipeline asks for them, so that no Doc outlives its turn.
    unread = (
        _piece_doc(nlp, Piece(documents[number], segment, index, start, text, lang))
        for number, index, segment, start in pieces
        for text in [tokenizable(segment.text[start : _chunk_end(segment.text, start)])]
    )
    # One piece goes straight through the pipeline: setting up nlp.pipe costs about 2 ms.
    docs: Iterator[Doc] = map(nlp, unread)
    if len(pieces) > 1:
        characters = sum(min(len(segment.text) - start, CHUNK_CHARS)
                         for _, _, segment, start in pieces)
        batch = max(1, min(PIPE_BATCH, BATCH_CHARS * len(pieces) // max(characters, 1)))
        docs = iter(nlp.pipe(unread, batch_size=batch))
    position = 0
    for number, document in enumerate(documents):
        found: list[Sentence] = []
        while position < len(pieces) and pieces[position][0] == number:
            found.extend(sentences_of(next(docs)))
            position += 1
        yield ParsedDocument(document, found)


PIECE = "plainly_piece"
SENTENCES = "plainly_sentences"


@dataclass(frozen=True, slots=True)
class Piece:
    """Where a Doc's text comes from: the document, its segment (and that segment's index),
    the offset in the segment's text, the text given to spaCy (:func:`tokenizable`) and the
    language, kept in ``Doc.user_data[PIECE]``."""

    document: Document
    segment: Segment
    index: int
    offset: int
    text: str
    lang: str


def _piece_doc(nlp: Language, piece: Piece) -> Doc:
    """The piece's text tokenized, carrying the piece for ``plainly_words``."""
    doc = nlp.make_doc(piece.text)
    doc.user_data[PIECE] = piece
    return doc


@Language.component("plainly_words")
def read_words(doc: Doc) -> Doc:
    """Read the sentences and words of a piece of a document into ``Doc.user_data[SENTENCES]``
    (a Doc with no :class:`Piece` is left as it is)."""
    piece = doc.user_data.get(PIECE)
    if isinstance(piece, Piece):
        doc.user_data[SENTENCES] = list(
            _sentences(doc, piece.text, piece.segment, piece.index, piece.offset, piece.lang)
        )
    return doc


def sentences_of(doc: Doc) -> list[Sentence]:
    """The sentences ``plainly_words`` read from a piece; ``PipelineError`` if the pipeline
    has no ``plainly_words`` (it is not one of :func:`literacy.nlp.load_pipeline`'s)."""
    sentences = doc.user_data.get(SENTENCES)
    if sentences is None:
        raise PipelineError("the spaCy pipeline has no 'plainly_words' component; "
                            "load it with literacy.nlp.load_pipeline")
    found: list[Sentence] = sentences
    return found


def _chunk_starts(text: str) -> list[int]:
    starts = [0]
    while len(text) - starts[-1] > CHUNK_CHARS:
        starts.append(_chunk_end(text, starts[-1]))
    return starts


def _chunk_end(text: str, start: int) -> int:
    limit = start + CHUNK_CHARS
    if limit >= len(text):
        return len(text)
    for stop in (". ", "\n", " "):
        cut = text.rfind(stop, start + CHUNK_CHARS // 2, limit)
        if cut > start:
            return cut + len(stop)
    space = _WHITE_SPACE.search(text, limit, start + MAX_CHUNK_CHARS)  # a very long word
    return space.end() if space else min(len(text), start + MAX_CHUNK_CHARS)


def tokenizable(text: str) -> str:
    """``text`` with its pathological runs rewritten for spaCy (see ``PUNCTUATION_RUN``); the
    same length, so every token's offset is an offset into ``text``.  Other text is returned
    as is."""
    cuts: list[int] = []
    inner: list[int] = []
    for run in _LONG_RUN.finditer(text):
        position = run.start() + LONG_TOKEN
        while (mark := _MARK.search(text, position, run.end())) is not None:
            cuts.append(mark.start())
            position = mark.start() + LONG_TOKEN
        inner.extend(mark.start() for mark in _INNER_MARK.finditer(text, *run.span()))
    runs = [run.span() for run in _MARK_RUN.finditer(text)]
    if not runs and not cuts and not inner:
        return text
    chars = list(text)
    for position in inner:
        chars[position] = _FILLER
    for start, end in runs:
        chars[start + 1 : end] = _FILLER * (end - start - 1)
        cuts.extend((start + 1, *range(start + LONG_TOKEN, end - 1, LONG_TOKEN), end - 1))
    for cut in cuts:
        chars[cut] = " "
    return "".join(chars)


def _sentences(
    doc: Doc, text: str, segment: Segment, index: int, offset: int, lang: str
) -> Iterator[Sentence]:
    """The sentences of one piece, read from spaCy's token arrays (one call for all
    tokens, instead of a Python object per token per attribute); ``text`` is the text the
    pipeline was given (spaCy's ``doc.text`` would build every token to join it again)."""
    columns = _Columns(*doc.to_array(_COLUMNS).T.tolist()) if len(doc) else _NO_TOKENS
    # Punctuation around a word (not part of it): a mark, quote, bracket or space token
    # with no letter or digit.
    edge = [
        bool(punct or quote or bracket or space)
        and not any(map(str.isalnum, text[start : start + length]))
        for punct, quote, bracket, space, start, length in zip(
            columns.is_punct, columns.is_quote, columns.is_bracket, columns.is_space,
            columns.idx, columns.length, strict=True,
        )
    ]
    # A dash token ends a word as a space does: "endocrinologist—a doctor" is three words; so
    # does a comma or semicolon token, whose space was left out ("vaginosis,vaginitis" is
    # two words; "1,000" is one token, not a comma).
    breaks = [
        bool(space) or (bool(punct) and text[start : start + length] in _WORD_BREAKS)
        for space, punct, start, length in zip(columns.is_space, columns.is_punct,
                                               columns.idx, columns.length, strict=True)
    ]
    piece = _Piece(columns, edge, breaks, doc.vocab.strings, segment, offset, lang)
    starts = [i for i, start in enumerate(columns.sent_start) if i == 0 or start == 1]
    for begin, stop in itertools.pairwise([*starts, len(doc)]):
        words = tuple(_words(piece, begin, stop))
        if not words:
            continue
        first = columns.idx[begin] + offset
        last = columns.idx[stop - 1] + columns.length[stop - 1] + offset
        raw = segment.text[first:last]  # the white space at its ends is not the sentence's
        first, last = first + len(raw) - len(raw.lstrip()), last - len(raw) + len(raw.rstrip())
        start, end = segment.source_span(first, last)
        yield Sentence(segment.text[first:last], start, end, index, segment.kind, words)


class _Columns(NamedTuple):
    """What parsing reads of a piece's tokens: one list per attribute of ``_COLUMNS``, in
    order, with an entry per token."""

    sent_start: list[int]
    idx: list[int]
    length: list[int]
    is_space: list[int]
    whitespace: list[int]
    is_punct: list[int]
    is_quote: list[int]
    is_bracket: list[int]
    like_url: list[int]
    like_email: list[int]
    pos: list[int]
    tag: list[int]
    lemma: list[int]


_COLUMNS = [SENT_START, IDX, LENGTH, IS_SPACE, SPACY, IS_PUNCT, IS_QUOTE, IS_BRACKET, LIKE_URL,
            LIKE_EMAIL, POS, TAG, LEMMA]
_NO_TOKENS = _Columns(*([] for _ in _COLUMNS))
_DASHES = frozenset({"—", "–", "―", "--", "---"})  # em, en and horizontal bars, typed dashes
_WORD_BREAKS = _DASHES | {",", ";"}


class _Piece(NamedTuple):
    """One parsed piece of a segment: its tokens, which are edge punctuation, and where
    the piece starts in the segment."""

    tokens: _Columns
    edge: list[bool]
    breaks: list[bool]  # a space, dash, comma or semicolon: between words, never part of one
    strings: StringStore
    segment: Segment
    offset: int
    lang: str


def _words(piece: _Piece, begin: int, stop: int) -> Iterator[Word]:
    """Runs of tokens with no space or dash between them, each a word unless it is only
    marks."""
    is_space, whitespace = piece.breaks, piece.tokens.whitespace
    first = -1  # the current run's first token, -1 when none is open
    initial = True
    for position in range(begin, stop):
        space = is_space[position]
        if not space and first < 0:
            first = position
        if (whitespace[position] or space) and first >= 0:
            word = _word(piece, first, position if space else position + 1, initial)
            first = -1
            if word is not None:
                initial = False
                yield word
    if first >= 0:
        word = _word(piece, first, stop, initial)
        if word is not None:
            yield word


def _word(piece: _Piece, first_token: int, last_token: int, initial: bool) -> Word | None:
    """The word made of tokens ``first_token`` up to ``last_token`` (not included), less the
    punctuation around it; None when nothing with a letter or digit is left."""
    edge = piece.edge
    while first_token < last_token and edge[first_token]:
        first_token += 1
    while last_token > first_token and edge[last_token - 1]:
        last_token -= 1
    if first_token == last_token:
        return None
    tokens = piece.tokens
    first = tokens.idx[first_token]
    last = tokens.idx[last_token - 1] + tokens.length[last_token - 1]
    segment, offset = piece.segment, piece.offset
    word_text = segment.text[first + offset : last + offset]
    characters = sum(map(str.isalnum, word_text))
    if not characters:
        return None
    start, end = segment.source_span(first + offset, last + offset)
    single = last_token - first_token == 1
    head = first_token if single else max(range(first_token, last_token),
                                          key=tokens.length.__getitem__)
    is_link = single and bool(tokens.like_url[head] or tokens.like_email[head])
    letters = sum(map(str.isalpha, word_text))
    pos = _POS_NAMES.get(tokens.pos[head], "")
    strings = piece.strings
    return Word(
        text=word_text,
        start=start,
        end=end,
        lemma=(strings[tokens.lemma[head]] or word_text).lower() if single
        else word_text.lower(),
        pos=pos,
        tag=strings[tokens.tag[head]],
        syllables=1 if is_link else max(1, count_syllables(word_text, piece.lang)),
        letters=0 if is_link else letters,
        characters=0 if is_link else characters,
        is_number=not letters and any(map(str.isdigit, word_text)),
        is_link=is_link,
        is_proper=pos == "PROPN",
        sentence_initial=initial,
    )
