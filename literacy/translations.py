"""Checking translations of a patient handout against its source.

:func:`check_translations` takes one document per language (the source, usually English, and
its translations) and reports, for each translation, what a reviewer must look at:

==========================  ========  ===================================================
code                        severity  what
==========================  ========  ===================================================
``missing_language``        error     a required language has no text
``missing_segment``         error     a source heading, paragraph or list item (or a
                                      sentence of one) has no counterpart in the translation
``extra_segment``           warning   a passage of the translation has no source
``untranslated_segment``    error     a passage of the translation is still in the source
                                      language
``number_mismatch``         error     a number, dose, phone number, date, time, percentage,
                                      URL or e-mail differs between a source passage and its
                                      translation ("take 2 tablets" / "tome 3 tabletas")
``stale_translation``       warning   the source was committed after the translation
==========================  ========  ===================================================

Alignment
    Both documents are read into segments (``literacy.reading``), each segment is cut into
    sentence-sized *units* (at sentence ends and at line breaks that start a new line of
    thought: handouts extracted from PDFs keep one paragraph per line and no blank lines),
    and the units are aligned monotonically by dynamic programming, after Gale & Church
    (1993), "A program for aligning sentences in bilingual corpora", *Computational
    Linguistics* 19(1): a bead joins 0-3 source units to 0-3 translation units; its cost is
    the Gale-Church length cost (translation length against source length times the
    document's own length ratio) plus the prior of its shape, less a bonus for what carries
    over unchanged (numbers, URLs, codes such as "PCV13", acronyms) and for cognates, words
    sharing their first four letters (Simard, Foster & Isabelle 1992, "Using cognates to
    align sentences in bilingual corpora", TMI-92), plus a small cost when segment kinds
    differ (a heading against a list item).  Units left in 1-0 beads are missing, units in
    0-1 beads are extra.  For English → Spanish a small bilingual lexicon of stems
    (``wordlists/es/alignment_lexicon.csv``) adds to the cognates; with it a bead is only
    rewarded for similarity above what neighbouring sentences share.  After alignment, a
    translation unit in the source language that repeats nothing is unpaired (a running
    header cannot be a translation), and unpaired passages that match each other are
    paired as moved (PDF extraction reorders two-column pages).

What is a warning rather than an error
    Real handouts carry page furniture and bilingual notices, so these are warnings: a
    missing sentence of a paragraph that is mostly translated (the translator may have
    condensed it); anything in the trailing footer (short lines, copyright lines); short
    passages next to a passage the source itself gives in the target language (the VIS
    "Hojas de información … en español" notice); a source passage that appears in the
    translation word for word; text in the source language that repeats nothing (a credit
    line); a copy that looks like a name ("Centers for Disease Control and Prevention") or
    stands beside its own translation; a link to another page of a site the other
    document also links to (the translated page).  Edition metadata (copyright years,
    revision dates, catalogue numbers such as "No. 080814 Rev. 11/24") is not compared.

Numbers
    Digits are compared, not number words ("two" / "dos" are not required to match, but a
    number word on one side does satisfy a digit on the other).  Decimal comma and point are
    both read ("2,5 mg" = "2.5 mg"), as are thousands separators ("1,000" = "1.000" =
    "1 000"); where a form is ambiguous ("1,000") every reading is kept and any common
    reading matches.  Units are compared when both sides give one ("2.5 mg" / "2,5 ml" is a
    mismatch; unit words such as "miligramos" count as "mg").  Dates match across orders and
    month names ("1/31/2025" = "31/1/2025" = "31 de enero de 2025"), times across 12- and
    24-hour clocks ("9:00 p.m." = "21:00"), phone numbers by their digits ("9-1-1" = "911",
    "1-800-232-4636" = "(800) 232-4636"), URLs and e-mail addresses case-insensitively
    without the scheme.

:func:`stale_translations` compares last commit times in git (``git log -1 --format=%ct``)
and :func:`find_translation_pairs` finds translations kept by the usual repository
conventions (``leaflet.es.md`` beside ``leaflet.md``; ``es/leaflet.md`` beside
``en/leaflet.md``).
"""

from __future__ import annotations

import csv
import difflib
import functools
import importlib.resources
import io
import itertools
import math
import os
import re
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from literacy.errors import InputError
from literacy.reading import Document, Segment, SegmentKind, read_document

__all__ = [
    "CODES",
    "DEFAULT_LANGUAGES",
    "RULE_CODES",
    "AlignedPassage",
    "TranslationFlag",
    "align_documents",
    "check_translations",
    "find_translation_pairs",
    "stale_translations",
]

Severity = Literal["suggestion", "warning", "error"]

CODES: dict[str, Severity] = {
    "missing_language": "error",
    "missing_segment": "error",
    "extra_segment": "warning",
    "untranslated_segment": "error",
    "number_mismatch": "error",
    "stale_translation": "warning",
}
"""The stable codes and their default severities."""

RULE_CODES: dict[str, str] = {
    "missing_language": "PL401",
    "missing_segment": "PL402",
    "extra_segment": "PL403",
    "untranslated_segment": "PL404",
    "number_mismatch": "PL405",
    "stale_translation": "PL406",
}
"""Proposed PL4xx finding codes (the translations family of ``literacy.findings``)."""

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "es", "zh", "vi", "ko", "tl", "ru", "ar", "ht", "fr", "pt", "pl", "ja", "it", "de", "fa",
)
"""Languages looked for by :func:`find_translation_pairs`: the languages most often needed
for US patient materials (US Census Bureau, American Community Survey, languages spoken
at home), by ISO 639-1 code."""


@dataclass(frozen=True)
class TranslationFlag:
    """One thing a reviewer must check in a translation.

    ``start``/``end`` are character offsets in the translation (``None`` when the flag is
    about the whole translation, e.g. ``missing_language``; equal for an insertion point,
    e.g. where a missing passage should go); ``source_start``/``source_end`` are offsets in
    the source document (``None`` for a passage that has no source).  ``text`` is the text
    the flag is about: the translation's text, or the source's for a missing passage.
    """

    code: str
    lang: str
    severity: Severity
    message: str
    start: int | None
    end: int | None
    source_start: int | None
    source_end: int | None
    text: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def rule(self) -> str:
        """The PL4xx finding code of this flag's kind."""
        return RULE_CODES[self.code]

    def to_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "rule": self.rule,
            "lang": self.lang,
            "severity": self.severity,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "source_start": self.source_start,
            "source_end": self.source_end,
            "text": self.text,
            **self.data,
        }


# =============================================================================================
# Numbers, doses, dates, times, phone numbers, URLs: what must carry over unchanged
# =============================================================================================

Key = tuple[Any, ...]


@dataclass(frozen=True)
class _Item:
    """Something that must carry over: its readings (``keys``), unit, and place."""

    keys: frozenset[Key]
    unit: str | None
    text: str
    start: int  # offsets in the unit's text
    end: int
    soft: bool = False  # a number word: it can satisfy a digit, but is never reported
    kind: str = "number"  # number, url, email, phone, date, time, code, word

    @property
    def distinctive(self) -> bool:
        """A URL, e-mail, code, phone number or dated date: unlikely to recur by chance, so it
        is matched anywhere in the other document; plain numbers are matched nearby only."""
        if self.kind in ("url", "email", "code", "phone"):
            return True
        return self.kind == "date" and any(key[1] is not None for key in self.keys)


_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan", "enero", "ene"),
        ("february", "feb", "febrero"),
        ("march", "mar", "marzo"),
        ("april", "apr", "abril", "abr"),
        ("may", "mayo", "may"),
        ("june", "jun", "junio"),
        ("july", "jul", "julio"),
        ("august", "aug", "agosto", "ago"),
        ("september", "sept", "sep", "septiembre", "setiembre", "set"),
        ("october", "oct", "octubre"),
        ("november", "nov", "noviembre"),
        ("december", "dec", "diciembre", "dic"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number
_MONTH_NAMES = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))

