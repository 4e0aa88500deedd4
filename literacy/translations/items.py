"""What a translation must carry over unchanged: numbers, doses, dates, times, phone
numbers, URLs, e-mail addresses and codes ("PCV13"), found in one pass each.

Every pattern here runs on user text, so each is linear in the length of the text: no
pattern can start inside a run it would have to re-scan (the look-behinds), and repeated
groups are bounded.  Phone numbers compare by their digits ("9-1-1" = "911",
"1-800-232-4636" = "(800) 232-4636"), URLs and e-mail addresses case-insensitively and
without the scheme.  Edition metadata (copyright years, revision dates, catalogue numbers
such as "No. 080814 Rev. 11/24") identifies a publication, and a translation is a
publication of its own: it is not compared.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from literacy.translations.numbers import (
    ALNUM,
    ALPHA,
    UNIT_PATTERN,
    Item,
    Key,
    dates,
    fold_digits,
    number_words,
    numbers,
    roman_centuries,
    times,
)

__all__ = ["extract_items", "url_host"]

_URL_REST = r"[^\s<>\"'()\[\]]"
_URL = re.compile(
    r"(?:(?:https?://|www\.)" + _URL_REST + r"+"
    # a bare domain can only start where a run of domain characters starts
    r"|(?<![a-z0-9.@-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
    r"\.(?:gov|org|com|net|edu|int|mil|info|es|mx|us|co|io)\b(?:/" + _URL_REST + r"*)?)"
    # text extracted from PDFs breaks addresses after a dot or slash: "www.cdc.gov/ vaccines"
    r"(?:(?<=[./]) (?=(?-i:[a-z]))" + _URL_REST + r"+)?",
    re.IGNORECASE,
)
_METADATA = re.compile(
    r"(?:©|\(c\)|copyright)\s*\d{4}"
    r"|\b(?:rev(?:ised|isado|isión)?\.?|revision)\s*:?\s*\d{1,2}(?:[/.-]\d{1,4}){1,2}"
    r"|\b(?:no|n\.?\s?[º°]|núm|cat)\.?\s*[A-Z]{0,4}\d{4,}[A-Z0-9-]*",
    re.IGNORECASE,
)
_ENUMERATOR = re.compile(r"\s*(?:\.\d{1,2}|\d{1,2}[.)])(?=\s)")  # "2." and RTL ".2"
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_PHONE = re.compile(
    rf"(?<![{ALNUM}/.,-])(?:"
    r"(?:\+?\d{1,3}[-. ])?(?:\(\d{3}\)\s?|\d{3}[-. ])\d{3}[-. ]\d{4}"  # 1-800-232-4636
    r"|(?:\+?\d{1,3}[-. ])?\d{3}[-. ][A-Z]{3}[-. ][A-Z]{4}"  # 1-800-CDC-INFO
    r"|\d-\d-\d"  # 9-1-1
    rf")(?![{ALNUM}/-])"
)
_CODE = re.compile(
    rf"(?<![{ALNUM}_-])(?=[{ALNUM}-]*\d)(?=[{ALNUM}-]*[{ALPHA}])[{ALNUM}]+(?:-[{ALNUM}]+)*"
    rf"(?![{ALNUM}_-])"
)
_ORDINAL = re.compile(
    r"^(?P<n>\d+)(?:st|nd|rd|th|er|ra|ro|do|da|to|ta|vo|va|no|na|mo|ma|º|ª|\.º|\.ª|°|s"
    r"|e|ème|re)$",
    re.IGNORECASE,
)
_NUMBER_WITH_UNIT = re.compile(r"\d+(?:[.,]\d+)?(?:" + UNIT_PATTERN + r")", re.IGNORECASE)
_RANGE_OR_COMPOUND = re.compile(
    r"\d+(?:-\d+)+|\d+(?:st|nd|rd|th)?-[^\W\d_]+(?:-[^\W\d_]+)*"  # 6-18, 19th-century
)


def extract_items(text: str, lang: str) -> list[Item]:
    """The items of ``text`` (written in ``lang``) that must carry over, in order, without
    overlaps: the first pattern to claim a character keeps it."""
    text = fold_digits(text)
    taken = bytearray(len(text))
    items: list[Item] = []

    def claim(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    def add(kind: str, keys: Iterable[Key], start: int, end: int) -> None:
        keyset = frozenset(keys)
        if claim(start, end) and keyset:
            items.append(Item(keyset, None, text[start:end], start, end, False, kind))

    for match in _METADATA.finditer(text):
        claim(*match.span())
    enumerator = _ENUMERATOR.match(text)
    if enumerator:  # "2. Hepatitis B vaccine": a list's numbering, often dropped or redone
        claim(*enumerator.span())
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
    for found in (*dates(text, lang), *times(text, lang)):
        add(found.kind, found.keys, found.start, found.end)
    for match in _CODE.finditer(text):
        token = match.group()
        if (_ORDINAL.match(token) or _NUMBER_WITH_UNIT.fullmatch(token)
                or _RANGE_OR_COMPOUND.fullmatch(token)):
            continue  # an ordinal, a dose, a range (6-18): its numbers are read below
        add("code", [("code", token.lower())], *match.span())
    for found in (*numbers(text), *roman_centuries(text), *number_words(text, lang)):
        if claim(found.start, found.end):
            items.append(found)
    items.sort(key=lambda item: item.start)
    return items


def url_host(item: Item) -> str | None:
    """The host of a URL item ("cancer.org" for "www.cancer.org/es"), else None."""
    for key in item.keys:
        if key[0] == "url":
            return str(key[1]).split("/", 1)[0]
    return None
