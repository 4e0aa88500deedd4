"""What is read as prose: Markdown attribute lists, abbreviation definitions, template tags and
citation marks glued to the prose are not; link text that is a name is kept as a name
(issue 13, item 6)."""

import pytest
from literacy_support import visible

from literacy import analyze
from literacy.reading import read_document


def _points_at_itself(document):
    return all(
        document.source[offset] == char
        for segment in document.segments
        for char, offset in zip(segment.text, segment.offsets, strict=True)
        if not char.isspace()
    )


# --- attribute lists ---------------------------------------------------------------------------

ATTRIBUTES = """# Side effects {#side-effects .warning}

{.note}
Take one tablet each morning. {.tip}

See [the leaflet](leaflet.pdf){.pdf target=_blank}, the ![chart](dose.png){width=300} and
[this part]{.highlight lang=en} of it, *now*{: .urgent} or `--help`{.shell}.

Call us if you feel sick.
{: .callout}

{: #rest}
Rest at home.
"""


def test_attribute_lists_are_not_read():
    document = read_document(ATTRIBUTES)
    assert document.format == "markdown"
    assert visible(document) == [
        ("heading", "Side effects"),
        ("paragraph", "Take one tablet each morning."),
        ("paragraph", "See the leaflet, the and this part of it, now or --help."),
        ("paragraph", "Call us if you feel sick."),
        ("paragraph", "Rest at home."),
    ]
    assert _points_at_itself(document)


@pytest.mark.parametrize("source", [
    "Set the pump to {low} or {high} when you sleep.",
    "{Note} Keep the {lid} closed.",
    "Use the form {.a} and more text.",  # not at the end of the paragraph, after no element
])
def test_braces_that_are_not_attribute_lists_are_read(source):
    assert visible(read_document(source, "markdown")) == [("paragraph", source)]


def test_an_attribute_list_in_a_code_block_stays_code():
    document = read_document("Rest.\n\n    {.note}\n", "markdown")
    assert visible(document) == [("paragraph", "Rest.")]


# --- abbreviation definitions -----------------------------------------------------------------

ABBREVIATIONS = """# Where to go

Go to A&E if you cannot breathe.
*[A&E]: Accident and Emergency
*[COPD]: chronic obstructive pulmonary disease

People with COPD should call their GP.
"""


def test_abbreviation_definitions_are_definitions_not_prose():
    document = read_document(ABBREVIATIONS)
    assert document.format == "markdown"
    assert document.abbreviations == {
        "A&E": "Accident and Emergency",
        "COPD": "chronic obstructive pulmonary disease",
    }
    assert visible(document) == [
        ("heading", "Where to go"),
        ("paragraph", "Go to A&E if you cannot breathe."),
        ("paragraph", "People with COPD should call their GP."),
    ]


def test_abbreviation_definitions_alone_mark_the_text_as_markdown():
    document = read_document("*[GP]: general practitioner\n\nSee your GP.\n")
    assert document.format == "markdown"
    assert document.abbreviations == {"GP": "general practitioner"}


def test_a_bracket_line_that_is_not_a_definition_is_read():
    source = "*[Note]* take it with food."
    assert read_document(source, "markdown").abbreviations == {}
    assert visible(read_document(source, "markdown")) == [
        ("paragraph", "[Note] take it with food.")
    ]


# --- template tags ----------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "format"), [
    ("Dear {{ name }}, your appointment is on {{ date }}.", "plain"),
    ("Dear {{ name }}, your appointment is on {{ date }}.", "markdown"),
    ("<p>Dear {{ name }}, your appointment is on {{ date }}.</p>", "html"),
    ("Dear {{{ name }}}, your appointment is on {{date}}.", "plain"),
    ("Dear {{patient.first_name}}, your appointment is on {{ date | format_date }}.", "plain"),
])
def test_template_placeholders_are_not_read(source, format):
    document = read_document(source, format)
    assert visible(document) == [("paragraph", "Dear, your appointment is on.")]
    assert _points_at_itself(document)


