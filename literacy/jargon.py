"""Finding the words a patient will not know, and whether the text explains them.

Four ways a word is found (``kind``):

- ``list``: a term from ``wordlists/`` (medical and bureaucratic), matched by lemma, so
  inflections and multi-word terms are found ("myocardial infarctions", "administered",
  "blood glucose levels"); the longest term wins;
- ``wordy``: a listed bureaucratic word that is common in English ("provide", "additional",
  Zipf ≥ 4): readers know it, so it is not jargon, but a plainer word reads better;
- ``abbreviation``: a listed abbreviation (case-sensitive: "PRN", "NPO"), or an unlisted
  acronym (two to six letters, mostly capitals: "COPD", "HbA1c") that is not a proper name
  (the tagger reads most unlisted acronyms in mid-sentence as names, "NIH", and they are
  left alone there; at the start of a sentence the tag says nothing, and they are found);
- ``morphology``: a word built like a medical term (-itis, -ectomy, -emia, hyper-, drug-name
  stems such as -statin, -pril, -mab) that is not common (Zipf < 4);
- ``rare``: any other word in the rare frequency band (``literacy.vocabulary``).

What is not jargon: proper names (spaCy's PROPN tag) unless they are listed terms; numbers;
a word right after a number or "per", which is read as a unit ("2.5 mg", "10 mL", "per
deciliter") — the number makes it plain what kind of word it is.  A unit written out on its
own ("measured in mcg") is still an abbreviation.

Explained terms are reported with ``explained=True`` and are not faults: any abbreviation
the text spells out ("carpal tunnel syndrome (CTS)", "CTS (carpal tunnel syndrome)"), listed
or not, is explained there and everywhere after; a term explained in place ("hypertension
(high blood pressure)", "high blood pressure (hypertension)", "hypertension, or high blood
pressure", "…, also called …", "…, which means …", "Cellulitis is a skin infection …")
likewise, and so are its later uses.  The patterns, in each language's words, are
``literacy.explanations``.

The word-list lookup runs in the spaCy pipeline: the registered component ``plainly_jargon``
(:class:`JargonLookup`, its terms loaded in ``initialize``) marks each sentence's listed
terms, and :class:`JargonMatcher` then takes the whole document in one pass: the other
kinds, senses, explanations (a term explained anywhere is explained everywhere, and
explained once, at first use) and difficulty.  An engine adds the component to its own
pipeline (:func:`add_jargon_lookup`).

What a writer is told to do (``action``): names a patient will see on a label, a test
report or a bill, and named conditions (categories in :data:`EXPLAIN_CATEGORIES`) are kept
and explained at first use ("warfarin (a blood thinner)"), never replaced; other listed terms
get plain replacements that fit the sentence; a term with several senses gets the sense its
context names (``senses.csv``), or no substitute when the context does not say.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any, Literal, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from literacy.affixes import MEDICAL_PREFIXES, MEDICAL_SUFFIXES
from literacy.difficulty import (
    DEFAULT_THRESHOLD,
    ZIPF_CACHE_SIZE,
    DifficultyModel,
    Evidence,
    combined,
    stop_words,
    variants,
)
from literacy.errors import PipelineError
from literacy.explanations import ENGLISH, EXPLANATIONS, abbreviation_definitions
from literacy.parsing import (
    PIECE,
    SENTENCES,
    Listed,
    ParsedDocument,
    Piece,
    Sentence,
    Word,
    adjacent,
    opens_bracket,
    sentences_of,
)
from literacy.reading import Document
from literacy.spanish_grammar import (
    SpanishGrammar,
    agreeing_determiner,
    agreeing_replacement,
    plural_phrase,
)
from literacy.suggestions import (
    PHRASE_OPENERS,
    PREPOSITIONS,
    abbreviation_plural,
    english_lemmas,
    fit,
    link_end,
    plural_noun_phrase,
    shouted,
    written_plural,
)
from literacy.vocabulary import COMMON_ZIPF, RARE_ZIPF, Frequencies
from literacy.wordlists import Abbreviation, JargonEntry, Sense, WordLists

Kind = Literal["list", "wordy", "abbreviation", "morphology", "rare", "candidate"]
Action = Literal["replace", "explain", "none"]

EXPLAIN_CATEGORIES = frozenset(
    {"medicine", "test", "procedure", "condition", "cancer", "genetics", "insurance"}
)
"""Terms the patient must be able to name: kept, and explained at first use."""
_COUNTABLE_CATEGORIES = frozenset({"medicine", "test", "procedure"})
_MAX_EXPLANATION_WORDS = 8
_EVERYDAY_PREFIXES = ("un", "non", "re", "over", "under", "out", "mis", "self", "well")
_EVERYDAY_SUFFIXES = ("y", "ness", "ly", "less", "ful", "ish", "ed", "er", "able", "ing")
# Suffixes that leave a short stem whole, so that a stem of three letters is read as the
# word ("rawness", "curable" from "cure"); after the others the stem must be longer.
_WHOLE_WORD_SUFFIXES = frozenset({"ness", "less", "ful", "able"})
_LONGEST_TRANSPARENT = 30  # letters; longer runs are not words anyone reads at sight
# A closed compound reads as its two words when they are as common together (wordfreq's
# 1/f = 1/f₁ + 1/f₂) as a word of Zipf 3.6: "hairbrush", "earwax", "foodborne",
# "childbearing", but not "backache" (ache 3.4). The value was set on the labelled
# development leaflets, where it stops flagging six word types judged known or explained and
# one judged hard ("sealant", read as seal + ant).
_COMPOUND_ZIPF = 3.6
# Learned prefixes that wordfreq also counts as words ("mono", "mal"): not a compound's first
# word ("monosodium" is not "mono sodium", "malabsorption" not "mal absorption").
_BOUND_PREFIXES = frozenset({"anti", "bio", "hyper", "inter", "mal", "micro", "mono", "multi",
                             "non", "post", "pro", "semi", "sub", "super"})
# How a derived word ends where the word it comes from ends otherwise: an adjective or a
# state from a noun ("osteoporosis" → "osteoporotic", "pancreas" → "pancreatic", "ameba" →
# "amebic", "anemia" → "anemic", "allergy" → "allergic", "neurology" → "neurological",
# "menopause" → "menopausal", "mucus" → "mucous", "cyanobacteria" → "cyanobacterial",
# "algae" → "algal"), what a germ's disease is named from ("cryptococcosis" → "cryptococcal",
# "leishmaniasis" → "leishmanial", "amebiasis" → "amebic"), who practises a therapy
# ("homeopathy" → "homeopath"), and the
# prefixes it may carry ("postmenopausal").  Endings only, so "carcinoma" says nothing of
# "carcinogen".
_DERIVED_ENDINGS: tuple[tuple[str, str], ...] = (
    ("osis", "otic"), ("esis", "etic"), ("s", "tic"), ("ia", "ic"), ("a", "ic"), ("y", "ic"),
    ("y", "ical"), ("e", "al"), ("us", "ous"), ("a", "al"), ("ae", "al"), ("um", "al"),
    ("", "al"), ("", "ic"), ("osis", "al"), ("iasis", "ial"), ("iasis", "ic"),
    ("pathy", "path"),
)
_DERIVED_PREFIXES = ("", "post", "pre", "peri", "non", "un")
_DERIVED_MIN_STEM = 4  # letters the two words share before their endings
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_ACTIVE_TAGS = frozenset({"VB", "VBZ", "VBP", "VBD", "VBG"})  # not the past participle, VBN
_SUBJECT_TAGS = _NOUN_TAGS | {"PRP"}
_MODIFIER_TAGS = _NOUN_TAGS | {"JJ", "JJR", "JJS", "VBN"}  # words that stand before a noun
_PHRASE_TAGS = _NOUN_TAGS | {"JJ", "JJR", "JJS", "HYPH"}  # a noun phrase after a modifier
_OBJECT_TAGS = _NOUN_TAGS | {"DT", "PRP", "PRP$", "JJ", "CD", "PDT", "WP"}  # starts an object
_TIME_NOUNS = frozenset({"today", "tonight", "tomorrow", "yesterday"})  # "take it today"
_PHRASE_BREAK = re.compile(r"[,;:.!?()\[\]/|]")  # punctuation that ends a noun phrase
_REPEATED_PART_LETTERS = 4  # a shorter word of a replacement ("a", "by", "of") may repeat
_DEFINING_VERBS = frozenset({"is", "are", "means"})
_SUBJECT_REST_WORDS = 2  # words of the defined subject before or after the term in it
_KIND_NOUNS = frozenset({"form", "type", "kind", "subtype"})
_KIND_OF_WORDS = 3  # words of the noun phrase after a kind noun's "of"
_ARTICLES = frozenset({"a", "an", "the"})
# Words that take no "a" or "an" before them ("more", not "a more"; "a few" is English),
# with "right" and "same", which take "the" ("the right diet"), as superlatives do.
_NO_INDEFINITE_ARTICLE = frozenset({
    "more", "most", "many", "much", "enough", "several", "some", "any", "all", "less", "fewer",
    "both", "each", "every", "no", "another", "right", "same",
})
# Endings of the English medicine words that are adjectives too ("antiviral", "antiseptic",
# "sedative", "anti-inflammatory"); no medicine's own name in the lists ends so ("-al" alone
# would take "phenobarbital" and "thimerosal").
_ADJECTIVE_ENDINGS = ("ral", "gal", "ial", "ic", "ive", "ory")
# Words that negate the adjective after them, in the languages with word lists.
_NEGATING = frozenset({"not", "no", "non", "never", "nunca"})
# An apposition after a term says what it is: "gabapentin, a nerve pain medicine", "tamoxifen
# - an estrogen-influencing drug", "ibuprofen, común analgésico".
_APPOSITION = re.compile(
    r"\s*(?:,\s*(?:a|an|another|one|common|un|una|otro|otra|común)\b|\s[-–—]\s)",
    re.IGNORECASE)
_CONNECTORS = frozenset({"or", "and", "o", "y", "u", "e", "el", "la", "los", "las", "un", "una"})
# The kind of thing an explanation names, which the sentence may say of other things too.
_KINDS = frozenset({"medicine", "medicines", "drug", "drugs", "treatment", "test", "disease",
                    "condition", "medicamento", "medicamentos", "medicina", "tratamiento",
                    "prueba", "enfermedad"})
_MEDICAL_FORM_LETTERS = 7  # shorter words are not judged by their affixes

_ACRONYM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9]{2,6}s?$")
# The second word of an organism's Latin name: a genus written out ("Cryptococcus
# neoformans", "Chrysops silacea") or shortened to its initial ("S. hominis"), then a word in
# lower case with a Latin ending (not "Sarcocystis sporocysts", "Xenopus oocyte").
_GENUS_INITIAL = re.compile(r"^[A-Z]\.$")
_EPITHET = re.compile(r"^[a-z]{3,}(?:[aio]|us|um|is|ans|ens|genes|oides|x)$")
# A Roman numeral up to 39, perhaps with a sub-stage letter ("IV", "Ic"), and the words that
# number things with them ("stage IV", "NYHA class III", "DSM IV").
_ROMAN_NUMERAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})[a-c]?")
_NUMBERED = frozenset({"stage", "stages", "staging", "phase", "phases", "type", "types",
                       "grade", "grades", "class", "classes", "group", "groups", "level",
                       "levels", "step", "steps", "part", "parts", "chapter", "category",
                       "nyha", "dsm", "factor"})
# The tags of the words an adverbial phrase cannot follow ("by IV", "an IV", "of IV drugs").
_BEFORE_NO_ADVERBIAL = frozenset({"IN", "TO", "DT", "PRP$", "POS"})


class JargonTerm(NamedTuple):
    """One occurrence of a hard term in the text (a named tuple, as
    :class:`literacy.parsing.Word` is: one is made for nearly every word of a text)."""

    start: int
    end: int
    text: str
    lemma: str
    kind: Kind
    category: str
    explained: bool
    sentence: int
    words: int
    suggestions: tuple[str, ...] = ()
    definition: str = ""
    action: Action = "none"
    explanation: str = ""
    article_start: int | None = None  # where a preceding "a"/"an" starts, to agree with
    difficulty: float | None = None
    # The list offers plain words (a substitute, or an explanation) for the term in this
    # sense, whether or not one fits here: what the difficulty model reads, so that the
    # grammar of a sentence never makes a word harder ("abdominal" before "aorta", where
    # "belly" would rename the thing; "edema, swelling caused by fluid", where "(swelling)"
    # would say it twice).
    offers_plain: bool = False

    @property
    def is_fault(self) -> bool:
        """Hard for a reader: unexplained, not merely a wordy but common word nor a word no
        rule flagged, and (where difficulty is graded) at or above the threshold it was
        flagged at (:meth:`JargonMatcher.find`)."""
        return not self.explained and self.kind not in ("wordy", "candidate")

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "lemma": self.lemma,
            "kind": self.kind,
            "category": self.category,
            "explained": self.explained,
            "flagged": self.is_fault,
            "suggestions": list(self.suggestions),
            "definition": self.definition,
            "action": self.action,
            "explanation": self.explanation,
            "difficulty": None if self.difficulty is None else round(self.difficulty, 3),
        }


class JargonLookup:
    """The ``plainly_jargon`` pipeline component: marks the word-list terms of each sentence
    that ``plainly_words`` read (:attr:`literacy.parsing.Sentence.listed`), the longest term
    first at each word, a term's words then passed over.  The lists' own plain phrases
    (:func:`plain_phrases`) are passed over too, unmarked: a word the lists would replace is
    not flagged inside a phrase they offer as plain ("spinal tap", "ataque cerebral", "parto
    por cirugía"), which would undo the advice they give."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.wordlists: WordLists | None = None
        self._by_first: dict[str, list[tuple[tuple[str, ...], JargonEntry | None]]] = {}

    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   wordlists: WordLists | None = None) -> None:
        """Take the terms of ``wordlists`` and their plain phrases, by their first word."""
        if wordlists is None:
            raise ValueError("plainly_jargon needs the word lists to look terms up in")
        by_first: dict[str, list[tuple[tuple[str, ...], JargonEntry | None]]] = (
            defaultdict(list))
        for term, entry in wordlists.jargon.items():
            tokens = tuple(term.split())
            by_first[tokens[0]].append((tokens, entry))
        for phrase in plain_phrases(wordlists):
            tokens = tuple(phrase.split())
            by_first[tokens[0]].append((tokens, None))
        for candidates in by_first.values():
            candidates.sort(key=lambda pair: -len(pair[0]))
        self.wordlists, self._by_first = wordlists, dict(by_first)

    def __call__(self, doc: Doc) -> Doc:
        piece = doc.user_data.get(PIECE)
        if self.wordlists is None or not isinstance(piece, Piece):
            return doc
        source = piece.document.source
        doc.user_data[SENTENCES] = [
            replace(sentence, listed=tuple(self.listed(sentence, source)))
            for sentence in sentences_of(doc)
        ]
        return doc

    def listed(self, sentence: Sentence, source: str) -> Iterator[Listed]:
        """The sentence's word-list terms, in order."""
        words = sentence.words
        names = _may_hold_names(sentence)
        position = 0
        while position < len(words):
            matched = self._match(words, position, names, source)
            if matched is None:
                position += 1
                continue
            length, entry = matched
            if entry is not None:
                yield Listed(position, length, entry)
            position += length

    def _match(self, words: Sequence[Word], position: int, names: bool, source: str
               ) -> tuple[int, JargonEntry | None] | None:
        word = words[position]
        lower = word.text.lower()
        by_first = self._by_first
        if word.tag:  # tagged: the surface form, then the lemma (most words start no term)
            lemma = word.lemma
            keys: Iterable[str] = (
                ((lower, lemma) if lemma != lower and lemma in by_first else (lower,))
                if lower in by_first else (lemma,) if lemma in by_first else
                tuple(key for key in _name_plural_singulars(word) if key in by_first)
            )
        else:
            keys = dict.fromkeys(key for key in (lower, word.lemma, *_singulars(lower))
                                 if key in by_first)  # in order, once
        for key in keys:
            for tokens, entry in by_first[key]:
                length = len(tokens)
                if position + length <= len(words) and all(
                    _same(words[position + offset], token)
                    for offset, token in enumerate(tokens)
                ) and adjacent(words[position : position + length], source):
                    if length == 1 and entry and _is_name(word) and not _listed_name(entry):
                        continue
                    if names and _in_title_case_name(words, position, length):
                        continue
                    return length, entry
        english = self.wordlists is not None and self.wordlists.lang == "en"
        return _british_spelling(word, by_first) if english else None



