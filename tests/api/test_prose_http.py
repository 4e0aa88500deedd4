"""The API reads only prose: attribute lists, abbreviation definitions and template tags are
not words, no finding or suggestion touches them, and link text that is a name is not jargon
(issue 13, item 6)."""

from __future__ import annotations

import re

from flask import Flask

LETTER = """# Your COPD review {#review .letter}

Dear {{ patient.first_name }},

Your review is on {{ date }} at the clinic. {.intro}
Bring your inhaler and a list of your medicines.
{% if anticoagulant %}
Keep taking [warfarin](https://example.org/warfarin){.drug} as usual, and the nurse will
administer your vaccine.
{% endif %}

*[COPD]: chronic obstructive pulmonary disease

For help, contact [Thrombosis UK](https://example.org/tuk){target=_blank}.
"""
MARKUP = re.compile(r"\{[^{}\n]*\}\}?\}?|\{%[^%]*%\}|\*\[COPD\]:[^\n]*")


def _overlaps_markup(start: int, end: int) -> bool:
    return any(start < markup.end() and markup.start() < end for markup in MARKUP.finditer(LETTER))


def test_markup_is_not_read_and_nothing_points_into_it(shared_app: Flask) -> None:
    response = shared_app.test_client().post("/v1/analyze", json={"text": LETTER})
    assert response.status_code == 200, response.get_json()
    report = response.get_json()
    assert report["format"] == "markdown"
    texts = [sentence["text"] for sentence in report["sentences"]]
    assert texts[:2] == ["Your COPD review", "Dear,"]
    assert not [text for text in texts if re.search(r"[{}%]|endif|COPD\]", text)]
    findings = report["findings"]
    assert findings
    for finding in findings:
        assert not _overlaps_markup(finding["start"], finding["end"])
        for suggestion in finding["suggestions"]:
            start, end = suggestion["start"], suggestion["end"]
            if _overlaps_markup(start, end):
                # An explanation goes after the link the term is the text of, past its
                # attribute list: it spans them only to keep them as written.
                assert suggestion["action"] == "explain", suggestion
                assert suggestion["replacement"].startswith(LETTER[start:end]), suggestion
    flagged = {term["text"] for term in report["jargon"]["terms"] if term["flagged"]}
    assert "warfarin" in flagged
    assert not flagged & {"COPD", "Thrombosis"}
    assert "PL202" not in {finding["code"] for finding in findings}


def test_the_same_letter_as_html_reads_the_same_words(shared_app: Flask) -> None:
    html = (
        "<h1>Your review</h1><p>Dear {{ name }},</p>"
        "<p>{% if x %}Keep taking <a href='/w'>warfarin</a>.{% endif %} Contact "
        "<a href='/t'>Thrombosis UK</a>.</p>"
    )
    client = shared_app.test_client()
    report = client.post("/v1/analyze", json={"text": html, "format": "html"}).get_json()
    assert [s["text"] for s in report["sentences"]] == [
        "Your review", "Dear,", "Keep taking warfarin.", "Contact Thrombosis UK.",
    ]
    flagged = {term["text"] for term in report["jargon"]["terms"] if term["flagged"]}
    assert "warfarin" in flagged
    assert "Thrombosis" not in flagged
