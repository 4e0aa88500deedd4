"""Load Plainly's word lists (jargon, abbreviations, sources) and validate them.

The lists are CSV files shipped in the ``wordlists`` package, one folder per
language (``wordlists/en/``); ``wordlists/README.md`` describes their columns.
Every problem found while loading raises :class:`WordListError`, which names
the file and line and says how to fix it.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.resources
import io
import pathlib
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable

from literacy.errors import PlainlyError

__all__ = [
    "ABBREVIATIONS_FILE",
    "CATEGORIES",
    "JARGON_FILE",
    "SOURCES_FILE",
    "Abbreviation",
    "JargonEntry",
    "Name",
    "Source",
    "WordListError",
    "WordLists",
    "available_languages",
    "load_wordlists",
]

JARGON_FILE = "jargon.csv"
ABBREVIATIONS_FILE = "abbreviations.csv"
SOURCES_FILE = "sources.csv"
VARIANTS_FILE = "variants.csv"
SENSES_FILE = "senses.csv"
NAMES_FILE = "names.csv"
WORD_CLASSES_FILE = "word_classes.csv"
FILES = (SOURCES_FILE, JARGON_FILE, ABBREVIATIONS_FILE)
OPTIONAL_FILES = (VARIANTS_FILE, SENSES_FILE, NAMES_FILE, WORD_CLASSES_FILE)
WORD_CLASSES = frozenset({"noun", "verb", "active verb", "adjective", "predicative adjective"})
"""The parts of speech a term's plain words may replace; an ``active verb`` is a verb not
read as a passive or a participle ("tests indicated a problem", not "surgery is
indicated", which means it is advised)."""

CATEGORIES = frozenset(
    {
        "condition",
        "procedure",
        "test",
        "medicine",
        "anatomy",
        "clinical",
        "insurance",
        "bureaucratic",
        "latin",
        "genetics",
        "cancer",
    }
)

# The header of each file (the builders in ``wordlists/`` write these columns).
COLUMNS: dict[str, tuple[str, ...]] = {
    SOURCES_FILE: ("id", "title", "publisher", "licence", "notice"),
    JARGON_FILE: ("term", "category", "plain", "definition", "source"),
    ABBREVIATIONS_FILE: ("abbreviation", "expansion", "plain", "source"),
    VARIANTS_FILE: ("us", "gb", "kind", "source"),
    SENSES_FILE: ("term", "cues", "plain", "definition", "source"),
    NAMES_FILE: ("name", "full_name", "source"),
    WORD_CLASSES_FILE: ("term", "word_class", "source"),
}
_LANG = re.compile(r"^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?$")
_SOURCE_ID = re.compile(r"^[a-z][a-z0-9_]*$")


class WordListError(PlainlyError, ValueError):
    """A word-list file is missing or invalid.

    ``path`` names the file, ``line`` the 1-based line (``None`` when the
    problem is the file as a whole) and ``detail`` says what is wrong and how
    to fix it; ``message`` (and ``str()``) combine the three.
    """

    code = "wordlist_invalid"

    def __init__(self, path: str | pathlib.PurePath, line: int | None, message: str) -> None:
        where = str(path) if line is None else f"{path}, line {line}"
        super().__init__(f"word list {where}: {message}")
        self.args = (str(path), line, message)
        self.path = str(path)
        self.line = line
        self.detail = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class JargonEntry:
    """A word or phrase a lay reader may not know, with plain alternatives."""

    term: str
    category: str
    plain: tuple[str, ...]
    definition: str
    source: str


@dataclass(frozen=True)
class Abbreviation:
    """A case-sensitive clinical abbreviation or acronym."""

    abbreviation: str
    expansion: str
    plain: str
    source: str


@dataclass(frozen=True)
class VariantPair:
    """The same thing in US and UK English: a spelling ("anemia"/"anaemia") or an everyday
    word ("acetaminophen"/"paracetamol")."""

    us: str
    gb: str
    kind: str  # "spelling" or "word"
    source: str


@dataclass(frozen=True)
class Sense:
    """One meaning of a term with several ("diaphragm": a muscle, or a contraceptive cap),
    told apart by cue words in the same or the next sentence.  A sense without cues is the
    usual one, taken where no other is named ("significant" is "important" unless the text
    speaks of a study's results)."""

    term: str
    cues: tuple[str, ...]
    plain: tuple[str, ...]
    definition: str
    source: str


@dataclass(frozen=True)
class Name:
    """An organisation or publication known by its initials ("NIH", "MMWR"): a name the
    reader meets, as a person's or a town's, not a word to learn, so never jargon."""

    name: str
    full_name: str
    source: str


@dataclass(frozen=True)
class Source:
    """Where entries come from, and the licence they are used under."""

    id: str
    title: str
    publisher: str
    licence: str
    notice: str


@dataclass(frozen=True)
class WordLists:
    """The validated word lists of one language.

    ``jargon`` is keyed by lowercase term, ``abbreviations`` by the
    abbreviation as written (case-sensitive), ``sources`` by id.  ``version``
    is a short hash of the files' contents, so an API can report which lists
    are loaded; two ``WordLists`` compare equal when language and version match.
    """

    lang: str
    jargon: dict[str, JargonEntry] = field(compare=False, repr=False)
    abbreviations: dict[str, Abbreviation] = field(compare=False, repr=False)
    sources: dict[str, Source] = field(compare=False, repr=False)
    version: str
    variants: tuple[VariantPair, ...] = field(default=(), compare=False, repr=False)
    senses: dict[str, tuple[Sense, ...]] = field(default_factory=dict, compare=False,
                                                repr=False)
    names: dict[str, Name] = field(default_factory=dict, compare=False, repr=False)
    # The part of speech a term's plain words replace ("supply": the verb, so "give" does
    # not stand for the noun in "blood supply"), for words used as more than one.
    word_classes: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def with_glossary(self, glossary: Mapping[str, JargonEntry]) -> WordLists:
        """These lists with an organisation's own terms added (a glossary term replaces a
        packaged one of the same name)."""
        digest = hashlib.sha256(self.version.encode())
        for entry in glossary.values():
            digest.update(repr(entry).encode())
        return replace(
            self,
            jargon={**self.jargon, **glossary},
            sources={**self.sources, GLOSSARY_SOURCE.id: GLOSSARY_SOURCE},
            version=digest.hexdigest()[:12],
        )

    @property
    def counts(self) -> dict[str, int]:
        """Number of entries per file (``names.csv`` when the language has one)."""
        return {
            JARGON_FILE: len(self.jargon),
            ABBREVIATIONS_FILE: len(self.abbreviations),
            SOURCES_FILE: len(self.sources),
            **({NAMES_FILE: len(self.names)} if self.names else {}),
        }


def _package_root() -> Traversable:
    return importlib.resources.files("wordlists")


GLOSSARY_SOURCE = Source(
    "glossary", "The organisation's glossary", "the user", "the user's own",
    "Terms from a glossary file passed to literacy.Engine.load(glossary=...)",
)


def read_glossary(path: pathlib.Path, sources: Mapping[str, Source]
                  ) -> dict[str, JargonEntry]:
    """An organisation's glossary: a CSV with the columns ``term,category,plain,definition``
    (as ``jargon.csv``, without ``source``), validated like the packaged lists."""
    folder = pathlib.Path(path)
    name, data = _read(folder)
    return _parse_jargon(name, data, {**sources, GLOSSARY_SOURCE.id: GLOSSARY_SOURCE},
                         glossary=True)


def available_languages() -> list[str]:
    """Languages that have packaged word lists."""
    root = _package_root()
    return sorted(
        item.name
        for item in root.iterdir()
        if item.is_dir() and _LANG.match(item.name) and (item / JARGON_FILE).is_file()
    )


def load_wordlists(lang: str = "en", directory: pathlib.Path | None = None) -> WordLists:
    """Load and validate the word lists for ``lang``.

    By default the lists packaged in ``wordlists/<lang>/`` are read;
    ``directory`` names another folder holding ``jargon.csv``,
    ``abbreviations.csv`` and ``sources.csv`` (for tests and custom lists).
    Each call reads the files again; keep the result (``literacy.Engine`` does).

    Raises :class:`WordListError` for an unknown language or any invalid file.
    """
    folder: Traversable
    if directory is None:
        langs = available_languages()
        if not _LANG.match(lang) or lang not in langs:
            known = ", ".join(langs) or "none"
            raise WordListError(
                f"wordlists/{lang}",
                None,
                f"no word lists for language {lang!r}; available languages: {known}. "
                "Use one of these, or add a folder with jargon.csv, abbreviations.csv "
                "and sources.csv to the wordlists package.",
            )
        folder = _package_root() / lang
    else:
        directory = pathlib.Path(directory)
        folder = directory
        if not directory.is_dir():
            raise WordListError(
                directory,
                None,
                "folder not found; pass a folder holding jargon.csv, abbreviations.csv "
                "and sources.csv",
            )

    contents = {name: _read(folder / name) for name in FILES}
    contents.update(
        {name: _read(folder / name) for name in OPTIONAL_FILES if (folder / name).is_file()}
    )
    digest = hashlib.sha256()
    for name in (*FILES, *OPTIONAL_FILES):
        if name not in contents:
            continue
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(contents[name][1])
        digest.update(b"\0")

    sources = _parse_sources(*contents[SOURCES_FILE])
    jargon = _parse_jargon(*contents[JARGON_FILE], sources)
    abbreviations = _parse_abbreviations(*contents[ABBREVIATIONS_FILE], sources)
    variants = (
        _parse_variants(*contents[VARIANTS_FILE], sources) if VARIANTS_FILE in contents else ()
    )
    senses = _parse_senses(*contents[SENSES_FILE], sources) if SENSES_FILE in contents else {}
    names = (
        _parse_names(*contents[NAMES_FILE], sources, abbreviations)
        if NAMES_FILE in contents else {}
    )
    word_classes = (
        _parse_word_classes(*contents[WORD_CLASSES_FILE], sources, jargon)
        if WORD_CLASSES_FILE in contents else {}
    )
    return WordLists(
        lang=lang,
        jargon=jargon,
        abbreviations=abbreviations,
        sources=sources,
        version=digest.hexdigest()[:12],
        variants=variants,
        senses=senses,
        names=names,
        word_classes=word_classes,
    )


# --- reading ----------------------------------------------------------------


def _read(path: Traversable) -> tuple[str, bytes]:
    name = str(path)
    if not path.is_file():
        raise WordListError(
            name, None, "file not found; every language folder needs this file (see "
            "wordlists/README.md)"
        )
    return name, path.read_bytes()


def _rows(path: str, data: bytes, expected: tuple[str, ...] | None = None
          ) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line, row)`` pairs after checking the header (by default, the columns of the
    packaged file of that name)."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise WordListError(path, line, "not valid UTF-8; save the file as UTF-8") from exc
    if expected is None:
        expected = COLUMNS[pathlib.PurePath(path).name]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader, None)
        if header is None:
            raise WordListError(
                path, 1, f"file is empty; it needs a header row: {','.join(expected)}"
            )
        header = [h.strip() for h in header]
        missing = [c for c in expected if c not in header]
        if missing:
            raise WordListError(
                path,
                1,
                f"missing column(s) {', '.join(missing)}; the header row must be "
                f"{','.join(expected)}",
            )
        extra = [c for c in header if c not in expected]
        if extra:
            raise WordListError(
                path,
                1,
                f"unknown column(s) {', '.join(repr(c) for c in extra)}; the header row "
                f"must be {','.join(expected)}",
            )
        start = reader.line_num + 1
        for record in reader:
            line = start
            start = reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            if len(record) != len(header):
                raise WordListError(
                    path,
                    line,
                    f"expected {len(header)} fields but found {len(record)}; quote values "
                    'that contain commas ("a, b")',
                )
            yield line, {h: cell.strip() for h, cell in zip(header, record, strict=True)}
    except csv.Error as exc:
        raise WordListError(
            path, reader.line_num, f"malformed CSV ({exc}); check the quotes on this line"
        ) from exc


