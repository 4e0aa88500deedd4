"""Reading plain text, Markdown and HTML into segments whose offsets point at the source."""

import pytest

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


def _visible(document):
    return [(segment.kind, segment.text) for segment in document.segments]


def test_markdown_segments_as_a_reader_sees_them():
    document = read_document(MARKDOWN)
    assert document.format == "markdown"
    assert "target_grade: 6" in document.front_matter
    assert _visible(document) == [
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
    assert _visible(document) == [
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


def test_plain_text_headings_bullets_and_hard_wraps():
    source = "Side effects\nMost people feel fine. Some get a\nsore arm.\n\n• Fever\n2) Chills\n"
    document = read_document(source, "plain")
    assert _visible(document) == [
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
    assert _visible(read_document(source)) == [("paragraph", "Deep text.")]
