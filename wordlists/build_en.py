#!/usr/bin/env python3
"""Rebuild the English word lists in ``wordlists/en/`` from their sources.

Usage (from the repository root)::

    .venv/bin/python wordlists/build_en.py [SOURCES_DIR] [--out DIR] [--report FILE]

``SOURCES_DIR`` holds the public-domain source lists described in its README
(default: ``../shared/wordlist-sources``, relative to the repository root).
The hand-made inputs live next to the output, in ``wordlists/en/``:

* ``plainly_entries.csv`` - entries written by the Plainly project (same
  columns as ``jargon.csv``, source ``plainly``).  A row whose term is also in
  a source list replaces that entry's category and plain words, and its
  definition when it gives one.
* ``plainly_abbreviations.csv`` - the abbreviation list (same columns as
  ``abbreviations.csv``).
* ``curation.csv`` - decisions about source entries: ``drop`` a term,
  ``rename`` it (to its base form, or without a bracketed abbreviation),
  set its ``category``, or ``keep`` an NCI term the filters would leave out.
* ``sources.csv`` - one row per source with its licence notice.

The output is deterministic: rows sorted by term (abbreviations by
abbreviation), UTF-8, comma-separated, ``\\n`` line endings.  The script
needs ``wordfreq`` (a project dependency) for the word-frequency checks.
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from wordfreq import zipf_frequency
from wordfreq.tokens import tokenize

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))  # the word-list format of this checkout's ``literacy``

from literacy.wordlists import ABBREVIATIONS_FILE, CATEGORIES, COLUMNS, JARGON_FILE  # noqa: E402

DEFAULT_SOURCES = REPO / ".." / "shared" / "wordlist-sources"
DEFAULT_OUT = HERE / "en"

JARGON_COLUMNS = COLUMNS[JARGON_FILE]
ABBREVIATION_COLUMNS = COLUMNS[ABBREVIATIONS_FILE]
# When two lists give the same term, the entry is credited to the first of
# these (the list whose plain words it keeps).
SOURCE_ORDER = (
    "cdc_thesaurus", "plainlanguage_gov", "hhs_glossary", "nci_genetics",
    "nci_cancer", "cdc_everyday", "plainly",
)
# Definitions are taken from the first of these that has one.
DEFINITION_ORDER = (
    "hhs_glossary", "nci_genetics", "nci_cancer", "cdc_thesaurus",
    "plainlanguage_gov", "cdc_everyday", "plainly",
)
MAX_DEFINITION_WORDS = 25
MAX_PLAIN_WORDS = 5

# --- NCI selection ----------------------------------------------------------
# Keep an NCI term when its rarest word is in this Zipf band: rarer words are
# mostly research or drug-development vocabulary; commoner ones are
# everyday words.
NCI_MIN_ZIPF = 2.0
NCI_MAX_ZIPF = 3.8
NCI_MAX_WORDS = 3
# A definition is "plain" when at most this many of its words (outside
# brackets, not counting the term's own words) are rarer than PLAIN_ZIPF.
PLAIN_ZIPF = 3.0
NCI_MAX_RARE_WORDS = 1
# Definitions that mark entries a patient leaflet would not contain.
NCI_SKIP_DEFINITION = re.compile(
    r"being (studied|tested)|^an? (abbreviation|acronym) for|^a chemotherapy combination"
    r"|^an? (plant|herb|tree|shrub|fungus|mushroom)\b|^the (inner )?bark|^the root of"
    r"|^an? (chemical|compound|molecule|metallic|radioactive)\b|^a product (from|made)"
    r"|^a member of|^in (biology|chemistry|physics|research|statistics|traditional chinese)"
    r"|^a laboratory (method|technique)"
    r"|^a (type of )?(protein|enzyme|peptide|receptor) (that|made|found)"
    r"|^describes a group of proteins|^a (signaling|signal) pathway|^in clinical trials"
    r"|^in a clinical (trial|study)|^a (study|trial) (that|in which)|^a (drug|vaccine) being",
    re.IGNORECASE,
)
# Salt and ester forms of drug names (kept under the base name instead).
DRUG_SALT = re.compile(
    r"\b(mesylate|hydrochloride|dihydrochloride|sulfate|citrate|acetate|maleate|tartrate"
    r"|besylate|succinate|fumarate|phosphate|bromide|tosylate|malate|sodium|potassium"
    r"|calcium|disodium|hyclate|dimeglumine|liposome|recombinant|pegol|ditosylate"
    r"|monohydrate|hydrobromide|lactate|gluconate|palmitate|dipropionate|trihydrate)$"
)
PROPER_FIRST_WORDS = frozenset(
    {"Chinese", "Japanese", "Korean", "Indian", "American", "African", "Asian",
     "European", "English", "Medicare", "Medicaid", "Hodgkin", "Jewish", "Native",
     "Ayurvedic", "Tibetan", "Hawaiian", "Canadian", "Mexican", "French", "German",
     "Greek", "Latin", "Russian", "Pacific", "Mediterranean", "North", "South",
     "Southern", "Northern", "Epstein-Barr", "Down", "Marketplace", "Federal"}
)

PRONUNCIATION = re.compile(
    r"\s*\((?:pronounced [^)]*|(?:[a-z]*[A-Z]{2,}[a-z]*-)+[A-Za-z]*)\)"
)
SENTENCE_END = re.compile(
    r"(?<!\be\.g)(?<!\bi\.e)(?<!\bvs)(?<!\bU\.S)(?<!\bDr)(?<!\bSt)(?<!\bM\.D)(?<!\bD\.O)"
    r"[.!?](?=\s+[A-Z“\"(]|\s*$)"
)
LEAD_INS = re.compile(
    r"^(in medicine|in oncology|in cancer( treatment| medicine)?|in genetics|in surgery"
    r"|in pathology|in (classical|clinical|cancer) genetics"
    r"|in the context of [\w ]+?|in health care|in insurance),\s+",
    re.IGNORECASE,
)
LEAD_FILLERS = ((re.compile(r"^this is ", re.IGNORECASE), ""),
                (re.compile(r"^a term (used to describe|that describes) ", re.IGNORECASE),
                 "describes "),
                (re.compile(r"^(a term (used to refer to|that refers to) |refers to )",
                            re.IGNORECASE), ""),
                (re.compile(r"^describes the presence of ", re.IGNORECASE), "the presence of "))


@dataclass
class Entry:
    """One jargon entry while it is being built."""

    term: str
    category: str
    plain: list[str] = field(default_factory=list)
    definition: str = ""
    source: str = ""
    # a thesaurus alternative too long to be a plain word: used as the definition
    # only when the entry ends up with no plain words
    fallback_definition: str = ""


@dataclass
class Report:
    """What the build did, for the maintainer to read."""

    dropped: list[tuple[str, str, str]] = field(default_factory=list)  # source, term, reason
    failed_plain: list[tuple[str, str, float, float]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def drop(self, source: str, term: str, reason: str) -> None:
        self.dropped.append((source, term, reason))


# --- text helpers -----------------------------------------------------------


def clean(text: str) -> str:
    """Normalise quotes and whitespace."""
    text = (
        text.replace("\u2019", "'").replace("\u2018", "'")
        .replace("\u201c", '"').replace("\u201d", '"')
        .replace("\u2013", "-").replace("\u00a0", " ")
    )
    return re.sub(r"\s+", " ", text).strip()


def norm_term(text: str) -> str:
    """A term as it is stored: cleaned and lowercased."""
    return clean(text).lower()


def zipf(word: str) -> float:
    """Zipf frequency of one word in English (wordfreq)."""
    return zipf_frequency(word, "en")


def rarest_zipf(text: str) -> float:
    """Zipf frequency of the rarest word in ``text`` (0.0 for no words)."""
    tokens = tokenize(text, "en")
    return min((zipf(t) for t in tokens), default=0.0)


def is_simpler(plain: str, term: str) -> bool:
    """True when the rarest word of ``plain`` is at least as common as the term's."""
    return rarest_zipf(plain) >= rarest_zipf(term)


