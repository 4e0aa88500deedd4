"""``api.extract``: the text of uploaded files, and the guards on .docx archives."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from api.errors import ApiError
from api.extract import MAX_DOCX_UNPACKED, docx_to_markdown, extract


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("After your operation", level=0)
    document.add_heading("Pain", level=2)
    document.add_paragraph("Take paracetamol every six hours.")
    document.add_paragraph("# not a heading, just a hash")
    document.add_paragraph("Rest", style="List Bullet")
    document.add_paragraph("Drink water", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Day 1"
    table.rows[0].cells[1].text = "Walk a little."
    document.add_paragraph("   ")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_headings_lists_and_tables_in_order() -> None:
    assert docx_to_markdown(make_docx()) == (
        "# After your operation\n\n## Pain\n\nTake paracetamol every six hours.\n\n"
        "\\# not a heading, just a hash\n\n- Rest\n\n1. Drink water\n\nDay 1\n\n"
        "Walk a little.\n"
    )


def test_extract_by_extension_ignores_case() -> None:
    assert extract("LEAFLET.DOCX", make_docx()).format == "markdown"
    assert extract("notes.MD", b"# Hi").format == "markdown"
    assert extract("a.htm", b"<p>x</p>").format == "html"
    assert extract("bom.txt", "\ufeffHello".encode()).text == "Hello"


@pytest.mark.parametrize("name", ["noextension", "leaflet.pdf", "leaflet.doc", ".docx.exe"])
def test_unsupported_types(name: str) -> None:
    with pytest.raises(ApiError) as error:
        extract(name, b"data")
    assert error.value.code == "unsupported_file_type"


def test_zip_without_a_document_is_not_a_docx() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hi")
    with pytest.raises(ApiError) as error:
        docx_to_markdown(buffer.getvalue())
    assert error.value.code == "invalid_document"


def test_docx_that_unpacks_too_large_is_refused() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w/>")
        archive.writestr("word/bomb.xml", b"\0" * (MAX_DOCX_UNPACKED + 1))
    assert len(buffer.getvalue()) < 200_000
    with pytest.raises(ApiError) as error:
        docx_to_markdown(buffer.getvalue())
    assert error.value.code == "invalid_document"
    assert "unpacks" in error.value.message
