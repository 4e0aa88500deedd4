"""Configuration: ``[tool.plainly]`` in ``pyproject.toml`` or a ``.plainly.toml``.

The file is found by walking up from each document's folder; in each folder ``.plainly.toml``
is tried before ``pyproject.toml``, and a ``pyproject.toml`` without a ``[tool.plainly]``
table is passed over, so the closest configuration wins (as with ruff).  ``--config FILE``
names one file for every document.  Globs in the file (``include``, ``exclude``, the
``paths`` of an override) are relative to the folder the file is in.

Where a document's settings come from, highest first:

1. a command-line flag (``--target-grade``, ``--max-jargon-density``, ``--max-sentence-words``);
2. the document's own front matter (``plainly: {target_grade: 6}`` or ``target_grade: 6``);
3. the ``[[tool.plainly.overrides]]`` whose ``paths`` match it, later ones over earlier ones;
4. the top level of the configuration file;
5. the defaults: grade 8, jargon density 0.05, 20 words a sentence.

``communication_min`` (a share from 0 to 1) and ``require`` (clear-communication item ids,
``literacy.communication``) make a document whose checklist falls short fail with PL511.

``severity`` tables merge code by code and ``allow`` lists add up along the same chain.
Unknown keys and values out of range are errors that name the key and the file.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Literal, TypeVar

import pathspec

from literacy.checker.codes import resolve_code, rule_names
from literacy.communication import ITEMS_BY_ID
from literacy.difficulty import DEFAULT_THRESHOLD
from literacy.engine import VARIANTS
from literacy.findings import RULES, SEVERITIES, Severity
from literacy.language import canonical_tag, is_language_tag
from literacy.rules.context import TARGET_GRADES, Targets, is_number_in

# A finding's severity, or "off" (not reported).
Level = Literal[Severity, "off"]
LEVELS: tuple[Level, ...] = (*SEVERITIES, "off")

CONFIG_FILES = (".plainly.toml", "pyproject.toml")
DEFAULT_EXTENSIONS = (".md", ".markdown", ".html", ".htm", ".txt")
# Folders never worth reading (tools' caches, environments, dependencies); exclude adds to these.
DEFAULT_EXCLUDE = (
    ".git/", ".hg/", ".svn/", ".venv/", "venv/", ".tox/", ".nox/", "node_modules/",
    "__pycache__/", ".mypy_cache/", ".pytest_cache/", ".ruff_cache/", "site-packages/",
)
# The checker's defaults: PL101 and PL204 fail the build; other codes keep the engine's level,
# except the clear-communication items' own findings (PL501–PL510), which are off until a
# ``severity`` table turns them on (the checklist itself is checked with PL511).
DEFAULT_SEVERITY: Mapping[str, Level] = {
    "PL101": "error", "PL204": "error",
    **{item.code: "off" for item in ITEMS_BY_ID.values() if item.code is not None},
}


class ConfigError(Exception):
    """A configuration file (or a flag) that cannot be used; the message names file and key."""


@dataclass(frozen=True)
class Settings:
    """What one document is checked against, fully resolved."""

    target_grade: float = Targets.target_grade
    max_jargon_density: float = 0.05
    max_sentence_words: int = Targets.max_sentence_words
    severity: Mapping[str, Level] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    allow: frozenset[str] = frozenset()
    exempt: bool = False
    communication_min: float | None = None
    require: tuple[str, ...] = ()
    variant: str | None = None
    jargon_threshold: float = DEFAULT_THRESHOLD


@dataclass(frozen=True)
class Layer:
    """Settings from one source (file, override, front matter, flags); ``None`` = not set."""

    target_grade: float | None = None
    max_jargon_density: float | None = None
    max_sentence_words: int | None = None
    severity: Mapping[str, Level] = field(default_factory=dict)
    allow: tuple[str, ...] = ()
    exempt: bool | None = None
    communication_min: float | None = None
    require: tuple[str, ...] | None = None
    variant: str | None = None
    jargon_threshold: float | None = None

    def apply(self, settings: Settings) -> Settings:
        """``settings`` with this layer's values on top."""
        return Settings(
            target_grade=_pick(self.target_grade, settings.target_grade),
            max_jargon_density=_pick(self.max_jargon_density, settings.max_jargon_density),
            max_sentence_words=_pick(self.max_sentence_words, settings.max_sentence_words),
            severity={**settings.severity, **self.severity},
            allow=settings.allow | {term.casefold() for term in self.allow},
            exempt=_pick(self.exempt, settings.exempt),
            communication_min=_pick(self.communication_min, settings.communication_min),
            require=_pick(self.require, settings.require),
            variant=_pick(self.variant, settings.variant),
            jargon_threshold=_pick(self.jargon_threshold, settings.jargon_threshold),
        )