def first_sentence(text: str) -> str:
    """The first sentence of ``text``."""
    text = clean(text)
    match = SENTENCE_END.search(text)
    return text[: match.start() + 1] if match else text


def strip_brackets(text: str) -> str:
    """Remove bracketed asides."""
    text = re.sub(r"\s*\([^()]*\)", "", text)
    return re.sub(r"\s+([,.;:])", r"\1", text)


def word_count(text: str) -> int:
    return len(text.split())


def gloss_style(text: str) -> str:
    """Dictionary-gloss style: no final full stop, lowercase first word."""
    text = text.strip().rstrip(".").strip()
    if not text:
        return text
    first = text.split()[0]
    if first in PROPER_FIRST_WORDS or (len(first) > 1 and not first[1:].islower()):
        return text
    return text[0].lower() + text[1:]


def shorten_definition(text: str, term: str = "", max_words: int = MAX_DEFINITION_WORDS) -> str:
    """First sentence, lead-ins and pronunciation removed, at most ``max_words`` words.

    A definition that starts by naming its term ("X refers to ...") loses that
    opening.  Returns "" when no plain sentence of that length can be made.
    """
    text = PRONUNCIATION.sub("", clean(text))
    sentence = first_sentence(text)
    sentence = LEAD_INS.sub("", sentence)
    if term:
        sentence = re.sub(
            rf"^(the |an? )?{re.escape(term)} (refers to|means|is defined by|is|are) ",
            "", sentence, flags=re.IGNORECASE,
        )
    for filler, replacement in LEAD_FILLERS:
        sentence = filler.sub(replacement, sentence)
    if word_count(sentence) > max_words:
        sentence = strip_brackets(sentence)
    if word_count(sentence) > max_words:
        # drop a trailing list of examples
        sentence = re.sub(r",? (such as|including|for example|e\.g\.)[^,]*$", ".", sentence)
        sentence = sentence.rstrip(" ,.") + "."
    if word_count(sentence) > max_words:
        return ""
    return gloss_style(sentence)


