"""Translations in a repository: missing, stale and faulty ones, as findings on their files.

Translations are found by the usual repository conventions (:func:`find_translation_pairs`:
``leaflet.es.md`` beside ``leaflet.md``; ``es/leaflet.md`` beside ``en/leaflet.md``).  Each
translation is checked against its source (PL402-PL405) and against Git history (PL406,
stale: the source was committed after the translation).  A language listed in
``[tool.plainly.translations] required`` with no translation of a source document is PL401,
reported on the source; a source document is one in the source language
(:func:`is_source_document`): a file whose path names another language is a translation, and
one whose text is in a language Plainly cannot score (PL003) is not a source either.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from literacy.checker.config import Config
from literacy.checker.languages import DEFAULT_LANGUAGES
from literacy.checker.results import FileResult
from literacy.checker.runner import Unreadable, configured, named_language, read_document
from literacy.errors import InputError
from literacy.findings import Finding
from literacy.language import base_language, canonical_tag
from literacy.translations import NO_SPAN, Lexicons, check_translations


@dataclass(frozen=True)
class CheckedFile:
    """A checked document: its path, its result, and the configuration it falls under."""

    path: Path
    result: FileResult
    config: Config


def add_translation_findings(files: Sequence[CheckedFile]) -> list[FileResult]:
    """The results of ``files``, with translation findings added to the files they concern."""
    found: dict[Path, list[Finding]] = defaultdict(list)
    configs: dict[Path | None, Config] = {}
    groups: dict[Path | None, list[CheckedFile]] = defaultdict(list)
    lexicons = Lexicons()  # read once for the run
    for item in files:
        if item.config.translations.enabled and not item.result.exempt:
            configs[item.config.path] = item.config
            groups[item.config.path].append(item)
    for key, members in groups.items():
        config = configs[key]
        rules = config.translations
        paths = [item.path.absolute() for item in members]
        pairs = find_translation_pairs(paths, languages=(*DEFAULT_LANGUAGES, *rules.required),
                                       source=rules.source)
        translated: set[tuple[Path, str]] = set()
        for source_path, translation_path in pairs:
            lang = canonical_tag(translation_language(translation_path, source_path))
            translated.add((source_path, lang))
            found[translation_path].extend(
                _content_findings(source_path, translation_path, rules.source, lang,
                                  lexicons)
            )
            found[translation_path].extend(_stale_findings(config.root, source_path,
                                                           translation_path))
        translations = {translation for _, translation in pairs}
        for item, path in zip(members, paths, strict=True):
            if path in translations or not is_source_document(item):
                continue
            for lang in rules.required:  # canonical tags (configuration), as ``translated``
                if lang != rules.source and (path, lang) not in translated:
                    found[path].append(_missing(path, lang))
    results = []
    for item in files:
        extra = found.get(item.path.absolute())
        if extra:
            settings = item.config.settings_for(item.path)
            findings = (*item.result.findings, *configured(extra, settings))
            results.append(replace(item.result, findings=findings))
        else:
            results.append(item.result)
    return results


def is_source_document(item: CheckedFile) -> bool:
    """Whether ``item`` is in its configuration's source language, so that the required
    translations are asked of it (PL401): its path names that language or none
    (``leaflet.fr.md`` and ``fr/leaflet.md`` are translations), and its text is not one
    Plainly found in another language it cannot score (PL003)."""
    source = item.config.translations.source
    lang = (named_language(item.path, item.config) or item.result.unscored_language
            or source)
    return base_language(lang) == base_language(source)


def _content_findings(source_path: Path, translation_path: Path, source: str,
                      lang: str, lexicons: Lexicons) -> list[Finding]:
    try:
        source_text = read_document(str(source_path))
        text = read_document(str(translation_path))
    except Unreadable:
        return []  # an unreadable file (or a FIFO, a device) is already reported as PL001
    if not source_text.strip():
        return []
    return [
        replace(finding, text=finding.text[:200], data={"lang": finding.data["lang"]})
        for finding in check_translations({source: source_text, lang: text}, source=source,
                                          lexicons=lexicons)
    ]


def _stale_findings(root: Path, source_path: Path, translation_path: Path) -> list[Finding]:
    try:
        findings = stale_translations(root, [(source_path, translation_path)])
    except InputError:
        return []  # not a Git repository, or no git: nothing can be said of age
    return [replace(finding, data={"lang": canonical_tag(finding.data["lang"])})
            for finding in findings]


def _missing(source_path: Path, lang: str) -> Finding:
    return Finding(
        code="PL401",
        message=f"There is no '{lang}' translation of this document: expected "
        f"{source_path.stem}.{lang}{source_path.suffix} beside it, or the same path under "
        f"an '{lang}/' folder.",
        span=NO_SPAN,
        text="",
        data={"lang": lang},
    )


_SKIPPED_DIRECTORIES = frozenset(
    {".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__", ".tox", "build",
     "dist", ".mypy_cache", ".pytest_cache", ".ruff_cache"}
)


def _walk(paths: Iterable[Path | str]) -> Iterator[Path]:
    for path in map(Path, paths):
        if path.is_dir():
            for root, directories, files in os.walk(path):
                directories[:] = sorted(d for d in directories if d not in _SKIPPED_DIRECTORIES)
                for name in sorted(files):
                    yield Path(root) / name
        else:
            yield path


def find_translation_pairs(
    paths: Iterable[Path | str],
    conventions: Sequence[str] = ("suffix", "folder"),
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    source: str = "en",
) -> list[tuple[Path, Path]]:
    """``(source file, translation file)`` pairs among ``paths`` (files, or folders searched
    recursively), by the repository conventions named in ``conventions``:

    - ``"suffix"``: ``leaflet.es.md`` translates ``leaflet.md`` (or ``leaflet.en.md``);
    - ``"folder"``: ``es/leaflet.md`` translates ``en/leaflet.md`` (the language folder may
      be at any depth: ``docs/es/a/b.md`` ↔ ``docs/en/a/b.md``).

    A translation whose source is not among the files is not paired.  Language codes match
    case-insensitively (``EN/`` is ``en/``, ``leaflet.ES.md`` is ``leaflet.es.md``), and a
    regional code (``es-MX``, ``pt_BR``) matches its language.
    """
    unknown = set(conventions) - {"suffix", "folder"}
    if unknown:
        raise ValueError(f"unknown convention(s) {sorted(unknown)}; use 'suffix' or 'folder'")
    files = list(dict.fromkeys(_walk(paths)))
    present = set(files)
    # Each file under the keys by which it may be a source: its path with the language
    # part (a name's second suffix, or a folder) in lower case.
    by_tag: dict[tuple[str, ...], Path] = {}
    for path in files:
        for key in _tag_keys(path):
            by_tag.setdefault(key, path)
    wanted = {base_language(lang) for lang in languages
              if base_language(lang) != base_language(source)}
    folded = source.casefold()
    pairs: list[tuple[Path, Path]] = []
    for path in files:
        if "suffix" in conventions:
            parts = path.name.split(".")
            if len(parts) >= 3 and base_language(parts[-2]) in wanted:
                stem = ".".join(parts[:-2])
                candidate: Path | None = path.with_name(f"{stem}.{parts[-1]}")
                if candidate not in present:
                    candidate = by_tag.get(("suffix", str(path.parent), stem, folded, parts[-1]))
                if candidate is not None:
                    pairs.append((candidate, path))
        if "folder" in conventions:
            for depth, part in enumerate(path.parts[:-1]):
                if base_language(part) in wanted:
                    candidate = by_tag.get(
                        ("folder", str(depth), *path.parts[:depth], folded,
                         *path.parts[depth + 1:])
                    )
                    if candidate is not None:
                        pairs.append((candidate, path))
                        break
    return sorted(dict.fromkeys(pairs))


def _tag_keys(path: Path) -> Iterator[tuple[str, ...]]:
    """The keys under which ``path`` is found as a source: for ``leaflet.EN.md``, its
    folder, stem, tag in lower case and extension; for ``docs/EN/leaflet.md``, for each
    folder in turn, its place and the parts with that folder in lower case.  Only the
    tag's case is ignored."""
    parts = path.name.split(".")
    if len(parts) >= 3:
        yield ("suffix", str(path.parent), ".".join(parts[:-2]), parts[-2].casefold(),
               parts[-1])
    for depth, part in enumerate(path.parts[:-1]):
        yield ("folder", str(depth), *path.parts[:depth], part.casefold(),
               *path.parts[depth + 1:])