def _british_spelling(word: Word, by_first: Mapping[str, Sequence[tuple[
        tuple[str, ...], JargonEntry | None]]]) -> tuple[int, JargonEntry | None] | None:
    """A one-word term written the British way ("haematologist", "oesophagitis") is the
    list's American entry, by the spelling rules of word difficulty (:func:`variants`)."""
    for form in dict.fromkeys((word.text.lower(), word.lemma)):
        american = _american(form)
        for tokens, entry in by_first.get(american, ()) if american != form else ():
            if len(tokens) == 1:
                return 1, entry
    return None


@functools.lru_cache(maxsize=ZIPF_CACHE_SIZE)
def _american(lower: str) -> str:
    """The American spelling of a lower-case word (itself when it has none), once per word."""
    return variants(lower)[-1]


def plain_phrases(wordlists: WordLists) -> frozenset[str]:
    """The plain alternatives of several words that hold a term the lists would replace (one
    outside :data:`EXPLAIN_CATEGORIES`): "spinal tap" for "lumbar puncture" holds "spinal"
    (→ "spine"), "parto por cirugía" for "cesárea" holds "parto" (→ "dar a luz")."""
    terms = wordlists.jargon
    phrases = set()
    for entry in terms.values():
        for option in entry.plain:
            words = option.lower().split()
            phrase = " ".join(words)
            if len(words) < 2 or phrase in terms:
                continue
            if any(
                (inner := terms.get(" ".join(words[start:end]))) is not None
                and inner.category not in EXPLAIN_CATEGORIES
                for start in range(len(words)) for end in range(start + 1, len(words) + 1)
            ):
                phrases.add(phrase)
    return frozenset(phrases)


@Language.factory("plainly_jargon")
def make_jargon_lookup(nlp: Language, name: str) -> JargonLookup:
    """The ``plainly_jargon`` component (terms given by :meth:`JargonLookup.initialize`)."""
    return JargonLookup(name)


