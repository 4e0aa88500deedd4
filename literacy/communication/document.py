"""The parsed document as the clear-communication checks see it.

From the engine's sentences (``literacy.parsing``): the title (the first heading), the body
(everything that is not a heading), its sections (runs of body text between headings or bold
lead-ins, as Markdown ``**…**`` or HTML ``<strong>``/``<b>`` at the start of a paragraph or
list item), and the actions: sentences that ask the reader to do something.

An action, in English, is an imperative (a base-form verb first, or right after an
introductory clause: "If you smoke, quit") or a "you can / should / need to" sentence; in
Spanish, an usted imperative (a listed one, a present subjunctive by its form: "Llame",
"Mezcle", "Obtenga", or one with pronouns after it: "Llévela", "Quédese") or an "usted debe
/ puede" sentence.  Imperatives of navigation verbs ("Learn more", "Visit") are not actions
unless they name someone to contact, and the items of a list that completes an open
condition ("the risk is higher if:", "if you:") are conditions, not actions; the items
after a condition that is complete ("If you think someone has overdosed:") are actions.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from literacy.communication.lexicon import LEXICONS, Lexicon
from literacy.communication.model import Evidence
from literacy.parsing import ParsedDocument, Sentence, Word
from literacy.spanish_grammar import PARTICIPLE, SpanishGrammar, subjunctive_of

_BOLD_BEFORE = re.compile(r"(?:\*\*|__|<(?:strong|b)(?:\s[^>]*)?>)\s*$", re.IGNORECASE)
_ENCLITIC = re.compile(r"^\w*[áéíóú]\w*(?:se|le|les|nos|me)$", re.IGNORECASE)
_CONDITION_LEAD = re.compile(r"\b(?:if|si)\b", re.IGNORECASE)
_IMPERATIVE_OPENERS = frozenset({"don't", "do", "never", "always", "please", "no", "nunca",
                                 "siempre"})
# Past and conditional forms that end like a present subjunctive ("tomase", "tenía", "llamaste").
_NOT_SUBJUNCTIVE = re.compile(r"(?:ase|are|ara|iese|iere|iera|yese|yera|ía|aste|iste)$")
FINITE_TAGS = ("VBZ", "VBP", "VBD", "MD")  # a verb with a subject of its own


@dataclass(frozen=True)
class Section:
    """A run of body sentences under one heading (or bold lead-in)."""

    heading: Sentence | None
    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> int:
        return sum(len(sentence.words) for sentence in self.sentences)


class DocumentView:
    """One parsed document, with what the items ask about it worked out once; a Spanish
    one needs its engine's :class:`~literacy.spanish_grammar.SpanishGrammar`."""

    def __init__(self, parsed: ParsedDocument, lang: str,
                 grammar: SpanishGrammar | None = None) -> None:
        if lang == "es" and grammar is None:
            raise ValueError("a Spanish DocumentView needs SpanishGrammar.of(nlp)")
        self.parsed = parsed
        self.lang = lang
        self.grammar = grammar
        self.lexicon: Lexicon = LEXICONS.get(lang, LEXICONS["en"])
        self.source = parsed.document.source

    # --- parts ------------------------------------------------------------------------------

    @cached_property
    def title(self) -> Sentence | None:
        """The first heading, when the document starts with one."""
        first = self.parsed.sentences[0] if self.parsed.sentences else None
        return first if first is not None and first.kind == "heading" else None

    @cached_property
    def headings(self) -> list[Sentence]:
        return [s for s in self.parsed.sentences if s.kind == "heading" and s is not self.title]

    @cached_property
    def body(self) -> list[Sentence]:
        return [s for s in self.parsed.sentences if s.kind != "heading"]

    @cached_property
    def body_words(self) -> int:
        return sum(len(sentence.words) for sentence in self.body)

    @cached_property
    def opening(self) -> list[Sentence]:
        """The first three body sentences, less datelines ("Updated Apr. 4, 2024")."""
        dateline = self.lexicon.dateline
        return [s for s in self.body if not dateline.search(s.text)][:3]

    def is_lead_in(self, sentence: Sentence) -> bool:
        """Whether the sentence opens its paragraph or list item in bold."""
        segment = self.parsed.document.segments[sentence.segment]
        first_of_segment = sentence.start == segment.source_span(0, 1)[0]
        return first_of_segment and bool(
            _BOLD_BEFORE.search(self.source, max(0, sentence.start - 40), sentence.start)
        )

    @cached_property
    def sections(self) -> list[Section]:
        """Body text split at headings and bold lead-ins."""
        sections: list[Section] = []
        heading: Sentence | None = None
        run: list[Sentence] = []
        for sentence in self.parsed.sentences:
            if sentence is self.title:
                continue
            if sentence.kind == "heading" or self.is_lead_in(sentence):
                if run or heading is not None:
                    sections.append(Section(heading, tuple(run)))
                heading, run = sentence, []
                if sentence.kind == "heading":
                    continue
            run.append(sentence)
        if run or heading is not None:
            sections.append(Section(heading, tuple(run)))
        return sections

    # --- actions ----------------------------------------------------------------------------

    @cached_property
    def actions(self) -> list[Sentence]:
        """Body sentences that ask the reader to do something, in reading order."""
        found: list[Sentence] = []
        conditions = False
        for sentence in self.body:
            if sentence.kind != "list_item":
                conditions = _completes_condition(sentence.text)
            elif conditions:
                continue
            if self.is_action(sentence):
                found.append(sentence)
        return found

    def is_action(self, sentence: Sentence) -> bool:
        text = sentence.text.strip()
        if not sentence.words or text.endswith("?"):
            return False
        if self.lexicon.you_action.search(text):
            return True
        verb = self._imperative_verb(sentence.words)
        if verb is None:
            return False
        navigation = verb.lemma.lower() in self.lexicon.navigation or verb.text.lower() in (
            self.lexicon.navigation
        )
        return not navigation or bool(self.lexicon.help_sources.search(text))

    def _imperative_verb(self, words: Sequence[Word]) -> Word | None:
        """The verb of an imperative: first, after "Don't" / "Do not" / "Never" / "No", or
        first after the comma that ends an introductory clause."""
        candidates = [0]
        first = words[0].text.lower()
        if first in _IMPERATIVE_OPENERS:
            candidates.append(2 if first == "do" and len(words) > 1
                              and words[1].text.lower() == "not" else 1)
        if first in self.lexicon.introductions:
            after = [i for i in range(1, min(len(words), 16)) if self._after_comma(words, i)]
            candidates += after[:1]
        for index in candidates:
            if index < len(words) and self._is_imperative(words, index):
                return words[index]
        return None

    def _after_comma(self, words: Sequence[Word], index: int) -> bool:
        return "," in self.source[words[index - 1].end : words[index].start]

    def _is_imperative(self, words: Sequence[Word], index: int) -> bool:
        word = words[index]
        if self.grammar is not None:
            lower = word.text.lower()
            return lower in self.lexicon.imperatives or bool(_ENCLITIC.match(lower)) or (
                _usted_imperative(word, self.grammar)
            )
        allowed = ("VB", "VBP") if index == 0 else ("VB", "VBP", "VBD")
        listed = word.text.lower() in self.lexicon.imperatives
        if not listed and (word.tag not in allowed
                           or (index > 0 and word.lemma == "be" and word.tag != "VB")):
            return False
        # "Be Antibiotics Aware is ...": a name that starts with a verb, then its verb.
        return not any(w.tag in FINITE_TAGS for w in words[index + 1 : index + 4])

    @cached_property
    def first_action_position(self) -> float | None:
        """Where the first action is, as a share of the body sentences (0 = first)."""
        if not self.actions or not self.body:
            return None
        index = next(i for i, s in enumerate(self.body) if s is self.actions[0])
        return index / len(self.body)

    # --- helpers ----------------------------------------------------------------------------

    def evidence(self, sentence: Sentence) -> Evidence:
        return Evidence(sentence.start, sentence.end, self.source[sentence.start:sentence.end])

    def match_evidence(self, sentence: Sentence, start: int, end: int) -> Evidence:
        """Evidence for ``sentence.text[start:end]``, mapped back to the source: the same
        occurrence of those characters in the sentence's source, not the first ("5%" at the
        end of "… (22.5%) and 5% of cases")."""
        found = sentence.text[start:end]
        earlier = sum(offset < start for offset in _occurrences(sentence.text, found, 0,
                                                                 len(sentence.text)))
        offsets = _occurrences(self.source, found, sentence.start, sentence.end + 1)
        offset = next(itertools.islice(offsets, earlier, None), -1)
        if offset < 0:
            return self.evidence(sentence)
        return Evidence(offset, offset + end - start, found)

    def stems(self, words: Sequence[Word]) -> set[str]:
        """Content words cut to five letters, so "estornudos" meets "estornudar"."""
        return {
            word.text.lower()[:5]
            for word in words
            if len(word.text) >= 3 and word.text.lower() not in self.lexicon.stopwords
            and not word.is_number
        }


