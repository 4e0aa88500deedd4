"""Checking documents in batches (``Checker``), and many batches at once (``run_tasks``).

``Checker.check_batch`` reads each file of a batch and applies its front matter, then
analyses the files that share a language and settings with one ``Engine.analyze_with`` (one
``nlp.pipe`` over all of them), and turns each report into a ``FileResult``: the jargon budget
(PL204) is checked against the document's own ``max_jargon_density``, severities are set from
the configuration (``off`` drops a finding), allowed terms and inline suppressions are
filtered out.  A file that cannot be read as UTF-8 text gives a PL001 finding instead of
stopping the run: so does anything that is not a regular file (a FIFO, a device, a socket,
also behind a symbolic link), which is never opened, a file too large to analyse, which is
refused by its size before it is read (and read at most one byte past the cap, should it
grow meanwhile), and a file the engine cannot read; the other files of its batch are checked
as if it were not there.

A document in a language Plainly cannot score is not graded (``FileResult.unscored_language``):
one whose path names that language (``leaflet.fr.md``, ``fr/leaflet.md``) is read but not
analysed, and one whose path names no language but whose text the language identifier finds
clearly in such a language (what the API answers with ``unsupported_language``) is reported
with PL003 instead of its report.

``run_tasks`` gives the batches to one ``Checker`` in this process (``jobs=1``) or spreads
them over a process pool whose workers each build their own ``Checker`` (the pool's
initializer), in batches small enough that a worker is never idle for long.
"""

from __future__ import annotations

import gc
import os
import re
import signal
import stat
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Protocol

from literacy.analysis import detect_document_language
from literacy.checker.config import Config, Layer, Settings
from literacy.checker.discovery import Candidate
from literacy.checker.frontmatter import front_matter_settings
from literacy.checker.languages import FOLDER_LANGUAGES, path_language
from literacy.checker.results import FileResult
from literacy.checker.suppressions import apply_suppressions, parse_suppressions
from literacy.communication import CommunicationReport
from literacy.engine import MAX_INPUT_CHARS, SUPPORTED_LANGUAGES, Engine, Options
from literacy.errors import InputError, PlainlyError
from literacy.findings import Finding, Severity, Span
from literacy.language import LanguageIdentifier, base_language, language_name
from literacy.reading import NotText, decode
from literacy.report import Report