_UNITS: dict[str, str] = {
    "mg": "mg", "milligram": "mg", "milligrams": "mg", "miligramo": "mg", "miligramos": "mg",
    "mcg": "mcg", "µg": "mcg", "μg": "mcg", "microgram": "mcg", "micrograms": "mcg",
    "microgramo": "mcg", "microgramos": "mcg",
    "g": "g", "gram": "g", "grams": "g", "gramo": "g", "gramos": "g", "gr": "g",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramo": "kg", "kilogramos": "kg",
    "kilo": "kg", "kilos": "kg",
    "ml": "ml", "milliliter": "ml", "milliliters": "ml", "millilitre": "ml",
    "millilitres": "ml", "mililitro": "ml", "mililitros": "ml", "cc": "ml",
    "l": "l", "liter": "l", "liters": "l", "litre": "l", "litres": "l", "litro": "l",
    "litros": "l",
    "iu": "iu", "ui": "iu", "unit": "unit", "units": "unit", "unidad": "unit",
    "unidades": "unit",
    "mmol": "mmol", "mmhg": "mmhg", "mg/dl": "mg/dl", "mg/kg": "mg/kg", "mcg/kg": "mcg/kg",
    "ml/kg": "ml/kg", "mm": "mm", "cm": "cm", "centimeter": "cm", "centimeters": "cm",
    "centímetro": "cm", "centímetros": "cm", "millimeter": "mm", "millimeters": "mm",
    "milímetro": "mm", "milímetros": "mm",
    "in": "in", "inch": "in", "inches": "in", "pulgada": "in", "pulgadas": "in",
    "lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb", "libra": "lb", "libras": "lb",
    "oz": "oz", "ounce": "oz", "ounces": "oz", "onza": "oz", "onzas": "oz",
    "tsp": "tsp", "teaspoon": "tsp", "teaspoons": "tsp", "cucharadita": "tsp",
    "cucharaditas": "tsp",
    "tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp", "cucharada": "tbsp",
    "cucharadas": "tbsp",
    "°f": "°f", "ºf": "°f", "°c": "°c", "ºc": "°c", "f": "°f", "c": "°c",
}
# Letters that are units only right after a number or a degree sign.
_DEGREE_ONLY = {"f", "c"}
_UNIT_PATTERN = "|".join(
    sorted((re.escape(u) for u in _UNITS if u not in _DEGREE_ONLY), key=len, reverse=True)
)

_PERCENT_WORDS = r"%|percent\b|per\s+cent\b|por\s+ciento\b|porciento\b"

