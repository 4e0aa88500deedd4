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

from collections.abc import Iterator, Sequence

from lemminflect import getInflection

from literacy.findings import Finding, Suggestion
from literacy.parsing import Sentence, Word
from literacy.rules.context import RuleContext
from literacy.spanish_grammar import PARTICIPLE, TENSE_OF_SER, conjugate

_WHO = {"en": "“you”, “your nurse”, “we”", "es": "“usted”, “su enfermera”, “nosotros”"}
_STOP_AGENT = {"IN", "TO", "WDT", "WRB", "CC", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD"}


def check(context: RuleContext) -> Iterator[Finding]:
    for sentence in context.parsed.sentences:
        found = _passive(sentence.words)
        if found is None:
            continue
        be, participle = found
        words = sentence.words
        start, end = words[be].start, words[participle].end
        spanish = words[be].lemma == "ser"
        active = (_active_form_es if spanish else _active_form)(sentence, be, participle)
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


def _passive(words: Sequence[Word]) -> tuple[int, int] | None:
    for index, word in enumerate(words):
        english = word.lemma == "be" and word.tag.startswith("VB")
        if not english and not (word.lemma == "ser" and word.pos == "AUX"):
            continue
        following = index + 1
        while following < len(words) and _is_adverb(words[following], english):
            following += 1
        if following < len(words) and words[following].tag == ("VBN" if english else PARTICIPLE):
            return index, following
    return None


def _is_adverb(word: Word, english: bool) -> bool:
    if english:
        return word.tag in ("RB", "RBR")
    return word.text.lower().endswith("mente") or word.text.lower() in _ES_ADVERBS


def _plain_span(source: str, sentence: Sentence) -> bool:
    """The sentence stands in the source as plain words: rewriting it loses no markup."""
    return " ".join(source[sentence.start : sentence.end].split()) == " ".join(
        sentence.text.split()
    )


def _active_form(sentence: Sentence, be: int, participle: int) -> str | None:
    """Only the simple case: "<subject> was/were/is/are [adverbs] <verb>ed by <agent>.";
    every other word is kept ("is usually caused by X" → "X usually causes …").  Not a
    question, and not when the subject holds a verb or a relative or question word: the
    passive is then in a clause ("Mumps is a disease that is caused by a virus" must not
    become "A virus causes mumps is a disease that.")."""
    words = sentence.words
    by = participle + 1
    if by >= len(words) or words[by].text.lower() != "by" or be == 0 or be > 8:
        return None
    if sentence.text.rstrip().endswith("?") or any(
        word.tag.startswith(("VB", "MD", "W")) for word in words[:be]
    ):
        return None
    agent_end = by + 1
    while agent_end < len(words) and words[agent_end].tag not in _STOP_AGENT:
        agent_end += 1
    if agent_end == by + 1 or agent_end != len(words):
        return None
    be_word = words[be].text.lower()
    agent = [word.text for word in words[by + 1 : agent_end]]
    plural_agent = words[agent_end - 1].tag in ("NNS", "NNPS") or agent[-1].lower() in (
        "we", "they", "you", "i")
    tag = {"was": "VBD", "were": "VBD", "is": "VBP" if plural_agent else "VBZ",
           "are": "VBP" if plural_agent else "VBZ"}.get(be_word)
    if tag is None:
        return None
    forms = getInflection(words[participle].lemma, tag=tag)
    if not forms:
        return None
    subject = [word.text for word in words[:be]]
    adverbs = [word.text for word in words[be + 1 : participle]]
    if any(adverb.lower() in ("not", "n't", "n’t") for adverb in adverbs):
        return None  # "was not given by X" needs "X did not give": not this simple case
    if subject[0][:1].isupper() and not words[0].is_proper:
        subject[0] = subject[0][:1].lower() + subject[0][1:]
    agent[0] = agent[0][:1].upper() + agent[0][1:]
    extra = sentence.text.rstrip()[-1:] if sentence.text.rstrip()[-1:] in ".!?" else "."
    return " ".join([*agent, *adverbs, forms[0], *subject]) + extra


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
_ES_HABER = {"ha": ("ha", "han"), "han": ("ha", "han"), "había": ("había", "habían"),
             "habían": ("había", "habían"), "habrá": ("habrá", "habrán"),
             "habrán": ("habrá", "habrán")}


def _active_form_es(sentence: Sentence, be: int, participle: int) -> str | None:
    """Only the simple case: "<sujeto> fue/es/era/será [o ha sido] <participio> por <agente>."
    ("La vacuna fue administrada por el médico." → "El médico administró la vacuna."); not
    a question, nor a passive in a clause ("La gripe es una enfermedad que es causada por un
    virus")."""
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
    agent = list(words[por + 1 :])
    if not agent or any(word.pos in ("AUX", "VERB") or word.text.lower() in ("que", "quien",
                                                                            "cual")
                        for word in agent):
        return None
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
    if subject_end == 0 or words[subject_end - 1].text.lower() in _ES_CLITICS:
        return None  # "La vacuna le fue puesta por …": the pronoun has no place to go
    # A negation before the verb stays before it: "no fue dada por X" → "X no dio …".
    negations = [w.text for w in words[:subject_end] if w.text.lower() in _ES_NEGATIONS]
    subject = [w.text for w in words[:subject_end] if w.text.lower() not in _ES_NEGATIONS]
    if not subject:
        return None
    if subject[0][:1].isupper() and not words[0].is_proper:
        subject[0] = subject[0][:1].lower() + subject[0][1:]
    adverbs = [word.text for word in words[be + 1 : participle]]
    agent_words = [word.text for word in agent]
    agent_words[0] = agent_words[0][:1].upper() + agent_words[0][1:]
    end = sentence.text.rstrip()[-1:]
    return " ".join([*agent_words, *negations, *adverbs, verb, *subject]) + (
        end if end in ".!?" else ".")


def _plural_es(agent: Sequence[Word]) -> bool:
    first = agent[0].text.lower()
    if first in _ES_PLURAL:
        return True
    if first in _ES_SINGULAR or agent[-1].is_proper:
        return False
    return agent[-1].text.lower().endswith("s")
