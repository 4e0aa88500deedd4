"""Numbers and symbols as read aloud.

Counted as normally read aloud, following Flesch's counting instructions
(R. Flesch, "A new readability yardstick", J. Applied Psychology 32, 1948;
repeated in *The Art of Readable Writing*, 1949): symbols and figures are
counted the way they are read, so ``1918`` ("nineteen eighteen") has 4.
Numbers are spelled out with ``num2words``: 4-digit integers 1100-2099 as
years, other integers as cardinals (US style, without "and"), ``2.5`` as
"two point five", ``1,000`` as "one thousand", ``5%`` adds "percent",
``$5`` adds "dollars", ``°F``/``°C`` add "degrees Fahrenheit/Celsius",
``65+`` adds "plus", ``1st`` is an ordinal, ``1/2`` is "one half" (proper
fractions up to tenths; ``24/7`` is "twenty-four seven"), a range
``1-2`` is "one to two" and ``8:00`` is "eight o'clock".  ``911`` and digit
strings with a leading zero are read digit by digit ("nine one one").  Greek
letters are read by name (``β-blocker`` = "beta blocker").
"""

from __future__ import annotations

import re

_DIGIT_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
}
_SYMBOL_WORDS = {
    "en": {"%": "percent", "$": "dollars", "\u20ac": "euros", "\u00a3": "pounds",
           "\u00b0": "degrees", "\u00b0F": "degrees Fahrenheit",
           "\u00b0C": "degrees Celsius", "+": "plus", "point": "point"},
    "es": {"%": "por ciento", "$": "d\u00f3lares", "\u20ac": "euros", "\u00a3": "libras",
           "\u00b0": "grados", "\u00b0F": "grados Fahrenheit",
           "\u00b0C": "grados Celsius", "+": "m\u00e1s", "point": "coma"},
}


def _num2words(value: int, lang: str, to: str = "cardinal") -> str:
    from num2words import num2words

    try:
        text: str = num2words(value, lang=lang, to=to)
    except (NotImplementedError, OverflowError, ValueError, TypeError):
        text = " ".join(_DIGIT_WORDS[lang][int(d)] for d in str(value))
    return text


def _cardinal(n: int, lang: str) -> str:
    words = _num2words(n, lang)
    if lang == "en":  # US usage: "one hundred twenty", not "one hundred and twenty"
        words = re.sub(r"\band\b", " ", words)
    return words


def number_words(num: str, cur: str | None, suf: str | None, lang: str) -> str:
    """A number as read aloud, with its currency sign and suffix ("$5" "five dollars")."""
    plural = suf in ("s", "'s")  # "1990s", "90's": "nineteen nineties"
    words = [_number_words(num, None if plural else suf, lang)]
    if plural and lang == "en" and words[0].rstrip().endswith("six"):
        words.append("es")  # "sixes"
    if cur:
        words.append(_SYMBOL_WORDS[lang][cur])
    if suf in ("%", "+") or (suf and suf.startswith("\u00b0")):
        words.append(_SYMBOL_WORDS[lang][suf])
    return " ".join(words)


_GROUPED = re.compile(r"^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$")


def _number_words(num: str, suf: str | None, lang: str) -> str:
    digits = _DIGIT_WORDS[lang]
    grouped = _GROUPED.match(num)
    if grouped and (lang == "es" or grouped.group(1) == ","):
        return _cardinal(int(re.sub(r"[.,]", "", num)), lang)  # 1,000 / 1.000 (es)
    m = re.match(r"^(\d+(?:,\d{3})*)\.(\d+)$", num) if lang == "en" else None
    if m is None and lang == "es":
        m = re.match(r"^(\d+)[.,](\d+)$", num)
    if m is not None:  # decimals: "two point five", "dos coma cinco"
        point = _SYMBOL_WORDS[lang]["point"]
        if lang == "es" and "." in num:
            point = "punto"
        head = _cardinal(int(m.group(1).replace(",", "")), lang)
        tail = " ".join(digits[int(d)] for d in m.group(2))
        return f"{head} {point} {tail}"
    if not num.isdigit():  # "2,5" in English, "1.2.3": read piece by piece
        return " ".join(_number_words(p, None, lang) for p in re.split(r"[.,]", num) if p)
    if suf in ("st", "nd", "rd", "th", "\u00ba", "\u00aa"):
        return _num2words(int(num), lang, to="ordinal")
    if (len(num) > 1 and num.startswith("0")) or (lang == "en" and num == "911"):
        return " ".join(digits[int(d)] for d in num)  # "007", "911"
    if len(num) > 30:  # beyond num2words' range: read digit by digit
        return " ".join(digits[int(d)] for d in num)
    value = int(num)
    if lang == "en" and len(num) == 4 and 1100 <= value <= 2099 and suf is None:
        return re.sub(r"\band\b", " ", _num2words(value, lang, to="year"))
    return _cardinal(value, lang)


_ES_FRACTIONS = ("", "", "medio", "tercio", "cuarto", "quinto", "sexto",
                 "s\u00e9ptimo", "octavo", "noveno", "d\u00e9cimo")


def fraction_words(num: int, den: int, lang: str) -> str:
    """Words for a proper fraction with a denominator of 2-10."""
    if lang == "es":
        name = _ES_FRACTIONS[den] + ("s" if num != 1 else "")
        return f"{re.sub(r'uno$', 'un', _cardinal(num, lang))} {name}"  # "un medio"
    if den == 2:
        name = "half"
    elif den == 4:
        name = "quarter" if num == 1 else "quarters"
    else:
        name = _num2words(den, lang, to="ordinal") + ("s" if num != 1 else "")
    return f"{_cardinal(num, lang)} {name}"


def time_words(hour: int, minute: int, lang: str) -> str:
    """A time of day as read aloud: "8:00" "eight o'clock", "8:05" "eight oh five"."""
    if lang == "en" and minute == 0:
        return f"{_cardinal(hour, lang)} o'clock"
    if lang == "en" and minute < 10:
        return f"{_cardinal(hour, lang)} oh {_cardinal(minute, lang)}"
    words = _cardinal(hour, lang) + (" " + _cardinal(minute, lang) if minute else "")
    return words