_URL_REST = r"[^\s<>\"'()\[\]]"
_URL = re.compile(
    r"(?:(?:https?://|www\.)" + _URL_REST + r"+"
    r"|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:gov|org|com|net|edu|int|mil|info|es|mx|us|co|io)"
    r"\b(?:/" + _URL_REST + r"*)?)"
    # text extracted from PDFs breaks addresses after a dot or slash: "www.cdc.gov/ vaccines"
    r"(?:(?<=[./]) (?=(?-i:[a-z]))" + _URL_REST + r"+)?",
    re.IGNORECASE,
)
# Edition metadata identifies a publication, and a translation is a publication of its own:
# copyright years, revision dates and catalogue numbers are not compared.
_METADATA = re.compile(
    r"(?:©|\(c\)|copyright)\s*\d{4}"
    r"|\b(?:rev(?:ised|isado|isión)?\.?|revision)\s*:?\s*\d{1,2}(?:[/.-]\d{1,4}){1,2}"
    r"|\b(?:no|n\.?\s?[º°]|núm|cat)\.?\s*[A-Z]{0,4}\d{4,}[A-Z0-9-]*",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(
    r"(?<![\w/.,-])(?:"
    r"(?:\+?\d{1,3}[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}"  # 1-800-232-4636
    r"|(?:\+?\d{1,3}[-. ])?\d{3}[-. ][A-Z]{3}[-. ][A-Z]{4}"  # 1-800-CDC-INFO
    r"|\d-\d-\d"  # 9-1-1
    r")(?![\w/-])"
)
_DATE_NAMED = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:\s+de)?\s+(?P<m2>{_MONTH_NAMES})\.?(?:,?\s+(?:de(?:l)?\s+)?(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MONTH_NAMES})\.?,?\s+(?:de(?:l)?\s+)?(?P<y3>\d{{4}}))\b",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    r"(?<![\w/.-])(?:(?P<y0>\d{4})-(?P<a0>\d{1,2})-(?P<b0>\d{1,2})"
    r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2}))(?![\w/-])"
)
_TIME = re.compile(
    r"(?<![\w:.,])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*"
    r"(?P<ampm>[ap])\.?\s?m\b\.?"
    r"|(?<![\w:.,])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?![\w:])",
    re.IGNORECASE,
)
_CODE = re.compile(
    r"(?<![\w-])(?=[\w-]*\d)(?=[\w-]*[^\W\d_])[^\W_]+(?:-[^\W_]+)*(?![\w-])"
)
_ORDINAL = re.compile(
    r"^(?P<n>\d+)(?:st|nd|rd|th|er|ra|ro|do|da|to|ta|vo|va|no|na|mo|ma|º|ª|\.º|\.ª|°|s)$",
    re.IGNORECASE,
)
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?(?![\d])"
    r"|\d+(?:[.,]\d+)*)"
    r"(?P<ord>st|nd|rd|th|\.?º|\.?ª|er\b|ra\b|ro\b|do\b|da\b|s\b|['’]s\b)?"
    r"(?:\s?(?P<pct>" + _PERCENT_WORDS + r")"
    r"|\s?(?P<deg>[°º]\s?[FC]?)"
    r"|\s?(?P<unit>" + _UNIT_PATTERN + r")(?![\w/]))?",
    re.IGNORECASE,
)
_NUMBER_WORDS: dict[str, float] = {
    # English
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "half": 0.5, "once": 1,
    "twice": 2, "single": 1, "dozen": 12, "a": 1, "an": 1, "both": 2, "double": 2,
    # Spanish
    "cero": 0, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
    "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "doce": 12, "trece": 13,
    "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17, "dieciocho": 18,
    "diecinueve": 19, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50,
    "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90, "cien": 100, "ciento": 100,
    "mil": 1000, "primer": 1, "primera": 1, "primero": 1, "segundo": 2, "segunda": 2,
    "tercer": 3, "tercera": 3, "tercero": 3, "cuarto": 4, "cuarta": 4, "quinto": 5,
    "medio": 0.5, "media": 0.5, "mitad": 0.5, "vez": 1, "ambos": 2, "ambas": 2, "doble": 2,
    "par": 2, "docena": 12,
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _number_readings(raw: str) -> set[float]:
    """Every value ``raw`` can mean under English or Spanish conventions."""
    raw = re.sub(r"[\u00a0\u202f\u2009 ]", "", raw)
    if raw.isdigit():
        return {float(raw)}
    readings: set[float] = set()
    separators = [c for c in raw if c in ".,"]
    groups = re.split(r"[.,]", raw)
    if len(set(separators)) == 2:
        decimal = separators[-1]
        whole, _, fraction = raw.rpartition(decimal)
        thousands = "," if decimal == "." else "."
        parts = whole.split(thousands)
        if all(len(p) == 3 for p in parts[1:]):
            readings.add(float("".join(parts) + "." + fraction))
        return readings
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        readings.add(float("".join(groups)))  # thousands separators
    if len(separators) == 1:
        readings.add(float(groups[0] + "." + groups[1]))  # decimal comma or point
    return readings


def _extract_items(text: str) -> list[_Item]:
    """The items of ``text`` that must carry over, in order, without overlaps."""
    items: list[_Item] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _METADATA.finditer(text):
        taken.append(match.span())

    def add(kind: str, keys: Iterable[Key], start: int, end: int) -> None:
        keyset = frozenset(keys)
        if keyset and free(start, end):
            items.append(_Item(keyset, None, text[start:end], start, end, False, kind))
        taken.append((start, end))

    for match in _EMAIL.finditer(text):
        add("email", [("email", match.group().lower())], *match.span())
    for match in _URL.finditer(text):
        start, end = match.span()
        url = re.sub(r"\s+", "", match.group())
        while url and url[-1] in ".,;:!?)”’\"'":
            url, end = url[:-1], end - 1
        if "." not in url.strip("."):
            continue
        norm = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")
        add("url", [("url", norm)], start, end)
    for match in _PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        letters = re.sub(r"[^A-Za-z0-9]", "", match.group()).lower()
        keys: set[Key] = {("tel", letters)}
        if len(digits) == 11 and digits.startswith("1") and digits == letters:
            keys.add(("tel", digits[1:]))
        add("phone", keys, *match.span())
    for match in _DATE_NAMED.finditer(text):
        groups = match.groupdict()
        month = _MONTHS[(groups["m1"] or groups["m2"] or groups["m3"]).lower()]
        day_text = groups["d1"] or groups["d2"]
        year_text = groups["y1"] or groups["y2"] or groups["y3"]
        day = int(day_text) if day_text else None
        year = int(year_text) if year_text else None
        if day is not None and not 1 <= day <= 31:
            continue
        add("date", [("date", year, month, day)], *match.span())
    for match in _DATE_NUMERIC.finditer(text):
        groups = match.groupdict()
        if groups["y0"]:
            year, first, second = int(groups["y0"]), int(groups["a0"]), int(groups["b0"])
            orders = [(first, second)]
        else:
            year, first, second = int(groups["y"]), int(groups["a"]), int(groups["b"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            orders = [(first, second), (second, first)]
        dates: set[Key] = {
            ("date", year, m, d) for m, d in orders if 1 <= m <= 12 and 1 <= d <= 31
        }
        if dates and free(*match.span()):
            add("date", dates, *match.span())
    for match in _TIME.finditer(text):
        groups = match.groupdict()
        if groups["h"] is not None:
            hour, minute = int(groups["h"]), int(groups["m"] or 0)
            ampm = (groups["ampm"] or "").lower()
        else:
            hour, minute, ampm = int(groups["h2"]), int(groups["m2"]), ""
        if hour > 24 or minute > 59:
            continue
        if ampm:
            hour = hour % 12 + (12 if ampm == "p" else 0)
            minutes = {hour * 60 + minute}
        elif hour == 0 or hour > 12:
            minutes = {hour * 60 + minute}
        else:
            minutes = {hour * 60 + minute, (hour % 12 + 12) * 60 + minute, hour % 12 * 60 + minute}
        add("time", [("time", m) for m in minutes], *match.span())
    for match in _CODE.finditer(text):
        token = match.group()
        if _ORDINAL.match(token) or re.fullmatch(
            r"\d+(?:[.,]\d+)?(?:" + _UNIT_PATTERN + r")", token, re.IGNORECASE
        ):
            continue
        if re.fullmatch(r"\d+(?:-\d+)+|\d+-[^\W\d_]+(?:-[^\W\d_]+)*", token):
            continue  # a range (6-18) or a compound (15-valent): its numbers are read below
        add("code", [("code", token.lower())], *match.span())
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if not free(start, end):
            continue
        values = _number_readings(match.group("num"))
        if not values:
            continue
        unit: str | None = None
        if match.group("unit"):
            unit = _UNITS.get(match.group("unit").lower().replace(" ", ""))
        elif match.group("deg"):
            degree = match.group("deg").replace(" ", "").lower().replace("º", "°")
            unit = _UNITS.get(degree, "deg")
        readings: set[Key] = {("n", v) for v in values}
        if match.group("num").isdigit():
            readings.add(("tel", match.group("num")))
        items.append(_Item(frozenset(readings), unit, text[start:end], start, end))
        taken.append((start, end))
    for match in _WORD.finditer(text):
        word = match.group().lower()
        if word in _NUMBER_WORDS and free(*match.span()):
            items.append(
                _Item(frozenset({("n", float(_NUMBER_WORDS[word]))}), None, match.group(),
                      *match.span(), soft=True, kind="word")
            )
    items.sort(key=lambda item: item.start)
    return items


def _matches(a: _Item, b: _Item) -> bool:
    if not a.keys & b.keys:
        return False
    return a.unit is None or b.unit is None or a.unit == b.unit


# =============================================================================================
# Units: sentence-sized pieces of segments
# =============================================================================================

_ABBREVIATIONS = frozenset(
    (
        "dr", "dra", "drs", "sr", "sra", "srta", "sres", "ud", "uds", "vd", "vds", "mr", "mrs",
        "ms", "st", "no", "nº", "núm", "num", "vs", "etc", "e.g", "i.e", "p.ej", "approx",
        "aprox", "fig", "figs", "u.s", "ee.uu", "a.m", "p.m", "inc", "ltd", "jr", "co", "dept",
        "univ", "hosp", "tel", "ext", "min", "máx", "max", "mín", "p.m", "a.m", "c", "u.s.c",
        "art", "cap", "vol", "pág", "pp", "rev",
    )
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’»)\]]*(?=\s)")
_STARTS_UNIT = re.compile(r"[^\W\d_]|[¿¡\"“«(•◦▪‣·*–—-]|\d", re.UNICODE)
_NO_BREAK_AFTER = ",;(/-–—&+"
_COGNATE_STOP = frozenset(
    (
        "with", "that", "this", "have", "from", "they", "them", "their", "there", "these",
        "those", "which", "what", "when", "where", "will", "would", "could", "should", "about",
        "into", "than", "then", "also", "been", "were", "your", "more", "most", "some", "such",
        "only", "other", "very", "just", "each", "like", "over", "make", "made", "even",
        "after", "before", "while", "para", "como", "pero", "esta", "este", "estos", "estas",
        "esto", "sobre", "entre", "desde", "hasta", "cuando", "donde", "porque", "puede",
        "pueden", "tiene", "tienen", "todo", "todos", "toda", "todas", "otro", "otra", "otros",
        "otras", "mucho", "muchos",
    )
)


@dataclass(frozen=True)
class _Unit:
    """A sentence-sized piece of a segment, with what the aligner compares."""

    index: int
    segment: int
    block: int  # units of one block share a source line of one segment: one paragraph
    kind: SegmentKind
    text: str
    start: int  # offsets in the document's source
    end: int
    length: int  # letters and digits
    words: int
    items: tuple[_Item, ...]
    features: Counter[str]  # cognate prefixes and carried-over anchors
    item_offsets: tuple[tuple[int, int], ...]  # each item's span in the document's source


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _breaks(segment: Segment, source: str) -> dict[int, bool]:
    """Indices in ``segment.text`` where a unit ends (exclusive), each with whether the cut
    is at a line break (which also ends a block) rather than a sentence end."""
    text = segment.text
    cuts: list[int] = []
    lines: list[int] = []
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        if not rest or not _STARTS_UNIT.match(rest) or rest[0].islower():
            continue
        before = text[: match.start() + 1]
        word = re.search(r"(\S+)$", before)
        token = word.group(1).lower().rstrip(".") if word else ""
        token = token.lstrip("(\"“«¿¡")
        if match.group().startswith(".") and (
            token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())
        ):
            continue
        cuts.append(end)
    # line breaks of the source that start a new line of thought
    for index, char in enumerate(text):
        if not char.isspace():
            continue
        offset = segment.offsets[index] if index < len(segment.offsets) else -1
        if char != "\n" and not (0 <= offset < len(source) and source[offset] == "\n"):
            continue
        before = text[:index].rstrip()
        after = text[index:].lstrip()
        if not before or not after or before[-1] in _NO_BREAK_AFTER:
            continue
        first = after[0]
        if first.isupper() or first in "¿¡•◦▪‣·*–—-\"“«" or first.isdigit():
            lines.append(index)
    breaks = dict.fromkeys(cuts, False)
    breaks.update(dict.fromkeys(lines, True))
    return dict(sorted(breaks.items()))


