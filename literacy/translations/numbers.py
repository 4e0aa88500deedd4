"""Numbers as values, in the languages Plainly checks translations into.

A translation must carry every number of its source over with the same value, though
rarely with the same characters: "2.5 mg" is "2,5 mg" in Spanish, "6 pm" is "18:00",
"6 de la tarde", "下午6点", "오후 6시", "6 giờ chiều" or "18 h"; "1/31/2025" is
"31/1/2025" or "31 de enero de 2025"; "50%" is "50 %", "٥٠٪" or "百分之50"; "two" is
"dos".  This module reads each of these as *keys*, so that two texts agree when their
readings share a key:

- digits of any script (Arabic-Indic ``٠١٢``, full-width ``０１２``…) are read as ASCII
  digits, one character for one (``fold_digits``), so offsets stay valid;
- a number with a comma or point is read every way it can be (``"1,000"``: one thousand,
  or one; ``"2,5"``: two and a half), and any common reading matches;
- a time is minutes after midnight; a 24-hour time is read as written ("06:00", "6 h";
  "6:00" in a language whose clock is written with 24 hours, as CLDR's short time format
  says: es, fr, pt, pl, ru, vi, zh, ja), so it is not 6 pm; a spoken clock time with no
  day period ("a las 6", "6 giờ", "6:00" in English) keeps both readings, and an hour
  word that also means "hours" ("6 giờ", "6 h") keeps the plain number too; an hour may be
  a number word ("seis de la tarde", "a las seis");
- a numeric date is read in its language's order (en: month/day; elsewhere day/month,
  and the other order when the first cannot be a month), and also as written, so a date a
  translator left in US order still matches;
- number words ("two", "veintiuno", "trois", "dwadzieścia jeden") come from ``num2words``
  (0-100 and the first ten ordinals) for the languages it supports, and from short lists
  for Tagalog and Haitian Creole.  A cardinal of 2 or more in en, es, fr, pt, pl or ru is
  compared like a digit ("two tablets" / "cuatro tabletas" differ); the other words only
  satisfy a digit on the other side and are never reported themselves (``soft``): "one",
  "un", "una", "a" are also pronouns and articles ("no one", "uno de los"), ordinals are
  also nouns ("a second", "un cuarto"), and the Vietnamese, Korean and Arabic words are
  also common words ("năm": year; "이": this) or take forms the table lacks (the Arabic
  dual); so do centuries in Roman numerals ("XXIe siècle", "século XXI" for "21st
  century");
- a year range's two-digit end is also read as a full year ("2019-20": 2020), and a number
  before a word for thousand or million as the whole number too ("6 mil": 6,000; "40 tys.":
  40,000; "1,8 million").

Language conventions: Unicode CLDR (Common Locale Data Repository) date and time formats
and day-period names; the month names are CLDR's wide and abbreviated forms.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from literacy.language import base_language
from literacy.units import UNITS

__all__ = [
    "ALNUM",
    "ALPHA",
    "MONTH_NAMES",
    "UNITS",
    "UNIT_PATTERN",
    "WORD",
    "Item",
    "dates",
    "fold_digits",
    "number_readings",
    "number_words",
    "numbers",
    "roman_centuries",
    "times",
]

Key = tuple[Any, ...]

ALPHA = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
ALNUM = "0-9" + ALPHA
"""Digits and the letters of scripts that put spaces between words, for look-arounds: in
Chinese, Japanese or Korean text a number touches the words around it ("服用2片")."""


@dataclass(frozen=True)
class Item:
    """Something a translation must carry over: its readings (``keys``), unit and place.

    ``start``/``end`` are offsets in the text it was read from; ``soft`` marks a word
    ("a", "una", "first", "XXIe siècle") that can satisfy a digit but is never reported;
    ``kind`` is number, word (a number word, counted or soft), date, time, url, email,
    phone or code.
    """

    keys: frozenset[Key]
    unit: str | None
    text: str
    start: int
    end: int
    soft: bool = False
    kind: str = "number"

    @property
    def distinctive(self) -> bool:
        """A URL, e-mail, code, phone number or dated date: unlikely to recur by chance, so it
        is matched anywhere in the other document; plain numbers are matched nearby only."""
        if self.kind in ("url", "email", "code", "phone"):
            return True
        return self.kind == "date" and any(key[0] == "date" and key[1] is not None
                                           for key in self.keys)

    @property
    def anchor(self) -> bool:
        """Whether the item anchors the alignment of passages: every item but a word (a
        number word or a Roman century), which is as often an article ("a", "una") as a
        number, counted or not."""
        return self.kind != "word"

    def matches(self, other: Item) -> bool:
        """Whether the two share a reading, and their units (when both give one) agree."""
        if not self.keys & other.keys:
            return False
        return self.unit is None or other.unit is None or self.unit == other.unit


# --- digits and signs of every script ------------------------------------------------------

_SIGNS = str.maketrans({
    "\u066b": ".", "\u066c": ",", "\u066a": "%", "\uff05": "%", "\uff0e": ".", "\uff0c": ",",
    "\uff1a": ":", "\uff0f": "/", "\u2030": "‰",
})


def fold_digits(text: str) -> str:
    """``text`` with every decimal digit in ASCII, and the Arabic and full-width decimal
    separator, thousands separator, percent sign, colon and slash in ASCII; one character
    for one, so offsets are unchanged."""
    if text.isascii():
        return text
    return "".join(
        str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii() else char
        for char in text
    ).translate(_SIGNS)


# --- plain numbers, units, percentages -----------------------------------------------------

# Letters that are units only right after a degree sign.
_DEGREE_ONLY = {"f", "c"}
UNIT_PATTERN = "|".join(
    sorted((re.escape(u) for u in UNITS if u not in _DEGREE_ONLY), key=len, reverse=True)
)

_PERCENT = (
    r"%|percent\b|per\s+cent\b|por\s+ciento\b|porciento\b|pour\s+cent\b|por\s+cento\b"
    r"|procent\w*|процент\w*|phần\s+trăm\b|porsiyento\b|pousan\b|퍼센트|パーセント"
    r"|في\s+المائة|بالمئة"
)
_PER_MILLE = r"‰|por\s+mil\b|pour\s+mille\b"
_SPACES = "\u00a0\u202f\u2009 "

# A number: grouped thousands (at most five groups, so that a long run of digit groups is
# never re-scanned), or digits with points and commas.  It cannot start inside another
# number or word (the look-behind), which keeps the scan linear.
_NUMBER = re.compile(
    rf"(?<![{ALNUM}])(?<!\d[.,])(?P<pct_before>百分之\s*)?"
    rf"(?P<num>\d{{1,3}}(?:[{_SPACES}]\d{{3}}){{1,5}}(?:[.,]\d+)?(?!\d)"
    r"|\d+(?:[.,]\d+)*)"
    r"(?P<ord>st|nd|rd|th|\.?º|\.?ª|er\b|ra\b|ro\b|do\b|da\b|s\b|['’]s\b"
    r"|e\b|ème\b|re\b|ᵉ)?"  # French: "3e", "3ème", "1re"
    r"(?:\s?(?P<pct>" + _PERCENT + r")"
    r"|\s?(?P<mille>" + _PER_MILLE + r")"
    r"|\s?(?P<deg>[°º]\s?[FC]?)"
    r"|\s?(?P<unit>" + UNIT_PATTERN + r")(?![\w/]))?",
    re.IGNORECASE,
)


def number_readings(raw: str) -> set[float]:
    """Every value ``raw`` (digits with points, commas or spaces) can mean: a point or a
    comma is a decimal separator or a thousands separator where the groups allow it."""
    raw = re.sub(f"[{_SPACES}]", "", raw)
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
        if all(len(p) == 3 for p in parts[1:]) and all(p.isdigit() for p in parts):
            readings.add(float("".join(parts) + "." + fraction))
        return readings
    if all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3:
        readings.add(float("".join(groups)))  # thousands separators
    if len(separators) == 1:
        readings.add(float(groups[0] + "." + groups[1]))  # decimal comma or point
    return readings


def numbers(text: str) -> Iterator[Item]:
    """The numbers of ``text`` (digits already folded), with unit, percent or degree sign."""
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        values = number_readings(match.group("num"))
        if not values:
            continue
        unit: str | None = None
        if match.group("pct") or match.group("pct_before"):
            unit = "%"
        elif match.group("mille"):
            unit = "‰"
        elif match.group("unit"):
            unit = UNITS.get(match.group("unit").lower().replace(" ", ""))
        elif match.group("deg"):
            degree = match.group("deg").replace(" ", "").lower().replace("º", "°")
            unit = UNITS.get(degree, "deg")
        keys: set[Key] = {("n", value) for value in values}
        if match.group("num").isdigit():
            keys.add(("tel", match.group("num")))
            keys |= _short_year(text, start, match.group("num"))
        scale = _SCALE.match(text, end) if unit is None else None
        if scale:  # "6 mil", "40 tys.", "1,8 million": also the whole number
            factor = 1e6 if scale.group("million") else 1e3
            keys |= {("n", round(value * factor, 6)) for value in values}
        yield Item(frozenset(keys), unit, text[start:end], start, end)


# Words for a thousand and a million after a number, which some languages write where
# English writes the digits ("6 mil adultos", "40 tys. osób", "6 000" for "6,000").
_SCALE = re.compile(
    r"\s?(?:(?P<thousand>thousand|mil|mille|tys\.|tysi[aąęe]c\w*|тыс\.|тысяч\w*)"
    r"|(?P<million>millions?|mill[oó]n(?:es)?|milh(?:ão|ões)|milion\w*|mln\b\.?"
    r"|миллион\w*|млн\.?))(?!\w)",
    re.IGNORECASE,
)


_YEAR_RANGE = re.compile(r"(?<!\d)(\d{2})(\d{2})[-–]$")


def _short_year(text: str, start: int, digits: str) -> set[Key]:
    """The full year of the two digits that end a year range ("2019-20": 2020), which a
    translation may write out ("2019-2020")."""
    year = _YEAR_RANGE.search(text, max(0, start - 6), start)
    if len(digits) != 2 or year is None:
        return set()
    full = int(year.group(1) + digits)
    return {("n", float(full))} if full > int(year.group(1) + year.group(2)) else set()


# --- times ---------------------------------------------------------------------------------

# Day periods after the hour (CLDR dayPeriods, format-wide, and the usual spoken forms).
_AM = (
    r"a\.\s?m\b\.?|a\s?m\b|de\s+la\s+mañana|de\s+la\s+madrugada|da\s+manhã|da\s+madrugada"
    r"|du\s+matin|sáng|ng\s+umaga|ng\s+madaling[-\s]araw|(?:di|nan)\s*maten|утра|rano"
    r"|صباح[اًا]*ً?"
)
_PM = (
    r"p\.\s?m\b\.?|p\s?m\b|de\s+la\s+tarde|de\s+la\s+noche|da\s+tarde|da\s+noite"
    r"|de\s+l['’]après-midi|du\s+soir|chiều|tối|ng\s+hapon|ng\s+gabi"
    r"|(?:di|nan)\s*(?:swa|aswè|apremidi)|вечера|дня|po\s+południu|wieczorem"
    r"|مساء[اًا]*ً?"
)
# Words after a number that make it a clock time, though some also mean "hours" ("giờ").
# Not "horas", "heures", "godzin": after a number they mostly mean a duration ("cada 8
# horas"); clock times in those languages are written "18:00", "18 h", "a las 6".
_HOUR = r"h|hs|z?è|giờ|godz\.?|ч\.?|час(?:а|ов)?|o['’]clock"
_CJK_HOUR = "点點时時시"
_CJK_AM = "上午|早上|凌晨|清晨|오전|午前"
_CJK_PM = "下午|晚上|傍晚|오후|午後"
# Words before a number that make it a clock time: "a las 6", "às 6", "alas-6", "godz. 19".
_AT = r"\b(?:las|a\s+la|às|alas|godz\.|godzin(?:a|ie|y))[-\s]"

# Languages whose clock is written with 24 hours (CLDR timeFormats, short: "H:mm" or
# "HH:mm"), where "6:00" is six in the morning; English, Korean, Arabic and Tagalog write
# "h:mm a", with the day period, so that "6:00" alone may be either.  Regions that write
# the other way than their language: es-US ("h:mm a").
_CLOCK_24 = frozenset({"es", "fr", "pt", "pl", "ru", "vi", "zh", "ja"})
_CLOCK_12_REGIONS = frozenset({"es-us"})
# Hour words of the 24-hour clock ("18 h", "6 h 30", "18 ч."): "6 h" is 06:00.
_HOUR_24 = re.compile(r"hs?|ч\.?", re.IGNORECASE)
# Day periods that are also a noun after a number: Russian "2 дня" is "two days" as often
# as "2 pm" (and "3 утра", "2 вечера": "three mornings", "two evenings").
_PERIOD_NOUN = re.compile(r"дня|утра|вечера", re.IGNORECASE)


@functools.lru_cache(maxsize=32)
def _time_pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The clock-time pattern of ``lang`` (English and ``lang``'s hour words, 1-12)."""
    hours = _hour_words(base_language(lang))
    words = "|".join(sorted((re.escape(w) for w in hours), key=len, reverse=True))
    hour_word = rf"|(?P<hw>{words})(?![{ALNUM}])" if words else ""
    pattern = re.compile(
        # 下午6点30分, 오후 6시 30분, 午後6時, 下午6:30
        rf"(?:(?P<cjk_period>{_CJK_AM}|{_CJK_PM})\s*)?(?<![\d:.,])(?P<cjk_h>\d{{1,2}})"
        rf"(?:\s*[{_CJK_HOUR}](?![间間간])(?:\s*(?P<cjk_m>\d{{1,2}})\s*[分분]|(?P<half>半))?"
        rf"|(?<=\d)(?(cjk_period):(?P<cjk_colon_m>\d{{2}})(?!\d)|(?!)))"
        # 6 pm, 6:30 p.m., 18:00, 18 h 30, 6 giờ chiều, 6 de la tarde, a las 6, las seis
        rf"|(?P<at>{_AT})?(?<![{ALNUM}:])(?<!\d[.,])(?:(?P<h>\d{{1,2}}){hour_word})"
        rf"(?::(?P<m>\d{{2}})(?!\d)"
        # 7.55 am, godz. 19.00: a point only with a day period after or an hour word before
        rf"|\.(?P<dm>\d{{2}})(?!\d)(?:(?=\s?(?:{_AM}|{_PM}))|(?(at)|(?!)))"
        rf"|\s?(?P<hour>{_HOUR})(?:\s?(?P<hm>\d{{2}})(?!\d)"
        rf"(?:\s?(?:phút|min)\b)?)?(?!\w))?"
        rf"(?:\s?(?P<period>{_AM}|{_PM}))?",
        re.IGNORECASE,
    )
    return pattern, hours