def _require(path: str, line: int, row: Mapping[str, str], column: str, hint: str) -> str:
    value = row[column]
    if not value:
        raise WordListError(path, line, f"empty {column!r}; {hint}")
    return value


def _check_source(path: str, line: int, source: str, sources: Mapping[str, Source]) -> None:
    if source not in sources:
        known = ", ".join(sorted(sources))
        raise WordListError(
            path,
            line,
            f"unknown source {source!r}; use one of the ids in {SOURCES_FILE} ({known}) "
            f"or add a row for it there",
        )


# --- parsing ----------------------------------------------------------------


def _parse_sources(path: str, data: bytes) -> dict[str, Source]:
    sources: dict[str, Source] = {}
    for line, row in _rows(path, data):
        sid = _require(path, line, row, "id", "give the source a short id such as nci_cancer")
        if not _SOURCE_ID.match(sid):
            raise WordListError(
                path, line, f"source id {sid!r} must be lowercase letters, digits and '_'"
            )
        if sid in sources:
            raise WordListError(path, line, f"duplicate source id {sid!r}; keep one row per id")
        for column in ("title", "publisher", "licence", "notice"):
            _require(path, line, row, column, f"every source needs a {column}")
        sources[sid] = Source(sid, row["title"], row["publisher"], row["licence"], row["notice"])
    return sources