def _units(document: Document, lexicon: _Lexicon | None = None) -> list[_Unit]:
    """The document's units; ``lexicon`` (this document's side of a bilingual lexicon) adds
    its entries to the units' features."""
    units: list[_Unit] = []
    block = -1
    for number, segment in enumerate(document.segments):
        text = segment.text
        breaks = _breaks(segment, document.source)
        bounds = [0, *breaks, len(text)]
        block += 1
        for a, b in itertools.pairwise(bounds):
            if breaks.get(a):
                block += 1
            piece = text[a:b]
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece.rstrip())
            start, end = a + lead, a + trail
            if start >= end or not any(ch.isalnum() for ch in text[start:end]):
                continue
            unit_text = " ".join(text[start:end].split())
            raw = text[start:end]
            items = tuple(_extract_items(raw))
            src_start, src_end = segment.source_span(start, end)
            offsets = tuple(
                segment.source_span(start + item.start, start + item.end) for item in items
            )
            units.append(
                _Unit(
                    index=len(units),
                    segment=number,
                    block=block,
                    kind=segment.kind,
                    text=unit_text,
                    start=src_start,
                    end=src_end,
                    length=sum(ch.isalnum() for ch in raw),
                    words=_count_words(raw, items),
                    items=items,
                    features=_features(raw, items, lexicon),
                    item_offsets=offsets,
                )
            )
    return units


def _count_words(text: str, items: Sequence[_Item]) -> int:
    """Words of letters, not counting those inside URLs, codes and other items."""
    hard = [(item.start, item.end) for item in items if not item.soft]
    return sum(
        1 for match in _WORD.finditer(text)
        if not any(s <= match.start() < e for s, e in hard)
    )


def _features(text: str, items: Sequence[_Item], lexicon: _Lexicon | None = None) -> Counter[str]:
    """Cognate prefixes (Simard et al. 1992: first four letters of words of 4+ letters),
    anchors (items that carry over, and all-capital acronyms) and lexicon entries."""
    features: Counter[str] = Counter()
    for item in items:
        if not item.soft:
            features["#" + min(repr(k) for k in item.keys)] += 2
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) >= 2 and word.isupper():
            features["@" + word] += 2
        folded = _fold(word)
        if len(folded) >= 4 and folded not in _COGNATE_STOP:
            features[folded[:4]] += 1
        if lexicon is not None:
            for entry in lexicon.lookup(folded):
                features[f"L{entry}"] += 1
    return features


@dataclass(frozen=True)
class _Lexicon:
    """One language's side of a bilingual alignment lexicon: stems to entry numbers.

    A stem of four letters or more matches the words it begins; a shorter one matches
    itself, or itself plus "s" or "es".
    """

    exact: dict[str, frozenset[int]]
    prefixes: dict[str, frozenset[int]]

    def lookup(self, folded: str) -> frozenset[int]:
        found: set[int] = set()
        for form in (folded, folded[:-1] if folded.endswith("s") else "",
                     folded[:-2] if folded.endswith("es") else ""):
            if form in self.exact:
                found |= self.exact[form]
        for size in range(4, len(folded) + 1):
            entries = self.prefixes.get(folded[:size])
            if entries:
                found |= entries
        return frozenset(found)


@functools.lru_cache(maxsize=8)
def _lexicons(source: str, lang: str) -> tuple[_Lexicon, _Lexicon] | None:
    """The (source side, translation side) of the alignment lexicon for a language pair,
    from ``wordlists/<lang>/alignment_lexicon.csv`` (columns ``<source>,<lang>``; stems
    separated by ";"); ``None`` when there is none."""
    path = importlib.resources.files("wordlists") / lang / _LEXICON_FILE
    if not path.is_file():
        return None
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8"))))
    if not rows or rows[0] != [source, lang]:
        return None
    sides: list[tuple[dict[str, set[int]], dict[str, set[int]]]] = [({}, {}), ({}, {})]
    for number, row in enumerate(rows[1:]):
        for side, cell in zip(sides, row, strict=False):
            for stem in (_fold(part.strip()) for part in cell.split(";")):
                if stem and " " not in stem:
                    table = side[1] if len(stem) >= 4 else side[0]
                    table.setdefault(stem, set()).add(number)
    source_side, lang_side = (
        _Lexicon({k: frozenset(v) for k, v in exact.items()},
                 {k: frozenset(v) for k, v in prefixes.items()})
        for exact, prefixes in sides
    )
    return source_side, lang_side


# =============================================================================================
# Alignment (Gale & Church 1993, with anchors and cognates)
# =============================================================================================

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
_LEXICON_FILE = "alignment_lexicon.csv"
# With a lexicon, translated sentences share about half their features (median Dice 0.48 on
# the CDC/ACS handouts) and neighbouring sentences few (0.07): a bead is rewarded only for
# similarity above this level, so that pairing a source passage with the wrong sentence
# costs more than leaving it unpaired.
_EXPECTED_SIMILARITY = 0.2


@dataclass(frozen=True)
class _Bead:
    source: tuple[int, ...]
    target: tuple[int, ...]


def _length_cost(source: int, target: int, ratio: float) -> float:
    """Gale & Church: -log P(|delta|), delta = (l2 - c*l1) / sqrt(s^2 * mean length)."""
    if source == 0 and target == 0:
        return 0.0
    mean = (source + target / ratio) / 2
    delta = (target - ratio * source) / math.sqrt(_VARIANCE * max(mean, 1.0))
    probability = math.erfc(abs(delta) / math.sqrt(2))
    return -math.log(max(probability, 1e-300))


def _similarity(a: Mapping[str, int], a_total: int, b: Mapping[str, int], b_total: int) -> float:
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
    hard: tuple[_Item, ...]
    items: tuple[_Item, ...]


def _groups(units: Sequence[_Unit], most: int = 3) -> list[list[_Group | None]]:
    """``groups[k][i]``: the group of units ``i .. i+k-1`` (``k`` = 0 is empty)."""
    table: list[list[_Group | None]] = [[None] * (len(units) + 1) for _ in range(most + 1)]
    for k in range(1, most + 1):
        for i in range(len(units) - k + 1):
            chosen = units[i:i + k]
            features: Counter[str] = Counter()
            for unit in chosen:
                features.update(unit.features)
            items = tuple(item for unit in chosen for item in unit.items)
            table[k][i] = _Group(
                length=sum(u.length for u in chosen),
                kind=chosen[0].kind,
                features=dict(features),
                size=sum(features.values()),
                hard=tuple(item for item in items if not item.soft),
                items=items,
            )
    return table


