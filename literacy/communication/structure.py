"""sections (PEMAT-P 8–9; CCI information design) and lists (PEMAT-P 12).

sections applies to more than 120 words of body text.  It is not met by more than 150 words
between two headings (or bold lead-ins), about a screen of a phone, or by a heading that is a
generic label ("Overview", "Introduction", "More information").

lists applies when the text has a list (three or more items in a row) or a series in a
sentence ("A, B, and C").  It is not met by a sentence that runs four or more items of two or
more words each, or three or more of five or more words, which read better as a bulleted
list.  A series is a run of items split by ", " whose last item starts with (or holds) "and"
or "or"; items with a verb of their own are clauses, not items, and end the series.
"""

from __future__ import annotations

from statistics import median

from literacy.communication.document import FINITE_TAGS, DocumentView
from literacy.communication.model import ITEMS_BY_ID, Evidence, ItemResult
from literacy.parsing import Sentence, Word

SECTIONS_MIN_WORDS = 120
SECTION_MAX_WORDS = 150
LIST_MIN_ITEMS = 3


def sections(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["sections"]
    if view.body_words <= SECTIONS_MIN_WORDS:
        return ItemResult(item, "not_applicable",
                          f"The text is short ({view.body_words} words).")
    evidence: list[Evidence] = []
    for section in view.sections:
        if section.words > SECTION_MAX_WORDS and section.sentences:
            first, last = section.sentences[0], section.sentences[-1]
            evidence.append(Evidence(
                first.start, last.end, view.source[first.start:last.end],
                note=f"{section.words} words without a heading: split it under headings that "
                "say what each part tells the reader.",
            ))
    for heading in view.headings:
        if view.lexicon.generic_headings.search(heading.text.strip()):
            evidence.append(Evidence(
                heading.start, heading.end, view.source[heading.start:heading.end],
                note=f"“{heading.text}” says nothing about the section: name its point, such "
                "as “When to call your doctor”.",
            ))
    if evidence:
        return ItemResult(item, "not_met", "Break the text into short sections (150 words or "
                          "fewer) under headings that say what each one tells the reader.",
                          tuple(evidence))
    return ItemResult(item, "met", "Sections are short and their headings informative.")


def lists(view: DocumentView) -> ItemResult:
    item = ITEMS_BY_ID["lists"]
    series = [(sentence, found) for sentence in view.body if sentence.kind != "list_item"
              for found in [_series(view, sentence)] if found[0] >= LIST_MIN_ITEMS]
    flagged = [(sentence, count) for sentence, (count, lengths) in series
               if _too_long(count, lengths)]
    if flagged:
        return ItemResult(
            item, "not_met",
            "Turn long series into bulleted lists, one item per line.",
            tuple(Evidence(s.start, s.end, view.source[s.start:s.end],
                           note=f"A series of {count} items in one sentence: make it a "
                           "bulleted list.") for s, count in flagged),
        )
    if series or _has_list(view):
        return ItemResult(item, "met", "Series are short or set out as lists.")
    return ItemResult(item, "not_applicable", "The text has no series of items.")


def _too_long(count: int, lengths: list[int]) -> bool:
    return (count >= 4 and median(lengths) >= 2) or (count >= 3 and min(lengths) >= 5)


def _has_list(view: DocumentView) -> bool:
    run = 0
    for sentence in view.parsed.sentences:
        run = run + 1 if sentence.kind == "list_item" else 0
        if run >= LIST_MIN_ITEMS:
            return True
    return False


def _series(view: DocumentView, sentence: Sentence) -> tuple[int, list[int]]:
    """The longest "A, B, and C" series in the sentence: how many items, and the lengths in
    words of all but the first (which ends the clause before the first comma)."""
    chunks: list[list[Word]] = [[]]
    for index, word in enumerate(sentence.words):
        if index and ", " in view.source[sentence.words[index - 1].end : word.start + 1]:
            chunks.append([])
        chunks[-1].append(word)
    conjunctions = view.lexicon.conjunctions
    best: tuple[int, list[int]] = (0, [])
    run: list[list[Word]] = []
    lead = 0  # the chunk before the run, which ends with the first item
    for position, chunk in enumerate(chunks[1:], start=1):
        if not run:
            lead = position - 1
        head = chunk[0].text.lower()
        ending: list[list[Word]] | None = None
        if head in view.lexicon.clause_starts:
            run = []
            continue
        if head in conjunctions:
            ending = [_until_verb(chunk[1:])]
        else:
            split = _split_on_conjunction(chunk, conjunctions)
            if split is not None and not _has_verb(view, split[0]):
                ending = split
            elif _has_verb(view, chunk):
                run = []
                continue
        if ending is None:
            run.append(chunk)
            continue
        if run and not _names(run):
            items = [_first_item(chunks[lead], view.lexicon.series_leads), *run, *ending]
            if len(items) > best[0]:
                best = (len(items), [len(words) for words in items])
        run = []
    return best


def _first_item(chunk: list[Word], leads: frozenset[str]) -> list[Word]:
    """The first item of a series: the end of the clause before the first comma, after its
    verb or after "including" / "such as" / "como"."""
    start = 0
    for index, word in enumerate(chunk):
        if word.tag in FINITE_TAGS or word.text.lower() in leads:
            start = index + 1
    return chunk[start:] or chunk[-1:]


def _names(items: list[list[Word]]) -> bool:
    """A series of names ("Diabetes, Digestive, and Kidney Diseases") is not a list to make."""
    words = [word for item in items for word in item]
    return sum(word.text[:1].isupper() for word in words) > len(words) / 2


def _has_verb(view: DocumentView, words: list[Word]) -> bool:
    return view.lang == "en" and any(word.tag in FINITE_TAGS for word in words)


def _until_verb(words: list[Word]) -> list[Word]:
    for index, word in enumerate(words):
        if word.tag in FINITE_TAGS:
            return words[:index]
    return words


def _split_on_conjunction(chunk: list[Word],
                          conjunctions: frozenset[str]) -> list[list[Word]] | None:
    """``chunk`` as its two items when it is "B and C" (a series without the serial comma)."""
    for index, word in enumerate(chunk[1:], start=1):
        if word.text.lower() in conjunctions:
            return [chunk[:index], _until_verb(chunk[index + 1 :])]
    return None
