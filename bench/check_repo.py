"""Benchmark ``plainly check`` on a repository of documents: seconds, documents/s, words/s.

    .venv/bin/python bench/check_repo.py [--eval-dir ../shared/eval] [--documents 1000]
                                         [--words 500] [--jobs 1,2] [--keep]
                                         [--against OTHER_TREE] [--rounds 1]

It builds, in a temporary folder, a repository of ``--documents`` documents of about
``--words`` words each (most Markdown with front matter, headings and lists; some HTML pages
and plain-text files) from real health text in the evaluation data (Cochrane abstracts and
plain-language summaries, PLABA abstracts and their adaptations, patient handouts), which is
read from ``--eval-dir`` and never copied into the project.  It then runs the installed
``plainly check`` console script as a subprocess once for each ``--jobs`` value, and measures
a baseline in this process: the bare spaCy pipeline (``literacy.nlp.load_pipeline("en")``)
``.pipe()`` over the same texts, on one core, without loading time.  Wall seconds depend on
what else the machine is doing; CPU seconds (the check's process and its workers) less so.

``--against OTHER_TREE`` compares this source tree with another one (an older commit, e.g.
``git archive COMMIT | tar -x -C OTHER_TREE``): the console script runs with each tree
first on ``PYTHONPATH``, the two taking turns for each ``--jobs`` value in each of
``--rounds`` rounds, and the fastest run of each is compared.
The target (issue 4): 1,000 documents of 500 words in 60 s or less with ``--jobs 2`` on a
two-core machine.
"""

from __future__ import annotations

import argparse
import csv
import html
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from _support import DEFAULT_EVAL

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {  # file -> the columns with running health text
    "cochrane_val.csv": ("technical_abstract", "plain_language_summary"),
    "plaba_abstract_pairs.csv": ("source_abstract", "adapted_abstract"),
    "en_es_patient_education_pairs.csv": ("en_text",),
}
TARGET_SECONDS = 60.0


@dataclass(frozen=True)
class Document:
    """A generated document: where it goes, its file text, and its prose (for the baseline)."""

    name: str
    text: str
    prose: str
    words: int


def paragraphs(eval_dir: Path) -> list[str]:
    """Paragraphs of real health text from the evaluation data (at least 20 words each)."""
    found: list[str] = []
    csv.field_size_limit(sys.maxsize)
    for name, columns in SOURCES.items():
        path = eval_dir / name
        if not path.is_file():
            raise SystemExit(f"bench: {path} is missing; pass --eval-dir")
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                for column in columns:
                    for block in (row.get(column) or "").split("\n\n"):
                        block = " ".join(block.split())
                        if len(block.split()) >= 20:
                            found.append(block)
    return found


def _take(pool: list[str], rng: random.Random, words: int) -> Iterator[str]:
    total = 0
    while total < words:
        paragraph = pool[rng.randrange(len(pool))]
        budget = words - total
        tokens = paragraph.split()
        if len(tokens) > budget + 40:  # keep documents near their size: cut at a sentence
            cut = " ".join(tokens[:budget])
            stop = cut.rfind(". ")
            paragraph = cut[: stop + 1] if stop > 0 else cut + "."
        total += len(paragraph.split())
        yield paragraph


def make_document(index: int, pool: list[str], rng: random.Random, words: int) -> Document:
    """One document of about ``words`` words: Markdown (most), HTML or plain text."""
    parts = list(_take(pool, rng, words))
    prose = "\n\n".join(parts)
    kind = index % 20
    title = f"Patient information {index}"
    if kind == 0:
        body = "\n".join(f"  <p>{html.escape(part)}</p>" for part in parts)
        text = (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head><title>{title}</title></head>\n"
                f"<body>\n<nav><a href=\"/\">Home</a></nav>\n<main>\n  <h1>{title}</h1>\n"
                f"{body}\n</main>\n<footer><p>City Hospital</p></footer>\n</body>\n</html>\n")
        name = f"pages/page-{index:04d}.html"
    elif kind == 1:
        text = f"{title}\n\n{prose}\n"
        name = f"text/note-{index:04d}.txt"
    else:
        sections = []
        for number, part in enumerate(parts):
            if number and number % 2 == 0:
                sections.append(f"## Part {number // 2 + 1}")
            if number % 3 == 2:
                sentences = [s.strip() for s in part.split(". ") if s.strip()]
                sections.append("\n".join(f"- {s.rstrip('.')}." for s in sentences))
            else:
                sections.append(part)
        body = "\n\n".join(sections)
        text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n"
        name = f"leaflets/{index // 100:02d}/leaflet-{index:04d}.md"
    return Document(name, text, prose, len(prose.split()))


def build_repository(root: Path, eval_dir: Path, documents: int, words: int) -> list[Document]:
    """Write the documents under ``root``; an empty ``.plainly.toml`` keeps out other configs."""
    rng = random.Random(20260421)
    pool = paragraphs(eval_dir)
    generated = [make_document(index, pool, rng, words) for index in range(documents)]
    (root / ".plainly.toml").write_text("# defaults\n", "utf-8")
    for document in generated:
        path = root / document.name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(document.text, "utf-8")
    return generated


def plainly_command() -> str:
    """The installed console script, beside this Python or on PATH."""
    beside = Path(sys.executable).parent / "plainly"
    found = str(beside) if beside.exists() else shutil.which("plainly")
    if not found:
        raise SystemExit("bench: the plainly console script is not installed (pip install -e .)")
    return found


