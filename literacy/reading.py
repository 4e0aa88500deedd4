"""Reading a document (plain text, Markdown or HTML) into the segments a reader sees.

A segment is one unit of reading: a heading, a paragraph, a list item, a table cell.
Sentences never cross a segment boundary, so a heading is never glued to the
paragraph under it.  Each segment keeps, for every character of its text, the
offset of that character in the original input, so anything found later can be
pointed at in the source (a UI highlight, a CI line and column).

What is left out, because a reader does not read it as prose: Markdown front
matter, fenced and indented code blocks, link URLs behind link text, image
addresses, HTML tags and comments; in HTML also ``script``, ``style``,
``template``, ``noscript``, ``svg``, forms, and navigation chrome (``nav``,
``aside``, page-level ``header``/``footer``, and elements with ``role`` navigation,
banner or contentinfo, ``hidden`` or ``aria-hidden="true"``).  In Markdown, attribute
lists (Pandoc, kramdown and markdown-it-attrs ``{#id .class key=value}``, ``{: .class}``)
after a heading, paragraph, link, image, span or emphasis and on a line of their own, and
abbreviation definitions (PHP Markdown Extra ``*[A&E]: Accident and Emergency``), which
are kept in :attr:`Document.abbreviations` as definitions.  In every format, template tags
(Jinja, Liquid, Handlebars, Mustache: ``{{ name }}``, ``{{{raw}}}``, ``{% if x %}``,
``{# note #}``), with the white space before them: "Dear {{ name }}, your …" reads
"Dear, your …"; and citation marks glued to the prose when superscripts are copied as text
("risk of leukemia.3 Caucasians" reads "risk of leukemia. Caucasians").

Link text that is a name (an organisation, a product, a page title: "Thrombosis UK",
"NHS 111", "Lupus Foundation of America") is read as prose and kept in
:attr:`Document.named_links`, so the words of a name are not taken for jargon.

What is read differently from how it is stored, with offsets still pointing into the
source: a CRLF or lone CR is read as a line end; a soft hyphen is dropped, and so are
zero-width and bidirectional marks (ZWSP, ZWNJ, ZWJ, word joiner, BOM, LRM, RLM, embeddings
and isolates) inside a word or next to white space ("hyper\u00adtension" is read
"hypertension"); elsewhere such a mark is read as a space, so "Stop.\u200fCall us." is two
sentences.
"""

from __future__ import annotations

import codecs
import html
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser
from typing import Literal, get_args

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.attrs.parse import ParseError, parse
from mdit_py_plugins.front_matter import front_matter_plugin

Format = Literal["plain", "markdown", "html"]
FORMATS: tuple[str, ...] = ("auto", *get_args(Format))
SegmentKind = Literal["heading", "paragraph", "list_item", "table_cell", "quote"]


@dataclass(frozen=True)
class Segment:
    """A unit of reading: its kind, the text a reader sees, and where each character came from."""

    kind: SegmentKind
    text: str
    offsets: Sequence[int]  # offsets[i] is the index in the source of text[i]
    # Where a character written as several in the source ends there: a character reference
    # "&#115;" or "&eacute;" read as one letter, by the offset of its "&".
    extents: Mapping[int, int] = field(default_factory=dict)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """Map ``text[start:end]`` to a ``(start, end)`` range of the original input, which
        takes the whole of a character reference at either end ("cirrhosi&#115;")."""
        if end <= start:
            position = self.offsets[min(start, len(self.offsets) - 1)]
            return position, position
        last = self.offsets[end - 1]
        return self.offsets[start], self.extents.get(last, last + 1)


@dataclass(frozen=True)
class Document:
    """The source text, the format it was read as, its segments and its raw front matter;
    the abbreviations its definition lines spell out (abbreviation → long form), and the
    ``(start, end)`` source ranges, in order, of its link texts that are names."""

    source: str
    format: Format
    segments: list[Segment]
    front_matter: str | None = None
    abbreviations: dict[str, str] = field(default_factory=dict)
    named_links: tuple[tuple[int, int], ...] = ()

    def in_named_link(self, start: int, end: int) -> bool:
        """``source[start:end]`` is inside the text of a link that is a name."""
        index = bisect_right(self.named_links, (start, len(self.source) + 1)) - 1
        return index >= 0 and self.named_links[index][1] >= end