def _occurrences(text: str, found: str, start: int, end: int) -> Iterator[int]:
    """Where ``found`` starts in ``text[start:end]``, overlapping occurrences included."""
    offset = text.find(found, start, end)
    while offset >= 0:
        yield offset
        offset = text.find(found, offset + 1, end)


def _completes_condition(text: str) -> bool:
    """A lead-in whose list completes a condition: it ends in ":" after an "if"/"si" that
    is not its first word ("the risk is higher if:", "incluyendo si usted:"), or that is
    followed by two words at most ("If you:"), with no comma after it.  "Si cree que alguien
    tiene una sobredosis:" states a whole condition, and its list says what to do."""
    text = text.rstrip()
    leads = list(_CONDITION_LEAD.finditer(text))
    if not text.endswith(":") or not leads:
        return False
    lead = leads[-1]
    rest = text[lead.end() : -1]
    opening = not text[: lead.start()].strip(" ¿¡*_\"“'")
    return "," not in rest and (not opening or len(rest.split()) <= 2)


def _usted_imperative(word: Word, grammar: SpanishGrammar) -> bool:
    """A present subjunctive, the form of the usted imperative, told by its lemma: an -ar
    verb ending in -e, an -er or -ir verb in -a ("Llame", "Mezcle", "Obtenga", "Acueste");
    not a word that is also a noun, adjective or preposition ("Sangre", "Parte", "Entre"),
    a participle, or a past or conditional form ("Tomase", "Tenía").  With object pronouns
    after it ("Llévela", "Tómelo", "Pídala"), the form before them
    (:meth:`SpanishGrammar.pronoun_bases`) is looked up by its lemma, then by the regular
    endings (:meth:`SpanishGrammar.infinitive_of_subjunctive`); the pronouns after a
    written accent mark it as a verb, so it may also be a noun ("Ciérrelo": "cierre"), but
    not an infinitive ("Vérselas") or a past form ("Explícaselo": "explicase")."""
    lower, lemma = word.text.lower(), word.lemma
    if len(lower) < 3 or word.tag == PARTICIPLE or lower in grammar.not_verbs or (
        _NOT_SUBJUNCTIVE.search(lower)
    ):
        return False  # "ha", "va": the present of haber and ir
    if subjunctive_of(lower, lemma):
        return True
    forms = grammar.pronoun_bases(lower)
    if any(form in grammar.infinitives for form in forms):
        return False  # an infinitive: "Vérselas", "Dárselo"
    return any(grammar.infinitive_of_subjunctive(form) is not None for form in forms)
