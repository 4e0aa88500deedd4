"""Medical word parts (affixes), in one home for the two jobs that use them.

- Word formation: a word ending in ``MEDICAL_SUFFIXES`` or, when long, starting with
  ``MEDICAL_PREFIXES`` is built like a medical term (``literacy.jargon``'s ``morphology``
  kind): clinical combining forms (-itis, -ectomy, hyper-) and drug-name stems from the
  USAN Council's list of stems (-statin, -pril, -mab).
- Syllables: the English estimator (``literacy.syllables.english``) counts an unknown
  word's known parts from ``PREFIX_SYLLABLES``, ``SUFFIX_SYLLABLES`` and ``INFIXES``, and
  the vowel rules do the rest; each count is the part's usual pronunciation (CMUdict for
  words that contain it, e.g. "gastritis" G AE0 S T R AY1 T AH0 S: "-itis" has 2).
"""

from __future__ import annotations

MEDICAL_SUFFIXES = (
    "itis", "ectomy", "ectomies", "otomy", "ostomy", "oscopy", "oscopies", "plasty", "emia",
    "aemia", "ology", "ologist", "osis", "oses", "opathy", "algia", "megaly", "oma", "omas",
    "uria", "rrhea", "rrhoea", "penia", "cytosis", "genic", "ectasis", "lysis", "stasis",
    "trophy", "gram", "graphy", "sclerosis", "plegia", "paresis", "pnea", "phagia",
    # drug-name stems (USAN)
    "statin", "pril", "sartan", "olol", "dipine", "azole", "cillin", "mycin", "floxacin",
    "prazole", "tidine", "gliptin", "gliflozin", "glutide", "parin", "vir", "afil",
    "triptan", "lukast", "tinib", "mab", "caine", "pam", "lam", "oxetine", "setron",
    "dronate", "sone", "olone", "formin", "thiazide", "semide", "profen", "cycline",
)
MEDICAL_PREFIXES = (
    "hyper", "hypo", "tachy", "brady", "dys", "hemat", "haemat", "nephr", "hepat", "gastr",
    "cardi", "neur", "oste", "derm", "angi", "encephal", "myel", "pneum", "thromb", "leuk",
    "cyst", "colp", "hyster", "endo", "peri", "intra", "sub",
)

# Morphemes with known syllable counts.  Prefixes (combining forms) are only
# taken when a vowel follows them, i.e. where they create a vowel hiatus that
# the vowel-group rules could misread ("autoimmune", "sacroiliac"), and when
# enough of the word remains.  Suffixes are taken at the end of the word.
PREFIX_SYLLABLES: dict[str, int] = {
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
WEAK_PREFIXES = frozenset({"pre", "re", "pro"})

SUFFIX_SYLLABLES: dict[str, int] = {
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
INFIXES = frozenset(
    {"thio", "cardio", "gastro", "entero", "neuro", "osteo", "hydro", "electro",
     "hepato", "nephro", "broncho", "thrombo", "immuno", "radio", "sacro", "pseudo"}
)
