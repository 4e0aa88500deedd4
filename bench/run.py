"""Speed of ``literacy.analyze`` beside textstat and the bare spaCy pipeline, in one run.

usage: python bench/run.py [--eval-dir ../shared/eval] [--words 200000] [--rounds 2]

The corpus is real health text from the shared evaluation sets (Cochrane abstracts and
summaries, PLABA abstracts and adaptations, patient handouts), read from ``--eval-dir``,
cut into 500-word documents.  Machines here are noisy, so every figure that matters is
printed as a ratio to a baseline measured in the same run.

The baseline, "bare spaCy tagger pipeline", is the trained pipeline as spaCy loads it with
only the components the engine needs (tok2vec, tagger, attribute_ruler, lemmatizer, and the
sentencizer): the pass any integration of the tagger pays.  The engine's own spaCy pass is
timed too: it applies the same attribute rules by table lookup (``plainly_attributes``,
token for token the same result), so it is faster than the baseline, and ``Engine.analyze``
against it is the engine's own overhead.

Batching (``analyze_many``, one ``nlp.pipe``) is also timed on short documents of about
SHORT_WORDS words, where spaCy's batching pays: a 500-word document already fills a batch.
"""

from __future__ import annotations

import argparse
import csv
import gc
import math
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from _support import DEFAULT_EVAL, percentile

csv.field_size_limit(10**9)
PIPE_CHUNK = 16  # documents per analyze_many call (a CMS batch)
SHORT_WORDS = 60  # words per document of the short-document comparison


def corpus(eval_dir: Path, words: int, size: int = 500) -> list[str]:
    """Documents of ``size`` words, cut at sentence ends, until ``words`` words are taken."""
    columns = {
        "cochrane_val.csv": ("technical_abstract", "plain_language_summary"),
        "plaba_abstract_pairs.csv": ("source_abstract", "adapted_abstract"),
        "en_es_patient_education_pairs.csv": ("en_text",),
    }
    documents: list[str] = []
    current: list[str] = []
    current_words = taken = 0
    for sentence in _sentences(eval_dir, columns):
        current.append(sentence)
        current_words += len(sentence.split())
        if current_words >= size:
            documents.append(" ".join(current))
            taken += current_words
            current, current_words = [], 0
            if taken >= words:
                break
    return documents