def read_document(source: str, format: str = "auto") -> Document:
    """Read ``source`` as ``format`` ("auto", "plain", "markdown" or "html")."""
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}: use one of {', '.join(FORMATS)}")
    text, origin = _with_line_feeds(source)
    chosen: Format = detect_format(text) if format == "auto" else format  # type: ignore[assignment]
    read = _Read([])
    if chosen == "html":
        read = read_html(text)
    elif chosen == "markdown":
        read = read_markdown(text)
    else:
        read.segments.extend(read_plain(text))
    segments, links = read.segments, read.links
    if origin is not None:
        segments = [Segment(s.kind, s.text, tuple(origin[o] for o in s.offsets)) for s in segments]
        links = [(origin[start], origin[end - 1] + 1) for start, end in links]
    extents = _references(source) if chosen != "plain" else {}
    visible = [replace(_without_citation_marks(_without_placeholders(_without_invisible(
        segment))), extents=extents) for segment in segments]
    return Document(source, chosen, [segment for segment in visible if segment.text.strip()],
                    read.front_matter, read.abbreviations, tuple(sorted(links)))


# An HTML character reference (HTML Living Standard §13.1.4; CommonMark 0.31 §6.2 reads the
# same ones): named, decimal or hexadecimal, with its semicolon.
_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _references(source: str) -> dict[int, int]:
    """The end of each character reference in ``source``, by the offset of its "&"."""
    return {match.start(): match.end() for match in _REFERENCE.finditer(source)}


@dataclass
class _Read:
    """What a format's reader found: segments, and what the :class:`Document` keeps besides."""

    segments: list[Segment]
    front_matter: str | None = None
    abbreviations: dict[str, str] = field(default_factory=dict)
    links: list[tuple[int, int]] = field(default_factory=list)  # link texts that are names


def _with_line_feeds(source: str) -> tuple[str, list[int] | None]:
    """``source`` with each CRLF and lone CR read as LF, and the offset in ``source`` of each
    of its characters (None when there is no CR, and the offsets are the same)."""
    if "\r" not in source:
        return source, None
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for crlf in re.finditer("\r\n", source):
        pieces.append(source[position : crlf.start()])
        origin.extend(range(position, crlf.start()))
        position = crlf.start() + 1  # the CR is dropped, its LF kept
    pieces.append(source[position:])
    origin.extend(range(position, len(source)))
    return "".join(pieces).replace("\r", "\n"), origin


# UTF-32's marks first: its little-endian mark begins with UTF-16's.
_BYTE_ORDER_MARKS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                     (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class NotText(ValueError):
    """Bytes or text that are not a document's text: binary (``encoding`` is None), or not
    valid in the encoding they were read in (``encoding``, and ``position``, the offset of
    the first bad byte)."""

    def __init__(self, encoding: str | None = None, position: int = 0) -> None:
        super().__init__(f"not valid {encoding} at byte {position}" if encoding else "binary")
        self.encoding = encoding
        self.position = position


# How much of a file is looked at for signs of a binary file.
BINARY_SAMPLE = 65_536
# Unicode's control characters (category Cc: U+0000-001F, U+007F-009F) other than white space.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def looks_binary(text: str) -> bool:
    """NUL characters, or more than 10% control characters other than white space, in the
    first ``BINARY_SAMPLE`` characters."""
    sample = text[:BINARY_SAMPLE]
    if "\x00" in sample:
        return True
    return len(_CONTROL.findall(sample)) > 0.1 * max(len(sample), 1)


def decode(data: bytes) -> str:
    """A file's text: UTF-8, or UTF-16 or UTF-32 when the file starts with that encoding's
    byte-order mark (what Windows Notepad saves as "Unicode"); the mark is dropped.  Raises
    ``NotText`` when the bytes are not in that encoding (a UTF-8 file with NUL bytes is
    binary) or the text looks binary (:func:`looks_binary`)."""
    encoding = next((name for mark, name in _BYTE_ORDER_MARKS if data.startswith(mark)),
                    "utf-8")
    try:
        # the codec reads a UTF-16/32 mark and drops it; not "utf-8-sig", whose errors count
        # bytes from after the mark
        text = data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        if encoding == "utf-8" and b"\x00" in data[:BINARY_SAMPLE]:
            raise NotText() from None
        raise NotText(encoding.upper(), error.start) from None
    if looks_binary(text):
        raise NotText()
    return text


# Soft hyphen; Mongolian vowel separator; ZWSP, ZWNJ, ZWJ, LRM, RLM; LRE, RLE, PDF, LRO, RLO;
# word joiner and invisible operators; LRI, RLI, FSI, PDI; BOM (zero-width no-break space).
INVISIBLE_MARKS = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE_MARKS}]+")
# What a reader does not see, as a regular expression's character class (in Python's and
# JSON Schema's syntax alike): white space, control characters other than NUL (a form feed
# from a PDF) and those marks.
BLANK_CHARACTERS = rf"\s\x01-\x1f\x7f-\x9f{INVISIBLE_MARKS}"
_BLANK = re.compile(f"[{BLANK_CHARACTERS}]*")


