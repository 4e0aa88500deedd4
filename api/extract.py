"""Text out of an uploaded file: .txt, .md, .html as UTF-8 text, and .docx through
python-docx (headings and list items become Markdown, so the engine reads them as such).

A .docx is a zip archive: it is checked before it is opened (entry count, total unpacked
size) so a small upload cannot unpack into gigabytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from typing import Literal

from api.errors import ApiError

TextFormat = Literal["plain", "markdown", "html"]
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
MAX_DOCX_UNPACKED = 64 * 1024 * 1024
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
    """UTF-8 text (a byte-order mark is dropped); 422 if it is not text."""
    if b"\x00" in data[:65_536]:
        raise ApiError(
            "binary_input",
            "The file looks binary, not like text. Save it as plain text (UTF-8) and upload "
            "it again.",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ApiError(
            "invalid_encoding",
            f"The file is not UTF-8 text (byte {error.start}). Save it as UTF-8 and upload "
            "it again.",
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
    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            _add_paragraph(blocks, item)
        elif isinstance(item, Table):
            seen: set[int] = set()
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell appears once per grid column
                        continue
                    seen.add(id(cell._tc))
                    for paragraph in cell.paragraphs:
                        _add_paragraph(blocks, paragraph)
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _add_paragraph(blocks: list[str], paragraph: object) -> None:
    from docx.text.paragraph import Paragraph

    assert isinstance(paragraph, Paragraph)
    text = " ".join(paragraph.text.split())
    if not text:
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
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
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
            names = {entry.filename for entry in entries}
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _not_docx() from None
    if "word/document.xml" not in names:
        raise _not_docx()
    if len(entries) > MAX_DOCX_ENTRIES or sum(e.file_size for e in entries) > MAX_DOCX_UNPACKED:
        raise ApiError(
            "invalid_document",
            "The .docx file unpacks to more than the server reads "
            f"({MAX_DOCX_UNPACKED // (1024 * 1024)} MB); save the text as .txt and upload that.",
        )


def _not_docx() -> ApiError:
    return ApiError(
        "invalid_document",
        "The file is not a Word (.docx) document that can be read. Open it in Word or "
        "LibreOffice and save it as .docx (not .doc), or paste the text.",
    )
