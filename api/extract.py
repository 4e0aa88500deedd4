"""Text out of an uploaded file: .txt, .md, .html as UTF-8 text, and .docx through
python-docx (headings and list items become Markdown, so the engine reads them as such).

A .docx is a zip archive, and a small one can unpack into gigabytes of XML or hold a
hundred thousand empty paragraphs, so it is checked before python-docx parses it: the
number of entries, then every entry decompressed as a stream (its real size, not the one
the archive declares) against a cap per XML part and for the whole archive, and the
paragraphs of ``word/document.xml`` counted by a streaming parser that stops at the cap.
Paragraph styles are looked up once per style, not once per paragraph.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, Literal
from xml.etree.ElementTree import Element, ParseError, XMLPullParser

from api.errors import ApiError
from literacy.reading import Format as TextFormat
from literacy.reading import NotText, decode

EXTENSIONS: dict[str, TextFormat | Literal["docx"]] = {
    ".txt": "plain",
    ".text": "plain",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
MAX_DOCX_ENTRIES = 2_000
MAX_DOCX_UNPACKED = 32 * 1024 * 1024  # every entry, images included
MAX_XML_PART = 5 * 1024 * 1024  # one XML part (a 300-page document.xml is about 3 MB)
MAX_PARAGRAPHS = 10_000  # a 300-page document has about 5,000
MAIN_PART = "word/document.xml"
W_PARAGRAPH = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p"
_CHUNK = 65_536
_MARKDOWN_START = re.compile(r"^(\s*)([#>]|[-*+]\s|\d{1,9}[.)]\s)")


@dataclass(frozen=True)
class Extracted:
    """The text of a file and how to read it."""

    format: TextFormat
    text: str


def extract(filename: str, data: bytes) -> Extracted:
    """The text of ``data``, read according to ``filename``'s extension."""
    suffix = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    kind = EXTENSIONS.get(suffix)
    if kind is None:
        raise ApiError(
            "unsupported_file_type",
            f"Files of type {suffix or '(none)'!r} cannot be read; upload a .txt, .md, "
            ".html or .docx file, or paste the text.",
        )
    if kind == "docx":
        return Extracted("markdown", docx_to_markdown(data))
    return Extracted(kind, decode_text(data))


def decode_text(data: bytes) -> str:
    """The file's text (UTF-8, or UTF-16/32 with a byte-order mark, which is dropped); 422
    if it is not text."""
    try:
        return decode(data)
    except NotText as error:
        if error.encoding is None:
            raise ApiError("binary_input", "The file looks binary, not like text. Save it as "
                           "plain text (UTF-8) and upload it again.") from None
        raise ApiError(
            "invalid_encoding",
            f"The file is not {error.encoding} text (byte {error.position}). Save it as "
            "UTF-8 and upload it again.",
        ) from None


def docx_to_markdown(data: bytes) -> str:
    """The paragraphs, headings, list items and table cells of a .docx, in order."""
    _check_archive(data)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:
        raise ApiError(
            "unsupported_file_type",
            "This server cannot read .docx files (python-docx is not installed); save the "
            "document as .txt, or paste its text.",
        ) from None

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise _not_docx() from None
    styles = _StyleNames(document)
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            _add_paragraph(blocks, item, styles)
        elif isinstance(item, Table):
            # A merged cell appears once per grid column.  Each cell element seen is kept
            # alive beside its id: lxml returns the same proxy for an element only while one
            # exists, and a freed proxy's id is reused by the next, which dropped cells.
            seen: dict[int, Any] = {}
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen[id(cell._tc)] = cell._tc
                    for paragraph in cell.paragraphs:
                        _add_paragraph(blocks, paragraph, styles)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