def is_blank(text: str) -> bool:
    """True when ``text`` has no visible character: only white space, control characters and
    invisible marks (a file that is only a byte-order mark is empty)."""
    return _BLANK.fullmatch(text) is not None


def _without_invisible(segment: Segment) -> Segment:
    """``segment`` with its invisible marks dropped, or read as a space between a word and
    a mark ("Stop.\u200fCall"), keeping every other character's offset."""
    text = segment.text
    runs = list(_INVISIBLE.finditer(text))
    if not runs:
        return segment
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    for run in runs:
        chars.append(text[position : run.start()])
        offsets.extend(segment.offsets[position : run.start()])
        before = text[run.start() - 1] if run.start() > 0 else " "
        after = text[run.end()] if run.end() < len(text) else " "
        inside_word = before.isalnum() and after.isalnum()
        if not (inside_word or before.isspace() or after.isspace() or "\u00ad" in run.group()):
            chars.append(" ")
            offsets.append(segment.offsets[run.start()])
        position = run.end()
    chars.append(text[position:])
    offsets.extend(segment.offsets[position:])
    return Segment(segment.kind, "".join(chars), tuple(offsets))


# Template tags (Jinja, Liquid, Handlebars, Mustache): {{{raw}}}, {{ value }}, {% tag %} and
# {# comment #}, each at most 200 characters inside, so that the search stays linear.
_TEMPLATE_TAG = re.compile(
    r"\{\{\{[^{}]{0,200}\}\}\}|\{\{[^{}]{0,200}\}\}|\{%[^%]{0,200}%\}|\{#[^#]{0,200}#\}"
)


def _without_placeholders(segment: Segment) -> Segment:
    """``segment`` without its template tags and the white space before each ("Dear
    {{ name }}, your" reads "Dear, your"; a tag that opens the segment takes the white space
    after it); a tag between two letters or digits reads as a space."""
    text = segment.text
    tags = list(_TEMPLATE_TAG.finditer(text))
    if not tags:
        return segment
    chars: list[str] = []
    offsets: list[int] = []
    position = 0
    for tag in tags:
        kept = len(text[position : tag.start()].rstrip())
        chars.append(text[position : position + kept])
        offsets.extend(segment.offsets[position : position + kept])
        before = text[tag.start() - 1] if tag.start() > 0 else " "
        after = text[tag.end()] if tag.end() < len(text) else " "
        if before.isalnum() and after.isalnum():
            chars.append(" ")
            offsets.append(segment.offsets[tag.start()])
        position = tag.end()
        if not offsets:  # nothing read yet: the white space after the tag goes too
            while position < len(text) and text[position].isspace():
                position += 1
    chars.append(text[position:])
    offsets.extend(segment.offsets[position:])
    return Segment(segment.kind, "".join(chars), tuple(offsets))


# A citation mark left glued to the prose when a page's superscripts are copied or read as
# text: "risk of leukemia.3 Caucasians", "acute leukemia,4 but", "adults.1,2", "wheat.2-4",
# "in 2006.¹", "disease.[3]".  Plain digits count only after a word's letters and a
# punctuation mark, with white space after ("aged 2.5", "ages 4,5" and "B12" are numbers);
# superscript digits after any punctuation mark.
_CITATION_MARK = re.compile(
    r"(?<=[^\W\d_]{2}[.,;:])\d{1,3}(?:[,\u2013-]\d{1,3}){0,9}(?=\s|$)"
    r"|(?<=[.,;:!?)\]\"\u201d\u2019])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]"
    r"(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079,\u207b\u2013-]{0,20})"
    r"|(?<=[^\W\d_]{2}[.,;:])\[\d{1,3}(?:[,\u2013-] ?\d{1,3}){0,9}\](?=\s|$)"
)


def _without_citation_marks(segment: Segment) -> Segment:
    """``segment`` without the citation marks glued to its prose (``_CITATION_MARK``), which
    a reader skips: "leukemia.3 Caucasians are" reads "leukemia. Caucasians are"."""
    text = segment.text
    marks = list(_CITATION_MARK.finditer(text))
    if not marks:
        return segment
    # the spans between the marks: from the end of one (or the start) to the next
    kept = list(zip([0] + [mark.end() for mark in marks],
                    [mark.start() for mark in marks] + [len(text)], strict=True))
    return Segment(segment.kind, "".join(text[a:b] for a, b in kept),
                   tuple(o for a, b in kept for o in segment.offsets[a:b]))