def add_jargon_lookup(nlp: Language, wordlists: WordLists) -> None:
    """Add ``plainly_jargon`` with ``wordlists`` to ``nlp``, after ``plainly_words``.  One
    pipeline serves one set of lists: a pipeline already looking terms up in other lists is
    refused (``ValueError``)."""
    if "plainly_jargon" in nlp.pipe_names:
        lookup = nlp.get_pipe("plainly_jargon")
        if isinstance(lookup, JargonLookup) and lookup.wordlists is wordlists:
            return
        raise ValueError("this pipeline already looks terms up in other word lists; "
                         "load a pipeline for each engine (literacy.nlp.load_pipeline)")
    component = nlp.add_pipe("plainly_jargon")
    assert isinstance(component, JargonLookup)
    component.initialize(nlp=nlp, wordlists=wordlists)


class JargonMatcher:
    """Finds jargon in a parsed document, using one language's word lists (their terms looked
    up by ``plainly_jargon`` in the pipeline that parsed it) and, in Spanish, the engine's
    :class:`~literacy.spanish_grammar.SpanishGrammar`."""

    def __init__(self, wordlists: WordLists, frequencies: Frequencies,
                 variant: str | None = None, difficulty: DifficultyModel | None = None,
                 grammar: SpanishGrammar | None = None) -> None:
        self.wordlists = wordlists
        self.lang = wordlists.lang
        if self.lang == "es" and grammar is None:
            raise ValueError("a Spanish JargonMatcher needs SpanishGrammar.of(nlp)")
        self.grammar = grammar
        self.frequencies = frequencies
        self.difficulty = difficulty
        self._stops = stop_words(self.lang) if difficulty is not None else frozenset()
        # words an explanation may share with the words beside its term ("the", "of", "drug")
        self._untelling = self._stops | _ARTICLES | _KINDS | _CONNECTORS
        self._abbreviations = wordlists.abbreviations
        self._names = wordlists.names
        uk = variant == "en-GB"
        self._everyday = frozenset(
            pair.gb.casefold() for pair in wordlists.variants if uk and pair.kind == "word"
        )
        self._local = {pair.us: pair.gb for pair in wordlists.variants if uk}
        self._explanations = EXPLANATIONS.get(self.lang, ENGLISH)

    def find(self, parsed: ParsedDocument, threshold: float = DEFAULT_THRESHOLD,
             zipfs: Sequence[Sequence[float]] | None = None) -> list[JargonTerm]:
        """Every jargon occurrence, in text order, with whether the text explains it.

        With a difficulty model, each term carries its ``difficulty``; a term below
        ``threshold`` is reported but is not a fault, and every other word with letters
        (not a stop word, number or link) is reported too, as a ``candidate`` with its
        difficulty and never a fault.  ``zipfs`` are the words' frequencies, sentence by
        sentence (:meth:`Frequencies.word_zipfs`), when the caller has looked them up.
        """
        source = parsed.document.source
        defined = abbreviation_definitions(source, self._explanations).keys() | (
            parsed.document.abbreviations.keys()
        )
        defined_folded = {short.casefold() for short in defined}  # "vWD", later "VWD"
        if zipfs is None:
            zipfs = [self.frequencies.word_zipfs(sentence.words) for sentence in parsed.sentences]
        sentences = [
            self._without_repeated_replacements(sentence, (
                term for term in self._graded(sentence, index, _outside_named_links(
                    self._sentence_terms(parsed, sentence, index, frequencies),
                    parsed.document))
                if term.text.casefold() not in self._everyday))
            for index, (sentence, frequencies) in enumerate(zip(parsed.sentences, zipfs,
                                                                  strict=True))
        ]
        # A term the document explains anywhere is explained everywhere in it: the reader of
        # the page is told what it means.  A capitalised word at a sentence's start, which
        # the tagger may call a name ("Spina bifida happens if …"), is read as the word the
        # document also writes in lower case ("spina"), so its explanation counts for it.
        # So is a word of a term of several words ("Preterm birth is defined as …" explains
        # "preterm" of "preterm labor"), where it is written as a word, not inside a name
        # ("the Vaccine Adverse Event Reporting System").
        term_lemmas = {term.lemma for terms in sentences for term in terms
                       if term.kind != "candidate"}
        phrase_words = {word for lemma in term_lemmas if " " in lemma for word in lemma.split()}
        hard = frozenset(term.start for terms in sentences for term in terms
                         if term.kind != "candidate" and not _below(term, threshold))
        explained_terms = {
            term.lemma if term.kind != "candidate" else term.text.lower()
            for sentence, terms in zip(parsed.sentences, sentences, strict=True)
            for term in terms
            if (term.kind != "candidate" or term.text.lower() in term_lemmas or (
                term.text.lower() in phrase_words
                and (term.text.islower() or term.start == sentence.words[0].start)))
            and self._explanations.explained_in_place(
                source, term.start, term.end, sentence, _listed_category(term), hard
            )
        } | set(defined)
        # A rare word of a phrase the document explains is explained with it: "atrial" on a
        # page that explains "atrial fibrillation".
        explained_words = {word for lemma in explained_terms if " " in lemma
                           for word in lemma.split()}
        # A word derived from a term the document explains is explained with it:
        # "osteoporotic" on a page that explains "osteoporosis"; one derived from a word of
        # the page that is no jargon is known as that word is ("postmenopausal" beside
        # "menopause", "cyanobacterial" beside "cyanobacteria").
        known_words = {
            term.lemma for terms in sentences for term in terms
            if (term.kind == "candidate" or _below(term, threshold)) and term.text.isalpha()
        }
        seen: set[str] = set()
        found: list[JargonTerm] = []
        for terms in sentences:
            for term in terms:
                explained = term.kind != "candidate" and (
                    term.lemma in explained_terms
                    or (term.kind == "abbreviation" and _abbreviation_defined(term.text,
                                                                              defined_folded))
                    or (term.kind in ("rare", "morphology") and term.lemma in explained_words)
                    or (term.kind == "list" and self._told_by_its_words(term.lemma,
                                                                        explained_terms))
                    or (term.kind != "abbreviation" and _derived(term.lemma, explained_terms))
                )
                if explained:
                    term = term._replace(explained=True, action="none")
                elif _below(term, threshold) or (
                    term.kind in ("list", "morphology", "rare")
                    and _derived(term.lemma, known_words)
                ):
                    term = _known(term)
                elif term.action == "explain" and term.lemma in seen:
                    term = term._replace(action="none")  # explained once, at first use
                seen.add(term.lemma)
                found.append(term)
        return found

    def _without_repeated_replacements(self, sentence: Sentence, terms: Iterable[JargonTerm]
                                       ) -> list[JargonTerm]:
        """The terms of a sentence, a term's replacement dropped when an earlier term beside
        it (only punctuation and words such as "or" and "the" between) offers the same
        words: applied together they would say one thing twice ("la mama o el tórax" → "el
        pecho o el pecho", "el cérvix (cuello uterino)" → "el cuello de la matriz (cuello
        de la matriz)"), where "insuficiencia hepática y daño hepático" may well be "del
        hígado" twice."""
        kept: list[JargonTerm] = []
        offered: dict[str, JargonTerm] = {}  # a replacement, in lower case → its term
        for term in terms:
            options = tuple(
                option for option in term.suggestions
                if (earlier := offered.get(option.lower())) is None
                or earlier.lemma == term.lemma
                or not self._beside(sentence, earlier, term)
            )
            if options != term.suggestions:
                term = term._replace(suggestions=options,
                                     action=term.action if options else "none")
            offered.update((option.lower(), term) for option in options)
            kept.append(term)
        return kept

    def _beside(self, sentence: Sentence, earlier: JargonTerm, later: JargonTerm) -> bool:
        """Only punctuation and ``_untelling`` words stand between the two terms."""
        return all(
            not word.letters or word.text.lower() in self._untelling
            for word in sentence.words if earlier.end <= word.start < later.start
        )

    def _told_by_its_words(self, lemma: str, explained: AbstractSet[str]) -> bool:
        """A term of several words whose words that are not everyday are all words the
        document explains on their own: "preterm labor" on a page that says "Preterm birth
        is when a baby is born too early" (not "atrial flutter" beside an explained "atrial
        fibrillation": "flutter" is no everyday word; nor "lymph node" beside an explained
        "lymph node biopsy", whose explanation may say only what the biopsy is)."""
        words = lemma.split()
        unusual = [word for word in words if self.frequencies.zipf(word) < COMMON_ZIPF]
        return len(words) > 1 and bool(unusual) and all(word in explained for word in unusual)

    def _graded(self, sentence: Sentence, index: int, terms: Iterable[JargonTerm]
                ) -> list[JargonTerm]:
        """The sentence's terms and candidate words, in text order, each with its difficulty
        (unchanged when the engine has no difficulty model)."""
        model = self.difficulty
        listed = list(terms)
        if model is None:
            return listed
        context = sentence.words
        graded: list[JargonTerm] = []
        remaining = iter(listed)
        term = next(remaining, None)
        for position, word in enumerate(context):
            while term is not None and term.end <= word.start:
                term = next(remaining, None)
            if term is not None and term.start <= word.start:
                if term.start == word.start:
                    words = context[position : position + term.words]  # the term's own
                    graded.append(term._replace(difficulty=model.difficulty(
                        term_evidence(term, words, context)
                    )))
                continue
            if word.is_link or word.is_number or not word.letters or (
                word.text.lower() in self._stops
            ):
                continue
            graded.append(JargonTerm(
                word.start, word.end, word.text, self._headword(word), "candidate", "", False,
                index, 1,
                difficulty=model.difficulty(Evidence(
                    (word,), "candidate", medical_form=medical_form(word), context=context,
                )),
            ))
        return graded

    def _sentence_terms(self, parsed: ParsedDocument, sentence: Sentence, index: int,
                        zipfs: Sequence[float]) -> Iterator[JargonTerm]:
        words = sentence.words
        names = _may_hold_names(sentence)
        if sentence.listed is None:
            raise PipelineError("the text was parsed without the word-list lookup; parse it "
                                "with a pipeline that has plainly_jargon (add_jargon_lookup)")
        listed = iter(sentence.listed)
        term_ahead = next(listed, None)
        position = 0
        while position < len(words):
            if term_ahead is not None and term_ahead.position == position:
                length = term_ahead.length
                yield self._list_term(parsed, term_ahead.entry, words, position, length, index)
                term_ahead = next(listed, None)
                position += length
                continue
            term = self._single_word(parsed, words, position, index, names,
                                     zipfs[position])
            if term is not None:
                yield term
            position += 1

    def _list_term(self, parsed: ParsedDocument, entry: JargonEntry, sentence: Sequence[Word],
                   position: int, length: int, index: int) -> JargonTerm:
        words = sentence[position : position + length]
        wordy = entry.category == "bureaucratic" and min(
            self.frequencies.zipf(part) for part in entry.term.split()
        ) >= COMMON_ZIPF
        plain, definition = self._in_context(entry.term, entry.plain, entry.definition,
                                             parsed, index)
        modified = _modified_phrase(sentence, position, length, parsed.document.source)
        if not _used_as(words, self.wordlists.word_classes.get(entry.term),
                        sentence[position - 1] if position else None, bool(modified)):
            plain, definition = (), ""  # "blood supply" is not the verb "supply" → "give"
        plain = tuple(self._localise(option) for option in plain)
        action: Action = "none"
        explanation = ""
        suggestions: tuple[str, ...] = ()
        offers_plain = bool(plain)
        if entry.category in EXPLAIN_CATEGORIES:
            explanation = _explanation(entry.category, plain, definition, self.lang,
                                       plural=_written_plural(words, entry.term, self.lang),
                                       grammar=self.grammar)
            offers_plain = offers_plain or bool(explanation)
            if not self._explanation_fits(explanation, parsed, sentence, position, length
                                          ) or not self._describable(entry, sentence, position,
                                                                     length, words):
                explanation = ""
            elif shouted(words):
                explanation = explanation.upper()  # "WARFARINA (UN ANTICOAGULANTE)"
            action = "explain" if explanation else "none"
        elif not self._names_a_technical_thing(
                words[-1], sentence, modified,
                latin_word=entry.category == "latin" and length == 1) and not (
                _quoted(parsed.document.source, sentence, position, length)):
            inflect = _text_of(words).lower() != entry.term  # "prolonged" is listed as such
            if words[0].tag == "VBN" and modified and position > 0 and (
                    sentence[position - 1].tag in _SUBJECT_TAGS) and adjacent(
                    sentence[position - 1 : position + 1], parsed.document.source):
                # a subject, the word and its object: a past tense the tagger took for a
                # participle ("Data analysis revealed diabetes" → "showed", not "shown";
                # not after a mark: "orally (by mouth) administered gabapentin")
                words = (words[0]._replace(tag="VBD"), *words[1:])
            if self.lang == "en" and words[-1].is_proper and not written_plural(
                    words[-1]) and _written_plural(words, entry.term, self.lang):
                # the listed word and "-s", which the tagger called a name ("placebo
                # recipients", "Mortality Rates"): its plain word is plural too
                words = (*words[:-1], words[-1]._replace(tag="NNS"))
            attributive = words[-1].tag == "VBN" and bool(modified)
            # After "have" a participle before a noun may be a verb ("we have prioritized
            # safety") or an adjective ("patients have decreased levels"); a plain word that
            # reads differently as each ("rank", "ranked") cannot be chosen, so none is.
            perfect = attributive and position > 0 and sentence[position - 1].lemma == "have"
            if self.lang == "es" and self.grammar is not None:
                plain = _agreeing_in_spanish(plain, entry.term, sentence, position, length,
                                             self.grammar)
            fitted = [fit(plain_words, words, inflect=inflect, attributive=attributive)
                      for plain_words in plain]
            if perfect:  # only the words that read the same as a verb
                fitted = [option for option, plain_words in zip(fitted, plain, strict=True)
                          if option == fit(plain_words, words, inflect=inflect)]
            suggestions = tuple(
                option
                for option in dict.fromkeys(
                    _without_article(option, sentence, position) for option in fitted)
                if _fits(option, sentence, position, length, modified,
                         parsed.document.source)
            )
            action = "replace" if suggestions else "none"
        return JargonTerm(
            start=words[0].start,
            end=words[-1].end,
            text=_text_of(words),
            lemma=entry.term,
            kind="wordy" if wordy else "list",
            category=entry.category,
            explained=False,
            sentence=index,
            words=len(words),
            suggestions=suggestions,
            definition=definition,
            action=action,
            explanation=explanation,
            article_start=self._article_start(sentence, position),
            offers_plain=offers_plain,
        )

    def _in_context(self, term: str, plain: tuple[str, ...], definition: str,
                    parsed: ParsedDocument, index: int) -> tuple[tuple[str, ...], str]:
        """The plain words and definition of a term or abbreviation as listed, or, when it
        has several senses (``senses.csv``), those of the one its context names; none when
        the context names none or several."""
        senses = self.wordlists.senses.get(term)
        if not senses:
            return plain, definition
        sense = _sense_in_context(senses, parsed, index)
        return (sense.plain, sense.definition) if sense else ((), "")

    def _describable(self, entry: JargonEntry, sentence: Sequence[Word], position: int,
                     length: int, words: Sequence[Word]) -> bool:
        """The term stands where its explanation may follow it: no explanation follows a
        negated adjective, which would read as the opposite ("not metastatic (spreading)",
        "no metastásica (que se extendió)"); and in Spanish a medicine's plain name names a
        thing, not the adjective made from it ("eficacia analgésica", "actividad
        antiviral").  Spanish words have no tags: a medicine word is an adjective when it is
        written feminine ("analgésica" for *analgésico*: the medicines are masculine nouns)
        or follows a noun directly ("actividad antiviral", "medicamentos antivirales")."""
        negated = position > 0 and sentence[position - 1].text.lower() in _NEGATING
        if self.lang == "es" and self.grammar is not None:
            if entry.category != "medicine":
                return not negated  # "no" stands before verbs and adjectives, not nouns
            written, listed = words[0].text.lower(), entry.term.split()[0]
            if listed.endswith("o") and written.rstrip("s").endswith("a"):
                return False
            if position == 0:
                return True
            before = sentence[position - 1]
            return not (before.end == words[0].start - 1
                        and before.text.lower() not in self._stops
                        and before.text.lower() in self.grammar.not_verbs)
        # English is tagged, but the tagger calls many medicine names adjectives
        # ("diphenhydramine", "valproate", and "warfarin" after "is"), so a medicine word is
        # read as one only when it has an adjective's ending too and is said of something:
        # "The drug is antiviral" gets no "(a virus-fighting medicine)".
        if negated and words[-1].pos == "ADJ":
            return False
        return not (entry.category == "medicine" and words[-1].tag == "JJ"
                    and words[-1].text.lower().endswith(_ADJECTIVE_ENDINGS)
                    and _after_copula(sentence, position))

    def _explanation_fits(self, explanation: str, parsed: ParsedDocument,
                          sentence: Sequence[Word], position: int, length: int) -> bool:
        """Brackets of plain words fit after the term: they hold no brackets of their own
        ("bronchitis (inflammation (swelling and reddening) of the bronchi)"), no rare word
        (an explanation is plainer than the term: not "epinephrine (a hormone and
        neurotransmitter)"), a definition "to …" follows a verb ("may wheeze", not
        "wheezing"), and they do not split a noun phrase ("antiviral (a virus-fighting
        medicine) medicine", "Opioid (a strong pain medicine) Use Disorder", "the Variola
        (smallpox) major virus").  Nor are they offered where the sentence already says what
        the term is: inside brackets ("sedatives (phenobarbitone or diazepam)"), before an
        apposition ("gabapentin, a nerve pain medicine"; "tamoxifen - an estrogen-influencing
        drug"), or when the sentence has its words ("the blood thinner warfarin (a blood
        thinner)", "edema (swelling), swelling caused by fluid", "attention deficit
        hyperactivity disorder (ADHD) or ADHD")."""
        if not explanation or "(" in explanation or ")" in explanation:
            return False
        words = re.findall(r"[^\W\d_]+", explanation.lower())
        if not all(map(self._is_plain, words)):
            return False
        verb = sentence[position + length - 1].tag == "VB"
        if self.lang == "en" and explanation.startswith("to ") and not verb:
            return False
        source = parsed.document.source
        before = source[sentence[0].start : sentence[position].start]
        if opens_bracket(before) or _APPOSITION.match(
                source, sentence[position + length - 1].end):
            return False
        if _repeats_term(explanation, sentence[position : position + length],
                         self._untelling):
            return False
        telling = set(re.findall(r"[^\W_]+", explanation.lower())) - self._untelling
        if telling and telling <= _said_beside(telling, self._untelling, sentence, position,
                                               length):
            return False
        term_end = link_end(source, sentence[position].start,
                            sentence[position + length - 1].end)
        if self.lang == "es":
            return not self._adjective_after(sentence, position + length, source, term_end)
        return not _noun_phrase_after(sentence, position + length, source, term_end)

    def _article_start(self, sentence: Sequence[Word], position: int) -> int | None:
        """Where the "a" or "an" before the term starts, for the article to agree with a
        replacement: English only, as Spanish "a" is a preposition ("Acuda a urgencias")."""
        return _article_before(sentence, position) if self.lang == "en" else None

    def _adjective_after(self, sentence: Sequence[Word], following: int, source: str,
                         term_end: int) -> bool:
        """In Spanish, whose adjectives follow their noun and which has no tagger here, a
        word that is likely the term's adjective comes next, with no punctuation between: a
        lower-case word that is neither a function word nor a verb ("hipotensión
        ortostática", "cefaleas intensas"); brackets there would split the noun from it."""
        if following >= len(sentence):
            return False
        word = sentence[following]
        return (word.text.isalpha() and word.text.islower()
                and word.text not in self._stops and word.pos not in ("VERB", "AUX")
                and not _PHRASE_BREAK.search(source, term_end, word.start))

    def _is_plain(self, lower: str) -> bool:
        """A word of an explanation is plain: not rare (Zipf ≥ ``RARE_ZIPF``) by any of its
        forms (in English its lemmas too: "hardening" as "harden"), or a word the
        plain-language lists offer lay readers ("nosebleed", "chickenpox", "gallbladder";
        ``lay_usage.csv``).  "bronchi", "larynx" and "neurotransmitter" are not."""
        usage = self.difficulty.lay_usage if self.difficulty is not None else {}
        if not usage:
            return True  # no lay lists to tell a plain rare word ("moretón") from a hard one
        forms = {lower, *itertools.chain(*english_lemmas(lower).values())} if (
            self.lang == "en") else {lower}
        return any(self.frequencies.zipf(form) >= RARE_ZIPF
                   or (form in usage and usage[form].plain > 0) for form in forms)

    def _names_a_technical_thing(self, last: Word, sentence: Sequence[Word],
                                 modified: range, *, latin_word: bool = False) -> bool:
        """The term, whose ``last`` word is an adjective, stands before a noun phrase (the
        positions ``modified`` of ``sentence``, :func:`_modified_phrase`) that holds a word
        outside everyday use (Zipf < ``COMMON_ZIPF``): "acute leukemia", "spontaneous
        miscarriage", "abdominal aorta", "spinal cord", "acute respiratory syndrome"; not
        "abdominal pain", "chronic exposure" or "hazardous substances".  The phrase names a
        technical thing, and a plain word for its adjective would rename it ("sudden
        leukemia"), so it gets none.  A word in lower case the tagger called a name is read as
        the adjective it is ("brain and/or spinal cord", where "and/or" misleads the tagger),
        and so is a listed Latin word the tagger called a noun (``latin_word``: "dorsal root
        ganglia").  A kind noun passes the naming on to what it is a kind of ("Acute forms
        of leukemia", :func:`_kind_of`)."""
        if last.pos != "ADJ" and not (last.pos == "PROPN" and last.text.islower()) and not (
                latin_word and last.pos in ("NOUN", "PROPN")):
            return False
        zipf = self.frequencies.zipf
        return any(
            max(zipf(sentence[at].text.lower()), zipf(sentence[at].lemma)) < COMMON_ZIPF
            for at in (*modified, *_kind_of(sentence, modified))
        )

    def _single_word(self, parsed: ParsedDocument, words: Sequence[Word], position: int,
                     index: int, names: bool, frequency: float) -> JargonTerm | None:
        source = parsed.document.source
        word = words[position]
        if word.is_number or word.is_link:
            return None
        if position > 0 and (words[position - 1].is_number
                             or words[position - 1].text.lower() == "per"):
            return None  # a unit: "2.5 mg", "10 mL", "98.6 F", "micrograms per deciliter"
        if word.text in self._names:
            return None  # an organisation's initials ("NIH"): a name, not a word to learn
        if _roman_numeral(words, position):
            return None  # a number: "stage IV", "stages III and IV", "I through IV"
        abbreviation = self._abbreviation(word)
        if abbreviation is not None and abbreviation.plain.casefold() == (
                abbreviation.abbreviation.casefold()):
            return None  # the list's plain word is the abbreviation: "COVID-19", "CPR"
        if abbreviation is not None:
            # "RR" is a breathing rate beside "pulse", a relative risk beside "CI"
            plain, expansion = self._in_context(
                abbreviation.abbreviation, (abbreviation.plain or abbreviation.expansion,),
                abbreviation.expansion, parsed, index)
            long_form = self._named_long_form(expansion)
            if long_form is not None and not (
                    plain and abbreviation.abbreviation.casefold() in plain[0].casefold()):
                # the short name of a condition, medicine or test the patient will meet
                # written ("COPD", "NSAID"): kept, and explained at first use by its own
                # plain words, with no article (a gloss of a measure or a kind: "GFR (kidney
                # function)"), or its long form's ("NSAIDs (pain medicines)")
                plural = abbreviation_plural(word.text)
                explanation = next((
                    explanation for explanation in (
                        _explanation("", plain, "", self.lang, plural),
                        _explanation(long_form.category, long_form.plain,
                                     long_form.definition, self.lang, plural))
                    if self._explanation_fits(explanation, parsed, words, position, 1)), "")
                return _single(word, index, "abbreviation", abbreviation.abbreviation,
                               category="abbreviation", definition=expansion)._replace(
                    action="explain" if explanation else "none", explanation=explanation)
            suggestions: tuple[str, ...] = (
                (_without_article(fit(self._localise(plain[0]), [word]), words, position),)
                if plain else ())
            action: Action = "replace"
            if not suggestions or not _fits(suggestions[0], words, position, 1,
                                            _modified_phrase(words, position, 1, source),
                                            source):
                suggestions, action = (), "none"
            return _single(word, index, "abbreviation", abbreviation.abbreviation,
                           category="abbreviation", suggestions=suggestions,
                           definition=expansion)._replace(
                action=action,
                article_start=self._article_start(words, position),
            )
        if _is_name(word) and not word.sentence_initial:
            return None
        if names and word.text[:1].isupper() and _in_title_case_name(words, position, 1):
            return None
        if not word.text.islower() and _ACRONYM.match(word.text) and not word.text.isdigit():
            # an acronym's plural is as everyday as the acronym ("DVDs", "PDFs"); not one of
            # two letters, which is often a word in lower case ("ORs", "EDs")
            forms = (word.text, word.text[:-1]) if abbreviation_plural(word.text) and len(
                word.text) > 3 else (word.text,)
            if _in_capitals(words, position) or max(
                self.frequencies.zipf(form.lower()) for form in forms
            ) >= COMMON_ZIPF:
                return None  # shouted text ("DR. RODGERS:"), or an everyday acronym ("HIV")
            return _single(word, index, "abbreviation", word.text, category="abbreviation")
        if self._species_epithet(words, position):
            return None  # part of an organism's name, which a reader cannot be spared
        lower = word.text.lower()
        medical = frequency < COMMON_ZIPF and _medical_form(lower)
        if _is_name(word) and not (medical and word.sentence_initial):
            return None  # a name, unless it opens a sentence and is built like a medical term
        if medical:
            return _single(word, index, "morphology", self._headword(word), category="medical")
        # The rare band.
        if frequency < RARE_ZIPF and word.text.isalpha() and not (
            self._transparent(lower) or (word.lemma != lower and self._transparent(word.lemma))
        ):
            return _single(word, index, "rare", self._headword(word), category="rare")
        return None

    def _species_epithet(self, words: Sequence[Word], position: int) -> bool:
        """The word is the species of a binomial name (:data:`_EPITHET`) after its genus: an
        initial ("S. hominis") or, in mid-sentence, a capitalised noun outside everyday use
        (Zipf < ``RARE_ZIPF``: "Cryptococcus neoformans"; not "Picture silacea", nor an
        adjective or a sentence's first word: "Atrial thrombi", "Atraumatic trismus")."""
        if position == 0 or not _EPITHET.match(words[position].text):
            return False
        genus = words[position - 1]
        return bool(_GENUS_INITIAL.match(genus.text)) or (
            genus.text.istitle() and genus.text.isalpha() and not genus.sentence_initial
            and genus.pos in ("NOUN", "PROPN")
            and self.frequencies.zipf(genus.text.lower()) < RARE_ZIPF)

    def _headword(self, word: Word) -> str:
        """The word's lemma, or the word as written when the lemmatizer's suffix rules made a
        non-word of it ("childbearing" → "childbeare", "undigested" → "undigeste"); the
        Greek plural "-oses" is the plural of "-osis", unless its "-ose" is the commoner
        word ("mucopolysaccharidoses" → "mucopolysaccharidosis", not "mucopolysaccharidose";
        "glucoses" → "glucose")."""
        lemma, lower = word.lemma, word.text.lower()
        zipf = self.frequencies.zipf
        if lower.endswith("oses") and len(lower) > _MEDICAL_FORM_LETTERS and (
                zipf(lower[:-2] + "is") >= zipf(lower[:-1])):
            return lower[:-2] + "is"
        if lemma != lower and zipf(lemma) <= 0.0 < zipf(lower):
            return lower
        return lemma

    def _transparent(self, lower: str) -> bool:
        """A rare word made of everyday parts, which readers understand at sight: an everyday
        word with a prefix ("unsteady", "nonfatal") or a suffix ("soapy", "fearless"), or two
        everyday words ("lowfat", "lightheaded")."""
        if not 5 <= len(lower) <= _LONGEST_TRANSPARENT:
            return False
        common = self.frequencies.zipf
        for prefix in _EVERYDAY_PREFIXES:
            if lower.startswith(prefix) and len(lower) - len(prefix) >= 4 and (
                common(lower[len(prefix):].lstrip("-")) >= COMMON_ZIPF
            ):
                return True
        for suffix in _EVERYDAY_SUFFIXES:
            stem = lower.removesuffix(suffix)
            shortest = 3 if suffix in _WHOLE_WORD_SUFFIXES else 4
            if stem != lower and len(stem) >= shortest and max(
                common(stem), common(stem + "e"), common(stem[:-1]) if stem[-1:] == stem[-2:-1]
                else 0.0,
            ) >= COMMON_ZIPF:
                return True
        return any(
            lower[:cut] not in _BOUND_PREFIXES
            and combined((common(lower[:cut]), common(lower[cut:]))) >= _COMPOUND_ZIPF
            for cut in range(3, len(lower) - 2)
        )

    def _abbreviation(self, word: Word) -> Abbreviation | None:
        text = word.text
        for candidate in (text, text.rstrip("."), text[:-1] if text.endswith("s") else None):
            if candidate and candidate in self._abbreviations:
                return self._abbreviations[candidate]
        return None

    def _named_long_form(self, expansion: str) -> JargonEntry | None:
        """The listed term an abbreviation stands for (in the sense its context names), when
        that is a name the patient must know (:data:`EXPLAIN_CATEGORIES`: "COPD" for
        *chronic obstructive pulmonary disease*, a condition); else None."""
        entry = self.wordlists.jargon.get(expansion.lower())
        return entry if entry and entry.category in EXPLAIN_CATEGORIES else None

    def _localise(self, plain: str) -> str:
        """Plain words in the engine's variant ("acetaminophen" → "paracetamol", "emergency
        room" → "A&E" in en-GB): the whole phrase, or each of its words."""
        if not self._local:
            return plain
        if plain in self._local:
            return self._local[plain]
        return " ".join(self._local.get(part, part) for part in plain.split(" "))