class _StyleNames:
    """Paragraph style id -> name, each looked up once (python-docx searches the styles part
    on every ``paragraph.style``, which is slow over thousands of paragraphs)."""

    def __init__(self, document: Any) -> None:
        self._document = document
        self._names: dict[str | None, str] = {}

    def of(self, paragraph: Any) -> str:
        style_id = paragraph._p.style  # the pStyle id, None for the default style
        if style_id not in self._names:
            style = paragraph.style
            self._names[style_id] = (style.name if style is not None else "") or ""
        return self._names[style_id]


def _add_paragraph(blocks: list[str], paragraph: object, styles: _StyleNames) -> None:
    from docx.text.paragraph import Paragraph

    assert isinstance(paragraph, Paragraph)
    text = " ".join(paragraph.text.split())
    if not text:
        return
    style = styles.of(paragraph)
    level = _heading_level(style)
    if level:
        blocks.append("#" * level + " " + text)
    elif style.startswith("List Number"):
        blocks.append("1. " + text)
    elif style.startswith("List") or _is_numbered(paragraph):
        blocks.append("- " + text)
    else:
        blocks.append(_MARKDOWN_START.sub(r"\1\\\2", text, count=1))


def _heading_level(style: str) -> int:
    if style == "Title":
        return 1
    match = re.fullmatch(r"Heading (\d)", style)
    return min(6, int(match.group(1))) if match else 0


def _is_numbered(paragraph: object) -> bool:
    properties = getattr(getattr(paragraph, "_p", None), "pPr", None)
    return properties is not None and getattr(properties, "numPr", None) is not None


def _check_archive(data: bytes) -> None:
    """Refuse, before parsing, a .docx that unpacks to too much or has too many paragraphs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            if MAIN_PART not in {entry.filename for entry in entries}:
                raise _not_docx()
            if len(entries) > MAX_DOCX_ENTRIES:
                raise _too_large(f"more than {MAX_DOCX_ENTRIES:,} parts")
            unpacked = 0
            for entry in entries:
                cap = MAX_XML_PART if _is_xml(entry.filename) else MAX_DOCX_UNPACKED
                with archive.open(entry) as stream:
                    if entry.filename == MAIN_PART:
                        size = _count_paragraphs(stream, cap)
                    else:
                        size = sum(len(chunk) for chunk in _chunks(stream, cap))
                unpacked += size
                if unpacked > MAX_DOCX_UNPACKED:
                    raise _too_large(f"more than {MAX_DOCX_UNPACKED // 2**20} MB unpacked")
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise _not_docx() from None


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def _chunks(stream: IO[bytes], cap: int) -> Iterator[bytes]:
    """The decompressed bytes of an entry; refused past ``cap`` (what it really holds, not
    what the archive declares)."""
    size = 0
    while chunk := stream.read(_CHUNK):
        size += len(chunk)
        if size > cap:
            raise _too_large(f"a part of more than {cap // 2**20} MB")
        yield chunk


def _count_paragraphs(stream: IO[bytes], cap: int) -> int:
    """Stream-parse the main part; refuse it past ``MAX_PARAGRAPHS``; its size in bytes."""
    parser: XMLPullParser[Element] = XMLPullParser(events=("start",))
    paragraphs = size = 0
    try:
        for chunk in _chunks(stream, cap):
            size += len(chunk)
            parser.feed(chunk)
            for event in parser.read_events():
                element = event[-1]
                if isinstance(element, Element) and element.tag == W_PARAGRAPH:
                    paragraphs += 1
                    if paragraphs > MAX_PARAGRAPHS:
                        raise _too_large(f"more than {MAX_PARAGRAPHS:,} paragraphs")
        parser.close()
    except ParseError:
        raise _not_docx() from None
    return size


def _too_large(what: str) -> ApiError:
    return ApiError(
        "document_too_large",
        f"The .docx file has {what}, more than the server reads. Split the document, or "
        "save its text as .txt and upload that.",
    )


def _not_docx() -> ApiError:
    return ApiError(
        "invalid_document",
        "The file is not a Word (.docx) document that can be read. Open it in Word or "
        "LibreOffice and save it as .docx (not .doc), or paste the text.",
    )
