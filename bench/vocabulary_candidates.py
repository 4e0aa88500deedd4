"""Candidate term types for the hand-labelled vocabulary study of the leaflet corpus.

    PYTHONPATH=$PWD .venv/bin/python bench/vocabulary_candidates.py \
        [--leaflets tests/data/leaflets/heldout] [--out /tmp/vocabulary_candidates.csv] [--counts]

For each English leaflet listed in the ``SOURCES.csv`` of a leaflet folder (``--leaflets``, by
default ``tests/data/leaflets``; ids containing ``-es-`` are Spanish and left out) it reads the
prose a reader sees (``literacy.reading.read_document``), parses it with the project's English
pipeline (``literacy.nlp.load_pipeline("en")``) and lists, once per document, every term type
that a reviewer then labels by hand (``tests/data/leaflets/VOCABULARY_CRITERIA.md``):

- every word whose lower-case lemma has a wordfreq Zipf frequency (English) below 4.5;
- every acronym, kept in capitals: a word of 2 to 8 characters, capitals and digits with
  inner hyphens, at least two of them capitals ("CDC", "G6PD", "A1C", "COVID-19", "H1N1");
- every term of ``wordlists/en/jargon.csv`` that occurs in it: a single word by its lemma or
  its lower-case form, whatever its frequency (the list also holds wordy plain words such as
  "ensure"); a term of several words or parts ("blood pressure", "follow-up") as whole words in
  the lower-case text or in its lemmas ("genital warts" has the lemmas "genital wart"), counted
  in whichever has more.

The choice is deliberately wider than any flagging rule, so that the labels do not depend on
what Plainly flags.  Columns: ``doc, term, count, example`` (the first sentence it occurs in,
to help the reviewer; the label itself is decided by reading the whole document).  With
``--counts`` it also prints the label counts of that folder's ``vocabulary_labels.csv`` per
document and names any candidate without a label (or label without a candidate).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from wordfreq import zipf_frequency

from literacy.nlp import load_pipeline
from literacy.reading import read_document

ROOT = Path(__file__).resolve().parent.parent
LEAFLETS = ROOT / "tests" / "data" / "leaflets"
JARGON = ROOT / "wordlists" / "en" / "jargon.csv"
LABEL_NAMES = ("known", "explained", "hard", "name", "skip")
ZIPF_BELOW = 4.5
ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z0-9](?:[A-Z0-9-]{0,6}[A-Z0-9])?")
WORD = re.compile(r"[a-z][a-z'’-]*")


@dataclass
class Candidate:
    """One term type in one document: how often it occurs and the first sentence it is in."""

    doc: str
    term: str
    count: int
    example: str


def leaflets(folder: Path) -> list[Path]:
    """The English leaflets listed in the folder's ``SOURCES.csv``, by id."""
    suffixes = {"markdown": ".md", "html": ".html"}
    with (folder / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    english = [row for row in rows if "-es-" not in row["id"]]
    return sorted(folder / f"{row['id']}{suffixes[row['format']]}" for row in english)


@dataclass(frozen=True)
class JargonTerms:
    """The English jargon list, lower case: single words, and terms of several words or parts."""

    words: frozenset[str]
    phrases: tuple[str, ...]


def jargon_terms() -> JargonTerms:
    """Read ``wordlists/en/jargon.csv``; a term with a space or a hyphen is a phrase."""
    with JARGON.open(encoding="utf-8", newline="") as handle:
        terms = {row["term"].lower() for row in csv.DictReader(handle)}
    phrases = {term for term in terms if " " in term or "-" in term}
    return JargonTerms(frozenset(terms - phrases), tuple(sorted(phrases)))


def candidates(path: Path, jargon: JargonTerms) -> list[Candidate]:
    """The candidate term types of one leaflet, in order of first occurrence."""
    document = read_document(path.read_text(encoding="utf-8"))
    nlp = load_pipeline("en")
    found: dict[str, Candidate] = {}

    def add(term: str, sentence: str, times: int = 1) -> None:
        if term in found:
            found[term].count += times
        else:
            found[term] = Candidate(path.stem, term, times, " ".join(sentence.split()))

    for doc in nlp.pipe(segment.text for segment in document.segments):
        for sentence in doc.sents:
            for token in sentence:
                if ACRONYM.fullmatch(token.text):
                    add(token.text, sentence.text)
                    continue
                lemma = base_form(token.lemma_, token.lower_)
                if not WORD.fullmatch(lemma):
                    continue
                if zipf_frequency(lemma, "en") < ZIPF_BELOW or lemma in jargon.words:
                    add(lemma, sentence.text)
                elif token.lower_ in jargon.words:  # "screening" listed, its lemma "screen" not
                    add(token.lower_, sentence.text)
            lower = " ".join(sentence.text.lower().replace("’", "'").split())
            lemmas = "".join(token.lemma_.lower() + token.whitespace_ for token in sentence)
            lemmas = " ".join(lemmas.replace("’", "'").split())
            for term in jargon.phrases:
                if term in lower or term in lemmas:
                    times = max(whole_words(term, lower), whole_words(term, lemmas))
                    if times:
                        add(term, sentence.text, times)
    return merge_plurals(found)


def whole_words(term: str, text: str) -> int:
    """How often ``term`` occurs in ``text`` as whole words (not inside a longer word)."""
    return len(re.findall(rf"(?<![\w-]){re.escape(term)}(?![\w-])", text))


def base_form(lemma: str, lower: str) -> str:
    """The lower-case lemma, or the word itself when wordfreq knows it but not the lemma.

    spaCy's English lemmatizer cuts the s of some words that end in one ("diabetes" ->
    "diabete"); wordfreq knowing the word but not the lemma shows the cut was wrong.
    """
    lemma, lower = lemma.lower().replace("’", "'"), lower.replace("’", "'")
    if zipf_frequency(lemma, "en") == 0 and zipf_frequency(lower, "en") > 0:
        return lower
    return lemma


def merge_plurals(found: dict[str, Candidate]) -> list[Candidate]:
    """Fold a plural the lemmatizer kept (a capitalised "Antibiotics") into its singular type."""
    for term in [term for term in found if term.endswith("s") and term[:-1] in found]:
        found[term[:-1]].count += found.pop(term).count
    return list(found.values())


def report(rows: list[Candidate], labels_path: Path) -> None:
    """Print the counts of ``labels_path`` per document and overall, and any candidate unlabelled.

    The last column is the share of the labelled terms (known, explained, hard) that a reader
    does not need help with: what a checker that flagged every candidate would get wrong.
    """
    with labels_path.open(encoding="utf-8", newline="") as handle:
        labels = {(row["doc"], row["term"]): row["label"] for row in csv.DictReader(handle)}
    candidates_ = {(row.doc, row.term) for row in rows}
    for doc, term in sorted(candidates_ - labels.keys()):
        print(f"not labelled: {doc} {term}")
    for doc, term in sorted(labels.keys() - candidates_):
        print(f"labelled but not a candidate: {doc} {term}")
    counts: dict[str, Counter[str]] = {}
    for (doc, _), label in labels.items():
        counts.setdefault(doc, Counter())[label] += 1
    counts["all"] = sum(counts.values(), Counter())
    print(f"{'doc':38}" + "".join(f"{label:>10}" for label in LABEL_NAMES) + "  not hard")
    for doc, count in counts.items():
        judged = count["known"] + count["explained"] + count["hard"]
        share = f"{(count['known'] + count['explained']) / judged:9.0%}" if judged else "      n/a"
        print(f"{doc:38}" + "".join(f"{count[label]:>10}" for label in LABEL_NAMES) + share)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--leaflets",
        type=Path,
        default=LEAFLETS,
        help="folder with SOURCES.csv, the documents and vocabulary_labels.csv",
    )
    parser.add_argument("--out", type=Path, default=Path("/tmp/vocabulary_candidates.csv"))
    parser.add_argument(
        "--counts", action="store_true", help="also print the counts of vocabulary_labels.csv"
    )
    arguments = parser.parse_args()
    out: Path = arguments.out
    folder: Path = arguments.leaflets
    jargon = jargon_terms()
    rows = [candidate for path in leaflets(folder) for candidate in candidates(path, jargon)]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["doc", "term", "count", "example"])
        for row in rows:
            writer.writerow([row.doc, row.term, row.count, row.example])
    documents = len({row.doc for row in rows})
    print(f"{len(rows)} candidate term types in {documents} documents -> {out}", file=sys.stderr)
    if arguments.counts:
        report(rows, folder / "vocabulary_labels.csv")


if __name__ == "__main__":
    main()
