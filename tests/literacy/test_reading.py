"""Reading plain text, Markdown and HTML into segments whose offsets point at the source."""

import pytest
from literacy_support import visible

from literacy import analyze, apply_suggestions
from literacy.reading import detect_format, read_document

MARKDOWN = """---
title: Flu shot
plainly:
  target_grade: 6
---
# Side effects

Most people feel **fine** after the shot. See [our site](https://example.org/flu) or <https://cdc.gov>.
Call Dr. Smith &amp; rest.

- Fever
- Sore arm from `the shot`

| Medicine | Dose |
|----------|------|
| Tylenol  | 500 mg |

```
print("not prose")
```

> A quoted line.
"""

HTML = """<!doctype html>
<html><head><title>Flu</title><style>p{color:red}</style><script>var x = "hidden";</script></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<header class="site">Site name</header>
<main><article><header><h1>Flu &amp; you</h1></header>
<p>Get the <b>flu</b> shot every year.<br>It is safe.</p>
<ul><li>Fever<li>Sore arm</ul>
<table><tr><th>Dose</th><td>500 mg</td></tr></table>
<div hidden>secret</div><div aria-hidden="true">icon</div>
</article></main>
<footer>Copyright</footer><aside>Related links</aside></body></html>"""


def test_markdown_segments_as_a_reader_sees_them():
    document = read_document(MARKDOWN)
    assert document.format == "markdown"
    assert "target_grade: 6" in document.front_matter
    assert visible(document) == [
        ("heading", "Side effects"),
        ("paragraph", "Most people feel fine after the shot. See our site or https://cdc.gov. "
                      "Call Dr. Smith & rest."),
        ("list_item", "Fever"),
        ("list_item", "Sore arm from the shot"),
        ("table_cell", "Medicine"),
        ("table_cell", "Dose"),
        ("table_cell", "Tylenol"),
        ("table_cell", "500 mg"),
        ("quote", "A quoted line."),
    ]


@pytest.mark.parametrize("source", [MARKDOWN, HTML])
def test_every_visible_character_points_at_the_same_character_in_the_source(source):
    for segment in read_document(source).segments:
        for char, offset in zip(segment.text, segment.offsets, strict=True):
            if char == " ":
                assert source[offset].isspace() or source[offset] == "\n"
            elif char == "&":
                assert source[offset] == "&"
            else:
                assert source[offset] == char


def test_markdown_link_url_and_code_block_are_not_read():
    text = " ".join(segment.text for segment in read_document(MARKDOWN).segments)
    assert "example.org" not in text
    assert "not prose" not in text


def test_html_skips_scripts_styles_and_navigation_chrome():
    document = read_document(HTML)
    assert document.format == "html"
    assert visible(document) == [
        ("heading", "Flu & you"),
        ("paragraph", "Get the flu shot every year."),
        ("paragraph", "It is safe."),
        ("list_item", "Fever"),
        ("list_item", "Sore arm"),
        ("table_cell", "Dose"),
        ("table_cell", "500 mg"),
    ]


def test_html_entity_points_at_its_ampersand():
    document = read_document(HTML)
    heading = document.segments[0]
    start, end = heading.source_span(0, len(heading.text))
    assert HTML[start:end] == "Flu &amp; you"


@pytest.mark.parametrize(("source", "format"), [
    ("<p>You have cirrhosi&#115; today.</p>", "html"),
    ("You have cirrhosi&#115; today.", "markdown"),
    ("<p>You have cirrho&shy;sis today.</p>", "html"),
])
def test_a_term_ending_in_a_character_reference_spans_all_of_it(source, format):
    report = analyze(source, format=format)
    [term] = [term for term in report.jargon.terms if term.lemma == "cirrhosis"]
    assert source[term.start:term.end].startswith("cirrho")
    assert source[term.end] == " "
    [suggestion] = [s for f in report.findings for s in f.suggestions if f.text == term.text]
    assert apply_suggestions(source, [suggestion]).startswith(source[:term.end])


def test_a_term_starting_with_a_character_reference_spans_all_of_it():
    source = "<p>A &eacute;dema, or swelling.</p>"
    [term] = [t for t in analyze(source, format="html").jargon.terms if t.text == "édema"]
    assert source[term.start:term.end] == "&eacute;dema"