_T = TypeVar("_T")


def _pick(value: _T | None, fallback: _T) -> _T:
    return fallback if value is None else value


@dataclass(frozen=True)
class Override:
    """A ``[[tool.plainly.overrides]]`` entry: settings for the documents under ``paths``."""

    paths: tuple[str, ...]
    layer: Layer

    @cached_property
    def spec(self) -> pathspec.GitIgnoreSpec:
        return _spec(self.paths)


@dataclass(frozen=True)
class TranslationRules:
    """``[tool.plainly.translations]``: which translations a repository must have.

    ``enabled`` checks every translation found beside its source (content and staleness);
    ``required`` lists languages every source document must have (PL401 when one is missing).
    """

    enabled: bool = True
    source: str = "en"
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Config:
    """One configuration file, parsed (or the defaults, when there is none)."""

    root: Path
    path: Path | None = None
    base: Layer = field(default_factory=Layer)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    extensions: tuple[str, ...] = DEFAULT_EXTENSIONS
    overrides: tuple[Override, ...] = ()
    translations: TranslationRules = field(default_factory=TranslationRules)

    @cached_property
    def _exclude_spec(self) -> pathspec.GitIgnoreSpec:
        return _spec((*DEFAULT_EXCLUDE, *self.exclude))

    @cached_property
    def _default_exclude_spec(self) -> pathspec.GitIgnoreSpec:
        return _spec(DEFAULT_EXCLUDE)

    @cached_property
    def _include_spec(self) -> pathspec.GitIgnoreSpec | None:
        return _spec(self.include) if self.include else None

    def relative(self, path: Path) -> str | None:
        """``path`` relative to the root, with ``/``; ``None`` when it is outside the root."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return None

    def excludes(self, path: Path, is_dir: bool = False) -> bool:
        """Whether ``path`` (a file, or a folder to skip whole) matches ``exclude``."""
        relative = self.relative(path)
        candidate = relative if relative is not None else path.name
        return self._exclude_spec.match_file(candidate + ("/" if is_dir else ""))

    def selects(self, path: Path) -> bool:
        """Whether the file ``path`` is a document to check: extension, include and exclude."""
        return self.skips(path) is None

    def skips(self, path: Path) -> str | None:
        """Why the file ``path`` is not a document to check (its extension, ``exclude``,
        ``include``), said so that the user knows what to change; ``None`` when it is one."""
        where = str(self.path) if self.path is not None else (
            "a configuration file ([tool.plainly] in pyproject.toml, or .plainly.toml)"
        )
        checked = ", ".join(self.extensions)
        suffix = path.suffix.lower()
        if not suffix:
            return f"it has no extension, and plainly checks only files ending in {checked}"
        if suffix not in self.extensions:
            return (f"plainly does not check '{suffix}' files (only {checked}); to check "
                    f"them, add \"{suffix}\" to 'extensions' in {where}")
        if self.excludes(path):
            relative = self.relative(path)
            candidate = relative if relative is not None else path.name
            if self._default_exclude_spec.match_file(candidate):
                return ("it is in a folder plainly never reads (tools' folders such as "
                        ".git/, .venv/ and node_modules/)")
            return f"it matches 'exclude' in {where} (remove the pattern to check it)"
        if self._include_spec is None:
            return None
        relative = self.relative(path)
        if relative is None or not self._include_spec.match_file(relative):
            return f"it does not match 'include' in {where} (add a pattern to check it)"
        return None

    def settings_for(self, path: Path) -> Settings:
        """Defaults, then the file's top level, then each matching override in order."""
        settings = self.base.apply(Settings())
        relative = self.relative(path)
        if relative is not None:
            for override in self.overrides:
                if override.spec.match_file(relative):
                    settings = override.layer.apply(settings)
        return settings


def _spec(patterns: tuple[str, ...]) -> pathspec.GitIgnoreSpec:
    return pathspec.GitIgnoreSpec.from_lines(patterns)


# --- finding and reading the file -------------------------------------------------------------


def find_config(start: Path) -> Path | None:
    """The first ``.plainly.toml``, or ``pyproject.toml`` with ``[tool.plainly]``, walking up."""
    for folder in (start, *start.parents):
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_plainly_table(candidate)):
                return candidate
    return None


def _has_plainly_table(path: Path) -> bool:
    table = _read_toml(path).get("tool", {})
    return isinstance(table, dict) and "plainly" in table


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except UnicodeDecodeError as error:
        raise ConfigError(
            f"{path}: not UTF-8 (byte 0x{error.object[error.start]:02X} at offset "
            f"{error.start}); a configuration file must be UTF-8 TOML: save it as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the file: {error.strerror}") from None


