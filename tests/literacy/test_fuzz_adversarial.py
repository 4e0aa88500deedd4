"""Property-based tests with the inputs that once hung or misread the engine: long runs of
punctuation, HTML entities, very long words, control and bidirectional characters, CRLF and
zero-width characters, mixed with ordinary words.  Every case must give a consistent report
(or, with ``lang="auto"``, a clear ``InputError``) within a per-case time budget."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from literacy_support import assert_consistent

from literacy import InputError, analyze

WORDS = st.sampled_from(
    ["Take", "one", "tablet", "hypertension", "tomar", "una", "pastilla", "hipertensión",
     "COPD", "2.5 mg", "Dr.", "e.g.", "https://example.org/a?b=c", "call 911", "¿Qué?"]
)
PUNCTUATION = st.sampled_from([*"?!.,;:'\"()[]{}<>/\\|-_*&#@%$^~`+=", "...", ":)", "&amp;"])
INVISIBLE = st.sampled_from(
    ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a",
     "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)
CONTROLS = st.sampled_from(["\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\u2028"])
LINE_ENDS = st.sampled_from(["\r\n", "\r", "\n", "\r\n\r\n", "\n\n"])
MARKUP = st.sampled_from(
    ["<p>", "</p>", "<ul><li>", "</li></ul>", "<strong>", "</strong>", "<b ", "<!--", "-->",
     "# ", "- ", "> ", "[", "](", "**", "---\n", "```\n", "| a |", "&#x41;", "&amp;"]
)


def _run(piece: st.SearchStrategy[str], most: int) -> st.SearchStrategy[str]:
    """One piece repeated up to ``most`` times: the long runs that cost quadratic time."""
    return st.tuples(piece, st.integers(1, most)).map(lambda pair: pair[0] * pair[1])


LETTER_RUN = st.tuples(st.sampled_from("aeioubcdlmnrstxyzé"), st.integers(50, 20_000)).map(
    lambda pair: pair[0] * pair[1]
)
PIECE = st.one_of(
    WORDS.map(lambda word: word + " "),
    _run(PUNCTUATION, 4_000),
    _run(INVISIBLE, 50),
    INVISIBLE,
    CONTROLS,
    LINE_ENDS,
    MARKUP,
    _run(MARKUP, 2_000),
    LETTER_RUN,
    st.text(max_size=20),
)
DOCUMENT = st.lists(PIECE, max_size=25).map("".join)
# A case of 20,000 characters takes about a second here; a quadratic stage takes minutes.
BUDGET = settings(
    max_examples=30,
    deadline=timedelta(seconds=20),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Another helper makes text with no recognisable language raise InputError("no_language").
CLEAR_CODES = {"binary_input", "too_large", "no_language", "unsupported_language"}


def _check(text: str, lang: str, format: str = "auto") -> None:
    try:
        report = analyze(text, lang=lang, format=format)
    except InputError as error:
        assert error.code in CLEAR_CODES
        assert lang == "auto" or error.code not in ("no_language", "unsupported_language")
        assert error.message
        return
    data = report.to_dict()
    assert_consistent(data, text)
    codes = [finding["code"] for finding in data["findings"]]
    if data["counts"]["words"] == 0:
        assert codes == ["PL102"]
    else:
        assert "PL102" not in codes


@BUDGET
@given(DOCUMENT, st.sampled_from(["en", "es"]))
def test_adversarial_documents_give_a_report_in_time(text, lang):
    _check(text, lang)


@BUDGET
@given(DOCUMENT)
def test_adversarial_documents_with_detected_language(text):
    _check(text, "auto")


@BUDGET
@given(DOCUMENT, st.sampled_from(["plain", "markdown", "html"]))
def test_adversarial_documents_in_each_format(text, format):
    _check(text, "en", format)


@BUDGET
@given(st.lists(st.tuples(WORDS.filter(str.isalpha), INVISIBLE), min_size=1, max_size=10))
def test_invisible_marks_inside_words_do_not_change_the_words(pairs):
    plain = " ".join(word for word, _ in pairs) + "."
    marked = " ".join(word[:1] + mark + word[1:] for word, mark in pairs) + "."
    assert analyze(marked).counts.words == analyze(plain).counts.words
