"""numbers-clear (PEMAT-P 6–7; CCI numbers) and risk-baseline (CCI risk).

numbers-clear applies when the text has numbers in digits other than years, dates, times and
phone numbers, or asks for a calculation.  It is not met by a percentage with no natural
frequency in the same sentence ("20%" → "20% (1 in 5)", in Spanish "20 % (1 de cada 5)";
Gigerenzer & Hoffrage 1995: natural frequencies are understood far better than percentages),
a decimal ("2.8 million"; not a measurement with its unit, "2.5 mg", "7.5 mL", a dose to
give as written, never to round), a fraction ("1/3"), or a sentence that asks the reader to
calculate ("add up", "convert").  A percentage that is a change ("increased by 13 percent")
is given no frequency: it needs the numbers before and after.  A concentration as labels
print it ("60% alcohol"), a confidence level ("95% CI") and "100%" (all) are not faults.

risk-baseline applies to sentences that state a change in risk ("3 times more likely",
"halves", "cuts the risk by 30%"), or a risk or future chance with a percentage or a natural
frequency.  A change is met only with its baseline (a natural frequency, or "from 2% to 1%")
in the same sentence or the next two; a percentage chance only with words or a natural
frequency there (CCI: explain what the numeric probability means).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from literacy.communication.document import DocumentView
from literacy.communication.lexicon import ENGLISH, FRACTION, NATURAL_FREQUENCY, Lexicon
from literacy.communication.model import ITEMS_BY_ID, Evidence, ItemResult
from literacy.parsing import Sentence, opens_bracket
from literacy.units import UNITS

_MONTHS = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?$|"
    r"^(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|"
    r"diciembre)$",
    re.IGNORECASE,
)
_BASELINE_CHANGE = re.compile(
    r"\bfrom\s+(?:about\s+)?\d+(?:[.,]\d+)?\s?(?:%|percent|in \d+)\s+to\b|\bde\s+\d+(?:,\d+)?\s?%"
    r"\s+a\b",
    re.IGNORECASE,
)
NEARBY = 2  # a baseline may come in the next two sentences
# A change upwards, whose example baseline rises ("doubles" → "from 2 in 100 to 4 in 100").
_RISK_UP = re.compile(r"doubl|twice|more|higher|greater|rais|increas|doble|duplica|m[áa]s|"
                      r"aumenta", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# A percentage that is a change (the lexicon's ``change_before``/``change_after``) or the end
# of a range ("1-2%", "80–90%") is no share of a whole, so "N in 100" cannot stand for it.
_RANGE_BEFORE = re.compile(r"\d\s?(?:%|percent)?\s?[-–—]\s?$")  # "1-2%", "5%-10%"
_NEXT_WORD = re.compile(r"\s?([^\s\d.,;:!?()\[\]]+)")  # "mg" after "2.5 mg of"


def natural_frequency(percent: float, lexicon: Lexicon = ENGLISH) -> str | None:
    """``percent`` as a natural frequency, in the words of ``lexicon``'s language.

    20 → "1 in 5"; 70 → "7 in 10"; 33 → "about 1 in 3"; 65 → "65 in 100"; in Spanish 20 →
    "1 de cada 5".  Only whole percentages from 1 to 99 (a decimal one would have to be
    rounded; 100% is "all", which readers know).
    """
    if not percent.is_integer() or not 1 <= percent <= 99:
        return None
    whole = int(percent)
    divisor = math.gcd(whole, 100)
    if 100 // divisor <= 10:
        return lexicon.frequency.format(count=whole // divisor, total=100 // divisor)
    if whole <= 50:
        nearest = round(100 / whole)
        if abs(100 / nearest - whole) <= 0.1 * whole:
            return f"{lexicon.about} {lexicon.frequency.format(count=1, total=nearest)}"
    return lexicon.frequency.format(count=whole, total=100)


def numbers_clear(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["numbers-clear"]
    calculation = any(view.lexicon.calculation.search(s.text) for s in view.parsed.sentences)
    if not calculation and not any(_counts(sentence, index)
                                   for sentence in view.parsed.sentences
                                   for index in range(len(sentence.words))):
        return ItemResult(item, "not_applicable", "The text has no numbers to check.")
    faults = [fault for sentence in view.parsed.sentences for fault in _faults(view, sentence)]
    if faults:
        return ItemResult(
            item, "not_met",
            "Write numbers the way readers use them: “1 in 5” rather than “20%”, whole numbers "
            "rather than decimals or fractions, and do the sums for the reader.",
            tuple(faults),
        )
    return ItemResult(item, "met", "Numbers are given in forms readers use.")


def _counts(sentence: Sentence, index: int) -> bool:
    """A number the reader has to read as a number (not a year, date, time or phone number)."""
    word = sentence.words[index]
    text = word.text
    if not word.is_number or ":" in text:
        return False
    digits = re.sub(r"\D", "", text)
    if text.count("-") >= 2 or text in ("911", "112") or (
        len(digits) == 4 and 1800 <= int(digits) <= 2100 and text.isdigit()
    ):
        return False
    neighbours = sentence.words[max(0, index - 2) : index + 2]
    return not any(_MONTHS.match(other.text) for other in neighbours if other is not word)


def _faults(view: DocumentView, sentence: Sentence) -> Iterator[Evidence]:
    lexicon = view.lexicon
    text = sentence.text
    if _DIGIT.search(text):
        yield from _digit_faults(view, sentence)
    for match in FRACTION.finditer(text):
        if match.group() != "24/7":
            yield _evidence(view, sentence, match,
                            f"“{match.group()}”: say “1 in 3” or “a third” instead of a fraction.",
                            None)
    for match in lexicon.calculation.finditer(text):
        yield _evidence(view, sentence, match,
                        "The reader is asked to calculate: give the result instead.", None)


def _digit_faults(view: DocumentView, sentence: Sentence) -> Iterator[Evidence]:
    """Percentages without a natural frequency, and decimals (both need a digit)."""
    lexicon = view.lexicon
    text = sentence.text
    covered: list[tuple[int, int]] = []
    has_frequency: bool | None = None  # looked for at the first percentage only
    for match in lexicon.percent.finditer(text):
        if has_frequency is None:
            has_frequency = bool(NATURAL_FREQUENCY.search(text))
        if has_frequency or lexicon.not_a_share.match(text, match.end()) or (
                lexicon.not_a_share_before.search(text, 0, match.start())):
            continue
        value = float(re.sub(r"[^\d.,]", "", match.group()).replace(",", "."))
        if value == 100:
            continue  # "all", which readers know
        covered.append(match.span())
        if lexicon.change_before.search(text, 0, match.start()) or lexicon.change_after.match(
                text, match.end()):
            yield _evidence(view, sentence, match,
                            f"“{match.group()}” is a change: give the numbers before and after, "
                            "such as “from 20 in 100 to 23 in 100”.", None)
            continue
        before = text[: match.start()]
        frequency = (None if _RANGE_BEFORE.search(before) or opens_bracket(before)
                     else natural_frequency(value, lexicon))
        # The frequency is added after the percentage, which stays: "About 20% (1 in 5) of
        # people", where "About 20 in 100 of people" would break the sentence; not inside
        # brackets ("three-quarters (76%)"), where it would nest them.
        replacement = f"{match.group()} ({frequency})" if frequency else None
        yield _evidence(
            view, sentence, match,
            f"“{match.group()}”: add a natural frequency, such as “{replacement}”."
            if replacement else f"“{match.group()}”: give it as “about N in 100” or “1 in N”.",
            replacement,
        )
    for match in lexicon.decimal.finditer(text):
        if not any(start <= match.start() < end for start, end in covered) and not (
                _has_unit(text, match.end())):
            yield _evidence(view, sentence, match,
                            f"“{match.group()}”: round the decimal to a whole number readers "
                            "can picture.", None)


def _has_unit(text: str, end: int) -> bool:
    """A unit follows the number ending at ``end`` ("2.5 mg", "7.5mL"): a dose or measurement
    read off a label or a syringe, which must be given as written."""
    unit = _NEXT_WORD.match(text, end)
    return unit is not None and unit.group(1).lower() in UNITS


def _evidence(view: DocumentView, sentence: Sentence, match: re.Match[str], note: str,
              replacement: str | None) -> Evidence:
    found = view.match_evidence(sentence, match.start(), match.end())
    return Evidence(found.start, found.end, found.text, note, replacement)


def risk_baseline(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["risk-baseline"]
    lexicon = view.lexicon
    body = view.body
    statements: list[Sentence] = []
    faults: list[Evidence] = []
    for index, sentence in enumerate(body):
        text = sentence.text
        relative = lexicon.relative_risk.search(text)
        percent = None
        if not relative:
            if not (lexicon.risk_words.search(text) or lexicon.future.search(text)):
                continue  # no change in risk, and no chance to state
            percent = lexicon.percent.search(text)
            if not percent and not NATURAL_FREQUENCY.search(text):
                continue
        statements.append(sentence)
        nearby = " ".join(s.text for s in body[index : index + 1 + NEARBY])
        if relative:
            if not (NATURAL_FREQUENCY.search(nearby) or _BASELINE_CHANGE.search(nearby)):
                example = ("from 2 in 100 to 4 in 100" if _RISK_UP.search(relative.group())
                           else "from 2 in 100 to 1 in 100")
                faults.append(_evidence(
                    view, sentence, relative,
                    f"“{relative.group()}” of what? Give the baseline: “{example}”.", None))
        # A natural frequency in the sentence is one in ``nearby``, which starts with it.
        elif percent is not None and not NATURAL_FREQUENCY.search(nearby):
            faults.append(_evidence(
                view, sentence, percent,
                f"“{percent.group()}”: say what the chance means, e.g. “about 1 in 8 women”.",
                None))
    if faults:
        return ItemResult(
            item, "not_met",
            "Give every risk with its baseline: say “lowers the risk from 4 in 100 to 2 in 100”, "
            "not “halves the risk”.",
            tuple(faults),
        )
    if statements:
        return ItemResult(item, "met", "Risks come with their baseline.",
                          tuple(view.evidence(sentence) for sentence in statements[:3]))
    return ItemResult(item, "not_applicable", "The text states no risk in numbers.")