def _parse_jargon(
    path: str, data: bytes, sources: Mapping[str, Source], glossary: bool = False
) -> dict[str, JargonEntry]:
    jargon: dict[str, JargonEntry] = {}
    first_line: dict[str, int] = {}
    columns = COLUMNS[JARGON_FILE][:-1] if glossary else None
    for line, row in _rows(path, data, columns):
        if glossary:
            row = {**row, "source": GLOSSARY_SOURCE.id}
        term = _require(path, line, row, "term", "write the word or phrase, or delete the row")
        term = " ".join(term.split())
        if term != term.lower():
            raise WordListError(
                path, line, f"term {term!r} must be lowercase (matching ignores case)"
            )
        category = row["category"]
        if category not in CATEGORIES:
            raise WordListError(
                path,
                line,
                f"unknown category {category!r}; use one of: {', '.join(sorted(CATEGORIES))}",
            )
        plain = tuple(p.strip() for p in row["plain"].split(";")) if row["plain"] else ()
        if any(not p for p in plain):
            raise WordListError(
                path, line, f"empty item in plain {row['plain']!r}; remove the extra ';'"
            )
        if not plain and not row["definition"]:
            raise WordListError(
                path,
                line,
                f"term {term!r} has neither plain words nor a definition; fill in at least "
                "one of them",
            )
        source = _require(path, line, row, "source", f"name a source id from {SOURCES_FILE}")
        _check_source(path, line, source, sources)
        if term in jargon:
            raise WordListError(
                path,
                line,
                f"duplicate term {term!r} (first on line {first_line[term]}); merge the rows",
            )
        first_line[term] = line
        jargon[term] = JargonEntry(term, category, plain, row["definition"], source)
    return jargon


