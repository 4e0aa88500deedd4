"""Measure the translation checks on real English/Spanish handouts, clean and damaged.

    .venv/bin/python bench/translations_eval.py ../shared/eval [--seed 7] [--per-document 3]
                                                [--out translation_eval.json]

Reads ``en_es_patient_education_pairs.csv`` (22 English patient handouts with their
professional Spanish translations: CDC vaccine information statements, American Cancer
Society handouts) from the evaluation folder given; the data is never copied into the
project.  For each pair it counts the error-level findings on the untouched pair (each one
a false alarm), then damages the Spanish on purpose, at places drawn at random with
``--seed`` (not the places the aligner's constants were tuned on, which were evenly
spread), up to ``--per-document`` times of each kind:

- drop a paragraph (a line of 12+ words that starts with a capital and ends with a full
  stop): caught when an error-level PL402 (missing segment) is reported;
- change a number (a plain 1-3 digit number, or a phone number when there are too few) by
  adding one: caught when an error-level PL405 (number mismatch) covers it;
- leave a paragraph in English (a translated passage of 10+ words replaced by its source,
  when the source is English: the VIS source gives its Spanish notice in Spanish already):
  caught when an error-level PL404 (untranslated segment) overlaps it.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _support import HANDOUTS_FILE  # noqa: E402

from literacy.findings import Finding  # noqa: E402
from literacy.language import LanguageIdentifier  # noqa: E402
from literacy.translations import (  # noqa: E402
    AlignedPassage,
    align_documents,
    check_translations,
)

IDENTIFIER = LanguageIdentifier()  # built once; its model is unpacked on first use


def lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its offset."""
    out, position = [], 0
    for line in text.split("\n"):
        out.append((position, line))
        position += len(line) + 1
    return out


def paragraphs(text: str) -> list[tuple[int, str]]:
    """Lines that are whole paragraphs: 12+ words, a capital first and a full stop last, not
    among the first or last three lines."""
    found = lines(text)
    return [
        (offset, line) for k, (offset, line) in enumerate(found)
        if len(line.split()) >= 12 and line.rstrip().endswith(".")
        and line.lstrip()[:1].isupper() and 2 < k < len(found) - 3
    ]


def number_positions(text: str) -> list[int]:
    """Offsets of plain 1-3 digit numbers; of phone numbers when there are none."""
    found = [offset + match.start() for offset, line in lines(text)
             for match in re.finditer(r"(?<![\w.,/-])\d{1,3}(?![\w.,/-])", line)]
    return found or [offset + match.start() for offset, line in lines(text)
                     for match in re.finditer(r"\d-\d{3}-\d{3}-\d{4}", line)]


def english_passages(en: str, es: str) -> list[AlignedPassage]:
    """Aligned passages of 10+ words on both sides, ending in a full stop, whose source is
    English: the places where a paragraph can be left in English."""
    return [
        p for p in align_documents(en, es)
        if p.start is not None and p.end is not None and p.source_start is not None
        and len(p.text.split()) >= 10 and len(p.source_text.split()) >= 10
        and p.text.endswith(".") and p.source_text.endswith(".")
        and IDENTIFIER.detect(p.source_text, ("en", "es"))[0] == "en"
    ]


def _errors(en: str, es: str, code: str) -> list[Finding]:
    return [f for f in check_translations({"en": en, "es": es}, required=["es"])
            if f.level == "error" and f.code == code]


def evaluate(rows: list[dict[str, str]], seed: int, per_document: int) -> dict[str, object]:
    """Counts of false alarms and caught damages over ``rows``."""
    chooser = random.Random(seed)
    counts: Counter[str] = Counter()
    false_alarms: list[tuple[str, str, str]] = []
    missed: list[tuple[str, str, str]] = []
    for row in rows:
        en, es, doc = row["en_text"], row["es_text"], row["doc"]
        clean = [f for f in check_translations({"en": en, "es": es}, required=["es"])
                 if f.level == "error"]
        counts["clean_pairs"] += 1
        false_alarms += [(doc, f.code, f.text[:60]) for f in clean]

        whole = paragraphs(es)
        for offset, line in chooser.sample(whole, min(per_document, len(whole))):
            damaged = es[:offset] + es[offset + len(line) + 1:]
            counts["drop_total"] += 1
            if _errors(en, damaged, "PL402"):
                counts["drop_caught"] += 1
            else:
                missed.append(("drop", doc, line[:60]))

        positions = number_positions(es)
        for position in chooser.sample(positions, min(per_document, len(positions))):
            number = re.match(r"\d+", es[position:])
            assert number is not None
            damaged = es[:position] + str(int(number.group()) + 1) + es[position + number.end():]
            counts["number_total"] += 1
            if any(f.span.start <= position < f.span.end
                   for f in _errors(en, damaged, "PL405")):
                counts["number_caught"] += 1
            else:
                missed.append(("number", doc, damaged[max(0, position - 30):position + 20]))

        passages = english_passages(en, es)
        for passage in chooser.sample(passages, min(per_document, len(passages))):
            assert passage.start is not None and passage.end is not None
            damaged = es[:passage.start] + passage.source_text + es[passage.end:]
            end = passage.start + len(passage.source_text)
            counts["english_total"] += 1
            if any(f.span.start < end and f.span.end > passage.start
                   for f in _errors(en, damaged, "PL404")):
                counts["english_caught"] += 1
            else:
                missed.append(("english", doc, passage.source_text[:60]))
    return {
        "seed": seed,
        "clean_pairs": counts["clean_pairs"],
        "error_flags_on_clean_pairs": len(false_alarms),
        **{kind: f"{counts[kind + '_caught']}/{counts[kind + '_total']}"
           for kind in ("drop", "number", "english")},
        "false_alarms": false_alarms,
        "missed": missed,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("eval_dir", type=Path, help="the folder holding " + HANDOUTS_FILE)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-document", type=int, default=3)
    parser.add_argument("--out", type=Path, help="write the full result (JSON) here")
    args = parser.parse_args(argv)
    with (args.eval_dir / HANDOUTS_FILE).open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    started = time.perf_counter()
    result = evaluate(rows, args.seed, args.per_document)
    result["seconds"] = round(time.perf_counter() - started, 1)
    if args.out:
        args.out.write_text(json.dumps(result, indent=2, ensure_ascii=False), "utf-8")
    print(json.dumps({k: v for k, v in result.items() if k not in ("false_alarms", "missed")}))
    for item in (*result["false_alarms"], *result["missed"]):  # type: ignore[misc]
        print("  ", *item)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
