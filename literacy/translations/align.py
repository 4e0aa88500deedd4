"""Aligning a document's units with its translation's, after Gale & Church (1993), "A
program for aligning sentences in bilingual corpora", *Computational Linguistics* 19(1).

A bead joins 0-3 source units to 0-3 translation units; its cost is the Gale-Church length
cost (translation length against source length times the document's own length ratio)
plus the prior of its shape, less a bonus for the features the two sides share (Dice
coefficient of cognates, anchors and lexicon entries), plus a small cost when segment kinds
differ (a heading against a list item) and for each number the other side lacks.  With a
bilingual lexicon a bead is only rewarded for similarity above what neighbouring sentences
share.  Units left in 1-0 beads are missing, units in 0-1 beads are extra; with a lexicon,
a source unit that nothing in its bead's translation speaks for is split off as missing.
The search is limited to a band around the diagonal, so it is linear in the number of
units.

:func:`align` runs it twice over the documents' paragraphs (each paragraph's units merged
into one), the second time at the length ratio of the paragraphs the first time paired,
and then over the units of each group of paired paragraphs.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from literacy.reading import SegmentKind
from literacy.translations.numbers import Item, Key
from literacy.translations.units import Unit

__all__ = [
    "EXPECTED_SIMILARITY", "Bead", "align", "align_units", "features_of", "keeps_words",
    "length_cost", "length_ratio", "share", "similarity",
]

# Shapes a bead can take, with Gale & Church's priors (1-1 .89, 1-0/0-1 .0099, 2-1/1-2 .089,
# 2-2 .011), extended with 1-3/3-1 for PDF text cut at different places.
_SHAPES: dict[tuple[int, int], float] = {
    (1, 1): 0.89,
    (1, 0): 0.0099 / 2,
    (0, 1): 0.0099 / 2,
    (2, 1): 0.089 / 2,
    (1, 2): 0.089 / 2,
    (2, 2): 0.011,
    (3, 1): 0.005,
    (1, 3): 0.005,
}
_SHAPE_COST = {shape: -math.log(p) for shape, p in _SHAPES.items()}
_VARIANCE = 6.8  # Gale & Church's s^2 for character lengths
_ANCHOR_WEIGHT = 8.0
_SKIP_COST = -1.5  # on top of the shape prior (tuned on the CDC/ACS handouts)
_ITEM_COST = 1.5  # per number, date or address that the other side lacks
_BAND_MIN = 40  # units either side of the diagonal searched by the aligner
_BAND_SHARE = 0.35
_KIND_COST = 1.0
# Paragraphs that estimate a document pair's length ratio: long enough that a few letters
# of punctuation, numbering or a name do not dominate (a heading does not count), and
# enough of them for a median.
_RATIO_MIN_LENGTH = 40
_RATIO_MIN_PAIRS = 3
# With a lexicon, translated sentences share about half their features (median Dice 0.48 on
# the CDC/ACS handouts) and neighbouring sentences few (0.07): a bead is rewarded only for
# similarity above this level, so that pairing a source passage with the wrong sentence
# costs more than leaving it unpaired.
EXPECTED_SIMILARITY = 0.2
# A bead whose source unit shares fewer of its features with the translation than
# ``EXPECTED_SIMILARITY`` (what neighbouring sentences share) is not trusted to pair them
# when nothing else speaks for it.  On the 22 correct CDC/ACS pairs every source unit of a
# bead with two or more source units keeps at least 0.29 of its features in the
# translation, and each one-to-one bead that keeps less than 0.2 has a length cost of at
# most 1.87; a length cost above 3.0 (the two lengths are further apart than 19 pairs in 20
# of Gale & Church's translations are) leaves such a bead unsupported; so does having no
# paired bead on either side (one such bead on the correct pairs, a footer line paired with
# the translation's credit line: a wrong pairing).
_UNSUPPORTED_LENGTH_COST = -math.log(0.05)


@dataclass(frozen=True)
class Bead:
    source: tuple[int, ...]
    target: tuple[int, ...]


def length_cost(source: int, target: int, ratio: float) -> float:
    """Gale & Church: -log P(|delta|), delta = (l2 - c*l1) / sqrt(s^2 * c * mean length).

    The variance grows with the expected translation length, ``c`` times the source's
    (Gale & Church had ``c`` near 1): on the correct Hepatitis B VIS pairs, paragraph by
    paragraph, s^2 / c varies less across languages (0.7-2.3 for es, ko, tl, ar, ru) than
    s^2 does, and a language written in fewer characters (Chinese, c = 0.34; Korean, 0.45)
    is not judged on a scale three times too coarse.
    """
    if source == 0 and target == 0:
        return 0.0
    mean = (source + target / ratio) / 2
    delta = (target - ratio * source) / math.sqrt(_VARIANCE * ratio * max(mean, 1.0))
    probability = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(probability, 1e-300))


def similarity(a: Mapping[str, int], a_total: int, b: Mapping[str, int], b_total: int) -> float:
    """Dice coefficient of two feature multisets (with their sizes)."""
    total = a_total + b_total
    if total == 0:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(min(count, b.get(key, 0)) for key, count in a.items())
    return 2 * shared / total


@dataclass(frozen=True)
class _Group:
    """One to three consecutive units of one side, as a bead sees them."""

    length: int
    kind: SegmentKind
    features: dict[str, int]
    size: int  # number of features, with repeats
    hard: tuple[Item, ...]
    units_by_key: dict[Key, frozenset[str | None]]  # the units each reading comes with

    def has_match(self, item: Item) -> bool:
        """Whether one of the group's items matches ``item`` (``Item.matches``)."""
        for key in item.keys:
            units = self.units_by_key.get(key)
            if units and (item.unit is None or None in units or item.unit in units):
                return True
        return False


