"""PL302 passive-voice.

What it does: flags a verb in the passive voice (a form of "be", then a past participle:
"was given", "are advised"), with the active form when the sentence names who acts
("The shot was given by the nurse." → "The nurse gave the shot.").
Why it matters: the passive hides who must do what; patient instructions read better when
the actor is the subject, often "you".
Example: "Patients are advised to fast." → "Do not eat or drink ..." (rewrite by hand).
Options: none.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from lemminflect import getInflection

from literacy.findings import Finding, Suggestion
from literacy.parsing import Sentence, Word
from literacy.rules.context import RuleContext

_STOP_AGENT = {"IN", "TO", "WDT", "WRB", "CC", "VB", "VBD", "VBZ", "VBP", "VBG", "VBN", "MD"}


def check(context: RuleContext) -> Iterator[Finding]:
    for sentence in context.parsed.sentences:
        found = _passive(sentence.words)
        if found is None:
            continue
        be, participle = found
        words = sentence.words
        start, end = words[be].start, words[participle].end
        active = _active_form(sentence, be, participle)
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
                else "Passive voice: say who does what (“you”, “your nurse”, “we”)."
            ),
            span=context.span(start, end),
            text=context.source[start:end],
            suggestions=suggestions,
        )


def _passive(words: Sequence[Word]) -> tuple[int, int] | None:
    for index, word in enumerate(words):
        if word.lemma != "be" or not word.tag.startswith("VB"):
            continue
        following = index + 1
        while following < len(words) and words[following].tag in ("RB", "RBR"):
            following += 1
        if following < len(words) and words[following].tag == "VBN":
            return index, following
    return None


def _plain_span(source: str, sentence: Sentence) -> bool:
    """The sentence stands in the source as plain words: rewriting it loses no markup."""
    return " ".join(source[sentence.start : sentence.end].split()) == " ".join(
        sentence.text.split()
    )


def _active_form(sentence: Sentence, be: int, participle: int) -> str | None:
    """Only the simple case: "<subject> was/were/is/are [adverbs] <verb>ed by <agent>.";
    every other word is kept ("is usually caused by X" → "X usually causes …")."""
    words = sentence.words
    by = participle + 1
    if by >= len(words) or words[by].text.lower() != "by" or be == 0 or be > 8:
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
    if subject[0][:1].isupper() and not words[0].is_proper:
        subject[0] = subject[0][:1].lower() + subject[0][1:]
    agent[0] = agent[0][:1].upper() + agent[0][1:]
    extra = sentence.text.rstrip()[-1:] if sentence.text.rstrip()[-1:] in ".!?" else "."
    return " ".join([*agent, *adverbs, forms[0], *subject]) + extra