def rare_words(definition: str, term: str) -> list[str]:
    """Words of ``definition`` (outside brackets, not in ``term``) rarer than PLAIN_ZIPF."""
    own = set(tokenize(term, "en"))
    tokens = tokenize(strip_brackets(definition), "en")
    return [t for t in tokens if t not in own and zipf(t) < PLAIN_ZIPF]


def split_alternatives(text: str) -> list[str]:
    """Split a list of alternatives on commas and semicolons."""
    parts = re.split(r"[;,]", clean(text))
    return [p.strip() for p in parts if p.strip()]


# --- CSV helpers ------------------------------------------------------------


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        yield from csv.DictReader(handle)


def write_rows(path: Path, columns: tuple[str, ...], rows: Iterable[dict[str, str]]) -> None:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({c: row.get(c, "") for c in columns})
    path.write_text(buffer.getvalue(), encoding="utf-8", newline="")


# --- categories -------------------------------------------------------------

_CATEGORY_RULES: tuple[tuple[str, str], ...] = (
    # (category, regex on "term | definition")
    ("genetics", r"^[^|]*\b(gene|genetic|genom\w*|chromosom\w*|allel\w*|dna|rna|mutation"
     r"|variant|heredit\w*|inherit\w*|carrier|mosaic\w*|trisomy|exome|sequencing)\b"),
    ("cancer", r"^[^|]*(cancer|carcinoma|lymphoma|leukemia|sarcoma|melanoma|myeloma|blastoma"
     r"|metasta|oncolog|malignan|neoplas|tumor|glioma|mesothelioma|chemotherapy)"
     r"|\| (cancer that|a (rare )?(type of )?cancer|an? \w+ tumor|a tumor)"),
    ("test", r"^[^|]*(\btest\b|\bscan\b|scopy\b|graphy\b|\w+gram\b|screening|biopsy|assay"
     r"|\bexam\b|examination|ultrasound|x-ray|panel)|\| (a|an) (blood |lab(oratory)? |imaging )?"
     r"(test|exam|examination)\b"),
    ("procedure", r"^[^|]*(ectomy|otomy|ostomy|plasty|pexy|surgery|transplant|resection"
     r"|ablation|therapy|dialysis|anesthesia|implant|stent|bypass|repair|reconstruction"
     r"|catheteri[sz]ation|infusion|transfusion|injection|vaccination|immunization)\b"
     r"|\| (a |an )?(surgical )?(procedure|surgery|operation|treatment)\b|\| removal of"),
    ("medicine", r"\| (a|an) (\w+ )?(drug|medicine|medication|antibiotic|vaccine)\b"
     r"|\| (a type of|one of a group of|a class of) (\w+ )?(drugs?|medicines?)\b"
     r"|^[^|]*(mab|nib|statin|cillin|mycin|vir|azole|pril|sartan|olol|dipine|prazole)$"),
    ("anatomy", r"\| (the|a|an|one of) (\w+ ){0,3}(organ|gland|bone|muscle|tissue|layer|tube"
     r"|membrane|part of the|lining|vessel|artery|vein|nerve|duct|cavity|joint|ligament"
     r"|tendon|cartilage|sac|fluid)s?\b"),
    ("condition", r"(itis|osis|emia|algia|pathy|penia|plasia|trophy|rrhea|uria|syndrome"
     r"|disease|disorder|infection|deficiency)\b[^|]*\||\| (a |an )?(rare |common |chronic )?"
     r"(condition|disease|disorder|infection|syndrome|inflammation|problem|symptom)\b"),
    ("latin", r"^(in |ad |per |pro |post |ante |status |bona |inter |de novo|in situ)"),
)
_COMPILED_RULES = tuple((cat, re.compile(rx, re.IGNORECASE)) for cat, rx in _CATEGORY_RULES)