_HTML_START = re.compile(r"\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)
_HTML_BLOCK_TAG = re.compile(r"<(p|div|h[1-6]|ul|ol|li|table|section|article)[\s>]", re.IGNORECASE)
# The elements of the fragments a CMS sends ("<p>…</p>", "<ul><li>…", "<strong>…</strong>"),
# as a start or an end tag; "x < y", "<3" and "<name@example.org>" are none of these.
_HTML_ELEMENTS = (
    "p|div|span|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|caption|section|article|"
    "main|header|footer|blockquote|figure|figcaption|em|strong|b|i|u|s|a|br|hr|img|sup|sub|"
    "small|mark|abbr|cite|q|code"
)
_HTML_TAG = re.compile(rf"<(?:({_HTML_ELEMENTS})(?:\s[^<>]*)?/?|/({_HTML_ELEMENTS})\s*)>",
                       re.IGNORECASE)
_MARKDOWN_SIGNS = re.compile(
    r"^(#{1,6}\s|\s{0,3}[-*+]\s+\S|\s{0,3}\d{1,3}[.)]\s+\S|>\s|```|~~~|\|.*\|\s*$|\*\[[^\]\n]+\]:)"
    r"|\[[^\[\]\n]+\]\([^()\s]+\)|\*\*\S|__\S",
    re.MULTILINE,
)


def detect_format(source: str) -> Format:
    """Guess the format: HTML by its document tags, two block tags, or a fragment (text that
    opens with a tag, or closes a tag it opened, and has no Markdown marks); Markdown by its
    marks; else plain."""
    if _HTML_START.match(source) or len(_HTML_BLOCK_TAG.findall(source, 0, 20_000)) >= 2:
        return "html"
    first = _HTML_TAG.match(source, len(source) - len(source.lstrip()))
    if first is not None and first.group(1):
        return "html"
    markdown = source.startswith("---\n") or _MARKDOWN_SIGNS.search(source, 0, 200_000)
    if not markdown and _closes_an_opened_tag(source[:20_000]):
        return "html"
    return "markdown" if markdown else "plain"


def _closes_an_opened_tag(text: str) -> bool:
    opened: set[str] = set()
    for tag in _HTML_TAG.finditer(text):
        if tag.group(1):
            opened.add(tag.group(1).lower())
        elif tag.group(2).lower() in opened:
            return True
    return False


# --- plain text ---------------------------------------------------------------------------

_BULLET = re.compile(r"[ \t]*(?:[-*+•◦▪‣–·]|\d{1,3}[.)]|[a-zA-Z][.)])[ \t]+(?=\S)")
_TERMINAL = (".", "!", "?", ":", ";", ",", '"', "”", "’", ")")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def read_plain(source: str) -> list[Segment]:
    """Plain text: blank lines separate paragraphs; a bulleted or numbered line is a list item.

    A short line (under 60 characters) that ends without punctuation and is followed by
    more text in the same block is taken as a heading, so "Side effects" above a paragraph
    is not read as the first words of its first sentence.  Other line breaks inside a
    paragraph are hard wraps and are read as spaces.
    """
    segments: list[Segment] = []
    block_start = 0
    for match in [*_PARAGRAPH_BREAK.finditer(source), None]:
        block_end = match.start() if match else len(source)
        segments.extend(_plain_block(source, block_start, block_end))
        if match:
            block_start = match.end()
    return segments


def _plain_block(source: str, start: int, end: int) -> list[Segment]:
    lines: list[tuple[int, int]] = []
    position = start
    for line in source[start:end].split("\n"):
        lines.append((position, position + len(line)))
        position += len(line) + 1
    segments: list[Segment] = []
    current: tuple[SegmentKind, int, int] | None = None
    for index, (line_start, line_end) in enumerate(lines):
        line = source[line_start:line_end]
        if _is_blank(line):
            continue
        bullet = _BULLET.match(line)
        stripped = line.rstrip()
        has_more = index + 1 < len(lines) and source[slice(*lines[index + 1])].strip()
        is_heading = (
            not segments
            and current is None
            and bullet is None
            and bool(has_more)
            and len(stripped) < 60
            and not stripped.endswith(_TERMINAL)
        )
        if bullet or is_heading or current is None:
            if current:
                segments.append(_contiguous(source, *current))
            kind: SegmentKind = "list_item" if bullet else "heading" if is_heading else "paragraph"
            current = (kind, line_start + (bullet.end() if bullet else 0), line_end)
            if is_heading:
                segments.append(_contiguous(source, *current))
                current = None
        else:
            current = (current[0], current[1], line_end)
    if current:
        segments.append(_contiguous(source, *current))
    return [segment for segment in segments if segment.text.strip()]


def _is_blank(line: str) -> bool:
    """Nothing a reader reads: white space, or template tags ("{% if fasting %}")."""
    return not line.strip() or not _TEMPLATE_TAG.sub("", line).strip()


def _contiguous(source: str, kind: SegmentKind, start: int, end: int) -> Segment:
    return Segment(kind, source[start:end], range(start, end))


# --- shared: a segment built piece by piece ---------------------------------------------------


@dataclass
class _SegmentBuilder:
    """Collects visible text with its source offsets, folding runs of white space to one space."""

    kind: SegmentKind = "paragraph"
    chars: list[str] = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)

    def add(self, text: str, offsets: Sequence[int]) -> None:
        for char, offset in zip(text, offsets, strict=True):
            if char.isspace() or char == "\xa0":
                if not self.chars or self.chars[-1] == " ":
                    continue
                char = " "
            self.chars.append(char)
            self.offsets.append(offset)

    def flush(self, into: list[Segment]) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offsets.pop()
        if self.chars:
            into.append(Segment(self.kind, "".join(self.chars), tuple(self.offsets)))
        self.chars, self.offsets = [], []