_IS_AM = re.compile(rf"(?:{_AM}|{_CJK_AM})$", re.IGNORECASE)


def _written_24(groups: dict[str, str | None], lang: str) -> bool:
    """Whether a clock time with no day period is written on the 24-hour clock: with a
    leading zero ("06:00", "06 h"), with a 24-hour hour word ("6 h"), or with minutes in a
    language whose clock has 24 hours ("a las 6:00")."""
    digits, hour = groups["h"], groups["hour"]
    if digits is None:
        return False  # "a las seis": spoken, either
    if len(digits) == 2 and digits.startswith("0"):
        return True
    if hour is not None and _HOUR_24.fullmatch(hour):
        return True
    code = lang.replace("_", "-").lower()
    return bool(groups["m"] or groups["dm"]) and (
        base_language(code) in _CLOCK_24 and code not in _CLOCK_12_REGIONS
    )


def times(text: str, lang: str) -> Iterator[Item]:
    """The clock times of ``text`` written in ``lang`` as minutes after midnight ("6 pm" →
    1080; "06:00" → 360)."""
    pattern, hour_words = _time_pattern(lang)
    for match in pattern.finditer(text):
        groups = match.groupdict()
        if groups["cjk_h"] is not None:
            hour = int(groups["cjk_h"])
            minute = int(groups["cjk_m"] or groups["cjk_colon_m"] or (30 if groups["half"] else 0))
            period = groups["cjk_period"]
        else:
            minutes = groups["m"] or groups["dm"] or groups["hm"]
            word = groups.get("hw")
            hour = hour_words[word.lower()] if word is not None else int(groups["h"])
            minute = int(minutes or 0)
            period = groups["period"]
            if not (minutes or groups["hour"] or period or groups["at"]):
                continue  # a plain number: read by ``numbers`` or ``number_words``
        if hour > 24 or minute > 59:
            continue
        keys: set[Key]
        if period:
            pm = not _IS_AM.match(period.strip())
            keys = {("time", (hour % 12 + (12 if pm else 0)) * 60 + minute)}
        elif hour == 0 or hour > 12 or _written_24(groups, lang):
            keys = {("time", hour * 60 + minute)}
        else:
            keys = {("time", (hour % 12) * 60 + minute), ("time", (hour % 12 + 12) * 60 + minute)}
        if not groups["m"] and not groups["dm"] and not groups["hm"] and (
            not period or _PERIOD_NOUN.fullmatch(period.strip())
        ):
            keys.add(("n", float(hour)))  # "6 giờ", "6 h", "a las 6", "2 дня": also six hours
        start, end = match.span()
        if groups["at"]:
            start += len(groups["at"])
        yield Item(frozenset(keys), None, text[start:end].rstrip(), start,
                   start + len(text[start:end].rstrip()), kind="time")