def guess_category(term: str, definition: str, default: str = "clinical") -> str:
    """Guess a category from the term and its definition (curation.csv corrects it)."""
    text = f"{term} | {definition.lower()}"
    for category, rule in _COMPILED_RULES:
        if rule.search(text):
            return category
    return default


# --- sources ----------------------------------------------------------------


@dataclass
class Curation:
    """Decisions from curation.csv."""

    drop: dict[str, str] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)
    category: dict[str, str] = field(default_factory=dict)
    keep: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path) -> Curation:
        cur = cls()
        for line, row in enumerate(read_rows(path), start=2):
            term = norm_term(row["term"])
            action = row["action"].strip()
            value = clean(row.get("value") or "")
            if action == "drop":
                cur.drop[term] = row.get("note", "")
            elif action == "rename":
                cur.rename[term] = value.lower()
            elif action == "category":
                if value not in CATEGORIES:
                    sys.exit(f"{path}:{line}: unknown category {value!r}")
                cur.category[term] = value
            elif action == "keep":
                cur.keep.add(term)
            else:
                sys.exit(f"{path}:{line}: unknown action {action!r} (drop, rename, category, keep)")
        return cur


def thesaurus_entries(path: Path) -> Iterator[Entry]:
    """CDC Plain Language Thesaurus: short alternatives become plain words,
    the first long one a definition."""
    for row in read_rows(path):
        term = norm_term(row["term"])
        plain: list[str] = []
        definition = ""
        for alt in split_alternatives(row["plain_alternative"]):
            alt_l = alt.lower() if not alt.isupper() else alt
            if alt_l == term or "(" in alt or "/" in alt:
                continue
            if word_count(alt) <= 3:
                plain.append(alt_l)
            elif not definition and word_count(alt) <= MAX_DEFINITION_WORDS:
                definition = gloss_style(alt)
        if not plain and not definition:
            whole = clean(row["plain_alternative"])
            if word_count(whole) <= MAX_DEFINITION_WORDS:
                definition = gloss_style(whole)
        yield Entry(term, guess_category(term, definition, "bureaucratic"), plain, "",
                    "cdc_thesaurus", fallback_definition=definition)


