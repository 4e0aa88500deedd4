"""The API on documents with no words: markup or front matter with no words gets a report
with a PL102 finding (an empty text is refused with empty_text: see test_http.py)."""

from __future__ import annotations

import pytest
from flask import Flask


@pytest.mark.parametrize(
    ("text", "format"),
    [
        ("---\ntitle: Flu shot\n---\n", "markdown"),
        ("<p></p><script>var hidden = 'words';</script>", "html"),
        ("<ul><li></li></ul>", "auto"),
    ],
)
def test_markup_only_text_gets_a_report_with_pl102(
    shared_app: Flask, text: str, format: str
) -> None:
    response = shared_app.test_client().post("/v1/analyze", json={"text": text, "format": format})
    assert response.status_code == 200, response.get_json()
    report = response.get_json()
    assert [finding["code"] for finding in report["findings"]] == ["PL102"]
    assert report["findings"][0]["severity"] == "warning"
    assert report["notes"]

