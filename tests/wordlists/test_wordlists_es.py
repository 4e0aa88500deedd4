"""The Spanish word lists: they load, are big enough, and their plain words are plainer."""

import csv
from importlib.resources import files

import pytest

from literacy.wordlists import CATEGORIES, load_wordlists
from wordlists.es.build_es import rarest  # the builder's own yardstick


@pytest.fixture(scope="module")
def lists():
    return load_wordlists("es")


def test_spanish_lists_load_with_at_least_500_terms(lists):
    assert lists.lang == "es"
    assert len(lists.jargon) >= 500
    assert len(lists.abbreviations) >= 30
    assert set(lists.sources) == {"plainly", "us_health_names"}
    assert lists.sources["plainly"].licence == "Apache-2.0"


def test_spanish_lists_use_the_english_format():
    root = files("wordlists")
    for name in ("jargon.csv", "abbreviations.csv", "sources.csv"):
        english = (root / "en" / name).read_text("utf-8").splitlines()[0]
        spanish = (root / "es" / name).read_text("utf-8").splitlines()[0]
        assert spanish == english


def test_no_duplicate_terms_in_the_file():
    text = (files("wordlists") / "es" / "jargon.csv").read_text("utf-8")
    terms = [row["term"] for row in csv.DictReader(text.splitlines())]
    assert len(terms) == len(set(terms))
    assert terms == sorted(terms)


def test_categories_are_the_english_vocabulary(lists):
    used = {entry.category for entry in lists.jargon.values()}
    assert used <= CATEGORIES
    assert {"condition", "medicine", "procedure", "test", "anatomy", "bureaucratic",
            "insurance"} <= used


@pytest.mark.parametrize(
    ("term", "plain"),
    [
        ("hipertensión", "presión arterial alta"),
        ("administrar", "dar"),
        ("cefalea", "dolor de cabeza"),
        ("analgésico", "medicamento para el dolor"),
        ("por vía oral", "por la boca"),
    ],
)
def test_examples_from_the_issue(lists, term, plain):
    assert plain in lists.jargon[term].plain


def test_every_entry_has_plain_words_or_a_definition(lists):
    assert all(entry.plain or entry.definition for entry in lists.jargon.values())
    with_plain = sum(bool(entry.plain) for entry in lists.jargon.values())
    assert with_plain >= 500


def test_plain_words_are_more_frequent_than_the_term(lists):
    failures = [
        (entry.term, plain, round(rarest(plain), 2), round(rarest(entry.term), 2))
        for entry in lists.jargon.values()
        for plain in entry.plain
        if not rarest(plain) > rarest(entry.term)
    ]
    assert failures == []


def test_abbreviations_are_case_sensitive_keys(lists):
    assert lists.abbreviations["HTA"].plain == "presión arterial alta"
    assert "hta" not in lists.abbreviations
