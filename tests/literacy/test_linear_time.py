"""Every stage, and every regular expression that reads user text, takes time linear in its
input: on a 100,000-character adversarial input it costs at most a few times what a normal
text of the same size costs (ratios, not seconds, so a slow machine does not fail them).

- a regular expression, used as the engine uses it, against itself on the normal text;
- a stage (reading each format, format detection, the spaCy pre-split, syllables) against
  the whole analysis of the normal text, timed once per test module: a stage may be slower
  per character on dense markup (markdown-it-py on ``"*[" * 50_000``) but must stay within
  the work of a whole normal analysis;
- the whole ``analyze`` against ``analyze`` of the normal text, in the same test.

A quadratic stage fails by orders of magnitude (``"?" * 100_000`` took minutes in spaCy's
tokenizer, ``"<b " * 33_000`` minutes in ``html.parser``), so the bounds are generous.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from _support import seconds

from literacy import analyze
from literacy.checker.suppressions import _DIRECTIVE
from literacy.parsing import _LONG_RUN, _MARK, _MARK_RUN, _WHITE_SPACE, tokenizable
from literacy.reading import (
    _ABBREVIATION_LINE,
    _BULLET,
    _HTML_BLOCK_TAG,
    _HTML_START,
    _HTML_TAG,
    _INVISIBLE,
    _MARKDOWN_SIGNS,
    _PARAGRAPH_BREAK,
    _TEMPLATE_TAG,
    detect_format,
    read_document,
)
from literacy.syllables import MAX_TOKEN_CHARS, _count_cached, count_syllables

SIZE = 100_000
NORMAL = (
    "Take one tablet each morning with food. If you feel dizzy, sit down and call your "
    "doctor (or nurse) on 0300 123 4567. Do not drive - it is not safe for 24 hours.\n\n"
) * (SIZE // 150 + 1)
NORMAL = NORMAL[:SIZE]
# Below this many seconds the timer measures noise rather than work.
NOISE_FLOOR = 0.01


@pytest.fixture(scope="module")
def normal_analysis() -> float:
    """Seconds to analyse the normal text (the pipeline loaded first)."""
    analyze("Warm the pipeline up.")
    return seconds(lambda: analyze(NORMAL), 3)


def _ratio(work: Callable[[str], object], adversarial: str) -> float:
    assert len(adversarial) >= SIZE * 0.9
    normal = seconds(lambda: work(NORMAL), 3)
    slow = seconds(lambda: work(adversarial), 3)
    return slow / max(normal, NOISE_FLOOR)


def _finds(pattern: re.Pattern[str]) -> Callable[[str], object]:
    return lambda text: list(pattern.finditer(text))


def _matches(pattern: re.Pattern[str]) -> Callable[[str], object]:
    """A pattern used only with ``match``, at the start of the text or of a line."""
    return lambda text: [pattern.match(line) for line in text.split("\n")]


PUNCTUATION = "?" * SIZE
BRACKETS = "Call us. " + "]" * SIZE + "z"
QUOTES_AND_SMILES = ":)'" * (SIZE // 3)
LONG_WORDS = " ".join(["ab" * 10_000] * (SIZE // 20_000))
ONE_WORD = "a" * SIZE
INVISIBLE = "a\u200b\u200f" * (SIZE // 3)
LINK_OPENERS = "[a](" * (SIZE // 4)
SQUARE = "[" * SIZE
PIPES = "|a" * (SIZE // 2)
TAG_OPENERS = "<b " * (SIZE // 3)
OPEN_TAG_NO_END = "<strong" + " " * SIZE
SPACES_AND_LINES = "\n \t" * (SIZE // 3)
CARRIAGE_RETURNS = "a\r" * (SIZE // 2)
ENTITIES = "<p>" + "&amp;" * (SIZE // 5) + "</p>"
STAR_BRACKETS = "*[" * (SIZE // 2)
COMMENT_OPENERS = "<!-- >" * (SIZE // 6)
UNCLOSED_QUOTES = "<a x='" * (SIZE // 6)
MIXED_RUN = "a/" * (SIZE // 2)
DIGITS = "1" * SIZE
TEMPLATE_OPENERS = "{{ a " * (SIZE // 5)
TEMPLATE_TAG_OPENERS = "{% a " * (SIZE // 5)
TEMPLATE_TAGS = "a {{ b }}" * (SIZE // 9)
ATTRIBUTE_OPENERS = "{.a " * (SIZE // 4)
ATTRIBUTES_AFTER_LINKS = "[a](b){.c " * (SIZE // 10)
SPAN_OPENERS = "[a]{" * (SIZE // 4)
ABBREVIATION_LINES = "*[a]: b\n" * (SIZE // 8)

REGEX_CASES = [  # each used as the engine uses it
    ("_HTML_START", _matches(_HTML_START), " " * SIZE),
    ("_HTML_BLOCK_TAG", _finds(_HTML_BLOCK_TAG), "<p" * (SIZE // 2)),
    ("_HTML_TAG open", _finds(_HTML_TAG), TAG_OPENERS),
    ("_HTML_TAG no end", _finds(_HTML_TAG), OPEN_TAG_NO_END),
    ("_HTML_TAG closers", _finds(_HTML_TAG), "</b " * (SIZE // 4)),
    ("_MARKDOWN_SIGNS [", _finds(_MARKDOWN_SIGNS), SQUARE),
    ("_MARKDOWN_SIGNS [a](", _finds(_MARKDOWN_SIGNS), LINK_OPENERS),
    ("_MARKDOWN_SIGNS |", _finds(_MARKDOWN_SIGNS), PIPES),
    ("_MARKDOWN_SIGNS lines", _finds(_MARKDOWN_SIGNS), "   -\n" * (SIZE // 5)),
    ("_BULLET", _matches(_BULLET), " " * SIZE + "x"),
    ("_PARAGRAPH_BREAK", _finds(_PARAGRAPH_BREAK), SPACES_AND_LINES),
    ("_INVISIBLE", _finds(_INVISIBLE), INVISIBLE),
    ("_MARK_RUN", _finds(_MARK_RUN), PUNCTUATION),
    ("_MARK_RUN short runs", _finds(_MARK_RUN), ("?" * 32 + "a") * (SIZE // 33)),
    ("_LONG_RUN", _finds(_LONG_RUN), ("a" * 256 + " ") * (SIZE // 257)),
    ("_MARK", _finds(_MARK), ONE_WORD),
    ("_WHITE_SPACE", _finds(_WHITE_SPACE), ONE_WORD),
    ("_DIRECTIVE unclosed", _finds(_DIRECTIVE), "<!-- plainly-disable" + " " * SIZE),
    ("_DIRECTIVE starts", _finds(_DIRECTIVE), "<!-- plainly-disable" * (SIZE // 20)),
    ("_TEMPLATE_TAG {{", _finds(_TEMPLATE_TAG), TEMPLATE_OPENERS),
    ("_TEMPLATE_TAG {%", _finds(_TEMPLATE_TAG), TEMPLATE_TAG_OPENERS),
    ("_TEMPLATE_TAG {", _finds(_TEMPLATE_TAG), "{" * SIZE),
    ("_ABBREVIATION_LINE", lambda text: [_ABBREVIATION_LINE.fullmatch(line)
                                         for line in text.split("\n")], "*[" * (SIZE // 2)),
]


@pytest.mark.parametrize(
    ("use", "adversarial"),
    [case[1:] for case in REGEX_CASES],
    ids=[case[0] for case in REGEX_CASES],
)
def test_regular_expression_is_linear(use, adversarial):
    assert _ratio(use, adversarial) < 10


READING_CASES = {
    "punctuation": PUNCTUATION,
    "brackets": BRACKETS,
    "invisible marks": INVISIBLE,
    "link openers": LINK_OPENERS,
    "square brackets": SQUARE,
    "pipes": PIPES,
    "tag openers": TAG_OPENERS,
    "open tag with no end": OPEN_TAG_NO_END,
    "spaces and lines": SPACES_AND_LINES,
    "carriage returns": CARRIAGE_RETURNS,
    "entities": ENTITIES,
    "star brackets": STAR_BRACKETS,
    "comment openers": COMMENT_OPENERS,
    "unclosed quotes": UNCLOSED_QUOTES,
    "template openers": TEMPLATE_OPENERS,
    "template tag openers": TEMPLATE_TAG_OPENERS,
    "template tags": TEMPLATE_TAGS,
    "attribute openers": ATTRIBUTE_OPENERS,
    "attributes after links": ATTRIBUTES_AFTER_LINKS,
    "span openers": SPAN_OPENERS,
    "spans": "[a]{.b}" * (SIZE // 7),
    "bracketed words": "[a] " * (SIZE // 4),
    "abbreviation lines": ABBREVIATION_LINES,
    "braces": "{" * SIZE,
    "unclosed front matter": "---\n" + "a: -\n" * (SIZE // 5),
}


@pytest.mark.parametrize("format", ["auto", "plain", "markdown", "html"])
@pytest.mark.parametrize("adversarial", READING_CASES.values(), ids=READING_CASES.keys())
def test_reading_is_linear(format, adversarial, normal_analysis):
    assert seconds(lambda: read_document(adversarial, format), 3) / normal_analysis < 3


@pytest.mark.parametrize("adversarial", READING_CASES.values(), ids=READING_CASES.keys())
def test_format_detection_is_linear(adversarial, normal_analysis):
    assert seconds(lambda: detect_format(adversarial), 3) / normal_analysis < 0.5


@pytest.mark.parametrize(
    "adversarial", [PUNCTUATION, BRACKETS, QUOTES_AND_SMILES, MIXED_RUN, ONE_WORD, LONG_WORDS]
)
def test_presplitting_for_spacy_is_linear(adversarial):
    assert _ratio(tokenizable, adversarial) < 10


def test_presplitting_keeps_normal_text_and_the_length():
    assert tokenizable(NORMAL) is NORMAL
    for text in (PUNCTUATION, BRACKETS, QUOTES_AND_SMILES, MIXED_RUN):
        assert len(tokenizable(text)) == len(text)
    assert tokenizable(ONE_WORD) is ONE_WORD


@pytest.mark.parametrize(
    "token", [ONE_WORD, "ab" * (SIZE // 2), "Hyper" * (SIZE // 5), DIGITS, MIXED_RUN,
              "a-" * (SIZE // 2), "\u03b2" * SIZE, "\u00bd" * SIZE, "caregiver" * (SIZE // 9),
              LONG_WORDS],
    ids=["letters", "ab", "Hyper", "digits", "a/", "a-", "greek", "fractions", "compounds",
         "long words"],
)
@pytest.mark.parametrize("lang", ["en", "es"])
def test_syllables_of_long_tokens_take_bounded_time(token, lang, normal_analysis):
    def count_all(text: str) -> list[int]:
        _count_cached.cache_clear()  # every timing counts afresh
        return [count_syllables(word, lang) for word in text.split()]

    assert seconds(lambda: count_all(token), 3) / normal_analysis < 0.5
    assert count_all(token) == count_all(" ".join(word[:MAX_TOKEN_CHARS] for word in token.split()))


ANALYZE_CASES = {
    "punctuation": PUNCTUATION,
    "brackets": BRACKETS,
    "quotes and smiles": QUOTES_AND_SMILES,
    "long words": LONG_WORDS,
    "one word": ONE_WORD,
    "invisible marks": INVISIBLE,
    "entities": ENTITIES,
    "mixed run": MIXED_RUN,
    "star brackets": STAR_BRACKETS,
    "tag openers": TAG_OPENERS,
    "template tags": TEMPLATE_TAGS,
    "attributes after links": ATTRIBUTES_AFTER_LINKS,
}


@pytest.mark.parametrize("adversarial", ANALYZE_CASES.values(), ids=ANALYZE_CASES.keys())
def test_analyze_is_linear(adversarial):
    analyze("Warm the pipeline up.")
    normal = seconds(lambda: analyze(NORMAL))
    slow = seconds(lambda: analyze(adversarial))
    assert slow / normal < 5


@pytest.mark.parametrize("pattern", ["a&amp;b *c* ", "a\\*b **c** ", "&copy;x **c** "])
def test_markdown_alignment_of_escaped_pieces_is_linear(pattern, normal_analysis):
    text = pattern * (SIZE // len(pattern))
    assert seconds(lambda: read_document(text, "markdown"), 3) / normal_analysis < 3
