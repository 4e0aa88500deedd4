"""The report: what ``literacy.analyze`` returns, and its JSON form (the API's contract).

``Report.to_dict()`` is exactly the JSON the HTTP API returns; its JSON Schema is
``literacy/schema/report.schema.json``.  Scores are rounded to two decimals there.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from literacy.findings import Finding
from literacy.formulas import Counts

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
        }


@dataclass(frozen=True)
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
class Report:
    """Everything the engine found in one document."""

    lang: str
    format: str
    counts: Counts
    readability: Readability
    sentences: list[SentenceReport]
    findings: list[Finding]
    notes: list[str] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

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
            "notes": list(self.notes),
            **self.extra,
        }
