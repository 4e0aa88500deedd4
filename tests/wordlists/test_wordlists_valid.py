"""The shipped English word lists: size, uniqueness, sources, and that plain words are plain."""

from __future__ import annotations

import csv
import re
from importlib.resources import files

import pytest
from wordfreq import tokenize, zipf_frequency

from literacy.wordlists import CATEGORIES, WordLists, load_wordlists

# Everyday words a lay reader knows: listing them as jargon would flag plain writing.
EVERYDAY_WORDS = frozenset(
    {
        "doctor", "nurse", "pain", "blood", "cancer", "heart", "medicine", "test", "hospital",
        "health", "sick", "ill", "body", "bone", "skin", "eye", "ear", "brain", "lung", "lungs",
        "kidney", "liver", "stomach", "fever", "cough", "cold", "flu", "pill", "drug", "surgery",
        "baby", "virus", "vaccine", "diet", "exercise", "weight", "sleep", "breath", "headache",
        "infection", "disease", "treatment", "symptom", "shot", "x-ray", "diabetes", "asthma",
        "tumor", "risk", "dose", "allergy", "arthritis", "bacteria", "germ", "rash", "vomiting",
        "pregnancy", "stroke", "cholesterol", "insulin", "aspirin", "penicillin", "medication",
        "prescription", "therapy", "surgeon", "operation", "injury", "wound", "bleeding", "tooth",
        "teeth", "mouth", "nose", "throat", "chest", "belly", "back", "leg", "arm", "hand", "foot",
        "bladder", "vein", "artery", "joint", "muscle", "hormone", "cell", "gene", "dna",
        "heart attack", "blood pressure", "high blood pressure", "side effect", "blood test",
    }
)


def rarest_zipf(text: str) -> float:
    """Zipf frequency (wordfreq, English) of the rarest word in ``text``."""
    return min((zipf_frequency(word, "en") for word in tokenize(text, "en")), default=0.0)


@pytest.fixture(scope="module")
def lists() -> WordLists:
    return load_wordlists("en")


