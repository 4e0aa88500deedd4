"""Translations in a repository: missing, stale and faulty ones, as findings on their files.

Translations are found by the repository conventions of ``literacy.translations``
(``leaflet.es.md`` beside ``leaflet.md``; ``es/leaflet.md`` beside ``en/leaflet.md``).  Each
translation is checked against its source (PL402-PL405) and against Git history (PL406,
stale: the source was committed after the translation).  A language listed in
``[tool.plainly.translations] required`` with no translation of a source document is PL401,
reported on the source.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from literacy.checker.config import Config
from literacy.checker.results import FileResult
from literacy.checker.runner import Unreadable, configured, read_document
from literacy.errors import InputError
from literacy.findings import Finding, Span
from literacy.reading import line_starts
from literacy.translations import (
    TranslationFlag,
    check_translations,
    find_translation_pairs,
    stale_translations,
    translation_language,
)

NO_SPAN = Span(0, 0, 1, 1, 1, 1)


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
    groups: dict[Path | None, list[Path]] = defaultdict(list)
    for item in files:
        if item.config.translations.enabled and not item.result.exempt:
            configs[item.config.path] = item.config
            groups[item.config.path].append(item.path.absolute())
    for key, paths in groups.items():
        config = configs[key]
        rules = config.translations
        pairs = find_translation_pairs(paths, source=rules.source)
        translated: set[tuple[Path, str]] = set()
        for source_path, translation_path in pairs:
            lang = translation_language(translation_path, source_path)
            translated.add((source_path, lang))
            found[translation_path].extend(
                _content_findings(source_path, translation_path, rules.source, lang)
            )
            found[translation_path].extend(_stale_findings(config.root, source_path,
                                                           translation_path))
        translations = {translation for _, translation in pairs}
        for path in paths:
            if path in translations:
                continue
            for lang in rules.required:
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


def _content_findings(source_path: Path, translation_path: Path, source: str,
                      lang: str) -> list[Finding]:
    try:
        source_text = read_document(str(source_path))
        text = read_document(str(translation_path))
    except Unreadable:
        return []  # an unreadable file (or a FIFO, a device) is already reported as PL001
    if not source_text.strip():
        return []
    flags = check_translations({source: source_text, lang: text}, source=source)
    return [_finding(flag, text) for flag in flags]


def _stale_findings(root: Path, source_path: Path, translation_path: Path) -> list[Finding]:
    try:
        flags = stale_translations(root, [(source_path, translation_path)])
    except InputError:
        return []  # not a Git repository, or no git: nothing can be said of age
    return [_finding(flag, "") for flag in flags]


def _finding(flag: TranslationFlag, text: str) -> Finding:
    if flag.start is None or not text:
        span = NO_SPAN
    else:
        span = Span.of(text, flag.start, flag.end or flag.start, line_starts(text))
    return Finding(
        code=flag.rule,
        message=flag.message,
        span=span,
        text=flag.text[:200],
        severity=flag.severity,
        data={"lang": flag.lang},
    )


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