def _abbreviation_defined(text: str, defined_folded: set[str]) -> bool:
    """The text spells the abbreviation out, in any case ("vWD", later "VWD"), or its
    singular ("aortic aneurysm (AA)", later "AAs")."""
    folded = text.casefold()
    return folded in defined_folded or (
        text.endswith("s") and folded[:-1] in defined_folded and not text[-2:].isupper()
    )


def _below(term: JargonTerm, threshold: float) -> bool:
    """A flaggable term that most lay adults know here (graded below ``threshold``)."""
    return term.difficulty is not None and term.difficulty < threshold and term.kind in (
        "list", "abbreviation", "morphology", "rare"
    )


def _known(term: JargonTerm) -> JargonTerm:
    """A term readers know is not jargon: a listed word with a plainer replacement becomes a
    wordy word (a PL205 suggestion, as "administer" → "give"); any other, a candidate."""
    if term.kind == "list" and term.action == "replace" and term.suggestions:
        return term._replace(kind="wordy")
    return term._replace(kind="candidate", action="none", suggestions=(), explanation="")


def _outside_named_links(terms: Iterable[JargonTerm], document: Document
                         ) -> Iterator[JargonTerm]:
    """The terms that are not in the text of a link that is a name ("[Thrombosis
    UK](…)", :attr:`literacy.reading.Document.named_links`)."""
    return (term for term in terms if not document.in_named_link(term.start, term.end))


