"""The quick test in front of ``_NAMED_BEFORE`` ("the diabetes drug metformin", "growths,
called polyps") never changes what the pattern finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from literacy.jargon import _NAMED_BEFORE, _named_before

PIECES = ["drug", "Drugs", "the", "THE", "a", "An", "called", "we called", "known as", "such as",
          "cancer", "anti-drug", "renamed", "Vitamin", "germs", "it", "they", "x", ",", "(",
          " ", "  ", "\n", "\xa0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=8),
       st.sampled_from(["", " ", "  ", "\n"]))
def test_the_quick_test_agrees_with_the_pattern(pieces: list[str], end: str) -> None:
    before = " ".join(pieces) + end
    assert _named_before(before) == bool(_NAMED_BEFORE.search(before))


def test_names_before_a_term_are_found() -> None:
    assert _named_before("the diabetes drug ")
    assert _named_before("abnormal growths, called ")
    assert _named_before("a medicine such as an ")
    assert not _named_before("we called ")
    assert not _named_before("the drug")