def _parse_abbreviations(
    path: str, data: bytes, sources: Mapping[str, Source]
) -> dict[str, Abbreviation]:
    abbreviations: dict[str, Abbreviation] = {}
    first_line: dict[str, int] = {}
    for line, row in _rows(path, data):
        abbr = _require(
            path, line, row, "abbreviation", "write the abbreviation, or delete the row"
        )
        expansion = _require(
            path, line, row, "expansion", "write what the abbreviation stands for"
        )
        plain = _require(
            path, line, row, "plain", "write plain wording (it may repeat the expansion)"
        )
        source = _require(path, line, row, "source", f"name a source id from {SOURCES_FILE}")
        _check_source(path, line, source, sources)
        if abbr in abbreviations:
            raise WordListError(
                path,
                line,
                f"duplicate abbreviation {abbr!r} (first on line {first_line[abbr]}); "
                "merge the rows",
            )
        first_line[abbr] = line
        abbreviations[abbr] = Abbreviation(abbr, expansion, plain, source)
    return abbreviations


def _parse_variants(
    path: str, data: bytes, sources: Mapping[str, Source]
) -> tuple[VariantPair, ...]:
    pairs: list[VariantPair] = []
    for line, row in _rows(path, data):
        us = _require(path, line, row, "us", "write the US English form")
        gb = _require(path, line, row, "gb", "write the UK English form")
        kind = row["kind"]
        if kind not in ("spelling", "word"):
            raise WordListError(path, line, f"kind {kind!r} must be 'spelling' or 'word'")
        source = _require(path, line, row, "source", f"name a source id from {SOURCES_FILE}")
        _check_source(path, line, source, sources)
        pairs.append(VariantPair(us, gb, kind, source))
    return tuple(pairs)


