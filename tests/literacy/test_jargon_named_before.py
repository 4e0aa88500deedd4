"""The quick tests in front of the patterns for a word before a term ("growths, called
polyps", "the diabetes drug metformin") never change what the patterns find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from literacy.explanations import _CLASS_BEFORE, ENGLISH, _last_words

PIECES = ["drug", "Drugs", "the", "THE", "a", "An", "called", "we called", "known as", "such as",
          "said to have", "cancer", "anti-drug", "renamed", "Vitamin", "germs", "myeloid", "or",
          "and", "to", "it", "they", "x", ",", "(", "2drug", " ", "  ", "\n", "\xa0"]
# The text may end where a name starts, perhaps with the quotation mark that opens it.
BEFORE = st.builds(lambda pieces, end: " ".join(pieces) + end,
                   st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=8),
                   st.sampled_from(["", " ", "  ", "\n", "“", '"', "'", "‘", " “", ' "', " '",
                                    " ‘"]))


@settings(max_examples=500, deadline=None)
@given(BEFORE)
def test_the_quick_test_agrees_with_the_naming_pattern(before: str) -> None:
    pattern = ENGLISH.named_before_pattern
    assert pattern is not None
    assert ENGLISH.named_before(before) == bool(pattern.search(before))


@settings(max_examples=500, deadline=None)
@given(BEFORE)
def test_a_class_noun_the_pattern_finds_passes_the_quick_test(before: str) -> None:
    match = _CLASS_BEFORE.search(before)
    if match is not None and match.group(1).lower() in ENGLISH.class_ends:
        words = _last_words(before)
        assert words and words[-1].lower().endswith(ENGLISH.class_ends)


def test_names_before_a_term_are_found() -> None:
    assert ENGLISH.named_before("abnormal growths, called ")
    assert ENGLISH.named_before("a medicine such as an ")
    assert not ENGLISH.named_before("we called ")
    assert not ENGLISH.named_before("growths, called")
