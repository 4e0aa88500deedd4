"""What the engine's tests share: the invariants every report holds, whatever the text (the
property tests), and what a reader sees of a read document."""

from __future__ import annotations

from typing import Any

from literacy.reading import Document

TERM_THRESHOLD = 0.3
"""A jargon threshold below the default, for tests of the explanation and advice rules: a
term their sentences use ("pelvic", "cysts", "anal fissures") is graded a term whatever its
difficulty, so the tests read explanations, not difficulty."""


def visible(document: Document) -> list[tuple[str, str]]:
    """The document's segments as (kind, text): what is read as prose."""
    return [(segment.kind, segment.text) for segment in document.segments]


def assert_consistent(data: dict[str, Any], text: str) -> None:
    """The counts agree with the sentences, every span and suggestion lies within ``text``,
    and a text with no words has no grade."""
    size = len(text)
    assert data["counts"]["words"] == sum(s["words"] for s in data["sentences"])
    assert data["counts"]["sentences"] == len(data["sentences"])
    for item in [*data["sentences"], *data["findings"], *data["jargon"]["terms"]]:
        assert 0 <= item["start"] <= item["end"] <= size
    for finding in data["findings"]:
        for suggestion in finding["suggestions"]:
            assert 0 <= suggestion["start"] <= suggestion["end"] <= size
    if data["counts"]["words"] == 0:
        assert data["readability"]["grade"] is None
