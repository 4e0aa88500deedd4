"""active-voice (PEMAT-P 5; CCI language) and plain-words (PEMAT-P 3–4; CCI language), decided
from the findings the engine already made, so the checklist and the findings agree.

active-voice is met when at most 1 body sentence in 10 has a passive verb: PL302 in English;
in Spanish, whose pipeline has no tags, a form of "ser" or "estar" followed by a participle
and, within a few words, "por" ("está formado por células").
plain-words is met when the text has at most two different unexplained terms (PL201 jargon,
PL202 undefined abbreviations), counted once however often they occur.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from literacy.communication.document import DocumentView
from literacy.communication.model import ITEMS_BY_ID, Evidence, ItemResult
from literacy.findings import Finding

MAX_PASSIVE_SHARE = 0.1
MAX_UNEXPLAINED_TERMS = 2
_SPANISH_PASSIVE = re.compile(
    r"\b(?:es|son|era|eran|fue|fueron|ser[áa]n?|sido|ser|est[áa]n?|estaba|estaban)\s+"
    r"(?:\w+mente\s+)?\w+(?:ad|id)[oa]s?\b(?:\s+\w+){0,3}?\s+por\b",
    re.IGNORECASE,
)


def active_voice(view: DocumentView, findings: Sequence[Finding]) -> ItemResult:
    item = ITEMS_BY_ID["active-voice"]
    body = view.body
    if not body:
        return ItemResult(item, "not_applicable", "The text has no sentences.")
    passive: list[Evidence] = []
    if view.lang == "es":
        for sentence in body:
            match = _SPANISH_PASSIVE.search(sentence.text)
            if match:
                passive.append(view.match_evidence(sentence, match.start(), match.end()))
    else:
        marked = [f for f in findings if f.code == "PL302"]
        for sentence in body:
            inside = [f for f in marked if sentence.start <= f.span.start < sentence.end]
            if inside:
                passive.append(Evidence(inside[0].span.start, inside[0].span.end,
                                        inside[0].text))
    share = len(passive) / len(body)
    if share <= MAX_PASSIVE_SHARE:
        return ItemResult(item, "met", f"{len(passive)} of {len(body)} sentences are passive.",
                          tuple(passive))
    return ItemResult(
        item, "not_met",
        f"{len(passive)} of {len(body)} sentences are passive ({share:.0%}); keep it to 1 in "
        "10: say who does what (“you”, “your nurse”).",
        tuple(passive),
    )


def plain_words(view: DocumentView, findings: Sequence[Finding]) -> ItemResult:
    item = ITEMS_BY_ID["plain-words"]
    if not view.body:
        return ItemResult(item, "not_applicable", "The text has no words to check.")
    terms = [f for f in findings if f.code in ("PL201", "PL202")]
    evidence = tuple(Evidence(f.span.start, f.span.end, f.text) for f in terms)
    different = {str(f.data.get("lemma") or f.text.casefold()) for f in terms}
    if len(different) <= MAX_UNEXPLAINED_TERMS:
        return ItemResult(item, "met", f"{len(different)} unexplained term(s).", evidence)
    return ItemResult(
        item, "not_met",
        f"{len(different)} terms readers may not know are not explained: use everyday words, or "
        "explain each term where it first appears.",
        evidence,
    )
