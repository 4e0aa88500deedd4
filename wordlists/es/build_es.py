"""Sort and check the hand-written Spanish jargon list (``wordlists/es/jargon.csv``).

The entries are written by hand (see README.md here); this script only keeps the file in
order: it sorts the rows by term, and reports duplicate terms and plain alternatives that
are not more common than their term (the rarest word of each, by
``wordfreq.zipf_frequency(word, "es")``).  Exit status 1 when it finds a problem.

    python wordlists/es/build_es.py
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from wordfreq import zipf_frequency

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # the word-list format of this checkout's ``literacy``

from literacy.wordlists import COLUMNS, JARGON_FILE  # noqa: E402

JARGON = HERE / JARGON_FILE


def rarest(text: str) -> float:
    """Zipf frequency of the rarest word of ``text`` in Spanish."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return min((zipf_frequency(word, "es") for word in words), default=99.0)


def main() -> int:
    with JARGON.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    problems = []
    seen: set[str] = set()
    for row in rows:
        term = row["term"]
        if term in seen:
            problems.append(f"duplicate term {term!r}")
        seen.add(term)
        for plain in filter(None, (p.strip() for p in row["plain"].split(";"))):
            if rarest(plain) <= rarest(term):
                problems.append(
                    f"{term!r}: plain {plain!r} ({rarest(plain):.2f}) is not more common "
                    f"than the term ({rarest(term):.2f})"
                )
    rows.sort(key=lambda row: row["term"])
    with JARGON.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS[JARGON_FILE], lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(rows)} entries, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