def _may_hold_names(sentence: Sentence) -> bool:
    """Whether capitalised words in mid-sentence may be a name: not in a heading, which is
    in Title Case, not made of names."""
    return sentence.kind != "heading"


def _in_title_case_name(words: Sequence[Word], position: int, length: int) -> bool:
    """The words are capitalised in mid-sentence next to another capitalised word: part of a
    name in Title Case ("CDC's Postural Hypotension brochure", "the Surveillance,
    Epidemiology, and End Results Program")."""
    span = words[position : position + length]
    if not all(w.text[:1].isupper() and not w.sentence_initial for w in span):
        return False
    before = words[position - 1] if position > 0 else None
    after = words[position + length] if position + length < len(words) else None
    return any(
        neighbour is not None and neighbour.text[:1].isupper() and not neighbour.text.isupper()
        and not neighbour.sentence_initial
        for neighbour in (before, after)
    )


_SHOUTED_WORDS = 3  # a sentence of this many words or more, all in capitals, is shouted


def _in_capitals(words: Sequence[Word], position: int) -> bool:
    """The word stands in text written in capitals: next to a capitalised word too long to
    be an acronym, or, when it has no digit (a gene's or a trial drug's code: "BRCA1",
    "ALX148"), in a sentence whose words are all in capitals ("¿CÓMO CUIDO MIS
    INCISIONES?", where no word is long but "CUIDO" is no acronym)."""
    return any(
        0 <= other < len(words) and words[other].text.isupper() and len(words[other].text) > 6
        for other in (position - 1, position + 1)
    ) or (len(words) >= _SHOUTED_WORDS and not any(map(str.isdigit, words[position].text))
          and all(word.text.isupper() for word in words if word.letters > 0))