def plainlanguage_entries(path: Path) -> Iterator[Entry]:
    """plainlanguage.gov "Use simple words and phrases"."""
    for row in read_rows(path):
        options = [clean(o.replace("(omit)", "")) for o in row["plain_options"].split(";")]
        plain = [o for o in options if o and not o.startswith("(")]
        for raw in re.split(r",\s*", row["complex"]):
            term = norm_term(raw)
            if term:
                yield Entry(term, "bureaucratic", list(plain), "", "plainlanguage_gov")


def everyday_entries(path: Path) -> Iterator[Entry]:
    """CDC Everyday Words: terms only (the plain wording is Plainly's)."""
    for row in read_rows(path):
        term = norm_term(row["term"])
        yield Entry(term, guess_category(term, "", "bureaucratic"), [], "", "cdc_everyday")


def glossary_entries(path: Path) -> Iterator[Entry]:
    """HHS Uniform Glossary of Coverage and Medical Terms: definitions."""
    for row in read_rows(path):
        term = norm_term(row["term"])
        definition = shorten_definition(row["plain_alternative"], term)
        yield Entry(term, "insurance", [], definition, "hhs_glossary")


def nci_entries(path: Path, source: str, cur: Curation, report: Report) -> Iterator[Entry]:
    """NCI dictionaries: keep the terms a patient leaflet would plausibly contain."""
    for row in read_rows(path):
        raw = clean(row["term"])
        term = cur.rename.get(raw.lower(), raw.lower())
        keep = term in cur.keep
        reason = "" if keep else nci_skip_reason(raw, row["plain_alternative"])
        if reason:
            report.drop(source, raw, reason)
            continue
        definition = shorten_definition(row["plain_alternative"], term)
        rare = rare_words(definition, term)
        if keep and (not definition or len(rare) > NCI_MAX_RARE_WORDS):
            # curated term: plainly_entries.csv supplies a plain definition
            definition = ""
        elif not definition:
            report.drop(source, raw, "no definition of 25 words or fewer")
            continue
        elif len(rare) > NCI_MAX_RARE_WORDS:
            report.drop(source, raw, "definition not plain: " + " ".join(rare))
            continue
        yield Entry(term, guess_category(term, row["plain_alternative"]), [], definition, source)


def nci_skip_reason(term: str, definition: str) -> str:
    """Why an NCI term is left out ("" when it is kept)."""
    words = term.split()
    if re.search(r"\d", term):
        return "contains digits (code, stage or product name)"
    if re.search(r"[()/,;:®™]", term):
        return "punctuation in term (chemical or long name)"
    if len(words) > NCI_MAX_WORDS:
        return "long multi-word name"
    if any(re.search(r".[A-Z]", w) for w in words):
        return "abbreviation or code"
    if words[0][0].isupper() and (len(words) == 1 or all(w[0].isupper() for w in words)):
        return "brand, trial or proper name"
    if DRUG_SALT.search(term.lower()):
        return "salt form of a drug"
    lead = first_sentence(clean(definition))
    if NCI_SKIP_DEFINITION.search(lead):
        return "investigational, research or non-patient topic"
    z = rarest_zipf(term)
    if z < NCI_MIN_ZIPF:
        return f"too rare for patient material (zipf {z:.2f})"
    if z >= NCI_MAX_ZIPF:
        return f"everyday words (zipf {z:.2f})"
    return ""


# --- merging ----------------------------------------------------------------


