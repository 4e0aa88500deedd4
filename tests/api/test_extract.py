"""``api.extract``: the text of uploaded files, and the guards on .docx archives."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile

import docx
import pytest

from api.errors import ApiError
from api.extract import MAX_PARAGRAPHS, MAX_XML_PART, docx_to_markdown, extract


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


def test_docx_table_keeps_every_cell_and_a_merged_cell_once() -> None:
    # a dosing schedule: every drug name, dose and time must survive (a user audit found
    # cells dropped)
    document = docx.Document()
    rows = [["Time", "Medicine", "Dose"], ["Morning", "Warfarin", "5 mg"],
            ["Evening", "Metoprolol", "25 mg"]]
    table = document.add_table(rows=len(rows) + 1, cols=3)
    for cells, values in zip(table.rows, rows, strict=False):
        for cell, value in zip(cells.cells, values, strict=True):
            cell.text = value
    merged = table.rows[3].cells[0].merge(table.rows[3].cells[2])
    merged.text = "Call 911 if you bleed."
    buffer = io.BytesIO()
    document.save(buffer)
    blocks = docx_to_markdown(buffer.getvalue()).strip().split("\n\n")
    assert blocks == [*(value for values in rows for value in values),
                      "Call 911 if you bleed."]


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
        archive.writestr("word/bomb.xml", b"\0" * (MAX_XML_PART + 1))
    assert len(buffer.getvalue()) < 200_000
    with pytest.raises(ApiError) as error:
        docx_to_markdown(buffer.getvalue())
    assert (error.value.code, error.value.status_code) == ("document_too_large", 413)
    assert "5 MB" in error.value.message


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def docx_with_body(body: bytes) -> bytes:
    """A real .docx (python-docx's template) whose document.xml body is ``body``."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx())) as source, \
            zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "word/document.xml":
                data = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}">'
                        "<w:body>").encode() + body + b"</w:body></w:document>"
            target.writestr(entry.filename, data)
    return buffer.getvalue()


def test_docx_with_too_many_paragraphs_is_refused_before_parsing() -> None:
    upload = docx_with_body(b"<w:p/>" * 160_000)  # the 59 KB upload that took 60 s
    assert len(upload) < 100_000
    started = time.monotonic()
    with pytest.raises(ApiError) as error:
        docx_to_markdown(upload)
    assert time.monotonic() - started < 5.0
    assert (error.value.code, error.value.status_code) == ("document_too_large", 413)
    assert f"{MAX_PARAGRAPHS:,} paragraphs" in error.value.message


def test_docx_with_huge_xml_is_refused_without_unpacking_it_into_memory() -> None:
    paragraph = b"<w:p><w:r><w:t>" + b"x" * 60_000 + b"</w:t></w:r></w:p>"
    upload = docx_with_body(paragraph * 1000)  # 60 MB of XML in a small upload
    assert len(upload) < 300_000
    tracemalloc.start()
    try:
        with pytest.raises(ApiError) as error:
            docx_to_markdown(upload)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert error.value.code == "document_too_large"
    assert peak < 32 * 2**20, f"the check allocated {peak / 2**20:.0f} MiB at its peak"


def test_docx_at_the_paragraph_limit_is_read_quickly() -> None:
    body = b"".join(b'<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Step %d'
                    b"</w:t></w:r></w:p>" % n for n in range(MAX_PARAGRAPHS))
    started = time.monotonic()
    text = docx_to_markdown(docx_with_body(body))
    seconds = time.monotonic() - started
    assert text.count("# Step") == MAX_PARAGRAPHS
    assert seconds < 20.0, f"{MAX_PARAGRAPHS:,} paragraphs took {seconds:.1f} s"
