"""Clear communication: does the document tell the reader what to do, in a form they can use?

A checklist of items automated from PEMAT-P (AHRQ 2013) and the CDC Clear Communication
Index (2019), decided from the same parsed document and findings as the rest of the report
(``literacy.communication.model`` lists the items).  ``assess`` gives the checklist with its
score, and a finding (PL5xx) at each place where an item is not met.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from literacy.communication import actions, numbers, opening, structure, wording
from literacy.communication.document import DocumentView
from literacy.communication.model import (
    ITEMS,
    ITEMS_BY_ID,
    SCORE_LABEL,
    STATUSES,
    CommunicationReport,
    Evidence,
    Item,
    ItemResult,
    Status,
)
from literacy.findings import Finding, Span, Suggestion
from literacy.parsing import ParsedDocument
from literacy.reading import line_starts
from literacy.spanish_grammar import SpanishGrammar

MAX_FINDINGS_PER_ITEM = 20

_CHECKS: tuple[Callable[[DocumentView], ItemResult], ...] = (
    opening.main_message,
    opening.summary,
    actions.action,
    actions.action_steps,
    actions.get_help,
    actions.reader_addressed,
    numbers.numbers_clear,
    numbers.risk_baseline,
    structure.sections,
    structure.lists,
)
_FROM_FINDINGS: tuple[Callable[[DocumentView, Sequence[Finding]], ItemResult], ...] = (
    wording.active_voice,
    wording.plain_words,
)


@dataclass(frozen=True)
class Assessment:
    """The checklist for the report, and the findings for the items not met."""

    report: CommunicationReport
    findings: list[Finding]


def assess(parsed: ParsedDocument, findings: Sequence[Finding], lang: str,
           grammar: SpanishGrammar | None = None) -> Assessment:
    """Decide every item for ``parsed`` (in ``lang``, with the engine's grammar in Spanish),
    given the engine's other findings."""
    view = DocumentView(parsed, lang, grammar)
    results = [check(view) for check in _CHECKS]
    results += [check(view, findings) for check in _FROM_FINDINGS]
    report = CommunicationReport(lang, tuple(results))
    return Assessment(report, list(_findings(view.source, results)))


def _findings(source: str, results: Sequence[ItemResult]) -> list[Finding]:
    lines = line_starts(source)
    found: list[Finding] = []
    for result in results:
        code = result.item.code
        if result.status != "not_met" or code is None:
            continue
        if not result.evidence:
            found.append(Finding(code, result.message, Span.of(source, 0, 0, lines), "",
                                 data={"item": result.item.id}))
        for evidence in result.evidence[:MAX_FINDINGS_PER_ITEM]:
            suggestions = () if evidence.replacement is None else (
                Suggestion(evidence.replacement, evidence.start, evidence.end, "unsafe",
                           "explain"),
            )
            found.append(Finding(
                code, evidence.note or result.message,
                Span.of(source, evidence.start, evidence.end, lines), evidence.text,
                suggestions=suggestions, data={"item": result.item.id},
            ))
    return found


__all__ = [
    "ITEMS",
    "ITEMS_BY_ID",
    "SCORE_LABEL",
    "STATUSES",
    "Assessment",
    "CommunicationReport",
    "Evidence",
    "Item",
    "ItemResult",
    "Status",
    "assess",
]
