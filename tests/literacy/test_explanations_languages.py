"""The words that say a term is explained are each language's own (``literacy.explanations``):
English words explain a term in English text only, Spanish words in Spanish text only, and
brackets, dashes and colons in both."""

from __future__ import annotations

import pytest

from literacy.explanations import ENGLISH, SPANISH, Explanations

BOTH = (ENGLISH, SPANISH)


@pytest.mark.parametrize(("after", "explains"), [
    (" (high blood pressure)", BOTH),
    (" — high blood pressure", BOTH),
    (": high blood pressure", BOTH),
    (", also called high blood pressure", (ENGLISH,)),
    (", or high blood pressure", (ENGLISH,)),
    (" or a high blood pressure", (ENGLISH,)),
    (" or high blood pressure", ()),  # with no comma nor article, a choice
    (", which means high blood pressure", (ENGLISH,)),
    (", también llamada presión alta", (SPANISH,)),
    (", a veces llamados analgésicos", (SPANISH,)),
    (", o presión alta,", (SPANISH,)),
    (", es decir, presión alta", (SPANISH,)),
    (" ()", ()),
    (" is common", ()),
])
def test_what_follows_a_term_explains_it_in_its_own_language(
    after: str, explains: tuple[Explanations, ...]
) -> None:
    for language in BOTH:
        assert bool(language.after.match(after)) == (language in explains), language.articles


@pytest.mark.parametrize(("after", "lead", "language"), [
    (" is a skin infection", "", ENGLISH),
    (" are one of the drugs", "The ", ENGLISH),
    (" es un trastorno del sueño", "La ", SPANISH),
    (" son un tipo de medicamento", "Los ", SPANISH),
])
def test_a_defined_subject_is_defined_in_its_own_language(
    after: str, lead: str, language: Explanations
) -> None:
    other = SPANISH if language is ENGLISH else ENGLISH
    assert language.defined_as.match(after) and language.subject_lead.match(lead)
    assert not other.defined_as.match(after)
    assert lead == "" or not other.subject_lead.match(lead)


def test_each_language_names_a_term_before_it_in_its_own_words() -> None:
    for before in ("abnormal growths, called ", "a medicine such as "):
        assert ENGLISH.named_before(before)
        assert not SPANISH.named_before(before)
    assert SPANISH.named_before("crecimientos anormales llamados ")
    assert SPANISH.named_by_class("el medicamento ", "medicine")
    assert not SPANISH.named_by_class("el medicamento ", "condition")
    assert ENGLISH.named_by_class("the diabetes drug ", "medicine")
    assert ENGLISH.named_by_class("the bacteria ", "")
    assert not ENGLISH.named_by_class("the diabetes drug ", "condition")
    # "virus", "bacteria": English class nouns spelled as Spanish words, but a Spanish
    # adjective follows its noun ("virus encapsulados"), so they name nothing in Spanish.
    assert not SPANISH.named_by_class("los coronavirus son virus ", "")
    assert not SPANISH.named_by_class("la bacteria ", "")

