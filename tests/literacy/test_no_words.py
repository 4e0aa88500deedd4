"""PL102 no-words: a document with nothing to measure says so, as a finding and a note."""

import pytest

from literacy import analyze

WORDS = "Take one tablet each morning."


@pytest.mark.parametrize(
    ("text", "format"),
    [
        ("", "auto"),
        ("  \n\t\n", "auto"),
        ("---\ntitle: Flu shot\nplainly:\n  target_grade: 6\n---\n", "auto"),
        ("---\r\ntitle: Flu shot\r\n---\r\n", "markdown"),
        ("```\nprint('code is not prose')\n```\n", "markdown"),
        ("<p></p><script>var hidden = 'words';</script><!-- a comment -->", "html"),
        ("... !!! ??? ---", "plain"),
        ("\u200b\u200f\u00ad", "plain"),
    ],
)
def test_a_document_without_words_gets_pl102_and_a_note(text, format):
    report = analyze(text, format=format)
    findings = [finding for finding in report.findings if finding.code == "PL102"]
    assert len(findings) == 1
    assert findings[0].level == "warning"
    assert (findings[0].span.line, findings[0].span.column) == (1, 1)
    assert report.counts.words == 0
    assert report.readability.grade is None
    assert report.notes


@pytest.mark.parametrize("text", [WORDS, f"---\ntitle: Flu\n---\n{WORDS}\n", f"<p>{WORDS}</p>"])
def test_a_document_with_words_has_no_pl102(text):
    report = analyze(text)
    assert "PL102" not in [finding.code for finding in report.findings]
    assert not report.notes