def _sentences(eval_dir: Path, columns: dict[str, tuple[str, ...]]) -> Iterator[str]:
    for name, fields in columns.items():
        with open(eval_dir / name, newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                for field in fields:
                    for sentence in row[field].replace("\n", " ").split(". "):
                        yield sentence.rstrip(".") + "."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=2)
    arguments = parser.parse_args()
    if not arguments.eval_dir.is_dir():
        print(f"no evaluation data at {arguments.eval_dir}; pass --eval-dir", file=sys.stderr)
        return 2

    import spacy
    import textstat

    from literacy import Engine
    from literacy.jargon import JargonLookup
    from literacy.nlp import EXCLUDED_COMPONENTS, model_name
    from literacy.parsing import parse_many

    documents = corpus(arguments.eval_dir, arguments.words)
    total_words = sum(len(document.split()) for document in documents)
    engine = Engine.load("en")
    nlp = engine.nlp
    full = spacy.load(model_name("en"))  # every component: what a naive integration runs
    bare = spacy.load(model_name("en"), exclude=EXCLUDED_COMPONENTS)
    bare.add_pipe("sentencizer", first=True)
    engine.analyze(documents[0])  # warm the frequency table before timing
    gc.freeze()  # as the service and the checker do once their engines are loaded

    def textstat_three(text: str) -> object:
        return (textstat.flesch_kincaid_grade(text), textstat.smog_index(text),
                textstat.dale_chall_readability_score(text))

    contenders: dict[str, Callable[[str], object]] = {
        "bare spaCy tagger pipeline": bare,
        "the engine's spaCy pass": nlp,
        "Engine.analyze": engine.analyze,
        "naive full en_core_web_sm": full,
        "textstat FKGL+SMOG+Dale-Chall": textstat_three,
    }
    # Interleaved document by document, each contender's time per document the least of
    # the rounds: other work on a shared machine then penalises no contender more than
    # another.  textstat keeps its results per text, so only its first round is timed.
    # analyze_many runs on the same chunks of PIPE_CHUNK documents, between them.
    results: dict[str, list[float]] = {name: [math.inf] * len(documents) for name in contenders}
    chunks = [range(i, min(i + PIPE_CHUNK, len(documents)))
              for i in range(0, len(documents), PIPE_CHUNK)]
    # Per word, analyze_many is also set against analyze the same way: each chunk's time
    # (its documents one by one, in the round) the least of the rounds.  The least time of
    # each document taken apart favours analyze, as it picks each document's luckiest round.
    batch = [math.inf] * len(chunks)
    one_by_one_chunks = [math.inf] * len(chunks)
    for round_number in range(arguments.rounds):
        for chunk_number, chunk in enumerate(chunks):
            chunk_analyze = 0.0
            for index in chunk:
                for name, function in contenders.items():
                    if name.startswith("textstat") and round_number:
                        continue
                    start = time.perf_counter()
                    function(documents[index])
                    elapsed = time.perf_counter() - start
                    results[name][index] = min(results[name][index], elapsed)
                    chunk_analyze += elapsed if name == "Engine.analyze" else 0.0
            one_by_one_chunks[chunk_number] = min(one_by_one_chunks[chunk_number], chunk_analyze)
            start = time.perf_counter()
            engine.analyze_many([documents[index] for index in chunk])
            batch[chunk_number] = min(batch[chunk_number], time.perf_counter() - start)
    batch_seconds = sum(batch)

    # Short documents (a CMS batch of snippets): analyze one by one against analyze_many on
    # the same chunks, interleaved chunk by chunk, each chunk's least time over the rounds.
    short = corpus(arguments.eval_dir, arguments.words // 4, size=SHORT_WORDS)
    short_chunks = [short[i : i + PIPE_CHUNK] for i in range(0, len(short), PIPE_CHUNK)]
    one_by_one = [math.inf] * len(short_chunks)
    together = [math.inf] * len(short_chunks)
    for _ in range(arguments.rounds):
        for number, texts in enumerate(short_chunks):
            start = time.perf_counter()
            for text in texts:
                engine.analyze(text)
            one_by_one[number] = min(one_by_one[number], time.perf_counter() - start)
            start = time.perf_counter()
            engine.analyze_many(texts)
            together[number] = min(together[number], time.perf_counter() - start)

    # The vocabulary work alone, on documents already parsed, against the parse itself: the
    # pipeline's word-list lookup (plainly_jargon) again, and the jargon pass after it.
    parsed = parse_many([engine.read(document) for document in documents], nlp)
    lookup = nlp.get_pipe("plainly_jargon")
    assert isinstance(lookup, JargonLookup)
    start = time.perf_counter()
    for document in parsed:
        for sentence in document.sentences:
            sum(1 for _ in lookup.listed(sentence, document.document.source))
        engine.matcher.find(document)
    vocabulary_seconds = time.perf_counter() - start

    base = sum(results["bare spaCy tagger pipeline"])
    print(f"corpus: {len(documents)} documents, {total_words:,} words (whitespace-separated)")
    print(f"{'':32} {'words/s':>9} {'p50 ms':>8} {'p95 ms':>8} {'time vs spaCy':>14}")
    for name, latencies in results.items():
        seconds = sum(latencies)
        print(
            f"{name:32} {total_words / seconds:9,.0f} {1000 * statistics.median(latencies):8.1f}"
            f" {1000 * percentile(latencies, 0.95):8.1f} {seconds / base:13.2f}x"
        )
    print(f"{'Engine.analyze_many (nlp.pipe)':32} {total_words / batch_seconds:9,.0f}"
          f" {'':8} {'':8} {batch_seconds / base:13.2f}x")
    naive = sum(results["naive full en_core_web_sm"])
    print(f"Engine.analyze is {naive / sum(results['Engine.analyze']):.2f}x as fast as the naive "
          f"full pipeline; analyze_many {naive / batch_seconds:.2f}x")
    print(f"by chunk of {PIPE_CHUNK} documents, each chunk's least time: analyze one by one "
          f"{total_words / sum(one_by_one_chunks):,.0f} words/s, analyze_many "
          f"{total_words / batch_seconds:,.0f} words/s "
          f"({sum(one_by_one_chunks) / batch_seconds:.2f}x as fast)")
    own = sum(results["the engine's spaCy pass"])
    overhead = sum(results["Engine.analyze"]) / own
    print(f"Engine.analyze / the engine's own spaCy pass: {overhead:.2f}x")
    print(f"vocabulary work (jargon matching) / bare spaCy pass: {vocabulary_seconds / base:.1%}")
    short_words = sum(len(text.split()) for text in short)
    print(f"short documents ({len(short)} of about {SHORT_WORDS} words, {short_words:,} words): "
          f"analyze one by one {short_words / sum(one_by_one):,.0f} words/s, analyze_many "
          f"{short_words / sum(together):,.0f} words/s "
          f"({sum(one_by_one) / sum(together):.2f}x as fast)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