def term_evidence(term: JargonTerm, words: tuple[Word, ...], context: tuple[Word, ...]
                  ) -> Evidence:
    """What the difficulty model reads of a found term: the engine grades it with this and
    ``bench/fit_difficulty.py`` fits on it, so the two describe a term alike.  Plain words
    are offered when the list has them for the term's sense (a replacement or an explanation:
    "sepsis (a blood infection)"), or the report gives a replacement (an abbreviation's)."""
    return Evidence(
        words, term.kind, category=_listed_category(term),
        has_plain=term.offers_plain or bool(term.suggestions),
        has_definition=bool(term.definition),
        medical_form=any(medical_form(word) for word in words), context=context,
    )


def medical_form(word: Word) -> bool:
    """Built like a medical term, judged on its American spelling ("anaemia" as "anemia")."""
    return _medical_spelling(word.text.lower())


@functools.lru_cache(maxsize=65_536)
def _medical_spelling(lower: str) -> bool:
    """:func:`medical_form` of a lower-case word, once per word (the spelling rules are a
    dozen substitutions); a word too short to be built like a medical term has no
    American spelling that is."""
    return len(lower) >= _MEDICAL_FORM_LETTERS and _medical_form(_american(lower))


def _derived(lemma: str, words: Collection[str]) -> bool:
    """The word is derived from one of ``words`` by a prefix of :data:`_DERIVED_PREFIXES`
    and an ending of :data:`_DERIVED_ENDINGS` ("osteoporotic" from "osteoporosis",
    "postmenopausal" from "menopause")."""
    for prefix in _DERIVED_PREFIXES:
        if not lemma.startswith(prefix):
            continue
        rest = lemma[len(prefix):]
        for base, ending in _DERIVED_ENDINGS:
            stem = rest[: len(rest) - len(ending)]
            if rest.endswith(ending) and len(stem) >= _DERIVED_MIN_STEM and stem + base in words:
                return True
    return False


def _listed_category(term: JargonTerm) -> str:
    return term.category if term.kind in ("list", "wordy") else ""


def _is_name(word: Word) -> bool:
    """A proper name: tagged so, and written with a capital (the tagger calls some lowercase
    words after an abbreviation names: "PRN for pruritus")."""
    return word.is_proper and word.text[:1].isupper()


def _listed_name(entry: JargonEntry) -> bool:
    """Listed terms that are capitalised names are still jargon (a brand-like drug name)."""
    return entry.category in EXPLAIN_CATEGORIES


def _said_beside(telling: AbstractSet[str], untelling: AbstractSet[str],
                 sentence: Sequence[Word], position: int, length: int) -> set[str]:
    """The words of ``telling`` the sentence has right before or after the term, with only
    punctuation and ``untelling`` words (articles, "or", "of", the kind of thing) between
    ("the blood thinner warfarin", "the loss of pleasure anhedonia", "the cancer-causing
    substance carcinogen", "edema, swelling caused by …", "disorder or ADHD")."""
    said: set[str] = set()
    for step, at in ((-1, position - 1), (1, position + length)):
        while 0 <= at < len(sentence):
            word = sentence[at]
            forms = {*re.findall(r"[^\W_]+", word.text.lower()), word.lemma.lower()}
            if forms & telling:
                said |= forms
            elif word.letters and not forms & untelling:
                break
            at += step
    return said


def _used_as(words: Sequence[Word], word_class: str | None, before: Word | None,
             modifies: bool) -> bool:
    """The term stands as the part of speech its list entry replaces (any, when the list does
    not say, or the word is untagged): a verb by its first word's tag, an active verb by
    that tag, a past participle only after "have" (``before``: "studies have indicated
    that", not "is indicated" or "the indicated dose"), a noun or an adjective by its last
    word's, and a predicative adjective is one that does not stand before a noun it
    ``modifies`` ("may still be infectious" → "catching", not "infectious virus")."""
    first, last = words[0], words[-1]
    if word_class is None or not last.tag:
        return True
    if word_class == "predicative adjective":
        return last.tag.startswith("JJ") and not modifies
    if word_class == "verb":
        return first.tag.startswith("VB")
    if word_class == "active verb":
        return first.tag in _ACTIVE_TAGS or (
            first.tag == "VBN" and before is not None and before.lemma == "have")
    if word_class == "noun":
        return last.tag in _NOUN_TAGS
    return last.tag.startswith("JJ")