def test_template_tags_on_their_own_lines_are_not_read():
    source = (
        "Before your test\n"
        "{% if fasting %}\n"
        "Do not eat after {{ fast_time }}.\n"
        "{% else %}\n"
        "Eat as usual. {# ask the nurse #}\n"
        "{% endif %}\n"
    )
    document = read_document(source, "plain")
    assert visible(document) == [
        ("heading", "Before your test"),
        ("paragraph", "Do not eat after.\nEat as usual."),  # a hard wrap, as in plain text
    ]
    assert _points_at_itself(document)


def test_handlebars_blocks_are_not_read():
    source = "<ul>{{#each steps}}<li>{{this}}</li>{{/each}}<li>Rest</li></ul>"
    assert visible(read_document(source, "html")) == [("list_item", "Rest")]


def test_a_tag_between_two_words_reads_as_a_space():
    assert visible(read_document("Take{{ x }}care.", "plain")) == [("paragraph", "Take care.")]


def test_braces_that_are_not_template_tags_are_read():
    source = "Write {a} or {{ or %} here."
    assert visible(read_document(source, "plain")) == [("paragraph", source)]


# --- citation marks ---------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "format", "read"), [
    # CDC pages copied as text: the superscript reference numbers stay glued to the words
    ("It raises the risk of leukemia.3 Caucasians are more likely to get acute leukemia,4 but "
     "no one knows why.", "plain",
     "It raises the risk of leukemia. Caucasians are more likely to get acute leukemia, but "
     "no one knows why."),
    ("It affects 8% of children and 2% of adults.1,2 Most are mild.", "markdown",
     "It affects 8% of children and 2% of adults. Most are mild."),
    ("Milk, eggs and wheat.2,3,4 While rare, it can kill.", "plain",
     "Milk, eggs and wheat. While rare, it can kill."),
    ("Deaths fell over the past 15 years.1\u20133", "plain",
     "Deaths fell over the past 15 years."),
    ("It rose in 2006.\u00b9 Then it fell.\u00b2\u00b3", "plain", "It rose in 2006. Then it fell."),
    ("Afecta a más personas en los Estados Unidos.3 La mayoría mejora en días.1,2", "plain",
     "Afecta a más personas en los Estados Unidos. La mayoría mejora en días."),
    ("Many people have HIV.2 Most do not know it.", "plain",
     "Many people have HIV. Most do not know it."),
    ("It is a rare disease.[3] It runs in families.[1, 2]", "markdown",
     "It is a rare disease. It runs in families."),
    ("<p>It raises the risk of leukemia.<sup>3</sup> Rest at home.<sup>1,2</sup></p>", "html",
     "It raises the risk of leukemia. Rest at home."),
])
def test_citation_marks_glued_to_the_prose_are_not_read(source, format, read):
    document = read_document(source, format)
    assert visible(document) == [("paragraph", read)]
    assert _points_at_itself(document)


@pytest.mark.parametrize("source", [
    "Children aged 2.5 years need half a tablet.",
    "Give it at ages 4,5 and 6.",
    "Take vitamin B12. It helps.",
    "The rash covers 5 m\u00b2 of skin.",
    "Come at 10:30 each day.",
    "Read chapter 3.1 first.",
])
def test_numbers_that_are_not_citation_marks_are_read(source):
    assert visible(read_document(source, "plain")) == [("paragraph", source)]


def test_a_citation_mark_no_longer_joins_two_sentences_or_makes_a_word():
    source = ("Family history is linked to a higher risk of leukemia.3 Caucasians are more likely "
              "to develop acute leukemia,4 but scientists do not know why.")
    report = analyze(source)
    assert [s.text for s in report.sentences] == [
        "Family history is linked to a higher risk of leukemia.",
        "Caucasians are more likely to develop acute leukemia, but scientists do not know why.",
    ]
    assert {term.text for term in report.jargon.terms if "leukemia" in term.text} == {"leukemia"}
    first = report.sentences[0]
    assert source[first.start:first.end].endswith("leukemia.")


# --- link text that is a name -----------------------------------------------------------------