# --- dates ---------------------------------------------------------------------------------

_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    # CLDR wide and abbreviated month names (the genitive forms where a language uses them
    # in dates: Polish and Russian; and their locative, "w czerwcu 2018", "в июне 2018"),
    # January to December, comma-separated per month.
    "en": ("january,jan", "february,feb", "march,mar", "april,apr", "may", "june,jun",
           "july,jul", "august,aug", "september,sept,sep", "october,oct", "november,nov",
           "december,dec"),
    "es": ("enero,ene", "febrero", "marzo", "abril,abr", "mayo", "junio", "julio", "agosto,ago",
           "septiembre,setiembre,set", "octubre", "noviembre", "diciembre,dic"),
    "fr": ("janvier,janv", "février,févr", "mars", "avril,avr", "mai", "juin", "juillet,juil",
           "août", "septembre", "octobre", "novembre", "décembre,déc"),
    "pt": ("janeiro,jan", "fevereiro,fev", "março", "abril", "maio", "junho", "julho",
           "agosto", "setembro,set", "outubro,out", "novembro", "dezembro,dez"),
    "pl": ("stycznia,styczeń,styczniu", "lutego,luty,lutym", "marca,marzec,marcu",
           "kwietnia,kwiecień,kwietniu", "maja,maj,maju", "czerwca,czerwiec,czerwcu",
           "lipca,lipiec,lipcu", "sierpnia,sierpień,sierpniu", "września,wrzesień,wrześniu",
           "października,październik,październiku", "listopada,listopad,listopadzie",
           "grudnia,grudzień,grudniu"),
    "ru": ("января,январь,январе", "февраля,февраль,феврале", "марта,март,марте",
           "апреля,апрель,апреле", "мая,май,мае", "июня,июнь,июне", "июля,июль,июле",
           "августа,август,августе", "сентября,сентябрь,сентябре", "октября,октябрь,октябре",
           "ноября,ноябрь,ноябре", "декабря,декабрь,декабре"),
    "tl": ("enero", "pebrero", "marso", "abril", "mayo", "hunyo", "hulyo", "agosto",
           "setyembre", "oktubre", "nobyembre", "disyembre"),
    "ht": ("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
           "oktòb", "novanm", "desanm"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل,ابريل", "مايو", "يونيو", "يوليو",
           "أغسطس,اغسطس", "سبتمبر", "أكتوبر,اكتوبر", "نوفمبر", "ديسمبر"),
}


