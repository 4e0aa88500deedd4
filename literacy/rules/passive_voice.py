"""PL302 passive-voice.

What it does: flags a verb in the passive voice (English: a form of "be", then a past
participle: "was given", "are advised"; Spanish: a form of *ser*, then a participle: "fue
administrada", "han sido revisados"), with the active form when the sentence names who acts
("The shot was given by the nurse." → "The nurse gave the shot."; "La vacuna fue
administrada por el médico." → "El médico administró la vacuna.").
Why it matters: the passive hides who must do what; patient instructions read better when
the actor is the subject, often "you" ("usted").
Example: "Patients are advised to fast." → "Do not eat or drink ..." (rewrite by hand).
Options: none.

The language is told by the verb's lemma ("be" or *ser*), so one rule serves both.  Spanish
participles and forms of *ser* come from ``literacy.spanish_grammar``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

from lemminflect import getInflection

from literacy.findings import Finding, Suggestion
from literacy.parsing import Sentence, Word, adjacent
from literacy.rules.context import RuleContext
from literacy.spanish_grammar import PARTICIPLE, TENSE_OF_SER, conjugate

_WHO = {"en": "“you”, “your nurse”, “we”", "es": "“usted”, “su enfermera”, “nosotros”"}
# A word the agent cannot hold: a clause, a second phrase, a time ("by October 1942") or an
# adverb ("by phone 5 days later").
_STOP_AGENT = {"IN", "TO", "WDT", "WRB", "CC", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD",
               "CD", "RB"}
_NAMING_TAGS = {"DT", "PRP$", "POS", "PRP", "NNS", "NNP", "NNPS"}
_OBJECT_PRONOUNS = {"i": "me", "he": "him", "she": "her", "we": "us", "they": "them"}
# Adverbs of manner that follow the object in the active ("critics received it well").
_AFTER_OBJECT = frozenset({"well", "badly", "poorly"})
_JOINERS = frozenset({"", "-", "'", "’"})  # what may stand between the words a rewrite moves
# Participles that, after "be" and with no "by" after them, say what state someone or
# something is in, not what was done to it: "You are constipated", "The wound is infected",
# "Babies are born early" have no actor to name.  The tagger calls them participles all
# the same ("tired" and "confused" it reads as adjectives, so they need no place here).
_STATES = frozenset({
    "born", "bloated", "compromised", "concerned", "constipated", "dehydrated", "depressed",
    "exhausted", "infected", "inflamed", "injured", "married", "related", "swollen",
})


def check(context: RuleContext) -> Iterator[Finding]:
    for sentence in context.parsed.sentences:
        found = _passive(context.source, sentence.words)
        if found is None:
            continue
        be, participle = found
        words = sentence.words
        start, end = words[be].start, words[participle].end
        spanish = words[be].lemma == "ser"
        active = (_active_form_es if spanish else _active_form)(context.source, sentence, be,
                                                                participle)
        if active is not None and not _plain_span(context.source, sentence):
            active = None  # the sentence has links or other markup a rewrite would lose
        suggestions = (
            (Suggestion(active, sentence.start, sentence.end, "unsafe", "rewrite"),)
            if active else ()
        )
        yield Finding(
            code="PL302",
            message=(
                f"Passive voice: say who does what, e.g. “{active}”"
                if active
                else f"Passive voice: say who does what ({_WHO['es' if spanish else 'en']})."
            ),
            span=context.span(start, end),
            text=context.source[start:end],
            suggestions=suggestions,
        )


def _passive(source: str, words: Sequence[Word]) -> tuple[int, int] | None:
    for index, word in enumerate(words):
        english = word.lemma == "be" and word.tag.startswith("VB")
        if not english and not (word.lemma == "ser" and word.pos == "AUX"):
            continue
        following = index + 1
        while following < len(words) and _is_adverb(words[following], english):
            following += 1
        participle = "VBN" if english else PARTICIPLE
        # "be", its adverbs and the participle are one verb ("is usually caused"), not "was
        # second best, followed by"
        if following < len(words) and words[following].tag == participle and adjacent(
                words[index : following + 1], source):
            if english and _state(words, following):
                continue
            return index, following
    return None


def _state(words: Sequence[Word], participle: int) -> bool:
    """The participle names a state (:data:`_STATES`) and no agent follows it."""
    after = words[participle + 1].text.lower() if participle + 1 < len(words) else ""
    return words[participle].text.lower() in _STATES and after != "by"


def _is_adverb(word: Word, english: bool) -> bool:
    if english:
        return word.tag in ("RB", "RBR")
    return word.text.lower().endswith("mente") or word.text.lower() in _ES_ADVERBS


def _plain_span(source: str, sentence: Sentence) -> bool:
    """The sentence stands in the source as plain words: rewriting it loses no markup."""
    return " ".join(source[sentence.start : sentence.end].split()) == " ".join(
        sentence.text.split()
    )


def _opening(source: str, words: Sequence[Word], end: int) -> int | None:
    """Where the subject starts among ``words[:end]``: after an opening phrase ended by a
    comma ("In 2010, the vaccine …"), which the rewrite keeps in front, or at the first word.
    None when a word is parted from the next by other punctuation, or by a second comma
    ("The shot, like the pill, is …"): the rewrite would lose it."""
    start = 0
    for index in range(1, end):
        gap = source[words[index - 1].end : words[index].start].strip()
        if gap == "," and start == 0:
            start = index
        elif gap not in _JOINERS:
            return None
    return start if start < end else None


def _joined(source: str, words: Sequence[Word]) -> bool:
    """The words follow each other with only spaces, hyphens or apostrophes between."""
    return all(source[first.end : second.start].strip() in _JOINERS
               for first, second in itertools.pairwise(words))


def _rewrite(source: str, words: Sequence[Word], opening: int, parts: Sequence[str],
             sentence: Sentence) -> str:
    """The active sentence: the opening phrase as written, then ``parts``; the first word is
    capitalised when it starts the sentence, and the sentence ends as the source did."""
    text = " ".join(parts)
    if opening:
        text = f"{source[words[0].start : words[opening - 1].end]}, {text}"
    else:
        text = text[:1].upper() + text[1:]
    end = sentence.text.rstrip()[-1:]
    return text + (end if end in ".!?" else ".")


def _active_form(source: str, sentence: Sentence, be: int, participle: int) -> str | None:
    """Only the simple case: "<subject> was/were/is/are [adverbs] <verb>ed by <agent>.";
    every other word is kept ("is usually caused by X" → "X usually causes …").  Not a
    question, and not when the subject holds a verb or a relative or question word: the
    passive is then in a clause ("Mumps is a disease that is caused by a virus" must not
    become "A virus causes mumps is a disease that.").  An opening phrase ended by a comma
    stays in front ("In 2010, nurses gave the vaccine."); one without it is not told from
    the subject ("After surgery the wound is checked by nurses" must not become "Nurses
    check after surgery the wound."), so a subject that opens with a preposition gets no
    rewrite."""
    words = sentence.words
    by = participle + 1
    if by >= len(words) or words[by].text.lower() != "by" or be == 0 or be > 8:
        return None
    if sentence.text.rstrip().endswith("?") or any(
        word.tag.startswith(("VB", "MD", "W")) for word in words[:be]
    ):
        return None
    opening = _opening(source, words, be)
    if opening is None or words[opening].tag in ("IN", "TO"):
        return None
    agent_end = by + 1
    while agent_end < len(words) and (words[agent_end].tag not in _STOP_AGENT or (
            agent_end == by + 1 and words[agent_end].tag == "CD")) and not (  # "by two nurses"
            words[agent_end].tag == "DT" and words[agent_end - 1].tag.startswith("NN")):
        agent_end += 1  # a determiner after a noun opens a clause: "by the place the river …"
    if agent_end == by + 1 or agent_end != len(words) or not _joined(source, words[by + 1 :]):
        return None
    if not any(word.tag in _NAMING_TAGS for word in words[by + 1 :]):
        return None  # a bare noun says how, not who: "given by mouth", "spread by contact"
    be_word = words[be].text.lower()
    plural_agent = words[agent_end - 1].tag in ("NNS", "NNPS") or words[
        agent_end - 1].text.lower() in ("we", "they", "you", "i")
    tag = {"was": "VBD", "were": "VBD", "is": "VBP" if plural_agent else "VBZ",
           "are": "VBP" if plural_agent else "VBZ"}.get(be_word)
    if tag is None:
        return None
    forms = getInflection(words[participle].lemma, tag=tag)
    if not forms:
        return None
    adverbs = [word.text for word in words[be + 1 : participle]]
    if any(adverb.lower() in ("not", "n't", "n’t") for adverb in adverbs):
        return None  # "was not given by X" needs "X did not give": not this simple case
    subject = _lowered(_written(source, words[opening:be]), words[opening])
    subject = _OBJECT_PRONOUNS.get(subject, subject)  # "he" → "him"
    manner = [adverb for adverb in adverbs if adverb.lower() in _AFTER_OBJECT]
    adverbs = [adverb for adverb in adverbs if adverb not in manner]
    return _rewrite(source, words, opening,
                    [_written(source, words[by + 1 :]), *adverbs, forms[0], subject, *manner],
                    sentence)


def _written(source: str, words: Sequence[Word]) -> str:
    """The words as the source writes them ("the explosion's shock waves", not "explosion
    's"); the rewrites move only words that :func:`_joined` or :func:`_opening` found joined."""
    return source[words[0].start : words[-1].end]


def _lowered(text: str, word: Word) -> str:
    """Words that move from the start of the sentence, their first lowered unless it is a
    name or an abbreviation."""
    if word.sentence_initial and not word.is_proper and not (
            len(word.text) > 1 and word.text.isupper()):
        return text[:1].lower() + text[1:]
    return text


# Adverbs that may stand between *ser* and the participle ("fue ya revisado").
_ES_ADVERBS = frozenset({"ya", "también", "siempre", "nunca", "bien", "mal", "muy", "antes",
                         "después", "luego", "pronto", "todavía", "aún"})
_ES_PLURAL = frozenset({"los", "las", "unos", "unas", "sus", "estos", "estas", "esos", "esas",
                        "ustedes", "ellos", "ellas", "nosotros", "nosotras", "varios", "varias"})
_ES_SINGULAR = frozenset({"el", "la", "un", "una", "su", "este", "esta", "ese", "esa", "usted",
                          "él", "ella", "mi", "tu"})
_ES_NEGATIONS = frozenset({"no", "nunca", "jamás", "tampoco"})
# Words that open a clause or a question: a passive after them is not the sentence's own.
_ES_CLAUSE_WORDS = frozenset({"que", "quien", "quienes", "cual", "cuales", "cuyo", "cuya",
                              "donde", "cuando", "como", "qué", "quién", "quiénes", "cuál",
                              "dónde", "cuándo", "cómo"})
_ES_CLITICS = frozenset({"me", "te", "se", "le", "les", "nos", "os"})
_ES_PREPOSITIONS = frozenset({"a", "al", "ante", "bajo", "con", "contra", "de", "del", "desde",
                              "durante", "en", "entre", "hacia", "hasta", "mediante", "para",
                              "por", "según", "sin", "sobre", "tras"})
_ES_CONJUNCTIONS = frozenset({"y", "e", "o", "u", "ni", "pero"})
# A subject the active sentence could not take as its object as it stands: a negative one
# needs "no" before the verb ("El virus no infectó a ninguno"), a personal pronoun a clitic.
_ES_UNMOVABLE = frozenset({"ninguno", "ninguna", "ningún", "nadie", "nada", "yo", "tú", "él",
                           "ella", "ellos", "ellas", "usted", "ustedes", "nosotros",
                           "nosotras"})
_ES_QUANTIFIERS = frozenset({"todos", "todas", "muchos", "muchas", "algunos", "algunas",
                             "otros", "otras", "ambos", "ambas"})
_ES_DETERMINERS = _ES_PLURAL | _ES_SINGULAR | _ES_QUANTIFIERS
# A word the agent cannot hold: a clause, a second phrase, a prepositional phrase ("por los
# ribosomas … en proteínas"); "de" builds the noun phrase ("la oficina del Custodio").
_ES_STOP_AGENT = _ES_CLAUSE_WORDS | _ES_CONJUNCTIONS | (_ES_PREPOSITIONS - {"de", "del"})
# People as the object of a verb take the personal "a" (RAE, *Nueva gramática*, §34.8):
# "El médico examinó al paciente."  The quantifiers stand for people when alone ("Otros
# fueron afectados …" → "… afectaron a otros").
_ES_PERSONS = frozenset({"paciente", "pacientes", "persona", "personas", "niño", "niños",
                         "niña", "niñas", "bebé", "bebés", "hijo", "hijos", "hija", "hijas",
                         "mujer", "mujeres", "hombre", "hombres", "adulto", "adultos",
                         "participante", "participantes", "recién", "madre", "madres",
                         "padre", "padres", "familiar", "familiares", "usuario", "usuarios"})
_ES_HABER = {"ha": ("ha", "han"), "han": ("ha", "han"), "había": ("había", "habían"),
             "habían": ("había", "habían"), "habrá": ("habrá", "habrán"),
             "habrán": ("habrá", "habrán")}


def _active_form_es(source: str, sentence: Sentence, be: int, participle: int) -> str | None:
    """Only the simple case: "<sujeto> fue/es/era/será [o ha sido] <participio> por <agente>."
    ("La vacuna fue administrada por el médico." → "El médico administró la vacuna."); not
    a question, nor a passive in a clause ("La gripe es una enfermedad que es causada por un
    virus").  The agent is one noun phrase ("por los ribosomas del anfitrión en proteínas"
    must not become the subject whole), the subject no negative or personal pronoun, and a
    person as the object takes "a" ("El médico examinó al paciente."); an opening phrase
    ended by a comma stays in front, as in English."""
    words = sentence.words
    por = participle + 1
    if por >= len(words) or words[por].text.lower() != "por" or be == 0 or be > 8:
        return None
    text = sentence.text.strip()
    # Before the verb, only an auxiliary or a clause word says the passive is in a clause: a
    # noun may look like a participle ("los resultados").
    before = words[: be - 1 if words[be].text.lower() == "sido" else be]
    if text.startswith("¿") or text.endswith("?") or any(
        word.pos == "AUX" or word.text.lower() in _ES_CLAUSE_WORDS for word in before
    ):
        return None
    opening = _opening(source, words, be)
    if opening is None or words[opening].text.lower() in _ES_PREPOSITIONS or any(
            word.text.lower() in _ES_UNMOVABLE for word in words[opening:be]):
        return None
    agent = list(words[por + 1 :])
    if not agent or not _joined(source, agent) or any(
            word.pos in ("AUX", "VERB") or word.text.lower() in _ES_STOP_AGENT
            for word in agent):
        return None
    first = agent[0].text
    if not (first.lower() in _ES_DETERMINERS or first.endswith("s") or agent[0].is_proper
            or first[:1].isupper()):
        return None  # a bare noun says how or why: "administrado por vía oral", "por neumonía"
    plural = _plural_es(agent)
    be_word = words[be].text.lower()
    subject_end = be
    if be_word == "sido" and words[be - 1].text.lower() in _ES_HABER:
        subject_end = be - 1
        haber = _ES_HABER[words[be - 1].text.lower()][1 if plural else 0]
        masculine = words[participle].text.lower()
        masculine = masculine[:-2] + "o" if masculine.endswith(("as", "os")) else (
            masculine[:-1] + "o" if masculine.endswith("a") else masculine)
        verb = f"{haber} {masculine}"
    elif be_word in TENSE_OF_SER:
        form = conjugate(words[participle].lemma, TENSE_OF_SER[be_word][0], plural)
        if form is None:
            return None
        verb = form
    else:
        return None
    if subject_end == opening or words[subject_end - 1].text.lower() in _ES_CLITICS:
        return None  # "La vacuna le fue puesta por …": the pronoun has no place to go
    # A negation before the verb stays before it: "no fue dada por X" → "X no dio …".
    negations = [w.text for w in words[opening:subject_end] if w.text.lower() in _ES_NEGATIONS]
    subject = [w.text for w in words[opening:subject_end] if w.text.lower() not in _ES_NEGATIONS]
    if not subject:
        return None
    subject[0] = _lowered(subject[0], words[opening])
    if _is_person(subject):
        subject = ["al", *subject[1:]] if subject[0] == "el" else ["a", *subject]
    adverbs = [word.text for word in words[be + 1 : participle]]
    return _rewrite(source, words, opening,
                    [_written(source, agent), *negations, *adverbs, verb, *subject], sentence)


def _is_person(subject: Sequence[str]) -> bool:
    """The subject's first noun names people, or a quantifier stands alone for them."""
    nouns = [word.lower() for word in subject if word.lower() not in _ES_DETERMINERS]
    return (nouns[0] in _ES_PERSONS) if nouns else subject[-1].lower() in _ES_QUANTIFIERS


def _plural_es(agent: Sequence[Word]) -> bool:
    first = agent[0].text.lower()
    if first in _ES_PLURAL:
        return True
    if first in _ES_SINGULAR or agent[-1].is_proper:
        return False
    return agent[-1].text.lower().endswith("s")
