"""The clear-communication items (``literacy.communication``), each met, not met and not
applicable, on real patient sentences and on documents of the leaflet corpus
(``tests/data/leaflets``), through ``analyze`` and the real spaCy pipelines."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jsonschema
import pytest

from literacy import analyze
from literacy.communication import ITEMS, ItemResult, Status
from literacy.communication.lexicon import SPANISH
from literacy.communication.numbers import natural_frequency
from literacy.report import Report, report_schema

LEAFLETS = Path(__file__).parents[1] / "data" / "leaflets"


@lru_cache(maxsize=64)
def _report(text: str, lang: str = "en") -> Report:
    return analyze(text, lang=lang, format="markdown")


def item(text: str, item_id: str, lang: str = "en") -> ItemResult:
    checklist = _report(text, lang).communication
    assert checklist is not None
    return next(result for result in checklist.items if result.item.id == item_id)


def status(text: str, item_id: str, lang: str = "en") -> Status:
    return item(text, item_id, lang).status


def leaflet(name: str) -> str:
    return (LEAFLETS / name).read_text(encoding="utf-8")


def leaflet_status(name: str, item_id: str) -> Status:
    lang = "es" if "-es-" in name else "en"
    report = analyze(leaflet(name), lang=lang,
                     format="html" if name.endswith(".html") else "markdown")
    assert report.communication is not None
    return report.communication.status(item_id)


PROSE = ("Wash your hands before you cook. Keep raw meat away from other food. "
         "Put leftovers in the fridge within two hours. ")


# --- main-message ---------------------------------------------------------------------------

def test_main_message_met_when_title_and_opening_give_the_point() -> None:
    text = ("# Take Control of Your Blood Pressure\n\nHaving a treatment plan for high blood "
            "pressure can help prevent or delay related health issues.\n")
    assert status(text, "main-message") == "met"


def test_main_message_not_met_when_the_opening_is_about_the_publisher() -> None:
    assert leaflet_status("cdc-be-antibiotics-aware.html", "main-message") == "not_met"
    text = ("Be Antibiotics Aware is a national effort to help fight antibiotic resistance.\n\n"
            "Antibiotics save lives.\n")
    result = item(text, "main-message")
    assert result.status == "not_met"  # and no title at all
    assert "title" in result.message


def test_main_message_not_applicable_only_without_text() -> None:
    assert status("", "main-message") == "not_applicable"


# --- summary --------------------------------------------------------------------------------

def test_summary_met_by_a_key_points_section() -> None:
    assert leaflet_status("nci-breast-cancer-risk.html", "summary") == "met"


def test_summary_not_met_in_a_long_text_without_one() -> None:
    result = item("# Food safety\n\n" + PROSE * 11, "summary")
    assert result.status == "not_met"
    assert "Key points" in result.message


def test_summary_not_applicable_to_a_short_text() -> None:
    assert status("# Food safety\n\n" + PROSE, "summary") == "not_applicable"


# --- action and action-steps ------------------------------------------------------------------

def test_action_met_by_an_imperative_or_a_you_should_sentence() -> None:
    assert status("Call your doctor if the pain gets worse.", "action") == "met"
    assert status("If you smoke, you should stop before the operation.", "action") == "met"
    assert status("Before you take any medicine, check the label.", "action") == "met"


def test_action_not_met_by_facts_or_navigation_only() -> None:
    assert status("Antibiotics do not work on viruses, such as colds and flu.", "action") == (
        "not_met")
    assert status("Learn more about antibiotics. Visit our website.", "action") == "not_met"
    assert status("Be Antibiotics Aware is a national effort.", "action") == "not_met"


def test_action_steps_met_when_actions_are_a_list() -> None:
    text = "To stay well:\n\n- Wash your hands.\n- Cover your cough.\n- Stay home when sick.\n"
    assert status(text, "action-steps") == "met"


def test_action_steps_not_met_when_actions_run_in_prose() -> None:
    result = item(PROSE, "action-steps")
    assert result.status == "not_met"
    assert len(result.evidence) == 3


def test_action_steps_not_applicable_to_one_action() -> None:
    assert status("Call your doctor if the pain gets worse.", "action-steps") == "not_applicable"


def test_list_items_after_an_if_you_lead_are_conditions_not_actions() -> None:
    text = ("You may have prediabetes if you:\n\n- Are 45 years of age or older\n"
            "- Are overweight\n- Have a family history of type 2 diabetes\n")
    assert status(text, "action") == "not_met"


# --- get-help -------------------------------------------------------------------------------

def test_get_help_met_by_whom_to_call() -> None:
    text = "This medicine can cause side effects. If you have a rash, call your doctor."
    assert status(text, "get-help") == "met"


@pytest.mark.parametrize("contact", [
    "Ring your GP surgery if the rash spreads.",
    "Call NHS 111 if the rash spreads.",
    "Go to A&E or call 999 if your baby has a fit.",
])
def test_get_help_met_by_the_uk_sources_of_help(contact: str) -> None:
    assert status(f"This medicine can cause side effects. {contact}", "get-help") == "met"


def test_get_help_not_met_when_a_medicine_is_discussed_without_a_contact() -> None:
    text = "Side effects of this medicine include nausea. Take it with food."
    result = item(text, "get-help")
    assert result.status == "not_met"
    assert result.evidence[0].text.startswith("Side effects")


def test_get_help_not_applicable_without_symptoms_medicines_or_treatments() -> None:
    assert status(PROSE, "get-help") == "not_applicable"


# --- reader-addressed ---------------------------------------------------------------------------

def test_reader_addressed_met_by_imperatives() -> None:
    assert status("Take the medicine with food.", "reader-addressed") == "met"


def test_reader_addressed_not_met_by_third_person_advice() -> None:
    result = item("Patients should take the medicine with food.", "reader-addressed")
    assert result.status == "not_met"
    assert result.evidence[0].text == "Patients should"
    assert status("CDC recommends that all people get a flu vaccine.", "reader-addressed") == (
        "not_met")
    assert status("Adults ages 50 to 75 should talk to their doctor.", "reader-addressed") == (
        "not_met")


def test_reader_addressed_not_applicable_without_advice() -> None:
    assert status("Antibiotics do not work on viruses.", "reader-addressed") == "not_applicable"


# --- numbers-clear -------------------------------------------------------------------------------

def test_numbers_clear_not_met_by_a_bare_percentage_with_a_suggestion() -> None:
    text = "About 20% of people who take this medicine get a rash."
    report = _report(text)
    result = item(text, "numbers-clear")
    assert result.status == "not_met"
    [evidence] = result.evidence
    assert (evidence.text, evidence.replacement) == ("20%", "20% (1 in 5)")
    [finding] = [f for f in report.findings if f.code == "PL507"]
    assert text[finding.span.start:finding.span.end] == finding.text == "20%"
    assert finding.suggestions[0].replacement == "20% (1 in 5)"
    assert finding.suggestions[0].action == "explain"
    # applied, it keeps the percentage and the sentence, and meets the item
    applied = text.replace("20%", finding.suggestions[0].replacement)
    assert applied == "About 20% (1 in 5) of people who take this medicine get a rash."
    assert status(applied, "numbers-clear") == "met"


@pytest.mark.parametrize("text", [
    "More than 2.8 million infections occur each year.",
    "Take 1/2 of a tablet at night.",
    "Add up the milligrams of sodium in everything you eat.",
])
def test_numbers_clear_not_met_by_decimals_fractions_and_sums(text: str) -> None:
    assert status(text, "numbers-clear") == "not_met"


@pytest.mark.parametrize("text", [
    "About 1 in 5 people (20%) who take this medicine get a rash.",
    "Use a hand sanitizer with at least 60% alcohol.",
    "If you are 45 to 75 years old, get screened every 10 years.",
    # a dose or measurement with its unit is given as written, never rounded
    "Take 2.5 mg of warfarin each day.",
    "Give 7.5 mL of the medicine with a syringe.",
])
def test_numbers_clear_met_by_numbers_readers_use(text: str) -> None:
    assert status(text, "numbers-clear") == "met"


def test_numbers_clear_not_applicable_to_dates_and_phone_numbers() -> None:
    text = "Updated April 4, 2024. Call 1-800-232-4636 or 911 with questions."
    assert status(text, "numbers-clear") == "not_applicable"


@pytest.mark.parametrize(("text", "lang", "percent", "replacement", "note"), [
    # no natural frequency stands for a change or the end of a range
    ("Crashes increased by only 13 percent that year.", "en", "13 percent", None, "is a change"),
    ("It is 30% more common in men.", "en", "30%", None, "is a change"),
    ("Coverage showed an increase of 10% in a year.", "en", "10%", None, "is a change"),
    ("Coverage ranged from -13% to 0% that year.", "en", "13%", None, "is a change"),
    ("It is found in 1-2% of people.", "en", "2%", None, "“1 in N”"),
    ("It causes 80–90% of cases.", "en", "90%", None, "“1 in N”"),
    ("About 5%-10% of patients have it.", "en", "10%", None, "“1 in N”"),
    ("It affects 4% to 8% of children.", "en", "8%", "8% (about 1 in 12)", "such as"),
    ("Up to 20% of people get it.", "en", "20%", "20% (1 in 5)", "such as"),
    ("More than three-quarters (76%) of them wore belts.", "en", "76%", None, "“1 in N”"),
    # in Spanish, in Spanish words
    ("El 20 % de las personas tiene fiebre.", "es", "20 %", "20 % (1 de cada 5)", "such as"),
    ("Afecta a un 33 % de los niños.", "es", "33 %", "33 % (alrededor de 1 de cada 3)",
     "such as"),
    ("Los casos aumentaron un 13 % ese año.", "es", "13 %", None, "is a change"),
    ("Se redujo en casi un 20 % el riesgo.", "es", "20 %", None, "is a change"),
    ("Es un 30 % más común en hombres.", "es", "30 %", None, "is a change"),
    ("Hubo un aumento del 10 % en un año.", "es", "10 %", None, "is a change"),
])
def test_numbers_clear_offers_a_natural_frequency_only_for_a_share(
        text: str, lang: str, percent: str, replacement: str | None, note: str) -> None:
    [evidence] = [e for e in item(text, "numbers-clear", lang).evidence if e.text == percent]
    assert evidence.replacement == replacement
    assert note in evidence.note


def test_numbers_clear_evidence_is_the_place_in_the_text() -> None:
    # not the first "5%" of the sentence, which is the end of "22.5%"
    text = "Meat was found in some (22.5%) and dentures in 5% of cases."
    [finding] = [f for f in _report(text).findings if f.code == "PL507" and f.suggestions]
    assert text[finding.span.start:].startswith("5% of cases")


def test_numbers_clear_reads_100_percent_as_all() -> None:
    assert status("Block as close to 100% of UV rays as you can.", "numbers-clear") == "met"


@pytest.mark.parametrize(("text", "lang"), [
    ("The risk was lower with a 95% CI that did not cross one.", "en"),
    ("El riesgo fue menor, con un IC del 95% que no cruzó uno.", "es"),
    ("Use a hand rub with at least 60% alcohol.", "en"),
])
def test_numbers_clear_reads_a_confidence_level_or_a_concentration_as_no_share(
        text: str, lang: str) -> None:
    assert status(text, "numbers-clear", lang) == "met"


@pytest.mark.parametrize(("percent", "expected"), [
    (20.0, "1 in 5"), (70.0, "7 in 10"), (33.0, "about 1 in 3"), (65.0, "65 in 100"),
    (12.4, None), (0.0, None), (100.0, None),
])
def test_natural_frequency(percent: float, expected: str | None) -> None:
    assert natural_frequency(percent) == expected


@pytest.mark.parametrize(("percent", "expected"), [
    (20.0, "1 de cada 5"), (33.0, "alrededor de 1 de cada 3"), (65.0, "65 de cada 100"),
])
def test_natural_frequency_in_spanish(percent: float, expected: str) -> None:
    assert natural_frequency(percent, SPANISH) == expected


# --- risk-baseline --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "This medicine cuts the risk of a stroke by 30%.",
    "Smokers are 3 times more likely to get lung cancer.",
    "Based on current rates, 12.4 percent of women will develop breast cancer.",
])
def test_risk_baseline_not_met_without_the_baseline(text: str) -> None:
    assert status(text, "risk-baseline") == "not_met"


@pytest.mark.parametrize("text", [
    "This medicine lowers the chance of a stroke from 3 in 100 to 2 in 100.",
    "Smokers are 3 times more likely to get lung cancer: about 15 in 100 smokers get it, "
    "against 5 in 100 people who never smoked.",
    "One out of four older adults will fall each year.",
])
def test_risk_baseline_met_with_the_baseline(text: str) -> None:
    assert status(text, "risk-baseline") == "met"


@pytest.mark.parametrize(("text", "example"), [
    ("Smoking doubles your risk of stroke.", "from 2 in 100 to 4 in 100"),
    ("This medicine halves the risk of a stroke.", "from 2 in 100 to 1 in 100"),
])
def test_risk_baseline_example_goes_the_way_of_the_change(text: str, example: str) -> None:
    [evidence] = item(text, "risk-baseline").evidence
    assert example in evidence.note


@pytest.mark.parametrize("text", [
    # the missed-dose wording of medicine leaflets states no risk
    "Never double a dose if you miss one.",
    "Do not take a double dose to make up for a forgotten tablet.",
    "Do not double up on doses.",
])
def test_risk_baseline_not_applicable_to_a_double_dose(text: str) -> None:
    assert status(text, "risk-baseline") == "not_applicable"


def test_risk_baseline_not_applicable_without_numeric_risk() -> None:
    assert status("Smoking raises your risk of cancer. Quit today.", "risk-baseline") == (
        "not_applicable")


# --- sections and lists -----------------------------------------------------------------------

def test_sections_not_met_by_a_long_section_or_a_generic_heading() -> None:
    result = item("# Food safety\n\n" + PROSE * 8, "sections")
    assert result.status == "not_met"
    assert "words without a heading" in result.evidence[0].note
    text = "# Food safety\n\n## Overview\n\n" + PROSE * 4 + "\n\n## Cook\n\n" + PROSE * 3
    assert any("says nothing" in e.note for e in item(text, "sections").evidence)


def test_sections_met_by_short_sections_under_informative_headings() -> None:
    text = ("# Food safety\n\n## Clean\n\n" + PROSE * 3 + "\n\n## Cook\n\n" + PROSE * 3
            + "\n\n## Chill\n\n" + PROSE * 2)
    assert status(text, "sections") == "met"


def test_sections_count_bold_lead_ins_as_headings() -> None:
    assert leaflet_status("cdc-quit-tips.md", "sections") == "met"


def test_sections_not_applicable_to_a_short_text() -> None:
    assert status(PROSE, "sections") == "not_applicable"


def test_lists_not_met_by_a_long_series_in_a_sentence() -> None:
    text = ("Symptoms include increased thirst, feeling tired, unexplained weight loss, and "
            "blurred vision.")
    result = item(text, "lists")
    assert result.status == "not_met"
    assert "4 items" in result.evidence[0].note


def test_lists_met_by_the_same_series_as_a_list_or_a_short_series() -> None:
    text = ("Symptoms include:\n\n- increased thirst\n- feeling tired\n- unexplained weight "
            "loss\n- blurred vision\n")
    assert status(text, "lists") == "met"
    assert status("Clean, separate, cook, and chill your food.", "lists") == "met"


def test_lists_not_applicable_without_a_series() -> None:
    assert status("Call your doctor if the pain gets worse.", "lists") == "not_applicable"


# --- active-voice and plain-words ---------------------------------------------------------------

def test_active_voice_from_passive_voice_findings() -> None:
    passive = ("The medicine is taken with food. The dose is changed by the nurse. "
               "Call us if you feel sick.")
    result = item(passive, "active-voice")
    assert result.status == "not_met"
    assert {e.text for e in result.evidence} == {"is taken", "is changed"}
    assert status("Take the medicine with food. Call us if you feel sick.", "active-voice") == (
        "met")
    assert status("", "active-voice") == "not_applicable"


def test_plain_words_from_jargon_findings() -> None:
    jargon = ("Hypertension, dyspnea and tachycardia are common. Edema and syncope can follow. "
              "Call your doctor.")
    assert status(jargon, "plain-words") == "not_met"
    assert status("Take one pill with breakfast.", "plain-words") == "met"


# --- Spanish ------------------------------------------------------------------------------

def test_spanish_imperatives_usted_and_third_person_advice() -> None:
    assert status("Cúbrase la nariz y la boca cuando tosa.", "action", "es") == "met"
    assert status("Si tiene síntomas graves, llame a su médico.", "get-help", "es") == "met"
    assert status("Los pacientes deben tomar el medicamento con comida.", "reader-addressed",
                  "es") == "not_met"
    assert status("El cáncer es una enfermedad de las células.", "action", "es") == "not_met"


def test_spanish_numbers_and_passive() -> None:
    assert status("Use un desinfectante con al menos un 60 % de alcohol.", "numbers-clear",
                  "es") == "met"
    assert status("Alrededor del 20 % de las personas tienen fiebre.", "numbers-clear",
                  "es") == "not_met"
    text = "El tumor está formado por células. El médico revisa la piel. Lávese las manos."
    assert item(text, "active-voice", "es").evidence[0].text.startswith("está formado por")


# --- the report ---------------------------------------------------------------------------

def test_checklist_score_and_json_match_the_schema() -> None:
    source = leaflet("cdc-be-antibiotics-aware.html")
    report = analyze(source, format="html")
    checklist = report.communication
    assert checklist is not None
    assert [result.item.id for result in checklist.items] == [i.id for i in ITEMS]
    assert checklist.score == checklist.met / checklist.applicable
    data = report.to_dict()
    jsonschema.validate(data, report_schema())
    assert data["communication"]["label"].startswith("Automated estimate")
    for result in data["communication"]["items"]:
        for evidence in result["evidence"]:
            assert source[evidence["start"]:evidence["end"]] == evidence["text"]
    for finding in data["findings"]:
        assert source[finding["start"]:finding["end"]] == finding["text"]


def test_empty_text_has_no_score() -> None:
    checklist = _report("").communication
    assert checklist is not None and checklist.score is None
    assert {result.status for result in checklist.items} == {"not_applicable"}