def load_config(path: Path) -> Config:
    """Parse the configuration file ``path`` (``[tool.plainly]`` in a ``pyproject.toml``)."""
    path = path.absolute()
    if not path.is_file():
        raise ConfigError(f"{path}: no such configuration file")
    data = _read_toml(path)
    prefix = ""
    if path.name == "pyproject.toml":
        prefix = "tool.plainly."
        tool = data.get("tool", {})
        data = tool.get("plainly", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.plainly] must be a table")
    return parse_config(data, path, prefix)


def parse_config(data: Mapping[str, Any], path: Path, prefix: str = "") -> Config:
    """Build a ``Config`` from the table ``data`` read from ``path``.

    ``prefix`` is where the table sits in the file (``tool.plainly.`` in a ``pyproject.toml``),
    so that messages name tables as the file writes them.
    """
    top = f"in [{prefix.rstrip('.')}]" if prefix else "at the top level"
    _reject_unknown(data, _TOP_KEYS, path, top)
    overrides = data.get("overrides", [])
    if not isinstance(overrides, list) or not all(isinstance(o, dict) for o in overrides):
        raise ConfigError(f"{path}: 'overrides' must be an array of tables "
                          f"([[{prefix}overrides]])")
    return Config(
        root=path.parent,
        path=path,
        base=_layer(data, path, top),
        include=_globs(data, "include", path, top),
        exclude=_globs(data, "exclude", path, top),
        extensions=_extensions(data, path, top),
        overrides=tuple(
            _override(entry, path, f"in [[{prefix}overrides]] number {number}")
            for number, entry in enumerate(overrides, start=1)
        ),
        translations=_translations(data.get("translations", {}), path, prefix),
    )


def _translations(data: object, path: Path, prefix: str) -> TranslationRules:
    where = f"in [{prefix}translations]"
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: 'translations' must be a table ([{prefix}translations])")
    _reject_unknown(data, ("enabled", "source", "required"), path, where)
    enabled = data.get("enabled", True)
    source = data.get("source", "en")
    required = data.get("required", [])
    if not isinstance(enabled, bool):
        raise ConfigError(f"{path}: 'enabled' {where} must be true or false")
    if not isinstance(source, str):
        raise ConfigError(f"{path}: 'source' {where} must be a language tag such as \"en\"")
    if not isinstance(required, list) or not all(isinstance(lang, str) for lang in required):
        raise ConfigError(
            f"{path}: 'required' {where} must be a list of language tags, e.g. [\"es\"]"
        )
    for key, tag in (("source", source), *(("required", lang) for lang in required)):
        if not is_language_tag(tag):
            raise ConfigError(f"{path}: '{key}' {where} has {tag!r}, which is not a "
                              "BCP 47 language tag in the IANA registry; write one such as "
                              "en, es, pt-BR or zh-Hant")
    return TranslationRules(enabled, canonical_tag(source),
                            tuple(dict.fromkeys(canonical_tag(lang) for lang in required)))


def _override(data: Mapping[str, Any], path: Path, where: str) -> Override:
    _reject_unknown(data, _OVERRIDE_KEYS, path, where)
    if "paths" not in data:
        raise ConfigError(f"{path}: the override {where.removeprefix('in ')} needs 'paths', "
                          'a list of globs such as ["consent/**"]')
    paths = _globs(data, "paths", path, where)
    if not paths:
        raise ConfigError(f"{path}: 'paths' {where} must name at least one glob")
    return Override(paths=paths, layer=_layer(data, path, where))


def _layer(data: Mapping[str, Any], path: Path, where: str) -> Layer:
    values: dict[str, Any] = {}
    for key in VALIDATORS:
        if key in data:
            try:
                values[key] = VALIDATORS[key](data[key])
            except ValueError as error:
                raise ConfigError(f"{path}: '{key}' {where} {error}") from None
    return Layer(**values)


