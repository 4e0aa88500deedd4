"""Spanish word difficulty: the shipped model (transferred from the English one, see
``bench/fit_difficulty_es.py``) loads, grades the terms of a Spanish report with the real
pipeline, and flags and ranks them by difficulty as in English."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from literacy import analyze
from literacy.difficulty import FEATURES, NON_NEGATIVE, DifficultyModel, Evidence
from literacy.nlp import load_pipeline
from literacy.parsing import parse
from literacy.reading import read_document

MEDICINE_LEAFLET = (
    "Tome warfarina cada día. Si tiene cefalea o fiebre, consulte a su médico. "
    "La dosis fue administrada ayer."
)


@pytest.fixture(scope="module")
def model() -> DifficultyModel:
    return DifficultyModel.load("es")


def test_the_spanish_model_is_shipped_and_loads(model):
    assert DifficultyModel.available("es")
    assert model.lang == "es"
    assert tuple(model.weights) == FEATURES


def test_the_file_says_how_it_was_made_and_what_was_measured():
    data = json.loads((files("literacy") / "data" / "difficulty_es.json").read_text("utf-8"))
    assert data["fitted_on"].startswith("nothing Spanish")
    assert "transferred from the English model" in data["model"]
    measured = data["agreement"]["clara_med_es_dev_replaced_vs_kept"]
    assert set(measured) == {"all_pairs", "light_edits"}


def test_features_without_spanish_evidence_get_no_weight_and_frequency_stays_monotone(model):
    # Spanish has no lay-usage list, so those features are always 0 and weigh nothing.
    assert [model.weights[name] for name in ("lay_plain", "lay_definition", "professional")
            ] == [0.0, 0.0, 0.0]
    assert all(model.weights[name] >= 0 for name in NON_NEGATIVE)


def test_without_a_list_of_known_lemmas_a_rarer_word_is_less_likely_known(model):
    # the share of English development items known, by frequency, stands for the list: a
    # rare Spanish word is read as known less often than a common one
    shares = [share for _, share in model.known_share]
    assert not model.known and model.weights["known"] < 0
    assert shares == sorted(shares) and shares[0] < 0.6
    words = parse(read_document("Si tiene cefalea o fiebre, llame.", "plain"),
                  load_pipeline("es"), "es").sentences[0].words
    known = {word.text: model.features(Evidence((word,), "candidate", context=words))["known"]
             for word in words if word.text in ("cefalea", "fiebre")}
    assert known["cefalea"] < known["fiebre"] <= 1.0


def test_spanish_frequencies_are_read_without_english_spelling_variants(model):
    # In English "tumours" is read as "tumors"; a Spanish model reads the word as written.
    assert model.zipf("tumours") == 0.0
    assert DifficultyModel.load("en").zipf("tumours") > 0.0


def test_every_term_of_a_spanish_report_carries_its_difficulty():
    terms = analyze(MEDICINE_LEAFLET, lang="es").jargon.terms
    assert terms
    assert all(term.difficulty is not None and 0 <= term.difficulty <= 1 for term in terms)
    assert all(term.to_dict()["difficulty"] is not None for term in terms)


def test_spanish_terms_are_ranked_and_flagged_by_difficulty():
    terms = {term.text: term for term in analyze(MEDICINE_LEAFLET, lang="es").jargon.terms}
    # A medicine name and a clinical word are harder than the everyday words of the text.
    for hard in ("warfarina", "cefalea"):
        for everyday in ("fiebre", "médico", "consulte"):
            assert terms[hard].difficulty > terms[everyday].difficulty
    assert terms["warfarina"].is_fault and terms["cefalea"].is_fault
    assert not terms["fiebre"].is_fault
    # "administrada" is a list word most readers know: below the threshold it is a wordy
    # word with its plain replacement, not jargon.
    assert terms["administrada"].kind == "wordy"
    assert terms["administrada"].difficulty < 0.5


def test_the_jargon_threshold_moves_the_spanish_flags():
    strict = analyze(MEDICINE_LEAFLET, lang="es", jargon_threshold=0.99).jargon.terms
    lenient = analyze(MEDICINE_LEAFLET, lang="es", jargon_threshold=0.01).jargon.terms
    assert not [term.text for term in strict if term.kind == "list" and term.is_fault]
    assert {"warfarina", "cefalea", "administrada"} <= {
        term.text for term in lenient if term.is_fault}


def test_a_spanish_medicine_flagged_by_difficulty_is_still_explained_not_replaced():
    [finding] = [f for f in analyze("Tome warfarina cada día.", lang="es").findings
                 if f.code == "PL201"]
    assert [s.action for s in finding.suggestions] == ["explain"]
