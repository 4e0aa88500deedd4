"""``analyze``: the report's shape (validated against the published schema) and bad input."""

import codecs

import jsonschema
import pytest

from literacy import InputError, analyze
from literacy.report import report_schema

LEAFLET = """# Your colonoscopy

A colonoscopy is a test that looks at the inside of your large bowel. Your doctor uses a
thin, flexible tube with a small camera on the end.

## Before the test

- Do not eat solid food for 1 day before the test.
- Drink the bowel prep as directed by your care team.

If you take metformin or another medicine for diabetes, ask your doctor whether to change
your dose, because the fasting that is required before the procedure can make your blood
glucose levels drop too low.
"""


def test_report_validates_against_its_published_schema():
    report = analyze(LEAFLET).to_dict()
    jsonschema.Draft202012Validator.check_schema(report_schema())
    jsonschema.validate(report, report_schema())


def test_report_counts_and_scores_are_consistent():
    report = analyze(LEAFLET).to_dict()
    counts = report["counts"]
    assert counts["words"] == sum(s["words"] for s in report["sentences"])
    assert counts["sentences"] == len(report["sentences"])
    assert counts["polysyllables"] <= counts["words"] <= counts["syllables"]
    assert report["readability"]["grade"] is not None
    assert set(report["readability"]["scores"]) == {
        "flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog",
        "coleman_liau", "ari", "dale_chall", "forcast",
    }


def test_long_sentence_is_a_finding_with_its_location():
    report = analyze(LEAFLET).to_dict()
    long = [f for f in report["findings"] if f["code"] == "PL301"]
    assert len(long) == 1
    finding = long[0]
    assert LEAFLET[finding["start"] : finding["end"]].startswith("If you take metformin")
    assert finding["line"] == 11
    assert finding["column"] == 1


def test_max_sentence_words_is_configurable():
    text = "This sentence has exactly eight words in it."
    assert not [f for f in analyze(text, max_sentence_words=8).findings if f.code == "PL301"]
    assert [f for f in analyze(text, max_sentence_words=7).findings if f.code == "PL301"]


def test_grade_above_target_is_an_error_finding():
    report = analyze(LEAFLET, target_grade=1).to_dict()
    assert report["readability"]["meets_target"] is False
    assert [f["severity"] for f in report["findings"] if f["code"] == "PL101"] == ["error"]


@pytest.mark.parametrize("text", ["", "   \n\t  ", "\ufeff"])
def test_empty_text_gives_a_report_with_no_scores(text):
    report = analyze(text).to_dict()
    assert report["counts"]["words"] == 0
    assert report["readability"]["grade"] is None
    assert report["readability"]["meets_target"] is None
    assert all(score is None for score in report["readability"]["scores"].values())
    assert report["notes"]


def test_single_word_is_measured():
    report = analyze("Hello").to_dict()
    assert report["counts"]["words"] == 1
    assert report["counts"]["sentences"] == 1
    assert report["readability"]["grade"] is not None


def test_punctuation_only_text_has_no_words():
    assert analyze("... !!! ???").to_dict()["counts"]["words"] == 0


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (b"Caf\xe9 au lait", "invalid_encoding"),  # Latin-1, not UTF-8
        (b"\xff\xfeT\x00\x00\xd8", "invalid_encoding"),  # a UTF-16 mark, then a lone surrogate
        ("PK\x03\x04\x00\x00\x00binary", "binary_input"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08 text", "binary_input"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff", "binary_input"),  # not UTF-8, NUL
        (b"\x01\x02\x03\x04\x05\x06\x07\x08 text", "binary_input"),
    ],
)
def test_binary_or_undecodable_input_is_a_clear_error(text, code):
    with pytest.raises(InputError) as error:
        analyze(text)
    assert error.value.code == code
    assert "text" in error.value.message


@pytest.mark.parametrize(("mark", "encoding"), [
    (b"", "utf-8-sig"), (b"", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-32"),
])
def test_bytes_with_a_byte_order_mark_read_as_the_same_text(mark, encoding):
    text = "Take 5 mg of warfarin every morning. Do not take it with aspirin."
    data = mark + text.encode(encoding)
    assert analyze(data).to_dict() == analyze(text).to_dict()


def test_utf8_bytes_are_accepted():
    assert analyze("Café visits are fine.".encode()).counts.words == 4


@pytest.mark.parametrize(
    ("options", "code"),
    [
        ({"lang": "xx"}, "unknown_language"),
        ({"format": "pdf"}, "unknown_format"),
        ({"target_grade": -1}, "invalid_option"),
        ({"target_grade": float("nan")}, "invalid_option"),
        ({"max_sentence_words": 0}, "invalid_option"),
    ],
)
def test_bad_options_are_clear_errors(options, code):
    with pytest.raises(InputError) as error:
        analyze("Some text.", **options)
    assert error.value.code == code


def test_five_megabytes_of_text_is_refused_with_a_clear_error_at_once():
    paragraph = "Take your medicine with food. Call us if you feel sick.\n\n"
    text = paragraph * (5_000_000 // len(paragraph))
    with pytest.raises(InputError) as error:
        analyze(text)
    assert error.value.code == "too_large"
    assert "split it" in error.value.message


def test_text_just_under_the_limit_is_analysed():
    paragraph = "Take your medicine with food. Call us if you feel sick.\n\n"
    text = paragraph * 2_000
    report = analyze(text, max_chars=len(text))
    assert report.counts.sentences == 4_000


def test_one_huge_paragraph_without_breaks_is_read_in_pieces():
    text = "word " * 60_000  # 300,000 characters, no sentence end at all
    report = analyze(text)
    assert report.counts.words == 60_000


SPANISH = (
    "¿Qué es la gripe? La gripe es una enfermedad. Tome 2 tabletas al día. "
    "¡Llame al médico si tiene cefalea!"
)


def test_spanish_report_validates_and_uses_spanish_formulas():
    report = analyze(SPANISH, lang="es").to_dict()
    jsonschema.validate(report, report_schema())
    assert set(report["readability"]["scores"]) == {
        "fernandez_huerta", "szigriszt_pazos", "smog_es", "sol",
    }
    assert report["readability"]["inflesz_band"] in {
        "muy difícil", "algo difícil", "normal", "bastante fácil", "muy fácil",
    }
    assert [s["text"] for s in report["sentences"]] == [
        "¿Qué es la gripe?", "La gripe es una enfermedad.", "Tome 2 tabletas al día.",
        "¡Llame al médico si tiene cefalea!",
    ]


def test_spanish_jargon_has_spanish_suggestions():
    report = analyze(SPANISH, lang="es")
    finding = next(f for f in report.findings if f.text == "cefalea")
    # a named condition is kept and explained in Spanish, at first use
    assert finding.suggestions[0].replacement == "cefalea (dolor de cabeza)"
    assert finding.suggestions[0].action == "explain"


def test_auto_language_reports_what_it_detected():
    report = analyze(SPANISH, lang="auto").to_dict()
    assert report["lang"] == "es"
    assert report["language_detection"]["lang"] == "es"
    assert analyze(LEAFLET, lang="auto").to_dict()["lang"] == "en"
