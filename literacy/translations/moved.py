"""Moved passages: a source passage and its translation, both left unpaired by the
alignment because the translation puts the passage elsewhere.

PDF extraction of a two-column page can reorder whole blocks, and the aligner, which keeps
the order of both documents, leaves a moved block unpaired on both sides (or piles it onto
one source unit).  :func:`moved_passages` pairs such units again, by their features,
lengths, numbers and codes, for ``literacy.translations.checks`` to report a passage that
moved rather than one that is missing.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from literacy.translations.align import Bead, features_of, length_cost, length_ratio, similarity
from literacy.translations.numbers import Item
from literacy.translations.units import Unit

__all__ = ["moved_passages"]

_MOVED_SIMILARITY = 0.35


def moved_passages(
    source: Sequence[Unit], target: Sequence[Unit], beads: Sequence[Bead]
) -> dict[int, tuple[int, ...]]:
    """Unpaired source units whose translation is unpaired elsewhere (a block that moved:
    PDF extraction of a two-column page can reorder them), source → target indices.

    A pair counts when it shares features well above what neighbouring sentences do
    (Dice >= ``_MOVED_SIMILARITY``) and its lengths are plausible; the translation may be
    one unit or two consecutive ones, and carries the same numbers and codes (a running
    header that names the document, "Pneumococcal Polysaccharide Vaccine VIS - Spanish
    (5/29/2025)", shares the words of the sentence that names the vaccine, "PPSV23", but
    not its numbers).  Translation units count as unpaired when no source unit is paired
    with them, or when one source unit is paired with three or more.
    """
    unpaired_source = [i for bead in beads if not bead.target for i in bead.source]
    # (a source unit paired with three or more units: where the aligner puts a moved block
    # that it cannot leave in order)
    unpaired = sorted(j for bead in beads if len(bead.target) > max(len(bead.source), 2)
                      or not bead.source for j in bead.target)
    if not unpaired_source or not unpaired:
        return {}
    candidates: list[tuple[int, ...]] = [(j,) for j in unpaired]
    candidates += [(a, b) for a, b in itertools.pairwise(unpaired) if b == a + 1]
    ratio = length_ratio(source, target)
    moved: dict[int, tuple[int, ...]] = {}
    taken: set[int] = set()
    for i in unpaired_source:
        unit = source[i]
        best, best_score = None, _MOVED_SIMILARITY
        for group in candidates:
            if taken & set(group):
                continue
            features = features_of(target, group)
            score = similarity(unit.features, sum(unit.features.values()), features,
                                sum(features.values()))
            length = sum(target[j].length for j in group)
            items = [item for j in group for item in target[j].items]
            if (score >= best_score and length_cost(unit.length, length, ratio) < 3.0
                    and _carried(unit.items, items) and _carried(items, unit.items)):
                best, best_score = group, score
        if best is not None:
            moved[i] = best
            taken.update(best)
    # A block moves whole: an unpaired source unit just before (after) a moved one moved too
    # when the unit just before (after) its translation is free and of a plausible length
    # (a heading, which shares no words with its translation: "How can I learn more?",
    # "¿Dónde puedo obtener más información?").
    free = set(unpaired) - taken
    for i in unpaired_source:
        for step in (1, -1):
            neighbour = moved.get(i + step)
            if i in moved or neighbour is None:
                continue
            j = neighbour[0] - 1 if step == 1 else neighbour[-1] + 1
            if j in free and length_cost(source[i].length, target[j].length, ratio) < 3.0:
                moved[i] = (j,)
                free.discard(j)
    return moved


def _carried(items: Sequence[Item], others: Sequence[Item]) -> bool:
    """Whether each number, date or code of ``items`` has a match among ``others``."""
    return all(any(item.matches(other) for other in others) for item in items if item.anchor)
