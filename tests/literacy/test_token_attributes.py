"""``plainly_attributes`` and ``plainly_lemmas`` give every token exactly what the model's own
``attribute_ruler`` and ``lemmatizer`` give it: part of speech, morphology, lemma and tag, on
real leaflets and on the rules' special cases (contractions, "gonna", "y'all", white space)."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from literacy.nlp import EXCLUDED_COMPONENTS, load_pipeline, model_name

LEAFLETS = Path(__file__).resolve().parents[1] / "data" / "leaflets"
SPECIAL_CASES = [
    "I ain't sure. You gonna call? We gotta go. Let's eat. C'mon, y'all. Nothin' is wrong.",
    "It isn't here, and he doesn't know; they're not sure if it's 2 mg.\n\n  Is it?  ",
    "There is a test that I'd have done; do you have it? I am, you are, she is. Don't!",
    "Whether or not, because we'll, but whereas though tho coz til. Whose? Which one? That.",
]


@pytest.fixture(scope="module")
def pipelines() -> tuple[Language, Language]:
    stock = spacy.load(model_name("en"), exclude=EXCLUDED_COMPONENTS)
    stock.add_pipe("sentencizer", first=True)
    return stock, load_pipeline("en")


def test_the_engine_uses_the_tables_in_place_of_the_stock_components(
    pipelines: tuple[Language, Language],
) -> None:
    _, engine = pipelines
    assert "attribute_ruler" not in engine.pipe_names
    assert "lemmatizer" not in engine.pipe_names
    assert engine.pipe_names[-3:] == ["plainly_attributes", "plainly_lemmas", "plainly_words"]


def texts() -> list[str]:
    leaflets = sorted(LEAFLETS.glob("*.md")) + sorted(LEAFLETS.glob("*.html"))
    return SPECIAL_CASES + [path.read_text(encoding="utf-8") for path in leaflets]


def test_every_token_gets_the_stock_attributes(pipelines: tuple[Language, Language]) -> None:
    stock, engine = pipelines
    compared = 0
    for text in texts():
        for ours, theirs in zip(engine(text), stock(text), strict=True):
            assert (ours.text, ours.tag_, ours.pos_, str(ours.morph), ours.lemma_) == (
                theirs.text, theirs.tag_, theirs.pos_, str(theirs.morph), theirs.lemma_
            ), f"token {ours.i} of {text[:40]!r}"
            compared += 1
    assert compared > 10_000  # the leaflets have about 11,000 tokens
