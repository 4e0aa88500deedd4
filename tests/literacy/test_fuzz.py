"""Property-based tests: any text in, a consistent report out (or a clear InputError)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from literacy_support import assert_consistent

from literacy import InputError, analyze

MARKUP = st.sampled_from(
    ["# ", "## ", "- ", "* ", "1. ", "> ", "**", "_", "`", "```\n", "[a](http://x.y)",
     "<p>", "</p>", "<li>", "<script>", "</script>", "<nav>", "&amp;", "&#x41;", "<!--", "-->",
     "| a | b |\n|---|---|\n", "\n\n", "\n", ". ", "Dr. ", "2.5 mg", "e.g. ", "COPD", "U.S. ",
     "hypertension (high blood pressure)", "https://example.org/a?b=c", "\u200b", "\ufeff"]
)
TEXT = st.lists(st.one_of(st.text(max_size=40), MARKUP), max_size=30).map("".join)
FAST = settings(max_examples=150, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


def _check_consistent(text: str, format: str) -> None:
    try:
        report = analyze(text, format=format)
    except InputError as error:
        assert error.code in {"binary_input", "too_large"}
        return
    assert_consistent(report.to_dict(), text)


@FAST
@given(TEXT)
def test_any_text_gives_a_consistent_report(text):
    _check_consistent(text, "auto")


@FAST
@given(TEXT, st.sampled_from(["plain", "markdown", "html"]))
def test_any_text_in_any_named_format_gives_a_consistent_report(text, format):
    _check_consistent(text, format)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_arbitrary_unicode_and_control_characters(text):
    _check_consistent(text, "auto")