def _parse_senses(
    path: str, data: bytes, sources: Mapping[str, Source]
) -> dict[str, tuple[Sense, ...]]:
    senses: dict[str, list[Sense]] = {}
    for line, row in _rows(path, data):
        term = _require(path, line, row, "term", "write the term, or delete the row")
        cues = tuple(cue.strip().lower() for cue in row["cues"].split(";") if cue.strip())
        if not cues and any(not sense.cues for sense in senses.get(term, ())):
            raise WordListError(path, line, f"{term!r} already has a usual sense (no cues); "
                                "list words that tell this sense apart, separated by ';'")
        plain = tuple(p.strip() for p in row["plain"].split(";") if p.strip())
        if not plain and not row["definition"]:
            raise WordListError(path, line, "fill in plain words or a definition")
        source = _require(path, line, row, "source", f"name a source id from {SOURCES_FILE}")
        _check_source(path, line, source, sources)
        senses.setdefault(term, []).append(Sense(term, cues, plain, row["definition"], source))
    return {term: tuple(found) for term, found in senses.items()}


def _parse_names(
    path: str, data: bytes, sources: Mapping[str, Source],
    abbreviations: Mapping[str, Abbreviation],
) -> dict[str, Name]:
    names: dict[str, Name] = {}
    for line, row in _rows(path, data):
        name = _require(path, line, row, "name", "write the initials, or delete the row")
        full_name = _require(path, line, row, "full_name", "write the name in full")
        source = _require(path, line, row, "source", f"name a source id from {SOURCES_FILE}")
        _check_source(path, line, source, sources)
        if name in names or name in abbreviations:
            where = NAMES_FILE if name in names else ABBREVIATIONS_FILE
            raise WordListError(path, line, f"{name!r} is already in {where}; keep one row")
        names[name] = Name(name, full_name, source)
    return names


def _parse_word_classes(
    path: str, data: bytes, sources: Mapping[str, Source], jargon: Mapping[str, JargonEntry],
) -> dict[str, str]:
    word_classes: dict[str, str] = {}
    for line, row in _rows(path, data):
        term = _require(path, line, row, "term", "write the term, or delete the row")
        if term not in jargon:
            raise WordListError(path, line, f"{term!r} is not in {JARGON_FILE}; write a term "
                                "of that list, or delete the row")
        if term in word_classes:
            raise WordListError(path, line, f"{term!r} is already listed; keep one row")
        word_class = row["word_class"]
        if word_class not in WORD_CLASSES:
            raise WordListError(path, line, f"unknown word class {word_class!r}; write one "
                                f"of: {', '.join(sorted(WORD_CLASSES))}")
        source = _require(path, line, row, "source", f"name a source id from {SOURCES_FILE}")
        _check_source(path, line, source, sources)
        word_classes[term] = word_class
    return word_classes
