"""Sentences and words as a reader sees them (through the real spaCy pipeline)."""

import pytest

from literacy import analyze


def _sentences(text, **options):
    return [sentence["text"] for sentence in analyze(text, **options).to_dict()["sentences"]]


@pytest.mark.parametrize(
    "text",
    [
        "Take 2.5 mg of the medicine twice a day.",
        "Dr. Smith will see you at 9 a.m. on Monday.",
        "Eat soft foods, e.g. soup and rice, for a day.",
        "Most people in the U.S. get a flu shot every fall.",
        "Read more at https://www.cdc.gov/flu/prevent/index.html before your visit.",
        "Write to info@example.org if you have questions.",
    ],
)
def test_abbreviations_doses_and_links_do_not_split_sentences(text):
    assert _sentences(text) == [text]


def test_short_sentences_are_kept():
    # textstat drops sentences of two words or fewer; a reader does not.
    assert _sentences("Stop. Call 911. Go now.") == ["Stop.", "Call 911.", "Go now."]


def test_heading_and_list_items_are_their_own_units():
    text = "# Warning signs\n\nCall us if you have:\n\n- a fever\n- chest pain\n\nThen rest."
    report = analyze(text).to_dict()
    assert [(s["kind"], s["text"]) for s in report["sentences"]] == [
        ("heading", "Warning signs"),
        ("paragraph", "Call us if you have:"),
        ("list_item", "a fever"),
        ("list_item", "chest pain"),
        ("paragraph", "Then rest."),
    ]


def test_url_is_one_word_of_one_syllable():
    report = analyze("See https://www.cdc.gov/flu/about/index.html now.").to_dict()
    assert report["counts"]["words"] == 3
    assert report["counts"]["syllables"] == 3  # see, the link, now


def test_hyphenated_words_and_contractions_are_one_word():
    report = analyze("Don't skip your well-known follow-up visit.").to_dict()
    assert report["counts"]["words"] == 6


def test_numbers_are_words_with_syllables_as_read_aloud():
    report = analyze("Take 2 pills.").to_dict()
    assert report["counts"]["words"] == 3
    assert report["counts"]["syllables"] == 3  # take, two, pills


def test_sentence_offsets_point_at_the_source():
    text = "# Title\n\nFirst sentence here. Second one **bold** ends.\n"
    for sentence in analyze(text).to_dict()["sentences"]:
        original = text[sentence["start"] : sentence["end"]]
        assert original.replace("**", "") == sentence["text"]


def test_sum_of_sentence_words_is_the_document_word_count():
    text = "One two three. Four five!\n\n- six\n- seven eight\n"
    report = analyze(text).to_dict()
    assert sum(s["words"] for s in report["sentences"]) == report["counts"]["words"] == 8


@pytest.mark.parametrize("text", [
    "\tTake\tone\ttablet. Then rest.", "\x0cTake one.", " Take one tablet.", "Hi.\tTake one.",
])
def test_a_sentence_span_starts_at_its_first_word_not_the_white_space_before_it(text):
    sentences = analyze(text).sentences
    assert sentences
    assert all(text[s.start:s.end] == s.text and not s.text[0].isspace() for s in sentences)


def test_a_comma_with_no_space_after_it_still_ends_a_word():
    # "bacterial vaginosis,vaginitis, uterine fibroids" (an NICHD page) holds two words
    # there, while "1,000" is one number
    report = analyze("Such as vaginosis,vaginitis; it costs 1,000 dollars,or less.")
    assert report.to_dict()["counts"]["words"] == 10
    assert [term.text for term in report.jargon.terms if term.kind != "candidate"
            and "vagin" in term.text] == ["vaginosis", "vaginitis"]
