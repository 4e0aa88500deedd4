"""False alarms on real leaflets written by others: the share of the term types Plainly flags
that a careful reviewer judged known, explained, a name or not a term.

Twelve sets of English public-domain leaflets, each with its sources and hand labels (the
criteria, written before any label, are ``tests/data/leaflets/VOCABULARY_CRITERIA.md``):

- ``tests/data/leaflets/``: the development set (20 leaflets); the explanation rules were
  developed on it;
- ``heldout/``: 20 more, labelled blind and measured once (0.674, 31 of 46 flagged types)
  before it, too, was used to develop rules (0.59, 23 of 39, after); a development set since
  (0.516, 16 of 31, once "tree nuts (for example, walnuts, pecans …)" was read);
- ``heldout2/``: 20 more, labelled blind, measured once (0.714, 10 of 14), then used to
  develop rules too (0.636, 7 of 11, after);
- ``heldout3/``: 20 more, labelled blind, measured once (0.756, 31 of 41), then used to
  develop rules too (0.714, 25 of 35, after);
- ``heldout4/``: 20 more, labelled blind, measured once after all of that (0.969, 31 of 32;
  its reviewer labelled only 5 types hard), then used to develop rules too (0.923, 12 of 13);
- ``heldout5/``: 20 more, labelled blind, measured once after all of that (0.76, 19 of 25),
  then used to develop two fixes (the plural of a spelled-out abbreviation, three more agency
  names; 0.739, 17 of 23); a bracket that is an aside ("(see page 4)", "(1)") no longer
  explains the term before it, which flags one more hard term there (0.708, 17 of 24);
  rules written since on all six sets bring it to 0.619 (13 of 21), reading a term's
  difficulty apart from whether a replacement fits the sentence to 0.60 (12 of 20), and an
  apposition's relative clause ("the aorta, the large artery that …") to 0.579 (11 of 19),
  and "is defined as" with a term whose one unusual word the page explains ("preterm
  labor" after "Preterm birth is defined as …") to 0.556 (10 of 18);
- ``heldout6/``: 20 more, labelled blind, measured once after all of that (0.822, 37 of 45;
  22 of the 37 explained in forms no rule read), then used to develop explanation rules
  (0.667, 20 of 30); a heading whose name the text under it opens with and describes
  ("# Polymyalgia Rheumatica", then "Polymyalgia rheumatica causes …") took it to 0.643
  (18 of 28), and a part of the body defined by what it does ("Your trigeminal nerve is
  responsible for sensations on your face") to 0.615 (16 of 26);
- ``heldout7/``: 20 more, labelled blind (its reviewer labelled 14 of 498 candidates hard),
  measured once after all of that and the perceptual feature below (0.824, 14 of 17; 0.773,
  17 of 22, without the feature);
- ``heldout8/``: 20 more, labelled blind (31 of 697 candidates hard), measured once after all
  of that and the known-lemma feature (0.712, 37 of 52; 15 hard types flagged), then used
  to develop rules too (0.681, 32 of 47, after names in brackets and after "call" were
  read; 0.643, 27 of 42, once the species of a Latin name, "Chrysops silacea", "S.
  hominis", was read as part of the name and "The term refers to …" as saying what the
  subject of the sentence before means; 0.634, 26 of 41, once "cryptococcal" was read as
  derived from an explained "cryptococcosis"; 0.615, 24 of 39, once "In laparoscopic
  surgery, …, surgeons make small cuts …" was read as saying what the procedure is, and
  0.605, 23 of 38, once a germ's name that ends in "virus" was, as "parvovirus" was; 0.595,
  22 of 37, once the second of a pair of types was, "forms of this are kwashiorkor and
  marasmus");
- ``heldout9/``: 20 more, labelled blind (21 of 691 candidates hard; its labeller looked at
  how the earlier sets labelled about 100 of its candidate words, counts only, before
  labelling), measured once after all of that (0.786, 33 of 42; 9 hard types flagged; the
  engine of the start of 4 December flagged the same), then used to develop rules too
  (0.763, 29 of 38, after a technical participle in a defined subject, "which is the …",
  and a class noun before a list were read; 0.75, 27 of 36, after the pair of types and an
  adjective of a bracketed name, "soft, bowed bones (hypophosphatemic rickets)"; 0.735, 25 of
  34, after "A visual acuity test detects …" and ", which are two small glands …"; 0.727, 24
  of 33, after "Adrenocortical carcinoma, or ACC, is a cancer …");
- ``heldout10/``: 20 more, labelled blind (42 of 809 candidates hard; its labeller saw no
  earlier labels), measured once after all of that (0.537, 22 of 41; 19 hard types flagged;
  the engine of the start of 4 December: 0.548, 23 of 42), then used to develop rules too
  (0.441, 15 of 34, after plural glosses, "is characterized by", "a stored form of", a
  syndrome's eponym in a defined subject and "-oses" as the plural of "-osis");
- ``heldout11/``: 20 more, labelled blind (33 of 783 candidates hard; its labeller saw no
  earlier labels), measured once after all of that and after the difficulty model stopped
  reading part of speech (0.708, 17 of 24; 7 hard types flagged; the engine of the start of
  4 December: 0.733, 22 of 30, 8 hard), then used to develop rules too (0.682, 15 of 22,
  after "Arachnoiditis describes a pain disorder …" and "the arachnoid, one of the
  membranes that …" were read; 0.667, 14 of 21, once "drugs, such as a dopamine agonist"
  was, the noun before the term a word of the name; 0.65, 13 of 20, once "the resulting
  substances (hemoglobin adducts)" was);
- ``heldout12/``: 16 more (its 45 topics gave no more pages), labelled blind (18 of 663
  candidates hard; its labeller saw no earlier labels), measured once after all of that
  (0.75, 21 of 28; 7 hard types flagged; the engine of the start of that session: 0.741,
  20 of 27, 7 hard), and now used for development like the others;
- ``heldout13/``: 20 more, on common public-health topics, labelled blind (29 of 556
  candidates hard), measured once after all of that (0.852, 23 of 27; 4 hard types flagged;
  the same with the engine of the start of that session), then 0.786, 22 of 28, once a comma
  with no space after it ended a word ("bacterial vaginosis,vaginitis" had been one term).

Not reading part of speech (the verb and adjective features, artefacts of CompLex's mis-tagged
nouns and of its phrase ratings) took the eleven sets before it from 113 false alarms of 202
flagged types (0.559) to 95 of 184 (0.516), with 89 hard types flagged before and after.

A flagged type with no label counts as a false alarm, so a new kind of flag cannot hide.
Reading how strongly a word is experienced through the senses (the Lancaster Sensorimotor
Norms, fitted on CompLex with the other difficulty features) took the seven sets together
from 69 false alarms of 123 flagged types (0.561, 54 hard) to 49 of 94 (0.521, 45 hard).
Each ceiling is what the engine reaches now, a count of false alarms per set (a share of a
set with no hard type flagged could not fail) and the share of all sets; the issue's goal is
0.15.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

import pytest

from literacy import Engine, Report

LEAFLETS = Path(__file__).resolve().parents[1] / "data" / "leaflets"
CEILINGS = {  # false alarms of the set's flagged types
    LEAFLETS: 1,  # 1 of 9 flagged types; the engine before issue 13 flagged 94, 82 not hard
    LEAFLETS / "heldout": 7,  # 7 of 21 (31 of 46 blind), after the fixes the sets showed
    LEAFLETS / "heldout2": 1,  # 1 of 5 (10 of 14 blind), after the same fixes
    LEAFLETS / "heldout3": 5,  # 5 of 12 (31 of 41 blind), after the same fixes
    LEAFLETS / "heldout4": 7,  # 7 of 7 (31 of 32 blind; its reviewer labelled 5 types hard)
    LEAFLETS / "heldout5": 7,  # 7 of 12 (19 of 25 blind), after eleven fixes
    LEAFLETS / "heldout6": 7,  # 7 of 13 (37 of 45 blind), after the rules it showed
    LEAFLETS / "heldout7": 3,  # 3 of 6 (14 of 17 blind), after the rules it showed
    LEAFLETS / "heldout8": 20,  # 20 of 35 (37 of 52 blind), after the rules it showed
    LEAFLETS / "heldout9": 24,  # 24 of 32 (33 of 42 blind), after the rules it showed
    LEAFLETS / "heldout10": 14,  # 14 of 33 (22 of 41 blind), after the rules it showed
    LEAFLETS / "heldout11": 14,  # 14 of 21 (17 of 24 blind), after the rules it showed
    LEAFLETS / "heldout12": 21,  # 21 of 28, blind
    LEAFLETS / "heldout13": 22,  # 22 of 28 (23 of 27 blind, before "x,y" was two words)
}
SHARE_CEILING = 0.59  # of all fourteen sets: 153 of 262 flagged types
PAGES = 20  # English leaflets a set holds, but for a set whose topics gave fewer
FEWER_PAGES = {LEAFLETS / "heldout12": 16}


@dataclass(frozen=True)
class Flag:
    doc: str
    term: str
    label: str


def labels(folder: Path) -> dict[tuple[str, str], str]:
    with (folder / "vocabulary_labels.csv").open(encoding="utf-8", newline="") as handle:
        return {(row["doc"], row["term"]): row["label"] for row in csv.DictReader(handle)}


def english_leaflets(folder: Path) -> list[dict[str, str]]:
    with (folder / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle) if "-es-" not in row["id"]]


def flagged_types(doc: str, report: Report, judged: dict[tuple[str, str], str]) -> list[Flag]:
    """Each flagged term type once, by the labels' form: an acronym as written, any other
    term by its lower-case base form (or, failing that, its lower-case text)."""
    types: dict[str, Flag] = {}
    for term in report.jargon.terms:
        if not term.is_fault:
            continue
        key = term.text if term.text.isupper() else term.lemma.lower()
        label = judged.get((doc, key)) or judged.get((doc, term.text.lower()), "unlabelled")
        types.setdefault(key, Flag(doc, key, label))
    return list(types.values())


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.load("en")


def flags_in(folder: Path, engine: Engine) -> list[Flag]:
    judged = labels(folder)
    found: list[Flag] = []
    for source in english_leaflets(folder):
        path = next(folder.glob(f"{source['id']}.*"))
        report = engine.analyze(path.read_text("utf-8"), format=source["format"])
        found += flagged_types(source["id"], report, judged)
    return found


@pytest.mark.parametrize("folder", list(CEILINGS), ids=lambda folder: folder.name)
def test_each_set_has_twenty_english_leaflets_with_labels(folder: Path) -> None:
    leaflets = english_leaflets(folder)
    assert len(leaflets) >= FEWER_PAGES.get(folder, PAGES)
    labelled = {doc for doc, _ in labels(folder)}
    assert {row["id"] for row in leaflets} <= labelled


@pytest.fixture(scope="module")
def flags_by_set(engine: Engine) -> dict[Path, list[Flag]]:
    return {folder: flags_in(folder, engine) for folder in CEILINGS}


@pytest.mark.parametrize("folder", list(CEILINGS), ids=lambda folder: folder.name)
def test_few_flagged_term_types_are_false_alarms(folder: Path,
                                                 flags_by_set: dict[Path, list[Flag]]) -> None:
    flags = flags_by_set[folder]
    false = [flag for flag in flags if flag.label != "hard"]
    detail = ", ".join(f"{flag.doc}: {flag.term} ({flag.label})" for flag in false)
    assert len(false) <= CEILINGS[folder], f"{len(false)} of {len(flags)} flagged types: {detail}"


def test_the_share_of_false_alarms_over_all_sets(flags_by_set: dict[Path, list[Flag]]) -> None:
    flags = [flag for found in flags_by_set.values() for flag in found]
    false = [flag for flag in flags if flag.label != "hard"]
    assert flags and len(false) / len(flags) <= SHARE_CEILING, f"{len(false)} of {len(flags)}"


def test_everyday_health_words_are_not_flagged(flags_by_set: dict[Path, list[Flag]]) -> None:
    everyday = {"nausea", "heartburn", "numbness", "redness", "antibiotic", "denture",
                "chickenpox", "vaccine", "screening", "diabetes", "cholesterol"}
    flags = [flag for found in flags_by_set.values() for flag in found]
    assert not [flag for flag in flags if flag.term in everyday]