MONTH_NAMES = frozenset(
    name for months in _MONTH_NAMES.values() for names in months for name in names.split(",")
)
"""Month names and abbreviations of every language here ("jan", "janv", "janeiro")."""


@functools.lru_cache(maxsize=32)
def _named_dates(lang: str) -> tuple[re.Pattern[str], dict[str, int]]:
    """The named-date pattern of ``lang`` (with English: translations keep English dates)."""
    months: dict[str, int] = {}
    for code in dict.fromkeys(("en", lang)):
        for number, names in enumerate(_MONTH_NAMES.get(code, ()), start=1):
            for name in names.split(","):
                months[name] = number
    names = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    day = r"\d{1,2}(?:st|nd|rd|th|er|\.?º|\.?°)?(?![.,]\d)"  # not "w czerwcu 1,8"
    pattern = re.compile(
        rf"(?<!\w)(?:(?P<m1>{names})\.?\s+(?P<d1>{day})(?:,?\s+(?P<y1>\d{{4}}))?"
        rf"|(?P<d2>{day})(?:\s+(?:de|of|ng))?\s+(?P<m2>{names})\.?"
        rf"(?:,?\s+(?:de(?:l)?\s+)?(?P<y2>\d{{4}}))?"
        rf"|(?P<m3>{names})\.?,?\s+(?:(?:de(?:l)?|of)\s+)?(?P<y3>\d{{4}}))(?!\w)",
        re.IGNORECASE,
    )
    return pattern, months