# A language code as a file or folder name writes it: "es", "pt-BR", "pt_BR".
_LANGUAGE_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?")


def translation_language(translation: Path, source: Path) -> str:
    """The language code a translation's path carries (suffix or folder), or ""."""
    parts = translation.name.split(".")
    source_parts = source.name.split(".")
    if len(parts) >= 3 and parts[:-2] == source_parts[:len(parts) - 2] and (
        _LANGUAGE_CODE.fullmatch(parts[-2])
    ):
        return parts[-2]
    for mine, theirs in zip(translation.parts, source.parts, strict=False):
        if mine != theirs and _LANGUAGE_CODE.fullmatch(mine):
            return mine
    return ""


def _last_commit_time(repo: Path, path: Path) -> int | None:
    """Unix time of the last commit touching ``path`` (``git log -1 --format=%ct``)."""
    try:
        result = subprocess.run(
            ["git", "-C", str(repo), "log", "-1", "--format=%ct", "--", str(path)],
            capture_output=True, text=True, check=True, timeout=60,
        )
    except FileNotFoundError as error:
        raise InputError("git is not installed; install git to check for stale "
                         "translations", code="git_unavailable") from error
    except subprocess.CalledProcessError as error:
        raise InputError(
            f"git could not read the history of {path} in {repo}: {error.stderr.strip()}; "
            "pass the folder of a git repository",
            code="git_failed",
        ) from error
    output = result.stdout.strip()
    return int(output) if output else None


def stale_translations(repo: Path, pairs: list[tuple[Path, Path]]) -> list[Finding]:
    """A PL406 finding (on the translation) for each pair whose source was last committed after its
    translation (commit times from ``git log -1 --format=%ct -- <file>``).

    Paths may be absolute or relative to ``repo``.  A file with no commit yet is skipped:
    nothing can be said of its age.  Uncommitted changes are not seen.
    """
    flags: list[Finding] = []
    for source, translation in pairs:
        source_time = _last_commit_time(repo, source)
        translation_time = _last_commit_time(repo, translation)
        if source_time is None or translation_time is None or source_time <= translation_time:
            continue
        days = (source_time - translation_time) / 86_400
        lang = translation_language(Path(translation), Path(source))
        flags.append(
            Finding(
                "PL406",
                f"{source} was changed after its translation {translation} was last updated "
                f"({days:.1f} days later); update the translation.",
                NO_SPAN, str(translation),
                data={"lang": lang, "source": str(source), "translation": str(translation),
                      "source_commit_time": source_time,
                      "translation_commit_time": translation_time},
            )
        )
    return flags