FORMAT_BY_EXTENSION = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".txt": "plain",
}
# UTF-8 spends at most 4 bytes on a character: a larger file has more characters than the
# engine reads, so it is refused without reading it.
MAX_FILE_BYTES = 4 * MAX_INPUT_CHARS
_KINDS = {stat.S_IFIFO: "a named pipe (FIFO)", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a folder"}


class CheckError(Exception):
    """Checking could not go on (no spaCy pipeline, or an internal error on one file)."""


@dataclass(frozen=True)
class FileTask:
    """Everything a worker needs to check one file (picklable)."""

    path: str  # absolute path to read
    display: str  # path as shown in output
    format: str  # the engine's format: markdown, html, plain or auto
    settings: Settings  # defaults, configuration file and overrides, resolved
    flags: Layer  # command-line settings, applied after the front matter
    lang: str = "en"  # the engine's: leaflet.es.md or es/leaflet.md is Spanish, else English
    named_lang: str | None = None  # the language tag its path names ("fr", "zh-Hant"), if any
    translated: bool = False  # whether the translation checks look for that language

    @property
    def unscored_language(self) -> str | None:
        """The language its path names when Plainly cannot score it (not analysed)."""
        named = self.named_lang
        return named if named is not None and not _scored(named) else None


def make_task(candidate: Candidate, cwd: Path, flags: Layer) -> FileTask:
    """The task for ``candidate``, shown relative to ``cwd`` when inside it."""
    path = candidate.path
    try:
        display = path.relative_to(cwd).as_posix()
    except ValueError:
        display = path.as_posix()
    config = candidate.config
    rules = config.translations
    named = named_language(path, config)
    looked_for = FOLDER_LANGUAGES | {base_language(tag) for tag in rules.required}
    return FileTask(
        path=str(path),
        display=display,
        format=FORMAT_BY_EXTENSION.get(path.suffix.lower(), "auto"),
        settings=config.settings_for(path),
        flags=flags,
        lang=base_language(named) if named is not None and _scored(named) else "en",
        named_lang=named,
        translated=(rules.enabled and named is not None
                    and base_language(named) in looked_for),
    )


def named_language(path: Path, config: Config) -> str | None:
    """The language tag ``path`` names (:func:`path_language`, relative to the folder of its
    configuration ``config`` and knowing its required languages), or None."""
    return path_language(config.relative(path) or path.name,
                         also=config.translations.required)


def _scored(tag: str) -> bool:
    return base_language(tag) in SUPPORTED_LANGUAGES


# --- a batch of files ----------------------------------------------------------------------------


class Checker:
    """Checks batches of files with the engines it builds on first use, by language and
    variant; one per process, kept between batches (as the API keeps its engines)."""

    def __init__(self) -> None:
        self._engines: dict[tuple[str, str | None], Engine] = {}
        self._identifier = LanguageIdentifier()  # shared by the engines: unpacked once

    def engine(self, lang: str, variant: str | None = None) -> Engine:
        """The engine for ``lang`` and ``variant`` (None: the language's default); a variant
        shares its language's pipeline.  ``CheckError`` when the engine cannot be built."""
        key = (lang, variant)
        engine = self._engines.get(key)
        if engine is None:
            try:
                engine = (Engine.load(lang, identifier=self._identifier) if variant is None
                          else self.engine(lang).with_variant(variant))
            except PlainlyError as error:
                raise CheckError(error.message) from None
            self._engines[key] = engine
            gc.freeze()  # the engine lives as long as the process: see literacy.engine.Engine
        return engine

    def check_batch(self, tasks: Sequence[FileTask]) -> list[FileResult]:
        """Check every task; results in the order of ``tasks``.  Files with the same
        language and settings are analysed together (:meth:`Engine.analyze_with`)."""
        results: list[FileResult | None] = [None] * len(tasks)
        groups: dict[tuple[str, str | None, Options], list[_Read]] = {}
        for index, task in enumerate(tasks):
            read = _read(task, index)
            if isinstance(read, FileResult):
                results[index] = read
                continue
            if task.unscored_language is not None:  # leaflet.fr.md: a translation only
                results[index] = _named_unscored(read, task.unscored_language)
                continue
            try:
                options = read.options()
            except InputError as error:  # an option out of range: this file only
                results[index] = _result(read, error, 0.0)
                continue
            groups.setdefault((task.lang, read.variant, options), []).append(read)
        for (lang, variant, options), members in groups.items():
            started = time.perf_counter()
            reports = self._analyse(members, lang, variant, options)
            characters = sum(len(read.text) for read in members) or 1
            share = (time.perf_counter() - started) / characters
            for read, report in zip(members, reports, strict=True):
                seconds = share * len(read.text)
                unscored = self._unscored_text(read, report)
                results[read.index] = (_result(read, report, seconds) if unscored is None
                                       else _found_unscored(read, unscored, seconds))
        return [result for result in results if result is not None]

    def _unscored_text(self, read: _Read, report: Report | InputError
                       ) -> tuple[str, str] | None:
        """The language (code and the identifier's words for it, "French (fr)") of a file
        whose path names no language and whose text is clearly in one Plainly cannot score,
        by the identifier and threshold of the API's ``unsupported_language``
        (:func:`literacy.analysis.detect_document_language`); else None.

        Only a text the engine found mostly in one other language is identified as a whole
        (its report has a note, "Most of this text looks like French", and no
        ``other_languages``, which it lists for sentences it leaves out): its identifier has
        then been unpacked already (seconds, once a process), while a text with no note has
        no sentence its sifting finds foreign, and a leaflet that quotes other languages (a
        notice of language services in 15 of them, even with little else) is checked as
        usual."""
        if (read.task.named_lang is not None or isinstance(report, InputError)
                or not report.counts.words or not report.notes
                or report.extra.get("other_languages")):
            return None
        try:
            detect_document_language(read.text, read.task.format, identifier=self._identifier)
        except InputError as error:
            if error.code != "unsupported_language":
                return None
            if not error.language:
                return "", "a language Plainly cannot score"
            return error.language, f"{language_name(error.language)} ({error.language})"
        return None

    def _analyse(self, members: list[_Read], lang: str, variant: str | None, options: Options
                 ) -> list[Report | InputError]:
        """Reports of files that share a language and options, or for each the
        ``InputError`` that says why it cannot be checked."""
        engine = self.engine(lang, variant)
        analyse = partial(engine.analyze_with, options=options)
        try:
            return analyse([read.text for read in members])
        except PlainlyError as error:
            raise CheckError(error.message) from None
        except Exception:  # an engine bug: find the file, which the error message names
            return [_alone(analyse, read) for read in members]


@dataclass(frozen=True)
class _Read:
    """A file read, with its settings after its front matter (and the problems in it)."""

    index: int  # its place in the batch
    task: FileTask
    text: str
    settings: Settings
    findings: tuple[Finding, ...]
    seconds: float  # spent reading it

    @property
    def variant(self) -> str | None:
        return self.settings.variant if self.task.lang == "en" else None

    def options(self) -> Options:
        """The analysis options of its settings, checked (``InputError`` when out of range);
        files with equal options and engine are analysed together."""
        settings = self.settings
        return Options.of(format=self.task.format, target_grade=settings.target_grade,
                          max_sentence_words=settings.max_sentence_words, allow=settings.allow,
                          jargon_threshold=settings.jargon_threshold)


def _read(task: FileTask, index: int) -> _Read | FileResult:
    """The file read with its settings, or its result when it is exempt or unreadable."""
    started = time.perf_counter()
    if task.settings.exempt:
        return _exempt(task)
    try:
        text = read_document(task.path)
    except Unreadable as problem:
        return _unreadable(task, problem.message, problem.line)
    findings: list[Finding] = []
    settings = task.settings
    if task.format in ("markdown", "auto"):
        layer, problems = front_matter_settings(text, task.format)
        settings = layer.apply(settings)
        findings.extend(
            Finding("PL002", problem.message, _line_span(problem.line), "", severity="error")
            for problem in problems
        )
    settings = task.flags.apply(settings)
    return _Read(index, task, text, settings, tuple(findings), time.perf_counter() - started)


# The engine's advice on a text that looks like another language, for the library and the
# API; a file is named differently (see ``_cli_note``).
_LANG_ADVICE = re.compile(
    r"\(lang='(?P<code>[A-Za-z-]+)', or a file name such as leaflet\.(?P=code)\.md\)"
)


def _alone(analyse: Callable[[Sequence[str]], list[Report | InputError]],
           read: _Read) -> Report | InputError:
    """One file analysed on its own; ``CheckError`` naming it if the engine fails on it."""
    try:
        return analyse([read.text])[0]
    except PlainlyError as error:
        raise CheckError(error.message) from None
    except Exception as error:
        raise CheckError(
            f"internal error while checking {read.task.display}: {type(error).__name__}: "
            f"{error}"
        ) from None


def _result(read: _Read, report: Report | InputError, seconds: float) -> FileResult:
    """The file's result from its report (``seconds``: its share of the analysis)."""
    task, settings, text = read.task, read.settings, read.text
    if isinstance(report, InputError):
        return _unreadable(task, f"The file cannot be checked: {report.message}")
    started = time.perf_counter()
    density = report.jargon.density
    findings = list(read.findings)
    findings.extend(f for f in report.findings if f.code != "PL204")
    if density > settings.max_jargon_density:
        findings.append(_jargon_finding(density, settings.max_jargon_density))
    findings.extend(communication_findings(report.communication, settings))
    kept, suppressed = apply_suppressions(
        configured(findings, settings), parse_suppressions(text)
    )
    kept.sort(key=lambda f: (f.span.line, f.span.column, f.code))
    return FileResult(
        path=task.display,
        findings=tuple(kept),
        format=report.format,
        grade=report.readability.grade,
        target_grade=settings.target_grade,
        jargon_density=density,
        max_jargon_density=settings.max_jargon_density,
        words=report.counts.words,
        suppressed=suppressed,
        seconds=read.seconds + seconds + time.perf_counter() - started,
        notes=tuple(_cli_note(note, task.path) for note in report.notes),
    )


def _cli_note(note: str, path: str) -> str:
    """``note`` with the engine's advice to name a text's language (``lang='es'``, which a
    file cannot take) given as paths that name it, after this file's own name."""
    name = Path(path)

    def paths(match: re.Match[str]) -> str:
        code = match["code"]
        return f"(a path that names it, such as {_renamed(name, code)})"

    return _LANG_ADVICE.sub(paths, note)


def _renamed(path: Path, code: str) -> str:
    """``leaflet.fr.md or fr/leaflet.md`` for ``path`` ``…/leaflet.md`` and ``code`` fr; only
    the first for a language a folder does not name (``leaflet.nl.md``: see
    ``literacy.checker.languages``)."""
    suffixed = f"{path.stem}.{code}{path.suffix}"
    if base_language(code) in FOLDER_LANGUAGES:
        return f"{suffixed} or {code}/{path.name}"
    return suffixed


def _named_unscored(read: _Read, lang: str) -> FileResult:
    """A file whose path names a language Plainly cannot score: read (its front matter is
    still checked) but not analysed; the translation checks still take it."""
    note = (f"Not graded: its path names {language_name(lang)} ({lang}), and Plainly scores "
            f"{_scored_names()} only.")
    if read.task.translated:
        note += " It is still checked as a translation of its source, if it has one."
    return _unscored_result(read, lang, [], note, read.seconds)


def _found_unscored(read: _Read, found: tuple[str, str], seconds: float) -> FileResult:
    """A file whose text the identifier finds in a language Plainly cannot score: PL003
    instead of its report."""
    code, described = found
    rename = f" ({_renamed(Path(read.task.path), code)})" if code else ""
    finding = Finding(
        code="PL003",
        message=f"The text looks like {described}; Plainly scores {_scored_names()} only, "
        f"so it was not graded. Name its language in its path{rename} to mark it as a "
        "translation, or leave it out with exclude in [tool.plainly].",
        span=_line_span(1),
        text="",
        severity="warning",
        data={"lang": code},
    )
    return _unscored_result(read, code or "und", [finding], None, read.seconds + seconds)


def _unscored_result(read: _Read, lang: str, findings: list[Finding], note: str | None,
                     seconds: float) -> FileResult:
    """The result of a file that is not graded: its front-matter problems and ``findings``,
    with their configured severities and the file's inline suppressions."""
    kept, suppressed = apply_suppressions(
        configured([*read.findings, *findings], read.settings), parse_suppressions(read.text)
    )
    kept.sort(key=lambda f: (f.span.line, f.span.column, f.code))
    return FileResult(
        path=read.task.display,
        findings=tuple(kept),
        format=read.task.format,
        suppressed=suppressed,
        seconds=seconds,
        notes=() if note is None else (note,),
        unscored_language=lang,
    )


def _scored_names() -> str:
    """``English and Spanish``."""
    return " and ".join(language_name(code) for code in SUPPORTED_LANGUAGES)


class Unreadable(Exception):
    """Why a file cannot be read as UTF-8 text, and on which line (1-based)."""

    def __init__(self, message: str, line: int = 1) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def read_document(path: str) -> str:
    """The file's text (UTF-8, or UTF-16/32 with a byte-order mark, which is dropped);
    raises ``Unreadable``.

    Only a regular file is opened (``os.stat`` follows symbolic links without opening), with
    ``O_NONBLOCK`` and checked again on the open descriptor, so a FIFO swapped in meanwhile
    cannot block; at most ``MAX_FILE_BYTES`` + 1 bytes are read.
    """
    try:
        _check_regular(os.stat(path))
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
        with os.fdopen(descriptor, "rb") as handle:
            _check_regular(os.fstat(handle.fileno()))
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        reason = (error.strerror or type(error).__name__).lower()
        raise Unreadable(f"The file cannot be read ({reason}), so it was not checked.") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_large(len(data))
    try:
        return decode(data)
    except NotText as error:
        raise _not_text(error, data) from None


def _not_text(error: NotText, data: bytes) -> Unreadable:
    """What the reader is told of a file that is not text."""
    if error.encoding is None:
        return Unreadable("The file looks binary (it has NUL bytes or control characters), "
                          "not text, so it was not checked.")
    if error.encoding != "UTF-8":
        return Unreadable(f"The file starts with a {error.encoding} byte-order mark but is "
                          "not valid in that encoding, so it was not checked; save it as "
                          "UTF-8.")
    line = data.count(b"\n", 0, error.position) + 1
    return Unreadable(
        f"The file is not valid UTF-8 (byte 0x{data[error.position]:02X} on line {line}), so "
        "it was not checked; save it as UTF-8.", line)


def _check_regular(info: os.stat_result) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise Unreadable(f"The path is {kind}, not a regular file, so it was not opened or "
                         "checked.")
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(info.st_size)


def _too_large(size: int) -> Unreadable:
    return Unreadable(
        f"The file has {size:,} bytes or more: more than the limit of {MAX_INPUT_CHARS:,} "
        "characters, so it was not checked; split it into smaller documents."
    )


def _exempt(task: FileTask) -> FileResult:
    return FileResult(path=task.display, format=task.format, exempt=True)


def _unreadable(task: FileTask, message: str, line: int = 1) -> FileResult:
    level = task.settings.severity.get("PL001", "error")
    findings: tuple[Finding, ...] = ()
    if level != "off":
        findings = (Finding("PL001", message, _line_span(line), "", severity=level),)
    return FileResult(path=task.display, findings=findings, format=task.format)


def _line_span(line: int) -> Span:
    return Span(0, 0, line, 1, line, 1)


def _jargon_finding(density: float, budget: float) -> Finding:
    return Finding(
        code="PL204",
        message=f"{density:.1%} of the words are jargon, above the budget of {budget:.1%}. "
        "Replace the terms readers will not know, or explain each one where it first appears.",
        span=_line_span(1),
        text="",
        severity="error",
        data={"density": round(density, 4), "max_jargon_density": budget},
    )


def communication_findings(checklist: CommunicationReport | None,
                           settings: Settings) -> Iterator[Finding]:
    """PL511 when the clear-communication score is below ``communication_min`` or an item
    named in ``require`` is not met."""
    if checklist is None or (settings.communication_min is None and not settings.require):
        return
    problems = [
        f"required item “{result.item.id}” is not met: {result.message.rstrip('.')}"
        for result in checklist.items
        if result.item.id in settings.require and result.status == "not_met"
    ]
    score, minimum = checklist.score, settings.communication_min
    if minimum is not None and score is not None and score < minimum:
        failing = ", ".join(r.item.id for r in checklist.items if r.status == "not_met")
        problems.insert(0, f"clear communication is {score:.0%} ({checklist.met} of "
                        f"{checklist.applicable} items), below the minimum of {minimum:.0%}; "
                        f"not met: {failing}")
    if problems:
        message = "; ".join(problems)
        yield Finding(
            code="PL511",
            message=message[:1].upper() + message[1:] + ".",
            span=_line_span(1),
            text="",
            severity="error",
            data={"communication_score": None if score is None else round(score, 4),
                  "communication_min": minimum},
        )


def configured(findings: Sequence[Finding], settings: Settings) -> Iterator[Finding]:
    """Findings with their configured severity; ``off`` ones and allowed terms dropped."""
    for finding in findings:
        configured = settings.severity.get(finding.code)
        if configured == "off":
            continue
        if settings.allow and finding.text.strip().casefold() in settings.allow:
            continue
        level: Severity = finding.level if configured is None else configured
        yield finding if finding.severity == level else replace(finding, severity=level)


# --- many files ----------------------------------------------------------------------------------


class Progress(Protocol):
    def update(self, n: int = 1) -> object: ...


class _NoProgress:
    def update(self, n: int = 1) -> None:
        return None


@contextmanager
def _progress(total: int, show: bool) -> Iterator[Progress]:
    if not show or total == 0:
        yield _NoProgress()
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="doc", leave=False, dynamic_ncols=True) as bar:
        yield bar


