"""Actions for the reader in Spanish (issue 10): usted imperatives found by their form, and
the items of a list after a complete condition ("Si cree que …:") read as actions; on the
real MedlinePlus leaflet "Sobredosis de opioides" and on written sentences, with the real
Spanish pipeline."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from literacy import Engine
from literacy.communication.document import DocumentView
from literacy.parsing import parse
from literacy.spanish_grammar import subjunctive_of

OPIOIDS = (Path(__file__).parents[1] / "data" / "leaflets" / "medicines"
           / "medlineplus-es-sobredosis-opioides.md").read_text(encoding="utf-8")


@cache
def _engine(lang: str) -> Engine:
    return Engine.load(lang)


def actions(text: str, lang: str = "es") -> list[str]:
    engine = _engine(lang)
    view = DocumentView(parse(engine.read(text, format="markdown"), engine.nlp, lang), lang,
                        engine.profile.grammar)
    return [sentence.text for sentence in view.actions]


def test_opioid_leaflet_call_911_and_the_prevention_steps_are_actions() -> None:
    found = actions(OPIOIDS)
    for start in ("Llame al 911 de inmediato", "Administre a la persona naloxona",
                  "Acueste a la persona de lado", "Quédese con la persona",
                  "Tome su medicamento exactamente", "No tome más de la dosis recomendada",
                  "Nunca mezcle medicamentos", "Guarde sus medicinas",
                  "Deseche de inmediato el medicamento",
                  "Si tiene un mayor riesgo de sufrir una sobredosis, obtenga naloxona"):
        assert any(sentence.startswith(start) for sentence in found), start


def test_opioid_leaflet_conditions_and_signs_are_not_actions() -> None:
    found = actions(OPIOIDS)
    for sentence in ("Toma opioides ilegales", "Tiene más de 65 años de edad",
                     "Toma un opioide para drogarse", "Vómitos", "Piel pálida, azulada o fría"):
        assert sentence not in found


def test_opioid_leaflet_meets_the_action_item() -> None:
    report = _engine("es").analyze(OPIOIDS, format="markdown")
    assert report.communication is not None
    result = next(r for r in report.communication.items if r.item.id == "action")
    assert result.status == "met"
    assert result.evidence[0].text == "Llame al 911 de inmediato"


@pytest.mark.parametrize("sentence", [
    "Llame a su médico si tiene fiebre.",  # listed
    "Mezcle el polvo con agua.",  # -ar verb, -e
    "Obtenga naloxona en la farmacia.",  # -er verb, -a
    "Acueste a la persona de lado.",  # a stem-changing verb
    "Pida ayuda a un familiar.",
    "Mastique bien los alimentos.",
    "No utilice este medicamento con alcohol.",
    "Nunca comparta sus agujas.",
    "Siempre lleve una lista de sus medicinas.",
    "Llévela consigo.",  # object pronoun after it
    "Tómelo con comida.",
    "Si tiene dolor, aplíquese hielo.",
    "Cuando llegue a casa, deseche las agujas usadas.",
    # Stem-changing verbs with object pronouns (issue 10): found by the lemma lookup.
    "Pídala en la farmacia.",  # pedir → pida
    "Ciérrelo bien después de usarlo.",  # cerrar → cierre (also a noun)
    "Sírvalo frío.",  # servir → sirva
    "Mídala cada mañana.",  # medir → mida
    "Vuélvala a tapar.",  # volver → vuelva
    "Sígalas al pie de la letra.",  # seguir → siga
])
def test_spanish_usted_imperatives_are_actions(sentence: str) -> None:
    assert actions(sentence) == [sentence]


@pytest.mark.parametrize("sentence", [
    "Sangre en la orina.",  # a noun spelt like a subjunctive of "sangrar"
    "Parte del cuerpo que se hincha.",
    "Entre las causas está el alcohol.",
    "Ha tenido fiebre alta.",  # "ha": the present of "haber"
    "Toma opioides ilegales.",  # the indicative
    "Tenía dolor de cabeza.",
    "Podría ser una infección.",
    "Cápsula de gelatina dura.",
    "Fórmula para bebés.",
    "Estos riesgos aumentan con la edad.",
    "Escándalos en la clínica.",  # the plural of a noun, not "escanda" + "los"
    "Vérselas con el dolor cansa.",  # an infinitive with pronouns
])
def test_spanish_nouns_and_other_verb_forms_are_not_actions(sentence: str) -> None:
    assert actions(sentence) == []


@pytest.mark.parametrize(("lead", "lang", "item", "is_action"), [
    ("Si cree que alguien tiene una sobredosis:", "es", "Llame al 911", True),
    ("Si está tomando opioides, hay pasos que puede seguir:", "es", "Guarde sus medicinas", True),
    ("El riesgo es mayor si:", "es", "Toma opioides ilegales", False),
    ("Puede ocurrir por varias razones, incluyendo si usted:", "es", "Mezcla un opioide",
     False),
    ("Si usted:", "es", "Tome más de la dosis", False),
    ("If you think someone has overdosed:", "en", "Call 911", True),
    ("Call your doctor if you:", "en", "Have a fever", False),
    ("If you:", "en", "Take more than the dose", False),
])
def test_list_after_a_condition(lead: str, lang: str, item: str, is_action: bool) -> None:
    found = actions(f"{lead}\n\n* {item}\n* Otra cosa\n", lang)
    assert (item in found) is is_action


@pytest.mark.parametrize(("form", "lemma", "subjunctive"), [
    ("pida", "pedir", True), ("cierre", "cerrar", True), ("pase", "pasar", True),
    ("obtenga", "obtener", True),
    ("explicase", "explicar", False), ("comiera", "comer", False),  # imperfect subjunctive
    ("llama", "llamar", False), ("llamar", "llamar", False), ("dolor", "dolor", False),
])
def test_subjunctive_of(form: str, lemma: str, subjunctive: bool) -> None:
    assert subjunctive_of(form, lemma) is subjunctive


def test_the_spanish_grammar_is_the_engines_own_and_english_has_none() -> None:
    spanish = _engine("es")
    grammar = spanish.profile.grammar
    assert grammar is not None
    # The lemma table is the lemmatizer's own, not a second copy read from disk.
    lemmatizer = spanish.nlp.get_pipe("lemmatizer")
    assert grammar.lemmas is lemmatizer.lookups.get_table("lemma_lookup")
    assert _engine("en").profile.grammar is None
