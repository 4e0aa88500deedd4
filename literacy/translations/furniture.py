"""Page furniture: a handout's footer and its bilingual notices, whose translation may differ.

Real handouts end in page furniture ("OFFICE USE ONLY", "1/31/2025", "©2024, American
Cancer Society, Inc."), which a translation may lay out, date or credit differently; and a
source may give a notice in the target language already (the VIS "Hojas de información
sobre vacunas están disponibles en español"), next to which the translation carries over,
or leaves out, the notice's source-language twin and the short lines of its layout.
:class:`Furniture` finds both in an aligned pair of documents, for
``literacy.translations.checks`` to make their findings warnings rather than errors.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from literacy.translations.align import Bead, features_of, keeps_words
from literacy.translations.units import Unit

__all__ = ["Furniture"]

_NOTICE_REACH = 4  # source units
# The short English sentences the identifier puts in Spanish on the correct pairs have 5-6
# words; the VIS notice "Hojas de información sobre vacunas…" has 18.
_NOTICE_MIN_WORDS = 8
_SHORT_WORDS = 8  # a line of the layout, or of a footer, has at most these
_FOOTER_UNITS = 6
_FOOTER_MIN_UNITS = 12


class Furniture:
    """Where the footers of a source and its translation start, and which source passages
    are bilingual notices, for one alignment (``beads``) of the two."""

    def __init__(
        self, source: Sequence[Unit], target: Sequence[Unit], beads: Sequence[Bead],
        in_target_language: Callable[[Unit], bool],
    ) -> None:
        """``in_target_language`` says whether the identifier confidently puts a source
        unit in the translation's language."""
        self.target, self.beads = target, beads
        self.source_footer = _footer_start(source)
        self.target_footer = _footer_start(target)
        # Short sentences made of shared medical words ("Influenza vaccine can prevent
        # influenza (flu).") are put in the wrong language by the identifier, so a passage
        # counts as a notice from ``_NOTICE_MIN_WORDS`` words.
        self.notices = frozenset(
            unit.index for unit in source
            if unit.words >= _NOTICE_MIN_WORDS and in_target_language(unit)
        )

    def in_footers(
        self, source_units: Iterable[int] = (), target_units: Iterable[int] = ()
    ) -> bool:
        """Whether the source units all lie in the source's footer and the translation units
        in the translation's."""
        return all(i >= self.source_footer for i in source_units) and all(
            j >= self.target_footer for j in target_units
        )

    def near_notice(self, indices: Iterable[int]) -> bool:
        """Whether a notice lies within a few units of source ``indices``."""
        return any(abs(i - k) <= _NOTICE_REACH for i in indices for k in self.notices)

    def beside_notice(self, unit: Unit) -> bool:
        """Whether source ``unit``, not itself a notice, stands next to one as its
        source-language twin (:meth:`_twin_of_notice`) or as a short line of its layout that
        is not a sentence ("Polio Vaccine:")."""
        return unit.index not in self.notices and self.near_notice([unit.index]) and (
            self._twin_of_notice(unit) or _layout_line(unit)
        )

    def short_beside_notice(self, unit: Unit, near: Iterable[int]) -> bool:
        """Whether translation ``unit`` is a short passage next to a notice near source
        ``near``: the notice's source-language twin, carried over."""
        return unit.words <= _SHORT_WORDS and self.near_notice(near)

    def _twin_of_notice(self, unit: Unit) -> bool:
        """Whether ``unit`` says what a notice near it says: it keeps ``EXPECTED_SIMILARITY``
        (what unrelated neighbouring sentences share) or more of its features in the
        translation's text paired with that notice (read in the translation's language, so
        that a lexicon matches it)."""
        near = {k for k in self.notices if abs(unit.index - k) <= _NOTICE_REACH}
        return keeps_words(unit, features_of(
            self.target, (j for bead in self.beads if near.intersection(bead.source)
                          for j in bead.target)))


def _footer_start(units: Sequence[Unit]) -> int:
    """Index of the first unit of the document's footer: a trailing run of at most
    ``_FOOTER_UNITS`` units of page furniture ("OFFICE USE ONLY", "1/31/2025",
    "©2024, American Cancer Society, Inc."); a document of fewer than
    ``_FOOTER_MIN_UNITS`` units has no footer."""
    if len(units) < _FOOTER_MIN_UNITS:
        return len(units)
    start = len(units)
    while start > len(units) - _FOOTER_UNITS and _furniture(units[start - 1]):
        start -= 1
    # everything after a copyright line is footer
    for index in range(len(units) - 1, max(len(units) - _FOOTER_UNITS, 0) - 1, -1):
        if "©" in units[index].text:
            return min(start, index)
    return start


def _furniture(unit: Unit) -> bool:
    """A line of the layout (:func:`_layout_line`), a very short one, or a copyright
    line."""
    return "©" in unit.text or unit.words <= 3 or _layout_line(unit)


def _layout_line(unit: Unit) -> bool:
    """A short line that does not end as a sentence does: a title, or a line cut by the
    layout."""
    return unit.words <= _SHORT_WORDS and not unit.text.rstrip().endswith((".", "!", "?"))
