"""The engine's own spaCy components: ``plainly_words`` reads a piece's sentences and words
inside the pipeline, and ``plainly_jargon`` marks the word-list terms among them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from literacy import Engine
from literacy.errors import PipelineError
from literacy.jargon import JargonLookup, add_jargon_lookup
from literacy.nlp import load_pipeline
from literacy.parsing import PIECE, SENTENCES, Piece, parse, sentences_of
from literacy.reading import read_document
from literacy.wordlists import load_wordlists


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load("en")


def test_the_engine_pipeline_reads_words_then_looks_terms_up(engine: Engine) -> None:
    assert engine.nlp.pipe_names[-2:] == ["plainly_words", "plainly_jargon"]
    assert isinstance(engine.nlp.get_pipe("plainly_jargon"), JargonLookup)


def test_a_piece_goes_through_the_pipeline_into_sentences_with_their_listed_terms(
    engine: Engine,
) -> None:
    document = read_document("Take 5 mg of warfarin daily. Your blood pressure is high.", "plain")
    segment = document.segments[0]
    doc = engine.nlp.make_doc(segment.text)
    doc.user_data[PIECE] = Piece(document, segment, 0, 0, segment.text, "en")
    sentences = sentences_of(engine.nlp(doc))
    assert [sentence.text for sentence in sentences] == [
        "Take 5 mg of warfarin daily.", "Your blood pressure is high."]
    first = sentences[0]
    terms = {(first.words[item.position].text, item.length, item.entry.term)
             for item in first.listed or ()}
    assert ("warfarin", 1, "warfarin") in terms
    assert doc.user_data[SENTENCES] is sentences


def test_a_multi_word_term_is_one_listed_term(engine: Engine) -> None:
    parsed = parse(read_document("He had a myocardial infarction last year.", "plain"),
                   engine.nlp)
    [sentence] = parsed.sentences
    listed = [(sentence.words[item.position].text, item.length) for item in sentence.listed or ()]
    assert ("myocardial", 2) in listed


def test_a_doc_that_is_not_a_piece_is_left_alone(engine: Engine) -> None:
    doc = engine.nlp("Take warfarin.")
    assert SENTENCES not in doc.user_data
    with pytest.raises(PipelineError, match="plainly_words"):
        sentences_of(doc)


def test_a_pipeline_serves_the_word_lists_of_one_engine() -> None:
    nlp: Language = load_pipeline("en")
    lists = load_wordlists("en")
    add_jargon_lookup(nlp, lists)
    add_jargon_lookup(nlp, lists)  # the same lists again: nothing to do
    assert nlp.pipe_names.count("plainly_jargon") == 1
    with pytest.raises(ValueError, match="other word lists"):
        add_jargon_lookup(nlp, load_wordlists("en"))


def test_the_matcher_refuses_text_parsed_without_the_lookup(engine: Engine) -> None:
    parsed = parse(read_document("Take warfarin.", "plain"), load_pipeline("en"))
    assert parsed.sentences[0].listed is None
    with pytest.raises(PipelineError, match="plainly_jargon"):
        engine.matcher.find(parsed)


def test_a_batch_reports_as_one_by_one(engine: Engine) -> None:
    """Documents piped together (several pieces to a spaCy batch) get the reports they get
    alone: a piece's words and terms travel with its own Doc."""
    paragraph = ("Take 5 mg of warfarin each day. Hypertension (high blood pressure) can "
                 "damage your kidneys. Call your GP if you feel dizzy.")
    texts = ["\n\n".join([paragraph] * count) + f"\n\nDocument {count}." for count in range(1, 40)]
    together = [report.to_dict() for report in engine.analyze_many(texts)]
    assert together == [engine.analyze(text).to_dict() for text in texts]