# Words a name in Title Case may keep in lower case ("Lupus Foundation of America").
_NAME_JOINERS = frozenset(
    {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with",
     "de", "del", "el", "en", "la", "las", "los", "para", "y"}
)
_WORD_EDGES = "()[]{}\"'“”‘’.,:;!?&+-–—/"


def _add_named_link(out: _SegmentBuilder, start: int, links: list[tuple[int, int]]) -> None:
    """Keep the source range of the link text ``out`` has read since ``start`` when it is a
    name: two or more words in Title Case, where small joining words may stay lower case
    ("Thrombosis UK", "NHS 111", "Lupus Foundation of America"; not "living with
    lymphoedema", nor one word, which may be a term: "Warfarin")."""
    words = [word.strip(_WORD_EDGES) for word in "".join(out.chars[start:]).split()]
    words = [word for word in words if word]
    if len(words) >= 2 and words[0][:1].isupper() and all(
        word[:1].isupper() or word[:1].isdigit() or word in _NAME_JOINERS for word in words
    ):
        links.append((out.offsets[start], out.offsets[-1] + 1))


# --- Markdown ---------------------------------------------------------------------------------

# Attribute lists: "{#id .class key=value}" (Pandoc, markdown-it-attrs) and "{: .class}"
# (kramdown), read by mdit-py-plugins' attribute parser (Djot's syntax), at most
# MAX_ATTRIBUTE_CHARS long.
MAX_ATTRIBUTE_CHARS = 256
# The inline elements an attribute list may follow ("[leaflet](a.pdf){.pdf}", "*now*{: .x}").
_ATTRIBUTED = frozenset(
    {"link_close", "image", "code_inline", "em_close", "strong_close", "s_close", "span_close"}
)
# PHP Markdown Extra and Python-Markdown abbreviation definitions: "*[A&E]: Accident and
# Emergency".
_ABBREVIATION_LINE = re.compile(r"\*\[([^\]\n]{1,60})\]:[ \t]*(\S[^\n]*)")


def _attribute_list_end(text: str, start: int) -> int | None:
    """Where the attribute list that opens ``text[start:]`` ends; None if none opens it."""
    if not text.startswith("{", start):
        return None
    kramdown = text.startswith("{:", start)
    try:
        closing, attributes = parse("{" + text[start + 1 + kramdown : start + MAX_ATTRIBUTE_CHARS])
    except ParseError:
        return None
    return start + kramdown + closing + 1 if attributes else None


def _attribute_line(state: StateBlock, line: int, _end_line: int, silent: bool) -> bool:
    """A block rule: a line that is only an attribute list (the attributes of the block
    below it, or in kramdown of the block above it, which it ends)."""
    start = state.bMarks[line] + state.tShift[line]
    end = state.eMarks[line]
    if state.sCount[line] - state.blkIndent >= 4 or end - start > MAX_ATTRIBUTE_CHARS:
        return False
    text = state.src[start:end].rstrip()
    if _attribute_list_end(text, 0) != len(text):
        return False
    if not silent:
        state.push("attribute_line", "", 0).map = [line, line + 1]
        state.line = line + 1
    return True


