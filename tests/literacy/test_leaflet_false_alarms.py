"""False alarms on real leaflets written by others: the share of the term types Plainly flags
that a careful reviewer judged known, explained, a name or not a term.

The 20 English public-domain leaflets, their sources and the hand labels (with the criteria,
written before the labels) are in ``tests/data/leaflets/``.  A flagged type with no label
counts as a false alarm, so a new kind of flag cannot hide.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from literacy import Engine, Report

LEAFLETS = Path(__file__).resolve().parents[1] / "data" / "leaflets"
# What the engine reaches now (2 of 8 flagged types); the goal is 0.15.  The old
# engine flagged 94 types on these leaflets, 82 of them not hard (0.87).
CEILING = 0.25


@dataclass(frozen=True)
class Flag:
    doc: str
    term: str
    label: str


def labels() -> dict[tuple[str, str], str]:
    with (LEAFLETS / "vocabulary_labels.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["doc"], row["term"]): row["label"] for row in csv.DictReader(handle)}


def english_leaflets() -> list[dict[str, str]]:
    with (LEAFLETS / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if "-es-" not in row["id"]]


def flagged_types(doc: str, report: Report, judged: dict[tuple[str, str], str]) -> list[Flag]:
    """Each flagged term type once, by the labels' form: an acronym as written, any other
    term by its lower-case base form (or, failing that, its lower-case text)."""
    types: dict[str, Flag] = {}
    for term in report.jargon.terms:
        if not term.is_fault:
            continue
        key = term.text if term.text.isupper() else term.lemma.lower()
        label = judged.get((doc, key)) or judged.get((doc, term.text.lower()), "unlabelled")
        types.setdefault(key, Flag(doc, key, label))
    return list(types.values())


@pytest.fixture(scope="module")
def flags() -> list[Flag]:
    engine = Engine.load("en")
    judged = labels()
    found: list[Flag] = []
    for source in english_leaflets():
        path = next(LEAFLETS.glob(f"{source['id']}.*"))
        report = engine.analyze(path.read_text("utf-8"), format=source["format"])
        found += flagged_types(source["id"], report, judged)
    return found


def test_the_corpus_has_twenty_english_leaflets_with_labels() -> None:
    leaflets = english_leaflets()
    assert len(leaflets) >= 20
    labelled = {doc for doc, _ in labels()}
    assert {row["id"] for row in leaflets} <= labelled


def test_few_flagged_term_types_are_false_alarms(flags: list[Flag]) -> None:
    false = [flag for flag in flags if flag.label != "hard"]
    share = len(false) / len(flags) if flags else 0.0
    detail = ", ".join(f"{flag.doc}: {flag.term} ({flag.label})" for flag in false)
    assert share <= CEILING, f"{len(false)} of {len(flags)} flagged types: {detail}"


def test_everyday_health_words_are_not_flagged(flags: list[Flag]) -> None:
    everyday = {"nausea", "heartburn", "numbness", "redness", "antibiotic", "denture",
                "chickenpox", "vaccine", "screening", "diabetes", "cholesterol"}
    assert not [flag for flag in flags if flag.term in everyday]
