"""Time to analyse pathological documents, as multiples of a 500-word leaflet in the same run.

usage: python bench/limits.py
"""

from __future__ import annotations

import time
from collections.abc import Callable

from literacy import analyze

LEAFLET = ("Take one tablet each morning with food. Call your doctor if you feel dizzy. " * 36)

CASES: dict[str, Callable[[], str]] = {
    "500-word leaflet (baseline)": lambda: LEAFLET,
    "one 200,000-character sentence": lambda: ("the patient " * 16_667)[:200_000],
    "10,000 list items": lambda: "".join(f"- item number {n} is here\n" for n in range(10_000)),
    "HTML nested 20,000 deep": lambda: "<div>" * 20_000 + "<p>Take one.</p>" + "</div>" * 20_000,
    "1,000,000 characters of prose": lambda: LEAFLET * 366,
}


def main() -> None:
    analyze(LEAFLET)  # load the pipeline and word lists first
    baseline = 0.0
    for name, make in CASES.items():
        text = make()
        start = time.perf_counter()
        analyze(text)
        seconds = time.perf_counter() - start
        baseline = baseline or seconds
        print(f"{name:34} {len(text):>10,} chars {seconds:8.2f} s {seconds / baseline:8.0f}x")


if __name__ == "__main__":
    main()