def _abbreviation_line(state: StateBlock, line: int, _end_line: int, silent: bool) -> bool:
    """A block rule: an abbreviation definition, kept in the token's ``meta``."""
    definition = _ABBREVIATION_LINE.fullmatch(
        state.src, state.bMarks[line] + state.tShift[line], state.eMarks[line]
    )
    if state.sCount[line] - state.blkIndent >= 4 or definition is None:
        return False
    if not silent:
        token = state.push("abbreviation_definition", "", 0)
        token.map = [line, line + 1]
        token.meta = {"abbreviation": definition[1], "expansion": definition[2].strip()}
        state.line = line + 1
    return True


def _attribute_span(state: StateInline, silent: bool) -> bool:
    """An inline rule: a bracketed span with attributes, "[this part]{.highlight}" (Pandoc,
    markdown-it-attrs); its text is read, its brackets and attributes are not.  (The plugin's
    span rule, mdit-py-plugins 0.7, copies the rest of the text after every bracketed label:
    quadratic in "[a] " * 25,000.)  A bracket after the last "]{" of the run cannot open one,
    so its label is not parsed again after the link rule's (half the reading of "*[" * 50,000)."""
    if state.src[state.pos] != "[" or state.pos > state.html_terminator_last("]{"):
        return False
    label_end = state.md.helpers.parseLinkLabel(state, state.pos, False)
    if label_end < 0:
        return False
    end = _attribute_list_end(state.src, label_end + 1)
    if end is None or end > state.posMax:
        return False
    if not silent:
        maximum = state.posMax
        state.pos, state.posMax = state.pos + 1, label_end
        state.push("span_open", "span", 1)
        state.md.inline.tokenize(state)
        state.push("span_close", "span", -1)
        state.posMax = maximum
    state.pos = end
    return True


def _attributes_plugin(md: MarkdownIt) -> None:
    """Attribute lists and abbreviation definitions on a line of their own are blocks that
    end a paragraph, not lines of it; a bracketed span with attributes is a span."""
    md.block.ruler.before("fence", "attribute_line", _attribute_line, {"alt": ["paragraph"]})
    md.block.ruler.before("reference", "abbreviation_definition", _abbreviation_line,
                          {"alt": ["paragraph"]})
    md.inline.ruler.after("link", "attribute_span", _attribute_span)


_MARKDOWN = (
    MarkdownIt("commonmark", {"linkify": False})
    .enable("table")
    .use(front_matter_plugin)
    .use(_attributes_plugin)
)
_MARKDOWN_KINDS: dict[str, SegmentKind] = {
    "heading_open": "heading",
    "list_item_open": "list_item",
    "th_open": "table_cell",
    "td_open": "table_cell",
    "blockquote_open": "quote",
}


def read_markdown(source: str) -> _Read:
    """Markdown (CommonMark plus tables, attribute lists and abbreviation definitions),
    parsed with markdown-it-py.

    Each inline run (a heading, a paragraph, a table cell) becomes a segment; a paragraph
    inside a list item is a list item.  Link text is read, its URL is not; an autolink's
    URL is read as one word; inline code is read as its text; images, raw HTML tags and
    attribute lists are not read.  Offsets are found by aligning each visible piece with the
    inline run's source lines, so escapes and entities still point at the right place.
    """
    tokens = _MARKDOWN.parse(source)
    starts = line_starts(source)
    read = _Read([])
    kinds: list[SegmentKind] = []
    for token in tokens:
        if token.type == "front_matter":
            read.front_matter = token.content
        elif token.type == "abbreviation_definition":
            read.abbreviations[token.meta["abbreviation"]] = token.meta["expansion"]
        elif token.type in _MARKDOWN_KINDS:
            kinds.append(_MARKDOWN_KINDS[token.type])
        elif token.type.replace("_close", "_open") in _MARKDOWN_KINDS and kinds:
            kinds.pop()
        elif token.type == "inline" and token.map is not None:
            start = starts[token.map[0]]
            end = starts[token.map[1]] if token.map[1] < len(starts) else len(source)
            builder = _SegmentBuilder(_innermost_kind(kinds))
            _align_inline(source, start, end, token.children or [], builder, read.links)
            builder.flush(read.segments)
    return read


