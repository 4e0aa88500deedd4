"""Which files to check: paths, folders and globs from the command line, filtered.

- A **file** named on the command line is checked when its extension is one of
  ``extensions`` and ``exclude`` does not match it; ``.gitignore`` does not apply to files
  named outright.
- A **folder** is walked recursively.  Folders matching ``exclude`` (and tools' folders
  such as ``.git/`` and ``node_modules/``) are skipped whole; files and folders ignored by
  Git are skipped: every ``.gitignore`` from the repository's top (the nearest folder above
  with a ``.git``) down, and ``.git/info/exclude``, matched with ``pathspec``'s Git rules.
  Outside a Git repository the ``.gitignore`` files from the project's root (the
  configuration file's folder) down are read.  Symbolic links to folders are not followed
  (no loops); symbolic links to files are read like files.  FIFOs, devices and sockets
  are listed like files (and reported as PL001 by the runner, which never opens them).
- A **glob** (``"docs/**/*.md"``, quoted so the shell leaves it alone) is expanded and each
  match treated as above.  A path that does not exist and is no glob is a usage error.
- An argument that gives no document is a usage error that says why: a file named outright
  that is not a document (its extension, ``exclude``, ``include``), a folder with no
  document, a glob that matches none.  Under pre-commit (``PRE_COMMIT=1``), which passes
  every staged text file, a file that is not a document is skipped instead; with no
  arguments at all, finding nothing is not an error either.

Each file is paired with its configuration, found by walking up from its folder (see
``literacy.checker.config``), unless ``--config`` names one.
"""

from __future__ import annotations

import glob
import os
import subprocess
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pathspec

from literacy.checker.config import (
    CONFIG_FILES,
    Config,
    default_config,
    find_config,
    load_config,
)


class UsageError(Exception):
    """A command line that cannot be carried out (a missing path, a bad Git revision)."""


@dataclass(frozen=True)
class Candidate:
    """A document to check, with the configuration that applies to it."""

    path: Path  # absolute, not resolved (a symbolic link stays a link)
    config: Config