def _align(
    source: Sequence[_Unit], target: Sequence[_Unit], expected: float = 0.0
) -> list[_Bead]:
    """A minimum-cost monotonic alignment of ``source`` units with ``target`` units.

    The search is limited to a band around the diagonal wide enough for a translation that
    lacks (or adds) a third of the document.
    """
    n, m = len(source), len(target)
    total_source = sum(u.length for u in source) or 1
    total_target = sum(u.length for u in target) or 1
    ratio = min(max(total_target / total_source, 0.2), 5.0)
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
    beads: list[_Bead] = []
    i, j = n, m
    while i > 0 or j > 0:
        move = back[i][j]
        if move is None:  # outside the band: fall back to skipping
            move = (1, 0) if i > 0 else (0, 1)
        di, dj = move
        beads.append(_Bead(tuple(range(i - di, i)), tuple(range(j - dj, j))))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _bead_cost(
    source: _Group | None, target: _Group | None, ratio: float, expected: float = 0.0
) -> float:
    if source is None or target is None:
        return _SKIP_COST  # a constant: a long passage can be missing as well as a short one
    length = _length_cost(source.length, target.length, ratio)
    bonus = _ANCHOR_WEIGHT * (
        _similarity(source.features, source.size, target.features, target.size) - expected
    )
    kinds = 0.0 if source.kind == target.kind else _KIND_COST
    unmatched = 0
    if source.hard or target.hard:
        unmatched = sum(not any(_matches(a, b) for b in target.items) for a in source.hard)
        unmatched += sum(not any(_matches(b, a) for a in source.items) for b in target.hard)
    return length - bonus + kinds + _ITEM_COST * unmatched


# =============================================================================================
# The checks
# =============================================================================================

_MIN_LETTERS_TO_JUDGE = 30  # shorter texts are not given to the language identifier
_MIN_WORDS_TO_JUDGE = 5
_LANGUAGE_CONFIDENCE = 0.95
_NEAR_IDENTICAL = 0.9


def check_translations(
    documents: Mapping[str, str],
    *,
    source: str = "en",
    required: Iterable[str] | None = None,
    format: str = "auto",
) -> list[TranslationFlag]:
    """Check every translation in ``documents`` (language code → text) against the source.

    ``required`` lists languages that must be present with text (``missing_language`` for
    each that is not).  Each document is read with ``format`` ("auto", "plain", "markdown"
    or "html").  Raises ``InputError`` when the source document is missing or empty.
    Flags come out per language, in document order.
    """
    source_text = documents.get(source)
    if source_text is None or not source_text.strip():
        raise InputError(
            f"no {source!r} source document to check translations against; pass it as "
            f"documents[{source!r}] or name the source language with source=",
            code="missing_source",
        )
    flags: list[TranslationFlag] = []
    for lang in dict.fromkeys(required or ()):
        if lang == source:
            continue
        text = documents.get(lang)
        if text is None or not _has_text(text):
            flags.append(
                TranslationFlag(
                    "missing_language", lang, CODES["missing_language"],
                    f"There is no {_language_name(lang)} translation"
                    + (" (the document is empty)." if text is not None else "."),
                    None, None, None, None, "",
                )
            )
    source_document = read_document(source_text, format)
    for lang, text in documents.items():
        if lang == source or not _has_text(text):
            continue
        lexicons = _lexicons(source, lang)
        source_units = _units(source_document, lexicons[0] if lexicons else None)
        target_units = _units(read_document(text, format), lexicons[1] if lexicons else None)
        expected = _EXPECTED_SIMILARITY if lexicons else 0.0
        flags.extend(_check_pair(source_units, target_units, source, lang, expected))
    return flags