def test_plain_text_headings_bullets_and_hard_wraps():
    source = "Side effects\nMost people feel fine. Some get a\nsore arm.\n\n• Fever\n2) Chills\n"
    document = read_document(source, "plain")
    assert visible(document) == [
        ("heading", "Side effects"),
        ("paragraph", "Most people feel fine. Some get a\nsore arm."),
        ("list_item", "Fever"),
        ("list_item", "Chills"),
    ]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Just a sentence. And another.", "plain"),
        ("# Title\n\nText.", "markdown"),
        ("Text with a [link](https://example.org).", "markdown"),
        ("<p>One</p><p>Two</p>", "html"),
        ("<!DOCTYPE html><html><body>Hi</body></html>", "html"),
        # fragments, as CMS plugins send them
        ("<p>Hypertension is high blood pressure.</p>", "html"),
        ("  <ul><li>Fever</li><li>Chills</li></ul>", "html"),
        ("<strong>Do not</strong> drive after taking it.", "html"),
        ("Take it <em>with</em> food.", "html"),
        ('<a href="/flu">Flu</a>', "html"),
        # plain text with angle brackets
        ("Call us if x < y and your pressure is > 140.", "plain"),
        ("We <3 our nurses.", "plain"),
        ("Write to <help@example.org> today.", "plain"),
        ("Use a <b> mark only once.", "plain"),
        # Markdown with a little inline HTML stays Markdown
        ("# Flu\n\nTake it <strong>now</strong>.", "markdown"),
    ],
)
def test_detect_format(source, expected):
    assert detect_format(source) == expected


def test_named_format_overrides_detection():
    assert read_document("# Not a heading", "plain").segments[0].text == "# Not a heading"


def test_unknown_format_is_an_error():
    with pytest.raises(ValueError, match="unknown format"):
        read_document("text", "pdf")


def test_deeply_nested_html_is_read_without_recursion():
    source = "<div>" * 10_000 + "Deep text." + "</div>" * 10_000
    assert visible(read_document(source)) == [("paragraph", "Deep text.")]


def test_an_html_fragment_is_read_as_html_and_its_jargon_found():
    report = analyze("<p>Hypertension is common.</p>")
    assert report.format == "html"
    assert [s.text for s in report.sentences] == ["Hypertension is common."]
    assert "hypertension" in [term.lemma for term in report.jargon.terms]


@pytest.mark.parametrize("line_end", ["\r\n", "\r"])
def test_crlf_and_lone_cr_end_lines_and_offsets_point_into_the_source(line_end):
    source = line_end.join(["Side effects", "Most people feel fine.", "", "Call us."])
    document = read_document(source, "plain")
    assert visible(document) == [
        ("heading", "Side effects"),
        ("paragraph", "Most people feel fine."),
        ("paragraph", "Call us."),
    ]
    for segment in document.segments:
        assert "".join(source[offset] for offset in segment.offsets) == segment.text


def test_crlf_markdown_keeps_its_front_matter_out_of_the_text():
    source = "---\r\ntitle: Flu\r\n---\r\n# Side effects\r\n\r\nRest.\r\n"
    document = read_document(source)
    assert document.format == "markdown"
    assert visible(document) == [("heading", "Side effects"), ("paragraph", "Rest.")]
    start, end = document.segments[1].source_span(0, 5)
    assert source[start:end] == "Rest."


@pytest.mark.parametrize(
    "mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f",
             "\u202a", "\u202c", "\u2066", "\u2069"],
)
def test_invisible_marks_inside_a_word_are_ignored(mark):
    source = f"Your hyper{mark}tension is treated."
    segment = read_document(source, "plain").segments[0]
    assert segment.text == "Your hypertension is treated."
    start, end = segment.source_span(5, 17)
    assert source[start:end] == f"hyper{mark}tension"
    report = analyze(source)
    found = [term for term in report.jargon.terms if term.lemma == "hypertension"]
    assert [source[term.start : term.end] for term in found] == [f"hyper{mark}tension"]


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\u2067"])
def test_a_mark_after_a_full_stop_does_not_merge_sentences(mark):
    for source in (f"Stop the pills.{mark}Call us now.", f"Stop the pills.{mark} Call us now."):
        assert [s.text for s in analyze(source).sentences] == ["Stop the pills.", "Call us now."]


def test_a_100000_letter_run_is_one_word():
    report = analyze("Take " + "a" * 100_000 + " now.")
    assert report.counts.words == 3
    assert report.counts.syllables < 60
