"""Real public medicine leaflets, and what "Apply all" must keep in them (issue 13).

``tests/data/leaflets/medicines/`` holds public-domain patient pages about medicines, kept
apart from the labelled corpus one folder up (their ``SOURCES.csv`` lists each page's source,
licence, retrieval and the medicine and drug names it contains, read by hand).  Applying the
safe suggestions must keep every one of those names, every number, every negation and every
link (its address and its words), and must add the explanations it applied.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MEDICINES = Path(__file__).resolve().parents[1] / "data" / "leaflets" / "medicines"
# Numbers in digits or in words (English and Spanish up to ten; not "un"/"una", articles).
NUMBER = re.compile(
    r"\d+(?:[.,/]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|twice"
    r"|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|mitad)\b",
    re.IGNORECASE,
)
# English and Spanish negations; Spanish "no" and "ni" are whole words, like English "no".
NEGATION = re.compile(
    r"\b(?:not|no|never|none|nor|cannot|nunca|ni|jamás|tampoco|ningún|ninguna)\b|n['’]t\b",
    re.IGNORECASE,
)
LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")


@dataclass(frozen=True)
class MedicineLeaflet:
    """One page of ``tests/data/leaflets/medicines`` with what its ``SOURCES.csv`` row says."""

    id: str
    text: str
    lang: str
    format: str
    drug_names: tuple[str, ...]


def medicine_leaflets() -> list[MedicineLeaflet]:
    """Every leaflet listed in ``medicines/SOURCES.csv``, in the order listed."""
    with (MEDICINES / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return [
        MedicineLeaflet(
            id=row["id"],
            text=next(MEDICINES.glob(f"{row['id']}.*")).read_text("utf-8"),
            lang=row["lang"],
            format=row["format"],
            drug_names=tuple(row["drug_names"].split(";")),
        )
        for row in rows
    ]


def safe_suggestions(report: dict[str, Any]) -> list[dict[str, Any]]:
    """What "Apply all" takes from a JSON report: each finding's first safe suggestion."""
    return [
        next(s for s in finding["suggestions"] if s["applicability"] == "safe")
        for finding in report["findings"]
        if any(s["applicability"] == "safe" for s in finding["suggestions"])
    ]


def apply_from_the_end(text: str, suggestions: Iterable[dict[str, Any]]) -> str:
    """``text`` with the suggestions (JSON offsets) applied as the page applies them: from
    the last to the first, skipping one that overlaps a suggestion already applied."""
    limit = len(text) + 1
    for suggestion in sorted(suggestions, key=lambda s: -s["start"]):
        if suggestion["end"] > limit:
            continue
        text = text[: suggestion["start"]] + suggestion["replacement"] + text[suggestion["end"]:]
        limit = suggestion["start"]
    return text


def lost(before: str, after: str, drug_names: Iterable[str]) -> list[str]:
    """What applying advice to ``before`` lost in ``after``, as messages (none: all kept).

    Names, numbers and negations are counted, so one dropped of two is caught.  Every link
    is kept as it was, its words and address: an explanation of a link's words goes after
    the link, never inside it."""
    problems = []
    folded_before, folded_after = before.casefold(), after.casefold()
    for name in drug_names:
        word = re.compile(rf"\b{re.escape(name.casefold())}\b")
        if len(word.findall(folded_after)) < len(word.findall(folded_before)):
            problems.append(f"the name {name!r} was lost")
    for what, pattern in (("number", NUMBER), ("negation", NEGATION)):
        missing = Counter(pattern.findall(folded_before)) - Counter(pattern.findall(folded_after))
        problems += [f"the {what} {item!r} was lost" for item in missing]
    missing_links = Counter(LINK.findall(before)) - Counter(LINK.findall(after))
    problems += [f"the link [{words}]({address}) was lost" for words, address in missing_links]
    return problems