def merge(candidates: Iterable[Entry], cur: Curation, report: Report) -> dict[str, Entry]:
    """Combine source entries by term (renames and drops applied)."""
    by_term: dict[str, list[Entry]] = defaultdict(list)
    for entry in candidates:
        term = cur.rename.get(entry.term, entry.term)
        if term in cur.drop:
            report.drop(entry.source, entry.term, "curation: " + (cur.drop[term] or "dropped"))
            continue
        entry.term = term
        by_term[term].append(entry)
    merged: dict[str, Entry] = {}
    for term, entries in by_term.items():
        entries.sort(key=lambda e: SOURCE_ORDER.index(e.source))
        first = entries[0]
        plain: list[str] = []
        for e in entries:
            for p in e.plain:
                if p not in plain:
                    plain.append(p)
        definition = next(
            (e.definition for e in sorted(entries, key=lambda e: DEFINITION_ORDER.index(e.source))
             if e.definition),
            "",
        )
        category = next((e.category for e in entries if e.source != "cdc_everyday"),
                        first.category)
        fallback = next((e.fallback_definition for e in entries if e.fallback_definition), "")
        merged[term] = Entry(term, category, plain, definition, first.source, fallback)
    return merged


def overlay(merged: dict[str, Entry], hand: Iterable[Entry]) -> None:
    """Apply Plainly's own entries: new terms, or corrections of source entries."""
    for entry in hand:
        old = merged.get(entry.term)
        if old is None:
            merged[entry.term] = entry
            continue
        old.category = entry.category
        old.plain = list(entry.plain)
        if entry.definition:
            old.definition = entry.definition


def check_plain(merged: dict[str, Entry], report: Report) -> None:
    """Drop plain words that are not simpler than the term, and empty entries."""
    for term in list(merged):
        entry = merged[term]
        kept = []
        for p in entry.plain:
            if word_count(p) > MAX_PLAIN_WORDS:
                report.failed_plain.append((term, p, rarest_zipf(term), -1.0))
            elif is_simpler(p, term):
                kept.append(p)
            else:
                report.failed_plain.append((term, p, rarest_zipf(term), rarest_zipf(p)))
        entry.plain = kept
        if not entry.plain and not entry.definition:
            entry.definition = entry.fallback_definition
        if not entry.plain and not entry.definition:
            report.drop(entry.source, term, "no plain words or definition left")
            del merged[term]


def load_hand_entries(path: Path) -> list[Entry]:
    """Rows of plainly_entries.csv (checked: known category, source plainly, no duplicates)."""
    out: list[Entry] = []
    seen: set[str] = set()
    for line, row in enumerate(read_rows(path), start=2):
        term = norm_term(row["term"])
        plain = [clean(p) for p in row["plain"].split(";") if clean(p)]
        definition = clean(row["definition"])
        category = row["category"].strip()
        if category not in CATEGORIES:
            sys.exit(f"{path}:{line}: unknown category {category!r}")
        if row["source"].strip() != "plainly":
            sys.exit(f"{path}:{line}: source must be 'plainly'")
        if term in seen:
            sys.exit(f"{path}:{line}: duplicate term {term!r}")
        if not plain and not definition:
            sys.exit(f"{path}:{line}: {term!r} needs plain words or a definition")
        seen.add(term)
        out.append(Entry(term, category, plain, definition, "plainly"))
    return out


def load_abbreviations(path: Path, source_ids: set[str]) -> list[dict[str, str]]:
    """Rows of plainly_abbreviations.csv, checked and sorted."""
    rows: list[dict[str, str]] = []
    seen: dict[str, str] = {}
    for line, row in enumerate(read_rows(path), start=2):
        row = {c: clean(row.get(c) or "") for c in ABBREVIATION_COLUMNS}
        if not all(row.values()):
            sys.exit(f"{path}:{line}: every column needs a value")
        if row["source"] not in source_ids:
            sys.exit(f"{path}:{line}: unknown source {row['source']!r}")
        key = row["abbreviation"].lower()
        if key in seen:
            sys.exit(f"{path}:{line}: {row['abbreviation']!r} duplicates {seen[key]!r}")
        seen[key] = row["abbreviation"]
        rows.append(row)
    rows.sort(key=lambda r: (r["abbreviation"].lower(), r["abbreviation"]))
    return rows


