"""main-message (PEMAT-P 1; CCI main message) and summary (PEMAT-P 11).

main-message is met when the document has a title and its opening (the first three body
sentences, datelines left out) speaks to the reader, asks for an action, or names the title's
topic (or the title itself is the action: "Take Control of Your Blood Pressure"), and is not
about the publisher ("CDC's effort", "these materials") without speaking to the reader; and
when the first action does not come only in the second half of the text while neither the
title nor the opening acts or speaks to the reader.  A key-points section at the top counts
as the main message up front.

summary applies to documents of more than 200 words of body text: the PEMAT-P user's guide
rates very short materials (about two paragraphs) N/A, and 200 words is about three short
paragraphs of patient text.  It is met by a section headed "Key points", "Summary", "What to
know", "Bottom line" (Spanish "Puntos clave", "Resumen", "Lo que debe saber") or the like.
"""

from __future__ import annotations

from dataclasses import replace

from literacy.communication.document import DocumentView
from literacy.communication.model import ITEMS_BY_ID, ItemResult

SUMMARY_MIN_WORDS = 200
LATE_ACTION = 0.5


def main_message(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["main-message"]
    opening = view.opening
    if not view.body:
        return ItemResult(item, "not_applicable", "The text has no body to read.")
    if view.title is None or not opening:
        return ItemResult(item, "not_met", "Start with a title that names the topic, then say "
                          "the main thing to do or know in the first sentence.")
    lexicon = view.lexicon
    acts = any(sentence in view.actions for sentence in opening)
    speaks = acts or any(lexicon.you.search(sentence.text) for sentence in opening)
    title = view.title
    title_acts = view.is_action(title) or bool(lexicon.you.search(title.text))
    topic = view.stems(title.words)
    names_topic = any(view.stems(sentence.words) & topic for sentence in opening)
    about_publisher = any(lexicon.organisation.search(sentence.text) for sentence in opening)
    position = view.first_action_position
    late = position is not None and position > LATE_ACTION and not (speaks or title_acts)
    clear = speaks or names_topic or title_acts
    if _summary_first(view) or (clear and not (about_publisher and not speaks) and not late):
        return ItemResult(item, "met", "The title and opening say what this is about.",
                          tuple(view.evidence(sentence) for sentence in opening[:1]))
    evidence = [view.evidence(opening[0])]
    if late:
        first = view.actions[0]
        evidence.append(replace(view.evidence(first),
                                note="The first thing to do comes only here; say it at the top."))
    return ItemResult(
        item, "not_met",
        "Open with the main message: say in the first sentence what the reader should do or "
        "know, not who made the page or why.",
        tuple(evidence),
    )


def summary(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["summary"]
    if view.body_words <= SUMMARY_MIN_WORDS:
        return ItemResult(item, "not_applicable",
                          f"The text is short ({view.body_words} words); it needs no summary.")
    headings = [s for s in view.headings if view.lexicon.summary_headings.search(s.text.strip())]
    if headings:
        return ItemResult(item, "met", "The key points are summed up.",
                          tuple(view.evidence(heading) for heading in headings))
    return ItemResult(
        item, "not_met",
        f"Add a short “Key points” list at the top or end: the text has {view.body_words} "
        "words and no summary.",
    )


def _summary_first(view: DocumentView) -> bool:
    """Whether the first section under the title is a key-points summary."""
    first = view.sections[0].heading if view.sections else None
    return first is not None and first.kind == "heading" and bool(
        view.lexicon.summary_headings.search(first.text.strip())
    )