def _innermost_kind(kinds: list[SegmentKind]) -> SegmentKind:
    """A heading or table cell is itself; a paragraph in a list item or quote takes that kind."""
    for kind in reversed(kinds):
        if kind in ("heading", "table_cell", "list_item", "quote"):
            return kind
    return "paragraph"


# A visible piece is looked for near the last one: within ALIGN_WINDOW characters (link marks,
# emphasis and inline tags are short), and up to LONG_SEARCHES times per inline run across the
# whole run (after a long link URL or image address).  A piece that is not in the source as
# written (it had escapes or entities) would otherwise cost a scan to the end of the run each
# time: quadratic in "a&amp;b *c* " * 8,000.
ALIGN_WINDOW = 2_000
LONG_SEARCHES = 64
_LINE_BREAKS = ("softbreak", "hardbreak")


def _align_inline(source: str, start: int, end: int, children: list[Token],
                  out: _SegmentBuilder, links: list[tuple[int, int]]) -> None:
    cursor = start
    long_searches = LONG_SEARCHES
    link_start = 0
    for index, child in enumerate(children):
        if child.type == "link_open":
            link_start = len(out.chars)
        elif child.type == "link_close":
            _add_named_link(out, link_start, links)
        if child.type in _LINE_BREAKS:
            newline = source.find("\n", cursor, end)
            position = newline if newline >= 0 else cursor
            out.add(" ", (position,))
            cursor = position + 1 if newline >= 0 else cursor
            continue
        if child.type not in ("text", "code_inline"):  # images, raw HTML, link marks
            continue
        piece = child.content
        if child.type == "text":
            piece = _without_attribute_lists(
                piece, index > 0 and children[index - 1].type in _ATTRIBUTED,
                index + 1 == len(children) or children[index + 1].type in _LINE_BREAKS,
            )
        if not piece:
            continue
        found = source.find(piece, cursor, min(end, cursor + len(piece) + ALIGN_WINDOW))
        if found < 0 and long_searches > 0:
            long_searches -= 1
            found = source.find(piece, cursor, end)
        if found >= 0:
            out.add(piece, range(found, found + len(piece)))
            cursor = found + len(piece)
            continue
        offsets: list[int] = []
        for char in piece:  # escapes and entities: match character by character, nearby
            position = source.find(char, cursor, min(end, cursor + 12))
            if position < 0:
                offsets.append(min(cursor, max(end - 1, start)))
            else:
                offsets.append(position)
                cursor = position + 1
        out.add(piece, offsets)


def _without_attribute_lists(piece: str, after_element: bool, line_end: bool) -> str:
    """A text piece of a Markdown inline run without the attribute list that opens it right
    after an element (a link, image, code span, span or emphasis), nor, when the piece ends a
    line, the one that ends the heading, paragraph or line ("Side effects {#side-effects}")."""
    if after_element:
        end = _attribute_list_end(piece, 0)
        piece = piece if end is None else piece[end:]
    if line_end and piece.rstrip().endswith("}"):
        stripped = piece.rstrip()
        opening = stripped.rfind("{", max(0, len(stripped) - MAX_ATTRIBUTE_CHARS))
        if opening >= 0 and _attribute_list_end(stripped, opening) == len(stripped):
            piece = stripped[:opening]
    return piece


def line_starts(source: str) -> list[int]:
    """Offsets at which each line of ``source`` starts."""
    starts = [0]
    position = source.find("\n")
    while position >= 0:
        starts.append(position + 1)
        position = source.find("\n", position + 1)
    return starts


# --- HTML -------------------------------------------------------------------------------------

_HTML_SKIPPED = frozenset(
    {"script", "style", "template", "noscript", "svg", "math", "nav", "aside", "form",
     "button", "select", "textarea", "iframe", "object", "head", "title", "canvas", "pre"}
)
_HTML_CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "search", "menu", "menubar"})
_HTML_CONTENT_CONTAINERS = frozenset({"article", "main", "section"})
_HTML_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
     "track", "wbr"}
)
_HTML_BLOCKS: dict[str, SegmentKind] = {
    **{f"h{level}": "heading" for level in range(1, 7)},
    "li": "list_item", "dt": "list_item", "dd": "list_item",
    "td": "table_cell", "th": "table_cell", "caption": "paragraph",
    "blockquote": "quote",
    **dict.fromkeys(
        ("p", "div", "section", "article", "main", "body", "ul", "ol", "dl", "table", "tr",
         "figure", "figcaption", "header", "footer", "address", "details", "summary",
         "fieldset", "hr", "br"),
        "paragraph",
    ),
}


