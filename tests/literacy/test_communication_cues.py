"""A cued pattern finds exactly what its pattern finds: its cues only skip sentences that
cannot match (``literacy.communication.lexicon.CuedPattern``)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from literacy.communication.lexicon import ENGLISH, FRACTION, SPANISH, CuedPattern

CUED = {
    "en relative risk": ENGLISH.relative_risk,
    "en calculation": ENGLISH.calculation,
    "es relative risk": SPANISH.relative_risk,
    "es calculation": SPANISH.calculation,
    "fraction": FRACTION,
}
# Phrases of the kinds each pattern is written for (one per alternative).
MATCHING = [
    "3 times more likely", "twice as", "Doubles", "halved", "cuts the risk in half",
    "lowers your risk by about 30%", "20 percent lower", "2.5 TIMES HIGHER", "1/3", "½", "24/7",
    "add up", "Subtracting", "work out how", "the difference between", "convert",
    "dos veces más", "el doble", "la mitad", "reduce el riesgo en un 20 %",
    "baja en 5 por ciento", "sume", "la diferencia entre",
]
# Pieces to build sentences from: those phrases, other words, and letters that case-fold.
PIECES = [*MATCHING, "risk", "the", "you", "of", ",", ".", " ", "\n", "5", "in", "ſ", "K", "ß"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=12))
def test_a_cued_pattern_matches_as_its_pattern_does(pieces: list[str]) -> None:
    text = " ".join(pieces)
    for name, cued in CUED.items():
        expected = [match.span() for match in cued.pattern.finditer(text)]
        assert [match.span() for match in cued.finditer(text)] == expected, name
        found = cued.search(text)
        assert (found.span() if found else None) == (expected[0] if expected else None), name


def test_every_kind_of_phrase_reaches_its_pattern() -> None:
    for phrase in MATCHING:
        assert any(cued.search(phrase) for cued in CUED.values()), phrase


def test_text_without_cues_is_not_searched() -> None:
    cued = CuedPattern(ENGLISH.relative_risk.pattern, ("times",))
    assert cued.search("It doubles the risk.") is None
    assert cued.search("It is 3 TIMES more likely.") is not None