def _sense_in_context(senses: Sequence[Sense], parsed: ParsedDocument, index: int
                      ) -> Sense | None:
    """The one sense whose cue words appear in this sentence or its neighbours, or the usual
    sense (listed without cues) when none is named; None when several are named, or none
    and there is no usual sense."""
    nearby = " ".join(
        sentence.text.lower() for sentence in parsed.sentences[max(0, index - 1) : index + 2]
    )
    words = set(re.findall(r"[a-z]+", nearby))
    named = [
        sense for sense in senses
        if any((cue in words) if " " not in cue else (cue in nearby) for cue in sense.cues)
    ]
    if not named:
        named = [sense for sense in senses if not sense.cues]
    return named[0] if len(named) == 1 else None


def _after_copula(sentence: Sequence[Word], position: int) -> bool:
    """The word at ``position`` follows a form of "be", perhaps after adverbs ("is
    antiviral", "are also antifungal")."""
    before = position - 1
    while before >= 0 and sentence[before].pos == "ADV":
        before -= 1
    return before >= 0 and sentence[before].lemma == "be"


def _repeats_term(explanation: str, words: Sequence[Word], untelling: AbstractSet[str]
                  ) -> bool:
    """Every telling word of the explanation is one of the term's words or ends one: "diabetes
    mellitus (diabetes)", "hemodiálisis (diálisis)", "Hemoglobin A1c (an A1C)"; not "cesarean
    section (a C-section)" or "comatose (in a coma)", whose words are others; nor the term's
    letters written together ("tos ferina (tosferina)")."""
    if _letters(explanation) == _letters(" ".join(word.text for word in words)):
        return True
    own = {form for word in words for form in (word.text.lower(), word.lemma.lower())}
    telling = {token.strip(".,;:()\"'").lower() for token in explanation.split()} - untelling
    return bool(telling) and all(
        any(form == told or (len(told) >= 4 and form.endswith(told)) for form in own)
        for told in telling
    )


def _letters(text: str) -> str:
    """The letters and digits of ``text``, in lower case ("Tos ferina" → "tosferina")."""
    return "".join(char for char in text.casefold() if char.isalnum())


def _explanation(category: str, plain: Sequence[str], definition: str, lang: str = "en",
                 plural: bool = False, grammar: SpanishGrammar | None = None) -> str:
    """Plain words to put in brackets after the term: its plain name ("a blood thinner"),
    else a short definition; empty when neither fits in a bracket.  The article is English:
    a Spanish plain name goes in as written ("warfarina (medicamento para evitar coágulos)").
    After an English plural the plain name agrees ("diuretics (water pills)"), when it is a
    short name whose last word is its noun; other plain names keep no article.  After a
    Spanish plural the name or definition agrees ("analgésicos (medicamentos para el
    dolor)", :func:`literacy.spanish_grammar.plural_phrase`)."""
    if plural and lang == "es" and grammar is not None:
        return plural_phrase(_explanation(category, plain, definition, lang), grammar)
    if plain:
        words = plain[0]
        if plural:
            return _plural(words)
        if lang == "en" and category in _COUNTABLE_CATEGORIES and _takes_article(words):
            words = f"{indefinite_article(words)} {words}"
        return words
    if definition and len(definition.split()) <= _MAX_EXPLANATION_WORDS and ";" not in definition:
        definition = definition.rstrip(".")
        article, _, rest = definition.partition(" ")
        if plural and lang == "en" and article in ("a", "an") and " of " not in f" {rest} ":
            return plural_noun_phrase(rest) or definition  # "drugs used to treat …"
        return definition
    return ""


def _takes_article(name: str) -> bool:
    """An English plain name takes "a" or "an" ("a blood thinner"): not one with its own
    article, a plural, an "-ing" form ("putting in a breathing tube"), a "-ness" noun
    ("sharpness of vision"), nor a name that ends in a code ("vitamin B1", "vitamin D")."""
    words = name.split()
    head = name.split(" of ")[0].split()[-1]
    lemmas = english_lemmas(words[0])
    gerund = words[0].endswith("ing") and "VERB" in lemmas and "NOUN" not in lemmas and (
        len(words) > 1 and words[1] in PREPOSITIONS | _ARTICLES)  # not "calming medicine"
    return not (words[0] in _ARTICLES or name.endswith("s") or gerund
                or head.endswith("ness") or words[-1].isupper()
                or any(character.isdigit() for character in words[-1]))


def _written_plural(words: Sequence[Word], term: str, lang: str) -> bool:
    """The term is written in the plural: tagged and written so in English ("diuretics", not
    "dyspnea", which the tagger may call plural), or written as the listed word and "-s"
    whatever the tag ("popliteal cysts", which the tagger may call a verb); in Spanish
    (no tagger), its first word, the head noun, ends in -s where the listed term's does not
    ("analgésicos" for "analgésico", "apneas del sueño")."""
    if lang == "en":
        last = term.split()[-1]
        return written_plural(words[-1]) or words[-1].text.lower() in (f"{last}s", f"{last}es")
    first, listed = words[0].text.lower(), term.split()[0]
    return lang == "es" and first != listed and first.endswith("s") and not listed.endswith("s")


def _plural(phrase: str) -> str:
    """An English plain name in the plural ("water pill" → "water pills", "x-ray" → "x-rays",
    "injection into muscle" → "injections into muscle", "nerve damage" as it is,
    :func:`literacy.suggestions.plural_noun_phrase`), when it has no article; otherwise the
    name as written."""
    words = phrase.split()
    if not words or words[0].lower() in _ARTICLES:
        return phrase
    return plural_noun_phrase(phrase) or phrase


def _agreeing_in_spanish(plain: Sequence[str], listed: str, sentence: Sequence[Word],
                         position: int, length: int, grammar: SpanishGrammar
                         ) -> tuple[str, ...]:
    """The Spanish plain words that agree where the term stands
    (:func:`literacy.spanish_grammar.agreeing_replacement`)."""
    words = sentence[position : position + length]
    before = agreeing_determiner([word.text.lower() for word in sentence[max(0, position - 2)
                                                                         : position]], grammar)
    following = position + length
    after = sentence[following].text.lower() if following < len(sentence) else None
    plural = _written_plural(words, listed, "es")
    agreeing = (agreeing_replacement(option, words[0].text.lower(), listed, before, plural,
                                     grammar, after) for option in plain)
    return tuple(option for option in agreeing if option is not None)


# A "u" said "yoo": before one consonant and a vowel ("a urine test", "a uterus", "a
# uvula"), but not in "un-" words ("an unusual shape") nor before two consonants ("an ulcer").
_YU_SOUND = re.compile(r"u[bkrstv][aeiouy]")


def indefinite_article(phrase: str) -> str:
    """"an" before a vowel sound, else "a" (by spelling, with the usual exceptions)."""
    written = phrase.split()[0] if phrase.split() else ""
    first = written.lower()
    if written.isupper() and len(written) <= 5 and written.isalpha():
        # an acronym read letter by letter: "an MRI", "an HIV medicine", "a UTI"
        return "an" if written[:1] in "AEFHILMNORSX" else "a"
    if first.startswith(("uni", "use", "usu", "eu", "one", "once")) or _YU_SOUND.match(first):
        return "a"
    if first.startswith(("hour", "honest", "heir")):
        return "an"
    return "an" if first[:1] in "aeiou" else "a"


def _kind_of(sentence: Sequence[Word], modified: range) -> range:
    """The words after "of" when the noun phrase at ``modified`` is a kind noun ("forms of
    leukemia", "types of lymphoma"): up to three of them, to the end of that noun phrase."""
    if not modified or modified.stop + 1 >= len(sentence) or (
            sentence[modified.stop - 1].lemma.lower() not in _KIND_NOUNS) or (
            sentence[modified.stop].text.lower() != "of"):
        return range(0)
    start = modified.stop + 1
    stop = start
    while stop < min(len(sentence), start + _KIND_OF_WORDS) and (
            sentence[stop].tag in _PHRASE_TAGS):
        stop += 1
    return range(start, stop)


def _definition_of_subject(sentence: Sequence[Word], position: int, length: int) -> str:
    """What the sentence says the term's noun phrase is, in lower case, when the term (a noun
    or modifier) is in the subject of "is", "are" or "means" ("Chronic pain is pain that
    lasts …"); else empty."""
    if position > _SUBJECT_REST_WORDS or sentence[position].tag not in _MODIFIER_TAGS:
        return ""
    end = min(len(sentence), position + length + _SUBJECT_REST_WORDS + 1)
    copula = next((i for i in range(position + length, end)
                   if sentence[i].text.lower() in _DEFINING_VERBS), None)
    if copula is None:
        return ""
    return " ".join(word.text.lower() for word in sentence[copula + 1:])


