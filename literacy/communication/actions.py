"""What the reader is asked to do: action (PEMAT-P 20), action-steps (PEMAT-P 22), get-help
(PEMAT-P 20; CCI behavioral recommendations) and reader-addressed (PEMAT-P 21).

- action: at least one action for the reader (``DocumentView.actions``).
- action-steps: applies to three or more actions; met when at least half are list items.
- get-help: applies where the text discusses symptoms, side effects, medicines, treatments,
  tests or vaccines; met by a sentence that names a source of help (doctor, nurse,
  pharmacist, 911, a help line; in the UK a GP, NHS 111, 999, A&E) with a verb of contact
  ("call", "ring", "talk", "tell", "see", "work with"); "follow your doctor's instructions"
  is not a way to get help.
- reader-addressed: applies where the text gives advice; not met when advice for the reader
  is given in the third person ("patients should", "adults … should", "CDC recommends that
  all people …").
"""

from __future__ import annotations

from literacy.communication.document import DocumentView
from literacy.communication.model import ITEMS_BY_ID, Evidence, ItemResult

STEPS_MIN_ACTIONS = 3


def action(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["action"]
    if not view.body:
        return ItemResult(item, "not_applicable", "The text has no body to read.")
    if view.actions:
        return ItemResult(item, "met", f"{len(view.actions)} action(s) for the reader.",
                          tuple(view.evidence(sentence) for sentence in view.actions[:3]))
    return ItemResult(
        item, "not_met",
        "Tell the reader what to do: add at least one specific action addressed to them "
        "(“Call your doctor if …”, “Take one pill each morning”).",
    )


def action_steps(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["action-steps"]
    actions = view.actions
    if len(actions) < STEPS_MIN_ACTIONS:
        return ItemResult(item, "not_applicable",
                          f"{len(actions)} action(s): too few to need a list of steps.")
    listed = [sentence for sentence in actions if sentence.kind == "list_item"]
    if 2 * len(listed) >= len(actions):
        return ItemResult(item, "met", f"{len(listed)} of {len(actions)} actions are in a list.",
                          tuple(view.evidence(sentence) for sentence in listed[:3]))
    prose = [sentence for sentence in actions if sentence.kind != "list_item"]
    return ItemResult(
        item, "not_met",
        f"{len(prose)} of {len(actions)} actions are in running text: put the steps in a "
        "numbered or bulleted list, one action per item.",
        tuple(view.evidence(sentence) for sentence in prose),
    )


def get_help(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["get-help"]
    lexicon = view.lexicon
    topic = next((s for s in view.body if lexicon.discusses_care.search(s.text)), None)
    if topic is None:
        return ItemResult(item, "not_applicable",
                          "No symptoms, medicines, treatments or tests are discussed.")
    helping = [
        sentence for sentence in view.body
        if lexicon.help_sources.search(sentence.text)
        and lexicon.contact_verbs.search(sentence.text)
    ]
    if helping:
        return ItemResult(item, "met", "The text says whom to contact.",
                          tuple(view.evidence(sentence) for sentence in helping[:3]))
    return ItemResult(
        item, "not_met",
        "Say when and how to get help: whom to call (doctor, nurse, pharmacist, 911) and for "
        "which signs.",
        (view.evidence(topic),),
    )


def reader_addressed(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["reader-addressed"]
    pattern = view.lexicon.third_person_advice
    third: list[Evidence] = []
    for sentence in view.body:
        for match in pattern.finditer(sentence.text):
            third.append(view.match_evidence(sentence, match.start(), match.end()))
    if third:
        return ItemResult(
            item, "not_met",
            "Speak to the reader: write “you should …” or “Talk to your doctor”, not "
            "“patients should …” or “CDC recommends that people …”.",
            tuple(third),
        )
    if not view.actions:
        return ItemResult(item, "not_applicable", "The text gives no advice.")
    return ItemResult(item, "met", "Advice is addressed to the reader.",
                      tuple(view.evidence(sentence) for sentence in view.actions[:1]))