def build(sources: Path, out: Path) -> Report:
    """Read the sources and hand-made inputs, write jargon.csv and abbreviations.csv."""
    report = Report()
    cur = Curation.load(out / "curation.csv")
    source_ids = {row["id"] for row in read_rows(out / "sources.csv")}
    candidates: list[Entry] = []
    candidates += thesaurus_entries(sources / "cdc_plain_language_thesaurus.csv")
    candidates += plainlanguage_entries(sources / "plainlanguage_gov_simple_words.csv")
    candidates += everyday_entries(sources / "cdc_everyday_words_terms.csv")
    candidates += glossary_entries(sources / "hhs_health_coverage_glossary.csv")
    candidates += nci_entries(sources / "nci_genetics_terms.csv", "nci_genetics", cur, report)
    candidates += nci_entries(sources / "nci_dictionary_of_cancer_terms.csv", "nci_cancer",
                              cur, report)
    merged = merge(candidates, cur, report)
    overlay(merged, load_hand_entries(out / "plainly_entries.csv"))
    for term, category in cur.category.items():
        if term in merged:
            merged[term].category = category
    abbreviations = load_abbreviations(out / "plainly_abbreviations.csv", source_ids)
    abbr_lower = {a["abbreviation"].lower() for a in abbreviations}
    for term in list(merged):
        if term in abbr_lower:
            report.drop(merged[term].source, term, "listed as an abbreviation")
            del merged[term]
    check_plain(merged, report)

    entries = sorted(merged.values(), key=lambda e: e.term)
    for e in entries:
        if e.source not in source_ids:
            sys.exit(f"entry {e.term!r}: source {e.source!r} is not in sources.csv")
        if word_count(e.definition) > MAX_DEFINITION_WORDS:
            sys.exit(f"entry {e.term!r}: definition longer than {MAX_DEFINITION_WORDS} words")
    rows = [
        {"term": e.term, "category": e.category, "plain": ";".join(e.plain),
         "definition": e.definition, "source": e.source}
        for e in entries
    ]
    write_rows(out / JARGON_FILE, JARGON_COLUMNS, rows)
    write_rows(out / ABBREVIATIONS_FILE, ABBREVIATION_COLUMNS, abbreviations)
    report.notes.append(f"jargon.csv: {len(rows)} entries")
    report.notes.append(f"abbreviations.csv: {len(abbreviations)} entries")
    report.notes.append("by source: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(r["source"] for r in rows).items())))
    report.notes.append("by category: " + ", ".join(
        f"{k} {v}" for k, v in sorted(Counter(r["category"] for r in rows).items())))
    return report


def write_report(report: Report, path: Path) -> None:
    lines = ["# build_en.py report", ""]
    lines += report.notes
    lines += ["", f"## plain words failing the frequency check ({len(report.failed_plain)})"]
    lines += [f"{t}\t{p}\tterm={zt:.2f}\tplain={zp:.2f}" for t, p, zt, zp in report.failed_plain]
    reasons = Counter(r.split(":")[0].split(" (")[0] for _, _, r in report.dropped)
    lines += ["", "## dropped entries by reason"]
    lines += [f"{n}\t{r}" for r, n in reasons.most_common()]
    lines += ["", "## dropped entries"]
    lines += [f"{s}\t{t}\t{r}" for s, t, r in report.dropped]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="?", type=Path, default=DEFAULT_SOURCES,
                        help="folder with the shared source lists")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output folder (default: wordlists/en)")
    parser.add_argument("--report", type=Path, help="write a build report to this file")
    args = parser.parse_args(argv)
    if not args.sources.is_dir():
        print(f"error: source folder {args.sources} not found; pass its path as the first "
              "argument", file=sys.stderr)
        return 2
    report = build(args.sources, args.out)
    for note in report.notes:
        print(note)
    print(f"plain words dropped by the frequency check: {len(report.failed_plain)}")
    if args.report:
        write_report(report, args.report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