_DATE_LOCAL = re.compile(
    # 2025年1月31日, 2025년 1월 31일, 1月31日
    r"(?:(?P<cy>\d{4})\s*[年년]\s*)?(?P<cm>\d{1,2})\s*[月월]\s*(?P<cd>\d{1,2})\s*[日号號일]"
    r"|(?P<cy2>\d{4})\s*[年년]\s*(?P<cm2>\d{1,2})\s*[月월]"
    # ngày 31 tháng 1 năm 2025, tháng 1 năm 2025
    r"|(?:ngày\s+)?(?P<vd>\d{1,2})\s+tháng\s+(?P<vm>\d{1,2})(?:\s*(?:năm|,)\s*(?P<vy>\d{4}))?"
    r"|tháng\s+(?P<vm2>\d{1,2})\s+năm\s+(?P<vy2>\d{4})",
    re.IGNORECASE,
)
_DATE_NUMERIC = re.compile(
    rf"(?<![{ALNUM}/.-])(?:(?P<y0>\d{{4}})(?P<sep0>[-/.])(?P<a0>\d{{1,2}})(?P=sep0)"
    rf"(?P<b0>\d{{1,2}})|(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)"
    rf"(?P<y>\d{{4}}|\d{{2}}))(?![{ALNUM}/-])"
)