def _groups(units: Sequence[Unit], most: int = 3) -> list[list[_Group | None]]:
    """``groups[k][i]``: the group of units ``i .. i+k-1`` (``k`` = 0 is empty)."""
    table: list[list[_Group | None]] = [[None] * (len(units) + 1) for _ in range(most + 1)]
    for k in range(1, most + 1):
        for i in range(len(units) - k + 1):
            chosen = units[i:i + k]
            features: Counter[str] = Counter()
            for unit in chosen:
                features.update(unit.features)
            items = tuple(item for unit in chosen for item in unit.items)
            units_by_key: dict[Key, set[str | None]] = {}
            for item in items:
                for key in item.keys:
                    units_by_key.setdefault(key, set()).add(item.unit)
            table[k][i] = _Group(
                length=sum(u.length for u in chosen),
                kind=chosen[0].kind,
                features=dict(features),
                size=sum(features.values()),
                hard=tuple(item for item in items if item.anchor),
                units_by_key={key: frozenset(units) for key, units in units_by_key.items()},
            )
    return table


def align(
    source: Sequence[Unit], target: Sequence[Unit], expected: float = 0.0
) -> list[Bead]:
    """A minimum-cost monotonic alignment of ``source`` units with ``target`` units:
    paragraphs first, then the sentences of each group of paired paragraphs.

    A dropped paragraph is long, so leaving it unpaired costs much less than stretching a
    neighbour's length to cover it; sentence by sentence, the aligner can instead spread
    its sentences over the neighbours, one slightly wrong length at a time, and the drop is
    lost (or reported as a sentence missing from a paragraph that is otherwise there).
    """
    source_blocks, target_blocks = _blocks(source), _blocks(target)
    paragraphs = [_merge(source, block) for block in source_blocks]
    translated = [_merge(target, block) for block in target_blocks]
    ratio = _ratio(source, target)
    ratio = _paired_ratio(align_units(paragraphs, translated, expected, ratio), paragraphs,
                          translated) or ratio
    beads: list[Bead] = []
    for block_bead in align_units(paragraphs, translated, expected, ratio):
        sources = [i for b in block_bead.source for i in source_blocks[b]]
        targets = [j for b in block_bead.target for j in target_blocks[b]]
        if not sources or not targets:
            beads += [Bead((i,), ()) for i in sources] + [Bead((), (j,)) for j in targets]
            continue
        for bead in align_units([source[i] for i in sources], [target[j] for j in targets],
                                expected, ratio):
            beads.append(Bead(tuple(sources[i] for i in bead.source),
                              tuple(targets[j] for j in bead.target)))
    if not expected:
        return beads
    return [
        split for number, bead in enumerate(beads)
        for split in _unsupported(bead, source, target, ratio, _island(beads, number))
    ]


