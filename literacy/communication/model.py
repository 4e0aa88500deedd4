"""The clear-communication items as data, and the results the checks give for them.

Each item automates one published item (or a small group) of two instruments:

- PEMAT-P: the AHRQ Patient Education Materials Assessment Tool for printable materials
  (Shoemaker, Wolf & Brach 2013), item numbers as in its user's guide;
- CCI: the CDC Clear Communication Index (2019), cited by its areas (main message and call to
  action, language, information design, behavioral recommendations, numbers, risk).

The score is the share of applicable items met: an automated estimate in the spirit of these
instruments, not their official score (both are meant to be scored by trained people).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Status = Literal["met", "not_met", "not_applicable"]
STATUSES: tuple[Status, ...] = ("met", "not_met", "not_applicable")
SCORE_LABEL = (
    "Automated estimate of items of PEMAT-P (AHRQ 2013) and the CDC Clear Communication Index "
    "(2019); not the official score of either instrument."
)


@dataclass(frozen=True)
class Item:
    """One checklist item: stable id, the published item it automates, and its finding code.

    ``code`` is the finding reported when the item is not met; items decided from existing
    findings (passive voice, jargon) reuse those and have no code of their own.
    """

    id: str
    title: str
    source: str
    code: str | None
    help: str


ITEMS: tuple[Item, ...] = (
    Item("main-message", "Main message first", "PEMAT-P 1; CCI main message", "PL501",
         "The title and the first sentences say what the document is about and what the "
         "reader should do or know."),
    Item("summary", "Summary or key points", "PEMAT-P 11", "PL502",
         "A document of more than 200 words has a key-points or summary section."),
    Item("action", "At least one action", "PEMAT-P 20; CCI call to action", "PL503",
         "At least one specific action is addressed to the reader."),
    Item("action-steps", "Actions as a list of steps", "PEMAT-P 22", "PL504",
         "Three or more actions are given as a bulleted or numbered list."),
    Item("get-help", "When and how to get help", "PEMAT-P 20; CCI behavioral recommendations",
         "PL505",
         "Where symptoms, side effects, a medicine, a treatment or a test are discussed, the "
         "text says whom to contact."),
    Item("reader-addressed", "Reader addressed directly", "PEMAT-P 21", "PL506",
         "Advice speaks to the reader (“you”, imperatives), not about “patients” or “people”."),
    Item("numbers-clear", "Numbers readers can use", "PEMAT-P 6–7; CCI numbers", "PL507",
         "No bare percentages, decimals or fractions, and no sums left to the reader."),
    Item("risk-baseline", "Risk with its baseline", "CCI risk", "PL508",
         "Every risk or change in risk gives the baseline, in words or as “1 in N”."),
    Item("sections", "Short sections, informative headings", "PEMAT-P 8–9; CCI information "
         "design", "PL509",
         "No more than 150 words between headings, and no generic heading such as "
         "“Overview”."),
    Item("lists", "Lists for series", "PEMAT-P 12; CCI information design", "PL510",
         "A series of four or more items, or three long ones, is a bulleted list."),
    Item("active-voice", "Active voice", "PEMAT-P 5; CCI language", None,
         "At most 1 sentence in 10 is in the passive voice (PL302)."),
    Item("plain-words", "Words the reader uses", "PEMAT-P 3–4; CCI language", None,
         "At most two unexplained medical or technical terms (PL201, PL202)."),
)
ITEMS_BY_ID: dict[str, Item] = {item.id: item for item in ITEMS}


@dataclass(frozen=True)
class Evidence:
    """A range of the source that shows why an item is met or not (for highlighting).

    ``note`` says what is wrong at this place when it is more than the item's message;
    ``replacement`` is ``text`` kept whole with plain words added to it, to offer the writer
    ("20%" → "20% (1 in 5)").
    """

    start: int
    end: int
    text: str
    note: str = ""
    replacement: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.note:
            data["note"] = self.note
        if self.replacement is not None:
            data["replacement"] = self.replacement
        return data


@dataclass(frozen=True)
class ItemResult:
    """One item decided for one document: its status, evidence and what to do."""

    item: Item
    status: Status
    message: str
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.item.id,
            "title": self.item.title,
            "source": self.item.source,
            "status": self.status,
            "message": self.message,
            "evidence": [evidence.to_dict() for evidence in self.evidence],
        }


@dataclass(frozen=True)
class CommunicationReport:
    """The clear-communication checklist of one document, with its score."""

    lang: str
    items: tuple[ItemResult, ...] = field(default=())

    @property
    def applicable(self) -> int:
        return sum(result.status != "not_applicable" for result in self.items)

    @property
    def met(self) -> int:
        return sum(result.status == "met" for result in self.items)

    @property
    def score(self) -> float | None:
        """The share of applicable items met; ``None`` when no item applies."""
        return self.met / self.applicable if self.applicable else None

    def status(self, item_id: str) -> Status:
        """The status of the item ``item_id``."""
        return next(result.status for result in self.items if result.item.id == item_id)

    def to_dict(self) -> dict[str, Any]:
        score = self.score
        return {
            "score": None if score is None else round(score, 4),
            "met": self.met,
            "applicable": self.applicable,
            "label": SCORE_LABEL,
            "items": [result.to_dict() for result in self.items],
        }