def _fits(option: str, sentence: Sequence[Word], position: int, length: int, modified: range,
          source: str) -> bool:
    """A replacement fits where the term stands: it does not repeat words the sentence
    already has, in any number (no "Skin infection is a skin infection", no "breathing tube"
    for "airway" beside "breathing tubes"; nor, in the subject a sentence defines ("X is",
    "X means"), a word of four letters or more that the definition has: no "Long-term pain
    is pain that lasts a long time"), and before a noun only a single
    word can stand ("an IV tube" must not become "an into a vein tube", nor "idiopathic
    pulmonary fibrosis" "of unknown cause pulmonary fibrosis"; nor "diagnose diabetes" "find
    out diabetes"; ``modified`` is the noun phrase a modifier term stands before,
    :func:`_modified_phrase`), one after "a" or "an" takes an article ("an extra sample",
    not "a more sample"; "a proper diet", not "a right diet" or "a best dose",
    :func:`_takes_no_indefinite_article`), and one that ends in a preposition needs an object
    after it."""
    rest = " ".join(
        word.text.lower()
        for i, word in enumerate(sentence)
        if not position <= i < position + length
    )
    if re.search(rf"(?<!\w){re.escape(option.lower())}(?:e?s)?(?!\w)", rest):
        return False
    defined_as = _definition_of_subject(sentence, position, length)
    if defined_as and any(
            len(part) >= _REPEATED_PART_LETTERS and re.search(
                rf"(?<!\w){re.escape(part)}(?:e?s)?(?!\w)", defined_as)
            for part in re.split(r"[\s-]+", option.lower())):
        return False  # "Chronic pain is pain that lasts a long time" → no "Long-term pain"
    if _article_before(sentence, position) is not None and _takes_no_indefinite_article(
            option.split(" ", 1)[0].lower()):
        return False  # "an additional sample" is "an extra sample", not "a more sample"
    following = position + length
    before_noun = following < len(sentence) and sentence[following].tag in _NOUN_TAGS and (
        sentence[following - 1].tag not in ("IN", "TO")  # "exposed to [mold]": its object
    )
    if (before_noun or modified) and " " in option.strip():
        return False
    words = option.lower().split()
    if len(words) > 1 and words[0] in PHRASE_OPENERS and words[-1] not in PREPOSITIONS and (
            not _adverbial_place(sentence, position, length, source)):
        return False
    # A replacement that ends in a preposition needs an object where the term stands
    # ("infect people" → "spread germs to people"; not "are infected worldwide" → "are
    # spread germs to worldwide", "exposed to mold" → "in contact with to mold", "continue
    # to grow" → "keep on grow").  A verb and its preposition alone can be passive ("are
    # addressed" → "are dealt with"), though not before its agent ("is accompanied by a
    # rash" must not become "is gone with by a rash"), and "in" can end a phrase
    # ("breathing in").
    last = option.rsplit(" ", 1)[-1].lower()
    if last not in PREPOSITIONS:
        return True
    after = sentence[following] if following < len(sentence) else None
    if after is not None and _PHRASE_BREAK.search(source, sentence[following - 1].end,
                                                  after.start):
        after = None
    if after is not None and after.tag in _OBJECT_TAGS:
        return True
    if (sentence[following - 1].tag == "VBN" and position > 0
            and sentence[position - 1].lemma in ("be", "get") and option.count(" ") == 1):
        return after is None or after.text.lower() != "by"  # passive, without its agent
    return last == "in" and (after is None or after.tag not in ("IN", "TO"))


def _takes_no_indefinite_article(word: str) -> bool:
    """A quantifier, "right", "same", or a superlative ("best", "largest": an "-est" form
    of another adjective; not "honest")."""
    return word in _NO_INDEFINITE_ARTICLE or (
        word.endswith("est") and any(lemma != word for lemma in english_lemmas(word).get(
            "ADJ", ())))


def _quoted(source: str, sentence: Sequence[Word], position: int, length: int) -> bool:
    """The term stands inside quotation marks in its sentence: a name the text gives or a
    word it mentions ('also called "clinical depression"', '"coagulant" means …'), which a
    plain word would rename ("medical depression")."""
    opening = sentence[0].start
    if opening > 0 and source[opening - 1] in "\"“«":
        opening -= 1  # the sentence opens with the quotation
    start, end = sentence[position].start, sentence[position + length - 1].end
    before, after = source[opening:start], source[end : sentence[-1].end + 2]
    straight = before.count('"') % 2 == 1 and '"' in after
    return straight or any(before.rfind(left) > before.rfind(right) and right in after
                           for left, right in (("“", "”"), ("«", "»")))


def _adverbial_place(sentence: Sequence[Word], position: int, length: int, source: str
                     ) -> bool:
    """A prepositional phrase ("into a vein", "by mouth", "under the skin"; not "in contact
    with", which takes the noun after it) stands where the term says how something is done
    ("given IV twice a day", "6 weeks postpartum, making"): not right after a preposition,
    article or possessive ("given by IV", "an IV", "12 mg of IV lorazepam"), and
    not right before a noun, adjective or verb other than an auxiliary ("clears IV
    prednisolone", where the tagger calls the medicine a participle; "orally poisoned
    patients"; but "administered intravenously was effective")."""
    if position > 0:
        before = sentence[position - 1]
        if before.tag in _BEFORE_NO_ADVERBIAL and not _PHRASE_BREAK.search(
                source, before.end, sentence[position].start):
            return False
    following = position + length
    if following >= len(sentence):
        return True
    after = sentence[following]
    if _PHRASE_BREAK.search(source, sentence[following - 1].end, after.start):
        return True
    return not after.tag.startswith(("NN", "JJ", "VB")) or after.lemma in ("be", "have", "do")


def _roman_numeral(words: Sequence[Word], position: int) -> bool:
    """The word is a Roman numeral, and a word that numbers things or another numeral is
    among the three before it: "stage IV", "stages III and IV", "(I through IV)", "NYHA III
    and IV", "groups II and/or IV".  A lone "I" counts only before "to", "through", "and"
    or "or", where it is no pronoun."""
    if not _ROMAN_NUMERAL.fullmatch(words[position].text):
        return False
    start = max(0, position - 3)
    for at in range(start, position):
        text = words[at].text
        if text.lower() in _NUMBERED:
            return True
        if _ROMAN_NUMERAL.fullmatch(text) and (text != "I" or words[at + 1].text.lower() in (
                "to", "through", "and", "or")):
            return True
    return False


def _modified_phrase(sentence: Sequence[Word], position: int, length: int, source: str
                     ) -> range:
    """The positions of the words after a modifier up to the noun it stands before ("IV"
    in "an IV tube": "tube"; "idiopathic" in "idiopathic pulmonary fibrosis": "pulmonary
    fibrosis"), or an empty range when no noun follows it or the term is no modifier (a
    verb before its object: "seek medical help")."""
    if sentence[position + length - 1].tag not in _MODIFIER_TAGS:
        return range(position + length, position + length)
    return _noun_phrase_after(sentence, position + length, source)


def _noun_phrase_after(sentence: Sequence[Word], following: int, source: str,
                       term_end: int | None = None) -> range:
    """The positions of the adjectives and nouns from ``following`` up to the last noun,
    with no punctuation between them ("medicine" in "your infliximab medicine may"); empty
    when no noun follows.  ``term_end``: where the term before them ends in ``source``, its
    link's markup included ("[warfarin](…) dose")."""
    end = following
    while end < len(sentence) and sentence[end].tag in _PHRASE_TAGS and (
        sentence[end].text.lower() not in _TIME_NOUNS
    ) and not _PHRASE_BREAK.search(source, term_end if end == following and (
            term_end is not None) else sentence[end - 1].end, sentence[end].start):
        end += 1
    while end > following and sentence[end - 1].tag not in _NOUN_TAGS:
        end -= 1
    return range(following, end)


def _without_article(option: str, sentence: Sequence[Word], position: int) -> str:
    """After "a", "an" or "the", a replacement's own leading article is dropped ("the HIV"
    must not become "the the virus that causes AIDS")."""
    first, _, rest = option.partition(" ")
    if position > 0 and sentence[position - 1].text.lower() in _ARTICLES and rest and (
        first.lower() in _ARTICLES
    ):
        return rest
    return option


def _article_before(sentence: Sequence[Word], position: int) -> int | None:
    """Where an "a" or "an" before the term starts (for English: :meth:`_article_start`)."""
    if position > 0 and sentence[position - 1].text.lower() in ("a", "an"):
        return sentence[position - 1].start
    return None


def _same(word: Word, token: str) -> bool:
    lower = word.text.lower()
    return (
        lower == token
        or word.lemma == token
        or lower.replace("’", "'") == token
        or (not word.tag and token in _singulars(lower))  # no tagger (Spanish): plural by rule
        or token in _name_plural_singulars(word)
    )


def _name_plural_singulars(word: Word) -> tuple[str, ...]:
    """The possible singulars of a plural the tagger called a name and left unlemmatised
    ("arrhythmias", "Aneurysms": the lemmatizer reduces only common nouns), by the regular
    rules; none for any other word, nor for an abbreviation's plural ("STDs")."""
    lower = word.text.lower()
    if not word.is_proper or word.lemma.lower() != lower or not lower.endswith("s") or (
            abbreviation_plural(word.text)):
        return ()
    return _singulars(lower)


def _singulars(lower: str) -> tuple[str, ...]:
    """A plural's possible singulars by the regular rules, the likelier first: after a
    consonant, "-es" may be the ending ("úlceras" → "úlcera", "infecciones" has no accent
    rule here) or "-s" after a stem in -e ("opioides" → "opioide"); used only where no
    lemmatizer runs."""
    if lower.endswith("es") and len(lower) > 4 and lower[-3] not in "aeiou":
        return lower[:-2], lower[:-1]
    return (lower[:-1],) if lower.endswith("s") and len(lower) > 3 else (lower,)


def _medical_form(lower: str) -> bool:
    if len(lower) < _MEDICAL_FORM_LETTERS:
        return False
    return lower.endswith(MEDICAL_SUFFIXES) or (
        lower.startswith(MEDICAL_PREFIXES) and len(lower) >= 9
    )


def _text_of(words: Sequence[Word]) -> str:
    return " ".join(word.text for word in words)


def _single(word: Word, index: int, kind: Kind, lemma: str, *, category: str,
            suggestions: tuple[str, ...] = (), definition: str = "") -> JargonTerm:
    return JargonTerm(word.start, word.end, word.text, lemma, kind, category, False, index, 1,
                      suggestions, definition)