class ConfigFinder:
    """The configuration for each folder: the one named, or the closest file walking up."""

    def __init__(self, explicit: Path | None, cwd: Path) -> None:
        self._explicit = load_config(explicit) if explicit is not None else None
        self._cwd = cwd
        self._by_file: dict[Path, Config] = {}
        self._by_folder: dict[Path, Path | None] = {}

    def __call__(self, folder: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        found = self._find(folder)
        if found is None:
            return default_config(self._cwd)
        if found not in self._by_file:
            self._by_file[found] = load_config(found)
        return self._by_file[found]

    def _find(self, folder: Path) -> Path | None:
        if folder not in self._by_folder:
            self._by_folder[folder] = find_config(folder)
        return self._by_folder[folder]


class GitIgnore:
    """Git's ignore rules for the files under one folder, read lazily folder by folder.

    The rules are read from ``top`` down: the repository's top folder, or ``fallback`` (the
    project's root) where ``start`` is in no Git repository.
    """

    def __init__(self, start: Path, fallback: Path) -> None:
        self.top = _repository_top(start) or fallback
        self._specs: dict[Path, pathspec.GitIgnoreSpec | None] = {}
        exclude = self.top / ".git" / "info" / "exclude"
        self._info = _read_spec(exclude) if exclude.is_file() else None

    def ignores(self, path: Path, is_dir: bool) -> bool:
        """Whether Git would ignore ``path``; the last matching rule, deepest file, decides."""
        try:
            relative = path.relative_to(self.top)
        except ValueError:
            return False
        decision: bool | None = None
        chain: list[tuple[Path, pathspec.GitIgnoreSpec | None]] = [(self.top, self._info)]
        folder = self.top
        for part in relative.parts[:-1]:
            chain.append((folder, self._spec(folder)))
            folder = folder / part
        chain.append((folder, self._spec(folder)))
        for base, spec in chain:
            if spec is None:
                continue
            name = path.relative_to(base).as_posix() + ("/" if is_dir else "")
            include = spec.check_file(name).include
            if include is not None:
                decision = include
        return bool(decision)

    def _spec(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._specs:
            ignore = folder / ".gitignore"
            self._specs[folder] = _read_spec(ignore) if ignore.is_file() else None
        return self._specs[folder]


def _read_spec(path: Path) -> pathspec.GitIgnoreSpec | None:
    try:
        lines = path.read_text("utf-8", errors="replace").splitlines()
    except OSError:
        return None
    return pathspec.GitIgnoreSpec.from_lines(lines)


def _repository_top(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return None


def discover(
    arguments: Sequence[str], cwd: Path, config_for: Callable[[Path], Config],
    *, skip_named_files: bool = False,
) -> list[Candidate]:
    """The documents named by ``arguments`` (none: the working folder), each once, sorted.

    An argument that gives no document is a ``UsageError`` saying why (a typo in a CI
    workflow must not pass by checking nothing): a file that is not a document, a folder
    without one, a glob that matches none.  With ``skip_named_files`` (under pre-commit,
    which passes every text file staged) a file that is not a document is skipped instead.
    Without arguments, finding nothing is not an error.
    """
    seen: dict[Path, Candidate] = {}
    for argument in arguments or ["."]:
        kind, paths = _expand(argument, cwd)
        found = 0
        skipped: list[tuple[Path, str]] = []
        for path, explicit in paths:
            candidates = [path] if explicit else _walk(path, config_for)
            for candidate in candidates:
                config = config_for(candidate.parent)
                reason = config.skips(candidate)
                if reason is not None:
                    skipped.append((candidate, reason))
                    continue
                found += 1
                seen.setdefault(candidate, Candidate(candidate, config))
        if found or not arguments or (kind == "file" and skip_named_files):
            continue
        raise UsageError(_nothing_to_check(argument, kind, len(paths), skipped, cwd))
    return [seen[path] for path in sorted(seen)]


def _nothing_to_check(argument: str, kind: str, matches: int,
                      skipped: list[tuple[Path, str]], cwd: Path) -> str:
    """Why ``argument`` gives no document, and what to do."""
    if kind == "file":
        return (f"{argument} is not checked: {skipped[0][1]}; otherwise leave it off the "
                "command line")
    if kind == "glob" and not matches:
        return (f"no file or folder matches {argument!r} (from {cwd}); check the path and "
                "the pattern")
    if not skipped:
        folders = "the folders it matches have" if kind == "glob" else "the folder has"
        return f"{argument}: no document to check: {folders} no files (but any ignored by Git)"
    one = len(skipped) == 1
    where = ("matches" if one else "match") if kind == "glob" else ("is in" if one else "are in")
    # The example shown: a likely document rather than a dot file or a configuration file.
    first, reason = min(skipped, key=lambda item: (item[0].name.startswith(".")
                                                   or item[0].name in CONFIG_FILES))
    try:
        shown = first.relative_to(cwd).as_posix()
    except ValueError:
        shown = first.as_posix()
    count = f"{len(skipped)} file{'' if one else 's'}"
    return (f"{argument}: no document to check: {count} {where} it but none is a document "
            f"plainly checks (such as {shown}: {reason})")


def _expand(argument: str, cwd: Path) -> tuple[str, list[tuple[Path, bool]]]:
    """What an argument is (``file``, ``folder`` or ``glob``), and its ``(path, is_file)``
    pairs: itself, or the matches of a glob."""
    path = Path(os.path.normpath(cwd / argument))
    if path.is_dir():
        return "folder", [(path, False)]
    if path.is_symlink() or path.exists():  # a FIFO or device too: reported, never opened
        return "file", [(path, True)]
    if glob.has_magic(argument):
        pattern = argument if os.path.isabs(argument) else str(cwd / argument)
        matches = [Path(os.path.normpath(match))
                   for match in sorted(glob.glob(pattern, recursive=True))]
        return "glob", [(found, not found.is_dir()) for found in matches]
    raise UsageError(f"no such file or folder: {argument}")


def _walk(root: Path, config_for: Callable[[Path], Config]) -> Iterator[Path]:
    project = config_for(root).root
    ignore = GitIgnore(root, project if root.is_relative_to(project) else root)
    for folder, dirnames, filenames in os.walk(root):
        here = Path(folder)
        config = config_for(here)
        kept = []
        for name in sorted(dirnames):
            child = here / name
            if not (config.excludes(child, is_dir=True) or ignore.ignores(child, is_dir=True)):
                kept.append(name)
        dirnames[:] = kept
        for name in sorted(filenames):
            child = here / name
            if not ignore.ignores(child, is_dir=False):
                yield child


def changed_files(base: str, cwd: Path) -> set[str]:
    """Files changed since the Git revision ``base``, and new files Git does not ignore.

    ``git diff --name-only BASE`` compares ``BASE`` with the working tree, so committed,
    staged and unstaged changes all count; deleted files are left out.  Untracked files
    (``git ls-files --others --exclude-standard``) are included too: a new leaflet not yet
    added is still a change worth checking, and a CI checkout has none.  The paths are
    returned resolved (``os.path.realpath``), for comparing with ``resolved(candidate)``.
    ``base`` is only ever a revision: a value starting with ``-`` is a usage error, and Git
    is given ``--end-of-options`` before it, so it cannot be read as an option
    (``--diff=--output=FILE`` would otherwise make ``git diff`` overwrite FILE).
    """
    if not base or base.startswith("-") or any(char.isspace() or ord(char) < 32 for char in base):
        raise UsageError(f"--diff takes a Git revision (a branch, tag or commit such as "
                         f"origin/main), not {base!r}")
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    _git(["rev-parse", "--verify", "--quiet", "--end-of-options", base + "^{commit}"], top,
         f"--diff: {base!r} is not a commit git knows in this repository; name a branch, "
         "tag or commit")
    diff = _git(["diff", "--name-only", "--diff-filter=d", "-z", "--end-of-options", base,
                 "--"], top)
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    return {os.path.realpath(top / name) for name in _split_z(diff, untracked)}


def _split_z(*outputs: str) -> Iterable[str]:
    for output in outputs:
        yield from (name for name in output.split("\0") if name)


def _git(arguments: list[str], cwd: Path, failure: str | None = None) -> str:
    """Git's output; a ``UsageError`` (``failure``, or Git's last line) when it fails."""
    try:
        completed = subprocess.run(
            ["git", *arguments], cwd=cwd, capture_output=True, text=True, check=False
        )
    except OSError as error:
        raise UsageError(f"--diff needs Git, which could not be run: {error.strerror}") from None
    if completed.returncode != 0:
        if failure is not None:
            raise UsageError(failure)
        detail = completed.stderr.strip().splitlines()
        raise UsageError(f"git {' '.join(arguments[:2])} failed: "
                         f"{detail[-1] if detail else 'exit ' + str(completed.returncode)}")
    return completed.stdout