def _island(beads: Sequence[Bead], number: int) -> bool:
    """Whether the beads on both sides of ``beads[number]`` pair nothing (so the order of
    the documents does not speak for its pairing either; a document's start or end does)."""
    return all(
        0 <= k < len(beads) and not (beads[k].source and beads[k].target)
        for k in (number - 1, number + 1)
    )


def share(unit: Unit, features: Mapping[str, int]) -> float | None:
    """The share of ``unit``'s features found in ``features`` (None when it has none)."""
    size = sum(unit.features.values())
    if not size:
        return None
    return sum(min(count, features.get(key, 0)) for key, count in unit.features.items()) / size


def keeps_words(unit: Unit, features: Mapping[str, int]) -> bool:
    """Whether ``features`` hold ``EXPECTED_SIMILARITY`` (what unrelated neighbouring
    sentences share) or more of ``unit``'s features."""
    kept = share(unit, features)
    return kept is not None and kept >= EXPECTED_SIMILARITY


def features_of(units: Sequence[Unit], indices: Iterable[int]) -> Counter[str]:
    """The features of the ``units`` at ``indices``, counted together."""
    features: Counter[str] = Counter()
    for index in indices:
        features.update(units[index].features)
    return features


def _unsupported(
    bead: Bead, source: Sequence[Unit], target: Sequence[Unit], ratio: float, island: bool
) -> list[Bead]:
    """``bead``, or the beads it splits into when a source unit has nothing in the
    translation that speaks for it (with a bilingual lexicon only, where features measure
    content).

    The aligner pairs a unit whose translation is missing with a neighbour's translation
    when leaving it unpaired costs more than a length that fits worse: a short sentence
    joins the sentence next to it (a 2-1 bead), or a sentence is paired with a running
    header of about its length.  A source unit at either end of a bead of two or more that
    keeps less than ``EXPECTED_SIMILARITY`` of its features in the translation is split
    off as missing; so is the source of a one-to-one bead that keeps as little and whose
    lengths do not fit (length cost above ``_UNSUPPORTED_LENGTH_COST``) or that is an
    ``island`` among unpaired units (where a moved block left the aligner free to pair a
    unit with any neighbour of about its length).
    """
    if not bead.source or not bead.target:
        return [bead]
    features = features_of(target, bead.target)
    shares = [share(source[i], features) for i in bead.source]
    weak = [kept is not None and kept < EXPECTED_SIMILARITY for kept in shares]
    if len(bead.source) == 1:
        length = sum(target[j].length for j in bead.target)
        if weak[0] and (island or length_cost(source[bead.source[0]].length, length, ratio)
                        > _UNSUPPORTED_LENGTH_COST):
            return [Bead(bead.source, ()), Bead((), bead.target)]
        return [bead]
    if all(weak) or not (weak[0] or weak[-1]):
        return [bead]
    first = Bead(bead.source[:1], ()) if weak[0] else None
    last = Bead(bead.source[-1:], ()) if weak[-1] else None
    kept = Bead(bead.source[1 if first else 0:len(bead.source) - (1 if last else 0)],
                bead.target)
    return [b for b in (first, kept, last) if b is not None]


def length_ratio(source: Sequence[Unit], target: Sequence[Unit]) -> float:
    """Translation length per source length, over the whole documents (an empty side
    counts as length 1)."""
    return (sum(u.length for u in target) or 1) / (sum(u.length for u in source) or 1)


def _ratio(source: Sequence[Unit], target: Sequence[Unit]) -> float:
    """:func:`length_ratio`, kept within 0.2 and 5 for alignment."""
    return min(max(length_ratio(source, target), 0.2), 5.0)


