"""Every pattern the translation checks run on user text takes linear time.

Each test times a pattern (or a whole step) on a 100,000-character input built to make a
backtracking pattern re-scan, against a normal handout text of the same size, in the same
test; the bound on the ratio is generous (a quadratic pattern is thousands of times slower
on this size, not a few times).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from _support import seconds

from literacy.reading import read_document
from literacy.translations import check_translations
from literacy.translations import checks as checks_module
from literacy.translations import items as items_module
from literacy.translations import numbers as numbers_module
from literacy.translations import units as units_module
from literacy.translations.items import extract_items
from literacy.translations.units import read_units

SIZE = 100_000
RATIO = 25
FLOOR = 0.05  # seconds: below this, timings are noise (the machine is shared)

NORMAL = (
    "Take 2 tablets by mouth every 6 hours, or 2.5 mg at 6 pm on 1/31/2025. Call "
    "1-800-232-4636 or visit www.cdc.gov/flu if you feel dizzy. PCV13 protects 90% of "
    "children. Do not take more than 10 mg in one day.\n"
)


def _sized(piece: str) -> str:
    return (piece * (SIZE // len(piece) + 1))[:SIZE]


def _assert_linear(work: Callable[[str], object], adversarial: str) -> None:
    normal = seconds(lambda: work(_sized(NORMAL)))
    slow = seconds(lambda: work(adversarial))
    assert slow <= RATIO * max(normal, FLOOR), (slow, normal)


PATTERNS: list[tuple[str, re.Pattern[str], str]] = [
    ("url", items_module._URL, "a."),
    ("url", items_module._URL, "www."),
    ("url", items_module._URL, "a-"),
    ("email", items_module._EMAIL, "a."),
    ("email", items_module._EMAIL, "a@a."),
    ("phone", items_module._PHONE, "1-"),
    ("phone", items_module._PHONE, "123 "),
    ("code", items_module._CODE, "a1-"),
    ("code", items_module._CODE, "a_1"),
    ("metadata", items_module._METADATA, "no "),
    ("metadata", items_module._METADATA, "rev 1/"),
    ("number", numbers_module._NUMBER, "123 "),
    ("number", numbers_module._NUMBER, "1."),
    ("number", numbers_module._NUMBER, "1,"),
    ("number", numbers_module._NUMBER, "1 por "),
    ("time", numbers_module._time_pattern("es")[0], "1:"),
    ("time", numbers_module._time_pattern("es")[0], "12 "),
    ("time", numbers_module._time_pattern("es")[0], "下午"),
    ("time", numbers_module._time_pattern("es")[0], "a las 6 de la "),
    ("time", numbers_module._time_pattern("es")[0], "godz. 1."),
    ("time", numbers_module._time_pattern("es")[0], "1.00 "),
    ("time", numbers_module._time_pattern("es")[0], "a las seis de la "),
    ("time", numbers_module._time_pattern("es")[0], "las seis "),
    ("time", numbers_module._time_pattern("en")[0], "six p"),
    ("time", numbers_module._time_pattern("ru")[0], "два "),
    ("date", numbers_module._DATE_NUMERIC, "1/1/"),
    ("date", numbers_module._DATE_LOCAL, "1 tháng "),
    ("date", numbers_module._DATE_LOCAL, "2025年1"),
    ("date", numbers_module._named_dates("es")[0], "31 de enero de "),
    ("date", numbers_module._named_dates("en")[0], "January "),
    ("century", numbers_module._ROMAN_CENTURY, "XX "),
    ("century", numbers_module._ROMAN_CENTURY, "siglo "),
    ("year range", numbers_module._YEAR_RANGE, "2019-"),
    ("scale", numbers_module._SCALE, "1 tysi"),
    ("sentence end", units_module._SENTENCE_END, "."),
    ("sentence end", units_module._SENTENCE_END, "a. "),
    ("word", units_module.WORD, "a'"),
]


@pytest.mark.parametrize(("name", "pattern", "piece"), PATTERNS,
                         ids=[f"{name}-{piece!r}" for name, _, piece in PATTERNS])
def test_pattern_is_linear(name: str, pattern: re.Pattern[str], piece: str) -> None:
    _assert_linear(lambda text: list(pattern.finditer(text)), _sized(piece))


@pytest.mark.parametrize("piece", ["a.", "a. ", "1 ", "a.a.cdc.gov ", "\n \n", "6 pm "])
def test_extract_items_is_linear(piece: str) -> None:
    _assert_linear(lambda text: extract_items(text, "es"), _sized(piece))


@pytest.mark.parametrize("piece", ["a.", "a. ", "A. ", ". ", "a\nB ", " \n"])
def test_cutting_units_is_linear(piece: str) -> None:
    _assert_linear(lambda text: read_units(read_document(text, "plain"), "en"), _sized(piece))


def test_source_is_read_once_for_many_translations(monkeypatch: pytest.MonkeyPatch) -> None:
    """However many translations a bundle has, its source is cut into units once."""
    calls: list[str] = []

    def counting(document: object, lang: str, lexicon: object = None) -> object:
        calls.append(lang)
        return read_units(document, lang, lexicon)  # type: ignore[arg-type]

    monkeypatch.setattr(checks_module, "read_units", counting)
    translation = "Tome 2 tabletas cada 6 horas. Llame al 1-800-232-4636."
    bundle = {"en": "Take 2 tablets every 6 hours. Call 1-800-232-4636.",
              **{f"es-x{k}": translation for k in range(30)}}
    check_translations(bundle)
    assert calls.count("en") == 1
    assert len(calls) == 31


@pytest.mark.parametrize(("source", "translation"), [("a.", "b."), ("a.", "a."), ("a. ", "b. ")])
def test_check_translations_is_linear(source: str, translation: str) -> None:
    """End to end on 20,000 characters (a normal text of that size has some 150 sentences
    to align): the adversarial source took 20 s at this size when copies were compared
    with difflib and the patterns re-scanned."""
    size = 20_000
    normal = _sized(NORMAL)[:size]
    spanish = normal.replace("Take", "Tome").replace("Call", "Llame")
    normal_seconds = seconds(lambda: check_translations({"en": normal, "es": spanish}))
    slow = seconds(lambda: check_translations(
        {"en": (source * size)[:size], "es": (translation * size)[:size]}))
    assert slow <= RATIO * max(normal_seconds, FLOOR), (slow, normal_seconds)