def time_check(root: Path, jobs: int, source: Path = ROOT
               ) -> tuple[float, float, dict[str, Any]]:
    """Run ``plainly check`` on ``root`` with ``jobs`` and the code of the tree ``source``:
    wall seconds, CPU seconds (the process and its workers) and the JSON report."""
    output = root.parent / f"report-jobs{jobs}.json"
    command = [plainly_command(), "check", "--jobs", str(jobs), "--no-progress",
               "--format", "json", "--output", str(output), str(root)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(command, capture_output=True, text=True, check=False,
                               env={**os.environ, "CI": "true", "PYTHONPATH": str(source)})
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    if completed.returncode not in (0, 1):
        raise SystemExit(f"bench: plainly check failed ({completed.returncode}): "
                         f"{completed.stderr.strip()}")
    report: dict[str, Any] = json.loads(output.read_text("utf-8"))
    return seconds, cpu, report


def time_baseline(texts: list[str]) -> tuple[float, float, float]:
    """Seconds to load the bare spaCy pipeline, then wall and CPU seconds to ``.pipe()`` the
    texts through it."""
    from literacy.nlp import load_pipeline

    started = time.perf_counter()
    nlp = load_pipeline("en")
    loaded, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return loaded - started, time.perf_counter() - loaded, time.process_time() - cpu


def main(argv: list[str] | None = None) -> int:
    """Build the repository, time the runs and the baseline, print a table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--words", type=int, default=500)
    parser.add_argument("--jobs", default="1,2", help="comma-separated --jobs values to time")
    parser.add_argument("--keep", action="store_true", help="keep the generated repository")
    parser.add_argument("--against", type=Path, metavar="OTHER_TREE",
                        help="also time the code of another source tree (an older commit)")
    parser.add_argument("--rounds", type=int, default=1,
                        help="times to run each check (the fastest counts)")
    options = parser.parse_args(argv)
    jobs = [int(value) for value in options.jobs.split(",")]

    workspace = Path(tempfile.mkdtemp(prefix="plainly-bench-"))
    try:
        root = workspace / "repo"
        root.mkdir()
        documents = build_repository(root, options.eval_dir, options.documents, options.words)
        words = sum(document.words for document in documents)
        print(f"repository: {len(documents)} documents, {words:,} words "
              f"({words / len(documents):.0f} a document), in {root}")
        print(f"machine: {os.cpu_count()} cores, load average "
              f"{', '.join(f'{v:.2f}' for v in os.getloadavg())}")
        load, baseline, baseline_cpu = time_baseline([d.prose for d in documents])
        print(f"{'run':<28} {'seconds':>8} {'docs/s':>7} {'words/s':>8} {'x baseline':>10} "
              f"{'CPU s':>7} {'x baseline CPU':>14}")
        print(f"{'bare spaCy pipe, 1 process':<28} {baseline:>8.1f} "
              f"{len(documents) / baseline:>7.1f} {words / baseline:>8,.0f} {1:>10.2f} "
              f"{baseline_cpu:>7.1f} {1:>14.2f}   (+{load:.1f} s to load)")
        trees = {"this tree": ROOT}
        if options.against is not None:
            trees["--against tree"] = options.against.resolve()
        best: dict[tuple[str, int], float] = {}  # wall seconds
        best_cpu: dict[tuple[str, int], float] = {}
        files: dict[str, list[Any]] = {}  # what each tree reported, the first time
        for _ in range(options.rounds):
            for count in jobs:
                for tree, source in trees.items():
                    seconds, cpu, report = time_check(root, count, source)
                    summary = report["summary"]
                    files.setdefault(tree, report["files"])
                    key = (tree, count)
                    best[key] = min(seconds, best.get(key, seconds))
                    best_cpu[key] = min(cpu, best_cpu.get(key, cpu))
                    label = f"--jobs {count}" + (f", {tree}" if len(trees) > 1 else "")
                    print(f"{label:<28} {seconds:>8.1f} "
                          f"{len(documents) / seconds:>7.1f} {words / seconds:>8,.0f} "
                          f"{seconds / baseline:>10.2f} {cpu:>7.1f} "
                          f"{cpu / baseline_cpu:>14.2f}   "
                          f"({summary['documents']} documents, {summary['errors']} errors)",
                          flush=True)
        results = {count: seconds for (tree, count), seconds in best.items()
                   if tree == "this tree"}
        if len(files) > 1:
            differ = [mine["path"] for mine, theirs in zip(files["this tree"],
                                                           files["--against tree"], strict=True)
                      if mine != theirs]
            print(f"files whose report differs between the two trees: {len(differ)}"
                  + (f" (the first: {differ[0]})" if differ else ""))
        for count in jobs:
            if ("--against tree", count) in best:
                other, this = ("--against tree", count), ("this tree", count)
                print(f"--jobs {count}: this tree is {best[other] / best[this]:.2f}x as fast "
                      f"as --against in wall time, needs {best_cpu[this] / best_cpu[other]:.2f}x "
                      f"its CPU time (fastest of {options.rounds} run(s) each)")
        if 1 in results and 2 in results:
            print(f"speed-up of --jobs 2 over --jobs 1: {results[1] / results[2]:.2f}x")
        if 2 in results and options.documents == 1000 and options.words == 500:
            verdict = "meets" if results[2] <= TARGET_SECONDS else "misses"
            print(f"target: 1,000 x 500 words in <= {TARGET_SECONDS:.0f} s with --jobs 2: "
                  f"{verdict} ({results[2]:.1f} s)")
    finally:
        if options.keep:
            print(f"kept {workspace}")
        else:
            shutil.rmtree(workspace, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