def run_tasks(tasks: Sequence[FileTask], jobs: int, progress: bool = False) -> list[FileResult]:
    """Check every task, in ``jobs`` processes; results in the order of ``tasks``."""
    results: list[FileResult | None] = [None] * len(tasks)
    todo = [index for index, task in enumerate(tasks) if not task.settings.exempt]
    for index, task in enumerate(tasks):
        if task.settings.exempt:
            results[index] = _exempt(task)
    workers = min(jobs, len(todo))
    batches = _batches(tasks, todo, workers)
    if workers <= 1:
        checker = Checker()
        with _progress(len(todo), progress) as bar:
            for batch in batches:
                for index, result in zip(batch, checker.check_batch([tasks[i] for i in batch]),
                                         strict=True):
                    results[index] = result
                bar.update(len(batch))
    else:
        _run_pool(tasks, batches, workers, results, progress)
    return [result for result in results if result is not None]


def _batches(tasks: Sequence[FileTask], todo: list[int], workers: int) -> list[list[int]]:
    """Largest files first, in batches small enough that the last ones finish together."""
    todo = sorted(todo, key=lambda index: -_size(tasks[index].path))
    size = max(1, min(16, len(todo) // (max(workers, 1) * 8)))
    return [todo[start:start + size] for start in range(0, len(todo), size)]


def _run_pool(tasks: Sequence[FileTask], batches: list[list[int]], workers: int,
              results: list[FileResult | None], progress: bool) -> None:
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker)
    try:
        # Submitting starts the workers; the progress bar (a thread) comes after them.
        futures = {
            pool.submit(_check_batch, [tasks[index] for index in batch]): batch
            for batch in batches
        }
        with _progress(sum(map(len, batches)), progress) as bar:
            for future in as_completed(futures):
                batch = futures[future]
                for index, result in zip(batch, future.result(), strict=True):
                    results[index] = result
                bar.update(len(batch))
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


_WORKER: Checker | None = None
"""The checker of this worker process, built by the pool's initializer."""


def _init_worker() -> None:
    """Build this worker's checker and its English engine; leave Ctrl-C to the parent."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _WORKER = Checker()
    with suppress(CheckError):  # the first batch that needs the engine says why it failed
        _WORKER.engine("en")


def _check_batch(batch: list[FileTask]) -> list[FileResult]:
    if _WORKER is None:
        raise CheckError("internal error: a checking process was not started")
    return _WORKER.check_batch(batch)