def _date(year: int | None, month: int, day: int | None) -> Key | None:
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= 31):
        return None
    return ("date", year, month, day)


def dates(text: str, lang: str) -> Iterator[Item]:
    """The dates of ``text`` written in ``lang`` (or in English)."""
    named, months = _named_dates(lang)
    for match in named.finditer(text):
        groups = match.groupdict()
        month = months[(groups["m1"] or groups["m2"] or groups["m3"]).lower()]
        day_text = groups["d1"] or groups["d2"]
        year_text = groups["y1"] or groups["y2"] or groups["y3"]
        day = int(re.match(r"\d+", day_text).group()) if day_text else None  # type: ignore[union-attr]
        key = _date(int(year_text) if year_text else None, month, day)
        if key is not None:
            yield Item(frozenset({key}), None, match.group(), *match.span(), kind="date")
    for match in _DATE_LOCAL.finditer(text):
        g = {k: int(v) for k, v in match.groupdict().items() if v is not None}
        year = g.get("cy", g.get("cy2", g.get("vy", g.get("vy2"))))
        month = g.get("cm", g.get("cm2", g.get("vm", g.get("vm2", 0))))
        key = _date(year, month, g.get("cd", g.get("vd")))
        if key is not None:
            yield Item(frozenset({key}), None, match.group(), *match.span(), kind="date")
    for match in _DATE_NUMERIC.finditer(text):
        groups = match.groupdict()
        if groups["y0"]:
            key = _date(int(groups["y0"]), int(groups["a0"]), int(groups["b0"]))
            keys = {key} if key else set()
        else:
            year, first, second = int(groups["y"]), int(groups["a"]), int(groups["b"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            month_first = base_language(lang) == "en"
            local = _date(year, first, second) if month_first else _date(year, second, first)
            other = _date(year, second, first) if month_first else _date(year, first, second)
            key = local or other
            # as written too: a translator may keep the source's US order
            keys = {key, ("written", year, first, second)} if key else set()
        if keys:
            yield Item(frozenset(keys), None, match.group(), *match.span(), kind="date")


# --- centuries in Roman numerals -----------------------------------------------------------

# French, Spanish, Portuguese, Polish and Russian write a century in Roman numerals ("XXIe
# siècle", "siglo XXI", "século XXI", "XXI wieku", "XXI век") where English writes "21st
# century".  A numeral is read only beside a century word: elsewhere ("type II", "Louis
# XIV") it is a name, kept as it is.
_CENTURY = r"(?i:siècles?|siglos?|séculos?|wiek(?:u|i|ach|ów)?|век(?:а|е|ов|ах)?)"
_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_ROMAN_CENTURY = re.compile(
    rf"(?<![{ALNUM}])(?P<after>{_ROMAN})(?:e|è|ème|er|re)?\s+{_CENTURY}(?![{ALNUM}])"
    rf"|(?<![{ALNUM}]){_CENTURY}\s+(?P<before>{_ROMAN})(?![{ALNUM}])"
)
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_centuries(text: str) -> Iterator[Item]:
    """Centuries written in Roman numerals, as numbers ("XXIe siècle": 21); like number
    words they satisfy a digit on the other side but are never reported themselves."""
    for match in _ROMAN_CENTURY.finditer(text):
        group = "after" if match.group("after") else "before"
        numeral = match.group(group)
        value = sum(
            -_ROMAN_VALUES[char] if _ROMAN_VALUES.get(following, 0) > _ROMAN_VALUES[char]
            else _ROMAN_VALUES[char]
            for char, following in zip(numeral, numeral[1:] + " ", strict=True)
        )
        yield Item(frozenset({("n", float(value))}), None, numeral, *match.span(group),
                   soft=True, kind="word")


# --- number words --------------------------------------------------------------------------

# Forms of cardinals that num2words does not give: feminine and case forms.
_EXTRA_CARDINALS: dict[str, dict[str, float]] = {
    "es": {"un": 1, "una": 1},
    "fr": {"une": 1},
    "pt": {"uma": 1, "duas": 2},
    "pl": {"jedna": 1, "jedną": 1, "jednej": 1, "dwie": 2, "dwóch": 2, "dwoma": 2,
           "trzech": 3, "czterech": 4, "pięciu": 5},
    "ru": {"одна": 1, "одну": 1, "одной": 1, "две": 2, "двух": 2, "трёх": 3, "трех": 3,
           "четырёх": 4, "четырех": 4},
    # Not in num2words: Tagalog (KWF, Ortograpiyang Pambansa) and Haitian Creole cardinals.
    "tl": {"isa": 1, "dalawa": 2, "tatlo": 3, "apat": 4, "lima": 5, "anim": 6, "pito": 7,
           "walo": 8, "siyam": 9, "sampu": 10},
    "ht": {"youn": 1, "de": 2, "twa": 3, "kat": 4, "senk": 5, "sis": 6, "sèt": 7, "uit": 8,
           "nèf": 9, "dis": 10},
}
# Other words for a number, which satisfy a digit but are never compared on their own: a
# fraction, a multiple, an article, a pair.
_EXTRA_WORDS: dict[str, dict[str, float]] = {
    "en": {"half": 0.5, "once": 1, "twice": 2, "single": 1, "dozen": 12, "a": 1, "an": 1,
           "both": 2, "double": 2, "hundred": 100, "thousand": 1000},
    "es": {"ciento": 100, "mil": 1000, "primer": 1, "primera": 1, "tercer": 3, "segunda": 2,
           "tercera": 3, "cuarta": 4, "medio": 0.5, "media": 0.5, "mitad": 0.5, "vez": 1,
           "ambos": 2, "ambas": 2, "doble": 2, "par": 2, "docena": 12},
}
_NUM2WORDS_LANGUAGES = frozenset({"en", "es", "fr", "pt", "pl", "ru", "vi", "ko", "ar"})
# Languages whose cardinals of 2 and more are compared like digits.  Not Vietnamese ("năm"
# is also "year", "ba" "father"), Korean ("이" is also "this", "일" "day"), Arabic (the dual
# "حقنتين", "two shots", and the words with a prefix are not in the table), Tagalog and
# Haitian Creole (short lists; "de" is also "of").
_COUNTED_LANGUAGES = frozenset({"en", "es", "fr", "pt", "pl", "ru"})
# Cardinals that are also another common word: French "neuf" (new).
_NOT_COUNTED: dict[str, frozenset[str]] = {"fr": frozenset({"neuf"})}
_LONGEST_PHRASE = 5  # words
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word of letters (with an inner apostrophe: "don't", "l’enfant")."""


def _phrase(form: str) -> str:
    return " ".join(form.lower().replace("-", " ").split())


@functools.lru_cache(maxsize=32)
def _cardinals(lang: str) -> dict[str, float]:
    """Cardinals of ``lang`` (0-100), space-separated forms."""
    from num2words import num2words

    table: dict[str, float] = {}
    if lang in _NUM2WORDS_LANGUAGES:
        for value in range(101):
            table[str(num2words(value, lang=lang))] = value
    table.update(_EXTRA_CARDINALS.get(lang, {}))
    if lang == "es":  # apocopated and feminine: "veintiún días", "treinta y una semanas"
        table.update({form[:-3] + ending: value for form, value in list(table.items())
                      if form.endswith("uno") for ending in ("ún", "un", "una")})
    if lang == "tl":  # the linker -ng after a vowel: "dalawang tableta"
        table.update({form + "ng": value for form, value in list(table.items())
                      if form[-1] in "aeiou"})
    return {_phrase(form): value for form, value in table.items()}


@functools.lru_cache(maxsize=32)
def _number_words(lang: str) -> dict[str, float]:
    """Number words of ``lang`` (0-100 and the first ten ordinals), space-separated forms."""
    from num2words import num2words

    table: dict[str, float] = {}
    if lang in _NUM2WORDS_LANGUAGES:
        for value in range(1, 11):
            table[_phrase(str(num2words(value, lang=lang, to="ordinal")))] = value
    table.update({_phrase(form): value for form, value in _EXTRA_WORDS.get(lang, {}).items()})
    table.update(_cardinals(lang))
    return table


def compares_number_words(lang: str) -> bool:
    """Whether ``lang``'s cardinals in words are compared like digits: a pair compares them
    only when both its languages do (English "two" against Chinese "两片" cannot be)."""
    return base_language(lang) in _COUNTED_LANGUAGES


@functools.lru_cache(maxsize=32)
def _counted_words(lang: str) -> frozenset[str]:
    """The number words of ``lang`` compared like digits: cardinals of 2 and more."""
    if lang not in _COUNTED_LANGUAGES:
        return frozenset()
    return frozenset(form for form, value in _cardinals(lang).items()
                     if value >= 2 and form not in _NOT_COUNTED.get(lang, ()))


@functools.lru_cache(maxsize=32)
def _hour_words(lang: str) -> dict[str, int]:
    """Cardinals of ``lang`` and English that can be an hour ("seis de la tarde", "a las
    una"): one word, 1-12, in the languages whose number words are compared."""
    return {form: int(value)
            for code in dict.fromkeys(("en", lang)) if code in _COUNTED_LANGUAGES
            for form, value in _cardinals(code).items()
            if 1 <= value <= 12 and " " not in form and form not in _NOT_COUNTED.get(code, ())}


def number_words(text: str, lang: str) -> Iterator[Item]:
    """Number words and phrases of ``text`` in ``lang`` or English, longest first
    ("twenty-one", "treinta y uno", "vingt et un").  A cardinal of 2 or more of ``lang``
    (:func:`_counted_words`) is compared like a digit; any other word, and an English word
    in a text in another language ("ten cuidado"), is ``soft``."""
    code = base_language(lang)
    english = _number_words("en")
    if code != "en":  # "a" is a preposition in Spanish, French, Portuguese, Tagalog…
        english = {form: value for form, value in english.items() if form not in ("a", "an")}
    table = {**english, **_number_words(code)}
    counted = _counted_words(code)
    words = list(WORD.finditer(text))
    index = 0
    while index < len(words):
        for size in range(min(_LONGEST_PHRASE, len(words) - index), 0, -1):
            chosen = words[index:index + size]
            if any(text[a.end():b.start()].strip(" -") for a, b in itertools.pairwise(chosen)):
                continue
            phrase = " ".join(word.group().lower() for word in chosen)
            if phrase in table:
                start, end = chosen[0].start(), chosen[-1].end()
                yield Item(frozenset({("n", float(table[phrase]))}), None, text[start:end],
                           start, end, soft=phrase not in counted, kind="word")
                index += size
                break
        else:
            index += 1