def _has_text(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


_LANGUAGE_NAMES = {
    "en": "English", "es": "Spanish", "zh": "Chinese", "vi": "Vietnamese", "ko": "Korean",
    "tl": "Tagalog", "ru": "Russian", "ar": "Arabic", "ht": "Haitian Creole", "fr": "French",
    "pt": "Portuguese", "pl": "Polish", "ja": "Japanese", "it": "Italian", "de": "German",
    "fa": "Persian",
}


def _language_name(lang: str) -> str:
    return _LANGUAGE_NAMES.get(lang.split("-")[0].lower(), repr(lang))


def _detect(text: str, candidates: tuple[str, str]) -> tuple[str, float] | None:
    """The language of ``text`` among ``candidates``, or None when it cannot be judged."""
    letters = sum(ch.isalpha() for ch in text)
    if letters < _MIN_LETTERS_TO_JUDGE or len(_WORD.findall(text)) < _MIN_WORDS_TO_JUDGE:
        return None
    from literacy.language import detect_language, known_languages

    codes = tuple(c.split("-")[0].lower() for c in candidates)
    if codes[0] == codes[1] or not set(codes) <= known_languages():
        return None
    lang, probability = detect_language(text, codes)
    return (candidates[codes.index(lang)], probability) if lang in codes else None


def _check_pair(
    source: list[_Unit], target: list[_Unit], source_lang: str, lang: str, expected: float = 0.0
) -> list[TranslationFlag]:
    beads = _repair(list(_align(source, target, expected)), source, target, source_lang, lang)
    pair = _Pair(source, target, beads, source_lang, lang)
    flags: list[TranslationFlag] = []
    for number, bead in enumerate(beads):
        if bead.source and not bead.target:
            flags.extend(pair.missing(number))
        elif bead.target and not bead.source:
            flags.extend(pair.extra(number))
        else:
            flags.extend(pair.untranslated(number))
            flags.extend(pair.numbers(number))
    for i, group in pair.moved.items():
        flags.extend(pair.compare_items((i,), group, (i,), group))
    return _merge_missing(flags)


def _repair(
    beads: list[_Bead], source: list[_Unit], target: list[_Unit], source_lang: str, lang: str
) -> list[_Bead]:
    """Undo pairings that cannot be translations, and redo the obvious ones.

    A translation unit that the identifier puts in the source language, and that does not
    repeat its source, is not the translation of anything (it is a running header or a
    credit line): when a bead holds nothing else, its source units are unpaired, and are
    paired instead with a neighbouring extra unit that *is* in the translation's language
    (a title whose translation the aligner passed over for its English copy), if any.
    """

    def foreign(indices: tuple[int, ...], against: tuple[int, ...]) -> bool:
        for j in indices:
            unit = target[j]
            found = _detect(unit.text, (source_lang, lang))
            copies = any(_close(_fold(unit.text), _fold(source[i].text)) for i in against)
            if copies or found is None or found[0] != source_lang or (
                found[1] < _LANGUAGE_CONFIDENCE
            ):
                return False
        return True

    def translated(indices: tuple[int, ...]) -> bool:
        for j in indices:
            found = _detect(target[j].text, (source_lang, lang))
            if found is None or found[0] != lang:
                return False
        return True

    repaired: list[_Bead] = []
    for number, bead in enumerate(beads):
        if not (bead.source and bead.target and foreign(bead.target, bead.source)):
            repaired.append(bead)
            continue
        previous = repaired[-1] if repaired else None
        following = beads[number + 1] if number + 1 < len(beads) else None
        if previous and not previous.source and translated(previous.target):
            repaired[-1] = _Bead(bead.source, previous.target)
            repaired.append(_Bead((), bead.target))
        elif following and not following.source and translated(following.target):
            repaired.append(_Bead((), bead.target))
            repaired.append(_Bead(bead.source, following.target))
            beads[number + 1] = _Bead((), ())
        else:
            repaired.append(_Bead(bead.source, ()))
            repaired.append(_Bead((), bead.target))
    return [bead for bead in repaired if bead.source or bead.target]


class _Pair:
    """A source and one translation, aligned; each method checks one bead."""

    def __init__(
        self, source: list[_Unit], target: list[_Unit], beads: list[_Bead], source_lang: str,
        lang: str,
    ) -> None:
        self.source, self.target, self.beads = source, target, beads
        self.source_lang, self.lang = source_lang, lang
        self.name, self.source_name = _language_name(lang), _language_name(source_lang)
        # Source blocks (paragraphs) that are mostly translated: a missing sentence there may
        # have been condensed into its neighbours.
        aligned = {i for bead in beads if bead.target for i in bead.source}
        words: Counter[int] = Counter()
        aligned_words: Counter[int] = Counter()
        for unit in source:
            words[unit.block] += unit.words
            if unit.index in aligned:
                aligned_words[unit.block] += unit.words
        self.partly_aligned_blocks = {
            block for block, total in words.items()
            if aligned_words[block] >= _MOSTLY_TRANSLATED * total and aligned_words[block] > 0
        }
        self.source_hosts = _hosts(source)
        self.target_hosts = _hosts(target)
        self.moved = _moved(source, target, beads)
        self.target_folded = " ".join(_fold(unit.text) for unit in target)
        self.source_footer = _footer_start(source)
        self.target_footer = _footer_start(target)
        self.all_source_items = _items_of(source, range(len(source)))
        self.all_target_items = _items_of(target, range(len(target)))
        # Source passages written in the target language: a bilingual notice in the source
        # ("Hojas de información sobre vacunas están disponibles en español").  Around them
        # the translation may carry over the notice's source-language twin.
        self.bilingual = {
            unit.index for unit in source if self._language(unit) == (lang, True)
        }

    # --- helpers ----------------------------------------------------------------------------

    def _language(self, unit: _Unit) -> tuple[str, bool] | None:
        """``(language, confident)`` of a unit among the pair's two languages, if judged."""
        found = _detect(unit.text, (self.source_lang, self.lang))
        if found is None:
            return None
        return found[0], found[1] >= _LANGUAGE_CONFIDENCE

    def _near_bilingual(self, indices: Iterable[int]) -> bool:
        """Whether a bilingual source passage lies within a few units of source ``indices``."""
        return any(abs(i - k) <= _BILINGUAL_REACH for i in indices for k in self.bilingual)

    def _twin(self, unit: _Unit, number: int) -> _Unit | None:
        """A source unit near bead ``number`` that ``unit`` copies (nearly) word for word."""
        if unit.words < _MIN_WORDS_TO_JUDGE:
            return None
        low, high = max(0, number - _TWIN_REACH), min(len(self.beads), number + _TWIN_REACH + 1)
        folded = _fold(unit.text)
        for bead in self.beads[low:high]:
            for i in bead.source:
                if _close(folded, _fold(self.source[i].text)):
                    return self.source[i]
        return None

    def _verbatim(self, unit: _Unit) -> bool:
        """Whether a source passage of 5+ words appears, word for word, in the translation
        (both halves of it, as PDF text may break it in two): it is there, untranslated."""
        words = _fold(unit.text).split()
        if len(words) < _MIN_WORDS_TO_JUDGE:
            return False
        half = len(words) // 2
        return all(
            " ".join(part) in self.target_folded for part in (words[:half], words[half:])
        )

    def _insertion_point(self, number: int) -> int:
        for bead in self.beads[number + 1:]:
            if bead.target:
                return self.target[bead.target[0]].start
        for bead in reversed(self.beads[:number]):
            if bead.target:
                return self.target[bead.target[-1]].end
        return 0

    # --- checks -----------------------------------------------------------------------------

    def missing(self, number: int) -> list[TranslationFlag]:
        point = self._insertion_point(number)
        flags = []
        for i in self.beads[number].source:
            unit = self.source[i]
            already = i in self.bilingual
            near_notice = (
                not already and unit.words <= _FOOTER_WORDS and self._near_bilingual([i])
            )
            footer = i >= self.source_footer
            partial = unit.block in self.partly_aligned_blocks
            what = _KIND_NAMES.get(unit.kind, "passage")
            if partial:
                message = (
                    f"A sentence of this {what} has no counterpart in the {self.name} "
                    "translation, though the rest of it has: check whether the translation "
                    "condensed it or left it out."
                )
            else:
                message = (
                    f"This {what} of the source has no counterpart in the {self.name} "
                    "translation."
                )
            if already:
                message += f" It is in {self.name} in the source already, so it may need none."
            elif near_notice:
                message += (
                    " It is a short passage next to one the source gives in both languages, "
                    "where the layout of the two documents differs."
                )
            elif footer:
                message += " It is in the document's footer (page furniture?)."
            verbatim = self._verbatim(unit)
            if verbatim:
                message += (
                    f" Its {self.source_name} text appears in the translation as it is, "
                    "not translated."
                )
            moved = self.moved.get(i)
            if moved is not None:
                message += (
                    " Its translation seems to be elsewhere in the document: "
                    f"“{_clip(self.target[moved[0]].text)}”; check the order."
                )
            severity: Severity = (
                "warning"
                if already or near_notice or footer or partial or verbatim or moved is not None
                else "error"
            )
            flags.append(
                TranslationFlag(
                    "missing_segment", self.lang, severity,
                    message, point, point, unit.start, unit.end, unit.text,
                    {"segment_kind": unit.kind, "words": unit.words, "partial": partial},
                )
            )
        return flags

    def extra(self, number: int) -> list[TranslationFlag]:
        flags = []
        for j in self.beads[number].target:
            unit = self.target[j]
            copied = self._copy(unit, number)
            if copied is not None:
                flags.append(self._untranslated_flag(unit, number, copied, translated=False))
                continue
            in_source_language = self._language(unit) == (self.source_lang, True)
            message = "This passage of the translation has no counterpart in the source."
            if any(j in group for group in self.moved.values()):
                message = (
                    "This passage of the translation seems to translate a source passage "
                    "found elsewhere in the source; check the order."
                )
            if in_source_language:
                message = (
                    f"This passage of the translation is in {self.source_name} and has no "
                    "counterpart in the source (a running header, a credit line?)."
                )
            flags.append(
                TranslationFlag(
                    "extra_segment", self.lang, CODES["extra_segment"], message, unit.start,
                    unit.end, None, None, unit.text,
                    {"in_source_language": in_source_language},
                )
            )
        return flags

    def untranslated(self, number: int) -> list[TranslationFlag]:
        """Translation units of a bead that are still in the source language.

        Untranslated means copied: a unit that (nearly) repeats a source passage of this or
        a nearby bead, and is long enough to be prose or is judged to be in the source
        language by the identifier.  A unit the identifier puts in the source language that
        copies nothing is added text (a header, a credit line): a warning.
        """
        bead = self.beads[number]
        if all(i in self.bilingual for i in bead.source):
            return []
        suspects: list[tuple[_Unit, _Unit | None]] = []
        translated = False
        for j in bead.target:
            unit = self.target[j]
            copied = self._copy(unit, number)
            if copied is not None:
                suspects.append((unit, copied))
            elif self._language(unit) == (self.source_lang, True):
                suspects.append((unit, None))
            elif (language := self._language(unit)) is not None and language[0] == self.lang:
                translated = True
        return [
            self._untranslated_flag(unit, number, copied, translated)
            for unit, copied in suspects
        ]

    def _copy(self, unit: _Unit, number: int) -> _Unit | None:
        """The source unit near bead ``number`` that ``unit`` copies, if any.

        A copy is (nearly) identical text; it counts when it has enough words to be prose, or
        when the identifier puts it in the source language.
        """
        if unit.words < 2:
            return None
        low, high = max(0, number - _TWIN_REACH), min(len(self.beads), number + _TWIN_REACH + 1)
        folded = _fold(unit.text)
        best: _Unit | None = None
        for bead in self.beads[low:high]:
            for i in bead.source:
                if i not in self.bilingual and _close(folded, _fold(self.source[i].text)):
                    best = self.source[i]
                    break
            if best is not None:
                break
        if best is None:
            return None
        if unit.words >= _MIN_WORDS_TO_JUDGE or self._language(unit) == (self.source_lang, True):
            return best
        return None

    def _untranslated_flag(
        self, unit: _Unit, number: int, copied: _Unit | None, translated: bool
    ) -> TranslationFlag:
        bead = self.beads[number]
        near = [copied.index] if copied is not None else list(bead.source)
        name = _looks_like_name(unit)
        footer = unit.index >= self.target_footer
        bilingual = self._near_bilingual(near)
        if copied is None:
            message = (
                f"This passage of the {self.name} translation is in {self.source_name} but "
                "does not repeat the source: added text (a header, a credit line?)."
            )
            severity: Severity = "warning"
        else:
            message = f"This passage of the {self.name} translation repeats its source"
            if name:
                message += "; it may be a name kept in the original language."
            elif bilingual or translated:
                message += (
                    "; a translation is also given here, so it may be a deliberate bilingual "
                    "passage."
                )
            elif footer:
                message += " in the document's footer (page furniture?)."
            else:
                message += ": it was not translated."
            severity = "warning" if name or bilingual or translated or footer else "error"
        source_start = copied.start if copied else (
            self.source[bead.source[0]].start if bead.source else None
        )
        source_end = copied.end if copied else (
            self.source[bead.source[-1]].end if bead.source else None
        )
        return TranslationFlag(
            "untranslated_segment", self.lang, severity, message, unit.start, unit.end,
            source_start, source_end, unit.text, {"copies_source": copied is not None},
        )

    def numbers(self, number: int) -> list[TranslationFlag]:
        """Items of the source bead with no match in the translation bead, and vice versa.

        An item also counts as matched when it is found in the next or previous bead: the
        alignment can put a boundary one unit off, and a number that moved one sentence
        is not a patient-safety error.
        """
        bead = self.beads[number]
        low, high = max(0, number - 1), min(len(self.beads), number + 2)
        near_source = [i for b in self.beads[low:high] for i in b.source]
        near_target = [j for b in self.beads[low:high] for j in b.target]
        return self.compare_items(bead.source, bead.target, near_source, near_target)

    def compare_items(
        self, source_units: Sequence[int], target_units: Sequence[int],
        near_source: Sequence[int], near_target: Sequence[int],
    ) -> list[TranslationFlag]:
        """Number checks between paired source and translation units."""

        class _View:
            source = tuple(source_units)
            target = tuple(target_units)

        bead = _View
        src_items = _items_of(self.source, bead.source)
        tgt_items = _items_of(self.target, bead.target)
        near_src_items = _items_of(self.source, near_source)
        near_tgt_items = _items_of(self.target, near_target)
        lost = [
            (item, span) for item, span in src_items
            if not item.soft
            and not any(
                _matches(item, other)
                for other, _ in (self.all_target_items if item.distinctive else near_tgt_items)
            )
        ]
        added = [
            (item, span) for item, span in tgt_items
            if not item.soft
            and not any(
                _matches(item, other)
                for other, _ in (self.all_source_items if item.distinctive else near_src_items)
            )
        ]
        # A link to another page of a site the other document also links to is most likely
        # the page in the other language: a warning, not an error.
        localized = [pair for pair in lost if _host(pair[0]) in self.target_hosts]
        localized += [pair for pair in added if _host(pair[0]) in self.source_hosts]
        lost = [pair for pair in lost if pair not in localized]
        added = [pair for pair in added if pair not in localized]
        src = [self.source[i] for i in bead.source]
        tgt = [self.target[j] for j in bead.target]
        flags = []
        footer = (
            all(i >= self.source_footer for i in bead.source)
            and all(j >= self.target_footer for j in bead.target)
        )
        if lost or added:
            parts = []
            if lost:
                parts.append("the source has " + ", ".join(f"“{i.text}”" for i, _ in lost))
            if added:
                parts.append(
                    "the translation has " + ", ".join(f"“{i.text}”" for i, _ in added)
                )
            start, end = added[0][1] if added else (tgt[0].start, tgt[-1].end)
            source_start, source_end = lost[0][1] if lost else (src[0].start, src[-1].end)
            flags.append(
                TranslationFlag(
                    "number_mismatch", self.lang, "warning" if footer else "error",
                    "Numbers differ between the source and its translation: "
                    + " but ".join(parts)
                    + (". (In the document's footer.)" if footer
                       else ". Check doses, dates, times and contact details."),
                    start, end, source_start, source_end,
                    ", ".join(i.text for i, _ in added) if added else " ".join(u.text for u in tgt),
                    {"source_values": [i.text for i, _ in lost],
                     "translation_values": [i.text for i, _ in added]},
                )
            )
        for item, span in localized:
            in_source = any(item is other for other, _ in src_items)
            flags.append(
                TranslationFlag(
                    "number_mismatch", self.lang, "warning",
                    f"The {'source' if in_source else 'translation'} links to “{item.text}”, "
                    f"which the {'translation' if in_source else 'source'} does not, though it "
                    f"links to the same site: check that the link leads to the right page in "
                    f"{self.name if in_source else self.source_name}.",
                    *(( tgt[0].start, tgt[-1].end) if in_source else span),
                    *(span if in_source else (src[0].start, src[-1].end)),
                    item.text,
                    {"source_values": [item.text] if in_source else [],
                     "translation_values": [] if in_source else [item.text]},
                )
            )
        return flags


_KIND_NAMES = {"heading": "heading", "list_item": "list item", "table_cell": "table cell",
               "quote": "quotation", "paragraph": "passage"}
_BILINGUAL_REACH = 4  # source units
_TWIN_REACH = 3  # beads
_FOOTER_WORDS = 8
_FOOTER_UNITS = 6
_FOOTER_MIN_UNITS = 12
_MOVED_SIMILARITY = 0.35
_MOSTLY_TRANSLATED = 0.5  # share of a paragraph's words


def _clip(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"


def _moved(
    source: list[_Unit], target: list[_Unit], beads: list[_Bead]
) -> dict[int, tuple[int, ...]]:
    """Unpaired source units whose translation is unpaired elsewhere (a block that moved:
    PDF extraction of a two-column page can reorder them), source → target indices.

    A pair counts when it shares features well above what neighbouring sentences do
    (Dice >= ``_MOVED_SIMILARITY``) and its lengths are plausible; the translation may be
    one unit or two consecutive ones.
    """
    unpaired_source = [i for bead in beads if not bead.target for i in bead.source]
    unpaired = sorted(j for bead in beads if not bead.source for j in bead.target)
    if not unpaired_source or not unpaired:
        return {}
    candidates: list[tuple[int, ...]] = [(j,) for j in unpaired]
    candidates += [(a, b) for a, b in itertools.pairwise(unpaired) if b == a + 1]
    ratio = (sum(u.length for u in target) or 1) / (sum(u.length for u in source) or 1)
    moved: dict[int, tuple[int, ...]] = {}
    taken: set[int] = set()
    for i in unpaired_source:
        unit = source[i]
        best, best_score = None, _MOVED_SIMILARITY
        for group in candidates:
            if taken & set(group):
                continue
            features: Counter[str] = Counter()
            for j in group:
                features.update(target[j].features)
            score = _similarity(unit.features, sum(unit.features.values()), features,
                                sum(features.values()))
            length = sum(target[j].length for j in group)
            if score >= best_score and _length_cost(unit.length, length, ratio) < 3.0:
                best, best_score = group, score
        if best is not None:
            moved[i] = best
            taken.update(best)
    return moved


def _footer_start(units: list[_Unit]) -> int:
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


def _furniture(unit: _Unit) -> bool:
    """A short line that is not a sentence, a very short one, or a copyright line."""
    text = unit.text.rstrip()
    if "©" in text or unit.words <= 3:
        return True
    return unit.words <= _FOOTER_WORDS and not text.endswith((".", "!", "?"))


def _close(a: str, b: str) -> bool:
    """Whether two folded texts are (nearly) identical."""
    if not a or not b or min(len(a), len(b)) < _NEAR_IDENTICAL * max(len(a), len(b)):
        return False
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio() >= _NEAR_IDENTICAL


def _looks_like_name(unit: _Unit) -> bool:
    """Title Case with no sentence ending: "Centers for Disease Control and Prevention"."""
    text = unit.text.rstrip()
    if not text or text[-1] in ".!?" or unit.words > 10:
        return False
    words = [w for w in _WORD.findall(text) if len(w) >= 4]
    return bool(words) and all(w[0].isupper() for w in words)


def _items_of(units: list[_Unit], indices: Iterable[int]) -> list[tuple[_Item, tuple[int, int]]]:
    return [
        (item, span)
        for i in indices
        for item, span in zip(units[i].items, units[i].item_offsets, strict=True)
    ]


def _host(item: _Item) -> str | None:
    """The host of a URL item ("cancer.org" for "www.cancer.org/es"), else None."""
    for key in item.keys:
        if key[0] == "url":
            return str(key[1]).split("/", 1)[0]
    return None


def _hosts(units: list[_Unit]) -> set[str]:
    return {host for unit in units for item in unit.items if (host := _host(item))}


def _merge_missing(flags: list[TranslationFlag]) -> list[TranslationFlag]:
    """Consecutive missing units of one kind at one insertion point become one flag."""
    merged: list[TranslationFlag] = []
    for flag in flags:
        last = merged[-1] if merged else None
        if (
            last is not None
            and flag.code == last.code == "missing_segment"
            and flag.severity == last.severity
            and flag.start == last.start
            and flag.data.get("segment_kind") == last.data.get("segment_kind")
        ):
            merged[-1] = TranslationFlag(
                last.code, last.lang, last.severity, last.message, last.start, last.end,
                last.source_start, flag.source_end, f"{last.text} {flag.text}",
                {**last.data, "words": last.data.get("words", 0) + flag.data.get("words", 0)},
            )
        else:
            merged.append(flag)
    return merged


# =============================================================================================
# Repositories: finding translations and stale ones
# =============================================================================================

_SKIPPED_DIRECTORIES = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build",
     "dist", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
)


def _walk(paths: Iterable[Path | str]) -> Iterator[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = sorted(d for d in directories if d not in _SKIPPED_DIRECTORIES)
                for name in sorted(files):
                    yield Path(root) / name
        else:
            yield path


def find_translation_pairs(
    paths: Iterable[Path | str],
    conventions: Sequence[str] = ("suffix", "folder"),
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    source: str = "en",
) -> list[tuple[Path, Path]]:
    """``(source file, translation file)`` pairs among ``paths`` (files, or folders searched
    recursively), by the repository conventions named in ``conventions``:

    - ``"suffix"``: ``leaflet.es.md`` translates ``leaflet.md`` (or ``leaflet.en.md``);
    - ``"folder"``: ``es/leaflet.md`` translates ``en/leaflet.md`` (the language folder may
      be at any depth: ``docs/es/a/b.md`` ↔ ``docs/en/a/b.md``).

    A translation whose source is not among the files is not paired.  Language codes match
    case-insensitively, and a regional code (``es-MX``, ``pt_BR``) matches its language.
    """
    unknown = set(conventions) - {"suffix", "folder"}
    if unknown:
        raise ValueError(f"unknown convention(s) {sorted(unknown)}; use 'suffix' or 'folder'")
    files = list(dict.fromkeys(_walk(paths)))
    present = set(files)
    wanted = {lang.lower() for lang in languages if lang.lower() != source.lower()}
    pairs: list[tuple[Path, Path]] = []
    for path in files:
        if "suffix" in conventions:
            parts = path.name.split(".")
            if len(parts) >= 3 and _base_language(parts[-2]) in wanted:
                stem = ".".join(parts[:-2])
                for candidate in (
                    path.with_name(f"{stem}.{parts[-1]}"),
                    path.with_name(f"{stem}.{source}.{parts[-1]}"),
                ):
                    if candidate in present:
                        pairs.append((candidate, path))
                        break
        if "folder" in conventions:
            for depth, part in enumerate(path.parts[:-1]):
                if _base_language(part) in wanted:
                    candidate = Path(*path.parts[:depth], source, *path.parts[depth + 1:])
                    if candidate in present:
                        pairs.append((candidate, path))
                        break
    return sorted(dict.fromkeys(pairs))


def _base_language(code: str) -> str:
    return re.split(r"[-_]", code.lower(), maxsplit=1)[0]


def translation_language(translation: Path, source: Path) -> str:
    """The language code a translation's path carries (suffix or folder), or ""."""
    parts = translation.name.split(".")
    source_parts = source.name.split(".")
    if len(parts) >= 3 and parts[:-2] == source_parts[:len(parts) - 2] and re.fullmatch(
        r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?", parts[-2]
    ):
        return parts[-2]
    for mine, theirs in zip(translation.parts, source.parts, strict=False):
        if mine != theirs and re.fullmatch(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?", mine):
            return mine
    return ""


def _last_commit_time(repo: Path, path: Path) -> int | None:
    """Unix time of the last commit touching ``path`` (``git log -1 --format=%ct``)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), "log", "-1", "--format=%ct", "--", str(path)],
            capture_output=True, text=True, check=True, timeout=60,
        )
    except FileNotFoundError as error:
        raise InputError("git is not installed; install git to check for stale "
                         "translations", code="git_unavailable") from error
    except subprocess.CalledProcessError as error:
        raise InputError(
            f"git could not read the history of {path} in {repo}: {error.stderr.strip()}; "
            "pass the folder of a git repository",
            code="git_failed",
        ) from error
    output = result.stdout.strip()
    return int(output) if output else None


def stale_translations(repo: Path, pairs: list[tuple[Path, Path]]) -> list[TranslationFlag]:
    """A ``stale_translation`` flag for each pair whose source was last committed after its
    translation (commit times from ``git log -1 --format=%ct -- <file>``).

    Paths may be absolute or relative to ``repo``.  A file with no commit yet is skipped:
    nothing can be said of its age.  Uncommitted changes are not seen.
    """
    flags: list[TranslationFlag] = []
    for source, translation in pairs:
        source_time = _last_commit_time(repo, source)
        translation_time = _last_commit_time(repo, translation)
        if source_time is None or translation_time is None or source_time <= translation_time:
            continue
        days = (source_time - translation_time) / 86_400
        lang = translation_language(Path(translation), Path(source))
        flags.append(
            TranslationFlag(
                "stale_translation", lang, CODES["stale_translation"],
                f"{source} was changed after its translation {translation} was last updated "
                f"({days:.1f} days later); update the translation.",
                None, None, None, None, str(translation),
                {"source": str(source), "translation": str(translation),
                 "source_commit_time": source_time,
                 "translation_commit_time": translation_time},
            )
        )
    return flags


@dataclass(frozen=True)
class AlignedPassage:
    """One bead of an alignment: source text and translation text with their offsets
    (``None`` on the side that has nothing: a missing or extra passage)."""

    source_text: str
    text: str
    source_start: int | None
    source_end: int | None
    start: int | None
    end: int | None


def align_documents(
    source_text: str, translation_text: str, *, source: str = "en", lang: str = "es",
    format: str = "auto",
) -> list[AlignedPassage]:
    """How :func:`check_translations` pairs the passages of two documents, for inspection."""
    lexicons = _lexicons(source, lang)
    source_units = _units(read_document(source_text, format), lexicons[0] if lexicons else None)
    target_units = _units(
        read_document(translation_text, format), lexicons[1] if lexicons else None
    )
    beads = _repair(
        _align(source_units, target_units, _EXPECTED_SIMILARITY if lexicons else 0.0),
        source_units, target_units, source, lang,
    )
    passages = []
    for bead in beads:
        src = [source_units[i] for i in bead.source]
        tgt = [target_units[j] for j in bead.target]
        passages.append(
            AlignedPassage(
                " ".join(u.text for u in src), " ".join(u.text for u in tgt),
                src[0].start if src else None, src[-1].end if src else None,
                tgt[0].start if tgt else None, tgt[-1].end if tgt else None,
            )
        )
    return passages