def read_html(source: str) -> _Read:
    """HTML, parsed with the standard library's tokenising ``html.parser``.

    Block elements (headings, paragraphs, list items, table cells, ``br``) end a segment;
    inline elements do not.  Character references are decoded and point at their ``&``.
    """
    reader = _HTMLReader(source)
    reader.feed(_without_stray_brackets(source))
    reader.close()
    reader.builder.flush(reader.read.segments)
    return reader.read


# The standard library's parser rescans the rest of the text for every "<" that opens a tag,
# comment or declaration it cannot close, so "<b " * 30,000 took minutes.  Such a "<" is not
# markup: it is replaced (same length) by a private-use character read back as "<".
MAX_TAG_CHARS = 4096
_NOT_A_TAG = "\ue000"
_COMMENT_CLOSE = re.compile(r"--\s*>")


def _without_stray_brackets(source: str) -> str:
    """``source`` with each "<" that cannot be closed replaced by ``_NOT_A_TAG``: no ">" in
    the next ``MAX_TAG_CHARS`` characters, or a comment or marked section that nothing
    after it closes."""
    if "<" not in source:
        return source
    never = len(source) + MAX_TAG_CHARS + 1
    last_comment_close = max((close.start() for close in _COMMENT_CLOSE.finditer(source)),
                             default=-1)
    last_section_close = source.rfind("]>")
    chars: list[str] | None = None
    closing = -1
    position = source.find("<")
    while position >= 0:
        if closing < position:
            found = source.find(">", position)
            closing = never if found < 0 else found
        stray = (
            closing - position > MAX_TAG_CHARS
            or (source.startswith("<!--", position) and last_comment_close < position)
            or (source.startswith("<![", position) and last_section_close < position)
        )
        if stray:
            chars = chars if chars is not None else list(source)
            chars[position] = _NOT_A_TAG
        position = source.find("<", position + 1)
    return source if chars is None else "".join(chars)


class _HTMLReader(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.starts = line_starts(source)
        self.read = _Read([])
        self.segments = self.read.segments
        self.builder = _SegmentBuilder()
        # The characters read when the open <a> started, in the builder's list of them (a
        # block inside the link flushes the builder and starts a new list).
        self.link: tuple[list[str], int] | None = None
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.open_tags: Counter[str] = Counter()  # how many of each tag are open, for O(1) checks
        self.skipping = 0

    def _position(self) -> int:
        line, column = self.getpos()
        return self.starts[line - 1] + column

    def _is_skipped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        attributes = dict(attrs)
        if tag in _HTML_SKIPPED or "hidden" in attributes:
            return True
        if attributes.get("aria-hidden") == "true" or attributes.get("role") in _HTML_CHROME_ROLES:
            return True
        in_content = any(self.open_tags[name] for name in _HTML_CONTENT_CONTAINERS)
        return tag in ("header", "footer") and not in_content

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_BLOCKS and not self.skipping:
            self.builder.flush(self.segments)
            if tag not in _HTML_VOID:  # a <br> ends a line, not the list item or cell it is in
                self.builder.kind = _HTML_BLOCKS[tag]
        if tag in _HTML_VOID:
            return
        if tag == "a" and not self.skipping:
            self.link = (self.builder.chars, len(self.builder.chars))
        skipped = self._is_skipped(tag, attrs)
        self.stack.append((tag, skipped))
        self.open_tags[tag] += 1
        self.skipping += skipped

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_BLOCKS and not self.skipping:
            self.builder.flush(self.segments)

    def handle_endtag(self, tag: str) -> None:
        if not self.open_tags[tag]:
            return
        if tag == "a" and self.link is not None and self.link[0] is self.builder.chars:
            _add_named_link(self.builder, self.link[1], self.read.links)
        self.link = None if tag == "a" else self.link
        while self.stack:
            name, skipped = self.stack.pop()
            self.open_tags[name] -= 1
            self.skipping -= skipped
            if name == tag:
                break
        if tag in _HTML_BLOCKS and not self.skipping:
            self.builder.flush(self.segments)
            parent = next((n for n, _ in reversed(self.stack) if n in _HTML_BLOCKS), "p")
            self.builder.kind = _HTML_BLOCKS[parent]

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self._position()
            self.builder.add(data.replace(_NOT_A_TAG, "<"), range(start, start + len(data)))

    def handle_entityref(self, name: str) -> None:
        self._add_reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._add_reference(f"&#{name};")

    def _add_reference(self, reference: str) -> None:
        if not self.skipping:
            text = html.unescape(reference)
            self.builder.add(text, (self._position(),) * len(text))