def _raw_rows(name: str) -> list[dict[str, str]]:
    text = (files("wordlists") / "en" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_wordlists_sizes(lists: WordLists) -> None:
    assert len(lists.jargon) >= 2500
    assert len(lists.abbreviations) >= 150
    assert lists.counts == {
        "jargon.csv": len(lists.jargon),
        "abbreviations.csv": len(lists.abbreviations),
        "sources.csv": len(lists.sources),
        "names.csv": len(lists.names),
    }
    assert len(lists.names) >= 40
    assert re.fullmatch(r"[0-9a-f]{12}", lists.version)


def test_jargon_no_duplicate_terms_ignoring_case_and_spacing(lists: WordLists) -> None:
    rows = _raw_rows("jargon.csv")
    keys = [" ".join(row["term"].lower().split()) for row in rows]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert duplicates == []
    assert len(rows) == len(lists.jargon)


def test_abbreviations_no_duplicates_ignoring_case(lists: WordLists) -> None:
    keys = [a.lower() for a in lists.abbreviations]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    assert duplicates == []
    assert len(_raw_rows("abbreviations.csv")) == len(lists.abbreviations)


def test_term_in_both_lists_has_consistent_meaning(lists: WordLists) -> None:
    conflicts = []
    for abbr in lists.abbreviations.values():
        entry = lists.jargon.get(abbr.abbreviation.lower())
        if entry is None:
            continue
        meaning = " ".join((*entry.plain, entry.definition)).lower()
        if abbr.expansion.lower() not in meaning and abbr.plain.lower() not in meaning:
            conflicts.append(f"{abbr.abbreviation}: {abbr.expansion!r} vs {entry.term!r}")
    assert conflicts == []


def test_terms_are_lowercase_and_trimmed(lists: WordLists) -> None:
    bad = [t for t in lists.jargon if t != t.lower() or t != " ".join(t.split())]
    assert bad == []


def test_every_category_is_known_and_used(lists: WordLists) -> None:
    used = {entry.category for entry in lists.jargon.values()}
    assert used <= CATEGORIES
    assert used == CATEGORIES


def test_every_entry_has_plain_words_or_definition(lists: WordLists) -> None:
    empty = [e.term for e in lists.jargon.values() if not e.plain and not e.definition]
    assert empty == []


def test_definitions_are_short_and_without_pronunciation(lists: WordLists) -> None:
    long = [e.term for e in lists.jargon.values() if len(e.definition.split()) > 25]
    pronunciation = [
        e.term
        for e in lists.jargon.values()
        if re.search(r"\(pronounced|\((?:[a-z]*[A-Z]{2,}[a-z]*-)+", e.definition)
    ]
    assert long == []
    assert pronunciation == []


def test_every_entry_has_a_known_source(lists: WordLists) -> None:
    unknown = [e.term for e in lists.jargon.values() if e.source not in lists.sources]
    unknown += [a.abbreviation for a in lists.abbreviations.values()
                if a.source not in lists.sources]
    unknown += [n.name for n in lists.names.values() if n.source not in lists.sources]
    assert unknown == []


def test_every_source_has_a_licence_notice(lists: WordLists) -> None:
    expected = {"cdc_thesaurus", "plainlanguage_gov", "cdc_everyday", "hhs_glossary",
                "nci_cancer", "nci_genetics", "plainly", "us_health_names", "lancaster"}
    assert set(lists.sources) == expected
    for source in lists.sources.values():
        assert source.licence.strip(), source.id
        assert len(source.notice.split()) >= 10, source.id
    assert "Apache" in lists.sources["plainly"].licence
    assert "CC BY 4.0" in lists.sources["lancaster"].licence
    perceptual = (files("wordlists") / "en" / "perceptual_strength.csv").read_text("utf-8")
    used = {e.source for e in lists.jargon.values()} | {
        a.source for a in lists.abbreviations.values()
    } | {n.source for n in lists.names.values()} | {
        row["source"] for row in csv.DictReader(perceptual.splitlines())
    }
    assert used == expected


def test_plain_substitutes_are_simpler_than_their_terms(lists: WordLists) -> None:
    """The rarest word of each substitute is at least as common as the term's rarest word."""
    failures = []
    for entry in lists.jargon.values():
        term_zipf = rarest_zipf(entry.term)
        for plain in entry.plain:
            plain_zipf = rarest_zipf(plain)
            if plain_zipf < term_zipf:
                failures.append(f"{entry.term} ({term_zipf:.2f}) -> {plain} ({plain_zipf:.2f})")
    assert failures == []


def test_plain_substitutes_differ_from_their_terms(lists: WordLists) -> None:
    same = [e.term for e in lists.jargon.values() if e.term in (p.lower() for p in e.plain)]
    assert same == []


def test_everyday_words_are_not_jargon(lists: WordLists) -> None:
    listed = sorted(EVERYDAY_WORDS & set(lists.jargon))
    assert listed == []


@pytest.mark.parametrize(
    ("term", "plain"),
    [
        ("administer", "give"),
        ("myocardial infarction", "heart attack"),
        ("hypertension", "high blood pressure"),
        ("utilize", "use"),
        ("renal", "kidney"),
        ("hepatic", "liver"),
        ("in lieu of", "instead of"),
        ("commence", "start"),
        ("lisinopril", "blood pressure medicine"),
    ],
)
def test_known_substitutions(lists: WordLists, term: str, plain: str) -> None:
    assert plain in lists.jargon[term].plain


@pytest.mark.parametrize(
    ("abbreviation", "plain"),
    [("PRN", "as needed"), ("NPO", "nothing by mouth"), ("BID", "twice a day"),
     ("q.d.", "once a day"), ("COPD", "long-term lung disease"), ("EOB", None),
     ("HbA1c", None), ("EKG", None), ("ECG", None), ("ICU", None), ("HMO", None)],
)
def test_known_abbreviations(lists: WordLists, abbreviation: str, plain: str | None) -> None:
    entry = lists.abbreviations[abbreviation]
    assert entry.expansion
    if plain is not None:
        assert entry.plain == plain


def test_common_medicines_are_listed(lists: WordLists) -> None:
    medicines = [e for e in lists.jargon.values() if e.category == "medicine"]
    assert len(medicines) >= 300
    by_plainly = [e for e in medicines if e.source == "plainly"]
    assert len(by_plainly) >= 300