def _paired_ratio(
    beads: Sequence[Bead], source: Sequence[Unit], target: Sequence[Unit]
) -> float | None:
    """The median length ratio of the paragraphs ``beads`` pair one to one (weighted by
    length; paragraphs of ``_RATIO_MIN_LENGTH`` characters or more), or ``None`` with fewer
    than ``_RATIO_MIN_PAIRS`` of them.

    The whole documents' ratio is off by the share of the document that is missing: a
    dropped paragraph of a fifth of the translation makes every other paragraph look a
    fifth too long for its source.  The median of the paired paragraphs is not moved by a
    few paragraphs that are missing or wrongly paired.
    """
    pairs = sorted(
        (target[b.target[0]].length / source[b.source[0]].length, source[b.source[0]].length)
        for b in beads
        if len(b.source) == len(b.target) == 1
        and min(source[b.source[0]].length, target[b.target[0]].length) >= _RATIO_MIN_LENGTH
    )
    if len(pairs) < _RATIO_MIN_PAIRS:
        return None
    half, seen = sum(weight for _, weight in pairs) / 2, 0
    for ratio, weight in pairs:
        seen += weight
        if seen >= half:
            return min(max(ratio, 0.2), 5.0)
    return None


def _blocks(units: Sequence[Unit]) -> list[list[int]]:
    """Indices of ``units``, grouped by paragraph (``Unit.block``)."""
    blocks: list[list[int]] = []
    for unit in units:
        if blocks and units[blocks[-1][-1]].block == unit.block:
            blocks[-1].append(unit.index)
        else:
            blocks.append([unit.index])
    return blocks


def _merge(units: Sequence[Unit], indices: Sequence[int]) -> Unit:
    """One unit standing for a paragraph: its units' lengths, items and features summed."""
    chosen = [units[i] for i in indices]
    features: Counter[str] = Counter()
    for unit in chosen:
        features.update(unit.features)
    return replace(
        chosen[0], length=sum(u.length for u in chosen), features=features,
        items=tuple(item for u in chosen for item in u.items),
    )


def align_units(
    source: Sequence[Unit], target: Sequence[Unit], expected: float, ratio: float
) -> list[Bead]:
    """A minimum-cost monotonic alignment of ``source`` units with ``target`` units, with
    ``ratio`` translation characters expected per source character.

    The search is limited to a band around the diagonal wide enough for a translation that
    lacks (or adds) a third of the document.
    """
    n, m = len(source), len(target)
    source_groups, target_groups = _groups(source), _groups(target)
    band = max(_BAND_MIN, int(_BAND_SHARE * max(n, m)))
    slope = m / n if n else 0.0
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * slope
        low, high = max(0, int(centre) - band), min(m, int(centre) + band)
        if i == n:
            high = m
        row = cost[i]
        for j in range(low if i else 0, high + 1):
            here = row[j]
            if here == inf:
                continue
            for (di, dj), shape_cost in _SHAPE_COST.items():
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                step = here + shape_cost + _bead_cost(
                    source_groups[di][i], target_groups[dj][j], ratio, expected
                )
                if step < cost[ni][nj]:
                    cost[ni][nj] = step
                    back[ni][nj] = (di, dj)
    beads: list[Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        move = back[i][j]
        if move is None:  # outside the band: fall back to skipping
            move = (1, 0) if i > 0 else (0, 1)
        di, dj = move
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _bead_cost(
    source: _Group | None, target: _Group | None, ratio: float, expected: float = 0.0
) -> float:
    if source is None or target is None:
        return _SKIP_COST  # a constant: a long passage can be missing as well as a short one
    length = length_cost(source.length, target.length, ratio)
    bonus = _ANCHOR_WEIGHT * (
        similarity(source.features, source.size, target.features, target.size) - expected
    )
    kinds = 0.0 if source.kind == target.kind else _KIND_COST
    unmatched = 0
    if source.hard or target.hard:
        unmatched = sum(not target.has_match(a) for a in source.hard)
        unmatched += sum(not source.has_match(b) for b in target.hard)
    return length - bonus + kinds + _ITEM_COST * unmatched