def _reject_unknown(data: Mapping[str, Any], known: tuple[str, ...], path: Path,
                    where: str) -> None:
    for key in data:
        if key in known:
            continue
        close = difflib.get_close_matches(str(key), known, n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        if key in _TOP_KEYS:
            hint = " (it can only be set at the top level, not in an override)"
        elif key in _OVERRIDE_KEYS:
            hint = " (it can only be set in an override)"
        raise ConfigError(
            f"{path}: unknown key '{key}' {where}{hint}; known keys: {', '.join(known)}"
        )


def _globs(data: Mapping[str, Any], key: str, path: Path, where: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item for item in value):
        raise ConfigError(f"{path}: '{key}' {where} must be a list of glob strings")
    return tuple(value)


def _extensions(data: Mapping[str, Any], path: Path, where: str) -> tuple[str, ...]:
    if "extensions" not in data:
        return DEFAULT_EXTENSIONS
    value = _globs(data, "extensions", path, where)
    return tuple("." + item.lower().lstrip(".") for item in value)


# --- values --------------------------------------------------------------------------------

def check_grade(value: object) -> float:
    """A target grade: a number from 0 to 20 (US school grade)."""
    if not is_number_in(value, *TARGET_GRADES):
        low, high = TARGET_GRADES
        raise ValueError(f"must be a number from {low} to {high} (a US school grade), "
                         f"not {value!r}")
    return float(value)


def check_density(value: object) -> float:
    """A jargon budget: a share from 0 to 1 (0.05 = 5% of the words)."""
    if not is_number_in(value, 0, 1):
        raise ValueError(f"must be a share from 0 to 1 (0.05 = 5% of the words), not {value!r}")
    return float(value)


def check_sentence_words(value: object) -> int:
    """A sentence-length limit: a whole number of 1 or more."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"must be a whole number of 1 or more, not {value!r}")
    return value


def check_severity(value: object) -> dict[str, Level]:
    """A table of code or rule name to level, with names turned into codes."""
    if not isinstance(value, dict):
        raise ValueError('must be a table such as {jargon = "error", PL302 = "off"}')
    table: dict[str, Level] = {}
    for key, level in value.items():
        code = resolve_code(str(key))
        if code is None:
            raise ValueError(
                f"names an unknown rule {key!r}; use a code (PL201) or one of: "
                f"{', '.join(rule_names())}"
            )
        if code not in RULES:
            raise ValueError(
                f"names an unknown code {key!r}; use one of: {', '.join(sorted(RULES))} "
                "(or a rule name such as jargon)"
            )
        if level not in LEVELS:
            raise ValueError(f"gives {key!r} the level {level!r}; use one of {', '.join(LEVELS)}")
        table[code] = level
    return table


def check_allow(value: object) -> tuple[str, ...]:
    """A list of terms to allow (a team's own product names)."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError("must be a list of strings")
    return tuple(item.strip() for item in value if item.strip())


def check_exempt(value: object) -> bool:
    """Whether the documents are not checked at all."""
    if not isinstance(value, bool):
        raise ValueError(f"must be true or false, not {value!r}")
    return value


def check_communication_min(value: object) -> float:
    """A minimum clear-communication score: a share from 0 to 1 (0.7 = 70% of the items)."""
    if not is_number_in(value, 0, 1):
        raise ValueError(f"must be a share from 0 to 1 (0.7 = 70% of the applicable items), "
                         f"not {value!r}")
    return float(value)


def check_variant(value: object) -> str:
    """The English variant: "en-US" or "en-GB" (UK spellings and everyday words known)."""
    variants = VARIANTS["en"]
    if value not in variants:
        raise ValueError(f"must be one of {', '.join(map(repr, variants))}, not {value!r}")
    return str(value)


def check_jargon_threshold(value: object) -> float:
    """The word difficulty (0-1) at which a term is flagged; 0.5 by default."""
    if not is_number_in(value, 0, 1):
        raise ValueError(f"must be a number from 0 to 1 (0.5 flags terms more likely hard "
                         f"than not), not {value!r}")
    return float(value)


def check_require(value: object) -> tuple[str, ...]:
    """Clear-communication items every document must meet, by id."""
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError('must be a list of item ids, such as ["numbers-clear", "action"]')
    unknown = [item for item in value if item not in ITEMS_BY_ID]
    if unknown:
        raise ValueError(f"names unknown item(s) {', '.join(map(repr, unknown))}; use any of: "
                         f"{', '.join(ITEMS_BY_ID)}")
    return tuple(value)


VALIDATORS: dict[str, Callable[[object], Any]] = {
    "target_grade": check_grade,
    "max_jargon_density": check_density,
    "max_sentence_words": check_sentence_words,
    "severity": check_severity,
    "allow": check_allow,
    "exempt": check_exempt,
    "communication_min": check_communication_min,
    "require": check_require,
    "variant": check_variant,
    "jargon_threshold": check_jargon_threshold,
}
_SETTING_KEYS = ("target_grade", "max_jargon_density", "max_sentence_words", "severity", "allow",
                 "communication_min", "require", "variant", "jargon_threshold")
_TOP_KEYS = (*_SETTING_KEYS, "include", "exclude", "extensions", "overrides", "translations")
_OVERRIDE_KEYS = ("paths", *_SETTING_KEYS, "exempt")


def default_config(root: Path) -> Config:
    """The configuration used where no file is found."""
    return Config(root=root.absolute())
