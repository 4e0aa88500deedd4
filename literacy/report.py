"""The report: what ``literacy.analyze`` returns, and its JSON form (the API's contract).

``Report.to_dict()`` is exactly the JSON the HTTP API returns; its JSON Schema is
``literacy/schema/report.schema.json``.  Scores are rounded to two decimals there.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from importlib.resources import files
from typing import Any

from literacy.communication import CommunicationReport
from literacy.findings import Finding
from literacy.formulas import Counts
from literacy.jargon import JargonTerm

SCHEMA_VERSION = "1"


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


@dataclass(frozen=True)
class Readability:
    """The headline grade against the target, and the classic scores beside it."""

    grade: float | None
    target_grade: float
    method: str
    scores: dict[str, float | None]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def meets_target(self) -> bool | None:
        return None if self.grade is None else self.grade <= self.target_grade

    def to_dict(self) -> dict[str, Any]:
        return {
            "grade": _round(self.grade),
            "target_grade": self.target_grade,
            "meets_target": self.meets_target,
            "method": self.method,
            "scores": {name: _round(score) for name, score in self.scores.items()},
            **self.extra,
        }


@dataclass(frozen=True, slots=True)
class SentenceReport:
    """One sentence (or heading, list item, cell): where it is, how long, how hard."""

    start: int
    end: int
    text: str
    kind: str
    segment: int
    words: int
    grade: float | None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "grade": _round(self.grade)}


@dataclass(frozen=True)
class JargonReport:
    """The vocabulary of the document: hard terms, frequency bands and the 98% rule.

    ``density`` is the share of words inside unexplained hard terms.  The 98% rule
    (Hu & Nation 2000): readers understand a text when they know about 98% of its words;
    ``known_share`` counts as unknown the words of unexplained terms and other rare words.
    """

    words: int
    terms: list[JargonTerm]
    bands: dict[str, int]
    unknown_words: int

    @property
    def density(self) -> float:
        unexplained = sum(term.words for term in self.terms if term.is_fault)
        return unexplained / self.words if self.words else 0.0

    @property
    def known_share(self) -> float | None:
        return 1 - self.unknown_words / self.words if self.words else None

    def to_dict(self) -> dict[str, Any]:
        kinds: dict[str, int] = {}
        for term in self.terms:
            if term.is_fault:
                kinds[term.kind] = kinds.get(term.kind, 0) + 1
        known = self.known_share
        return {
            "density": round(self.density, 4),
            "terms_count": len(self.terms),
            "unexplained_count": sum(term.is_fault for term in self.terms),
            "kinds": kinds,
            "bands": dict(self.bands),
            "vocabulary": {
                "known_share": None if known is None else round(known, 4),
                "meets_98_percent": None if known is None else known >= 0.98,
            },
            "terms": [term.to_dict() for term in self.terms],
        }


@dataclass(frozen=True)
class Report:
    """Everything the engine found in one document."""

    lang: str
    format: str
    counts: Counts
    readability: Readability
    sentences: list[SentenceReport]
    findings: list[Finding]
    jargon: JargonReport
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)
    communication: CommunicationReport | None = None

    def to_dict(self) -> dict[str, Any]:
        counts = asdict(self.counts)
        return {
            "schema_version": SCHEMA_VERSION,
            "lang": self.lang,
            "format": self.format,
            "counts": {
                key: counts[key]
                for key in ("words", "sentences", "syllables", "polysyllables", "characters",
                            "letters", "complex_words", "monosyllables", "unfamiliar_words")
            },
            "readability": self.readability.to_dict(),
            "sentences": [sentence.to_dict() for sentence in self.sentences],
            "findings": [finding.to_dict() for finding in self.findings],
            "jargon": self.jargon.to_dict(),
            "notes": list(self.notes),
            "communication": None if self.communication is None else self.communication.to_dict(),
            **self.extra,
        }


def report_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of ``Report.to_dict()``: the contract of the HTTP API."""
    text = (files("literacy") / "schema" / "report.schema.json").read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