LINKS = """# Further help

- [Thrombosis UK](https://example.org/tuk)
- [Lupus Foundation of America](https://example.org/lfa)
- [NHS 111](https://example.org/111)
- Take [warfarin](https://example.org/warfarin) each day.
- [Living with lymphoedema](https://example.org/lymph)
- [Hypertension](https://example.org/bp)
"""


def _names(document):
    return [document.source[start:end] for start, end in document.named_links]


def test_link_text_in_title_case_is_a_name():
    assert _names(read_document(LINKS)) == [
        "Thrombosis UK", "Lupus Foundation of America", "NHS 111",
    ]


def test_html_link_text_in_title_case_is_a_name():
    source = ('<ul><li><a href="/tuk">Thrombosis UK</a></li><li><a href="/w">warfarin</a></li>'
              '</ul>\r\n<p>Call <a href="/111"><b>NHS</b> 111</a>.</p>')
    document = read_document(source)
    assert _names(document) == ["Thrombosis UK", "NHS</b> 111"]
    assert document.in_named_link(source.index("UK"), source.index("UK") + 2)
    assert not document.in_named_link(source.index("warfarin"), source.index("warfarin") + 8)


# --- through the whole analysis ----------------------------------------------------------------

def test_attribute_lists_change_no_count():
    plain = ATTRIBUTES
    for attributes in ("{#side-effects .warning}", "{.note}\n", "{.tip}", "{.pdf target=_blank}",
                       "{width=300}", "{.highlight lang=en}", "{: .urgent}", "{.shell}",
                       "{: .callout}\n", "{: #rest}\n"):
        plain = plain.replace(attributes, "")
    plain = plain.replace("[this part]", "this part")
    with_attributes, without = analyze(ATTRIBUTES), analyze(plain, format="markdown")
    assert with_attributes.counts == without.counts
    assert [s.text for s in with_attributes.sentences] == [s.text for s in without.sentences]


def test_an_abbreviation_definition_explains_it_as_spelling_it_out_does():
    text = "# COPD\n\nPeople with COPD may find it hard to breathe. COPD gets worse over time.\n"
    undefined = analyze(text)
    spelled_out = analyze(text.replace("with COPD", "with chronic obstructive pulmonary disease "
                                       "(COPD)", 1))
    defined = analyze(text + "\n*[COPD]: chronic obstructive pulmonary disease\n")
    assert "PL202" in {finding.code for finding in undefined.findings}
    for report in (spelled_out, defined):
        assert "PL202" not in {finding.code for finding in report.findings}
        copd = [term for term in report.jargon.terms if term.text == "COPD"]
        assert copd and all(term.explained for term in copd)
    # counted as known in the headline grade and the jargon density, as when spelled out
    assert undefined.jargon.density > 0
    assert defined.jargon.density == spelled_out.jargon.density == 0
    assert defined.readability.grade < undefined.readability.grade


def test_a_letter_with_placeholders_reads_as_one_plain_sentence():
    report = analyze("Dear {{ name }}, your appointment is on {{ date }}.")
    assert report.counts.sentences == 1
    assert report.counts.words == 5
    assert not [term for term in report.jargon.terms if term.is_fault]


def test_findings_point_at_the_source_past_template_tags():
    text = "{% if anticoagulant %}Dear {{ name }}: take {{ dose }} of warfarin daily.{% endif %}"
    report = analyze(text, format="plain")
    spans = [(f.code, text[f.span.start:f.span.end]) for f in report.findings if f.span]
    assert ("PL201", "warfarin") in spans
    assert all("{" not in text[f.span.start:f.span.end] for f in report.findings if f.span)


def test_link_text_that_is_a_name_is_not_jargon_but_a_linked_term_is():
    report = analyze(LINKS)
    flagged = {term.text for term in report.jargon.terms if term.is_fault}
    assert "warfarin" in flagged
    assert not flagged & {"Thrombosis", "Lupus", "NHS"}
    unlinked = analyze(LINKS.replace("[Thrombosis UK](https://example.org/tuk)", "Thrombosis UK"))
    assert "Thrombosis" in {term.text for term in unlinked.jargon.terms if term.is_fault}
