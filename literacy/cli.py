"""The ``plainly`` command: ``plainly check`` for document repositories, ``plainly serve``.

Exit codes of ``plainly check`` (as ruff's): 0 when no finding is at error level, 1 when at
least one is, 2 for a usage or configuration error or an internal error; those print one
line on stderr (``PLAINLY_DEBUG=1`` adds the traceback of an internal error).  A document in
a language Plainly cannot score is not graded and does not fail the run by itself (PL003 is
a warning unless configured otherwise).

``plainly serve`` is the web service (``api.serve``), imported only when asked for, so the
engine and the checker never import the web stack.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from importlib import metadata
from pathlib import Path
from typing import TextIO

from literacy.checker.config import (
    ConfigError,
    Layer,
    Settings,
    check_density,
    check_grade,
    check_jargon_threshold,
    check_sentence_words,
    check_variant,
)
from literacy.checker.discovery import ConfigFinder, UsageError, changed_files, discover
from literacy.checker.results import FileResult, Totals
from literacy.checker.runner import CheckError, make_task, run_tasks
from literacy.checker.translations import CheckedFile, add_translation_findings
from literacy.engine import VARIANTS
from literacy.formatters import FORMATTERS, EmitContext
from literacy.rules.context import TARGET_GRADES

PRECEDENCE = (
    "Settings, highest first: command-line flag > the document's front matter "
    "(plainly: {target_grade: 6}, or target_grade: 6) > the [[tool.plainly.overrides]] whose "
    "paths match > the configuration file ([tool.plainly] in pyproject.toml, or "
    ".plainly.toml, the closest one walking up) > defaults (grade 8, jargon density 0.05, "
    "20 words a sentence)."
)


def version() -> str:
    """The installed package's version."""
    try:
        return metadata.version("plainly")
    except metadata.PackageNotFoundError:
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``plainly`` with ``argv`` (default: the process's arguments); return the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        if arguments[:1] == ["serve"]:
            return _serve(arguments[1:])
        parser = build_parser()
        options = parse_arguments(parser, arguments)
        if options.command != "check":
            parser.print_help(sys.stderr)
            return 2
        return check(options)
    except (ConfigError, UsageError, CheckError) as error:
        _fail(str(error))
        return 2
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except BrokenPipeError:  # the reader went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as error:  # a bug: say so on one line, not with a traceback
        if os.environ.get("PLAINLY_DEBUG"):
            traceback.print_exc()
        _fail(f"internal error: {type(error).__name__}: {error} "
              "(set PLAINLY_DEBUG=1 to see where)")
        return 2


def _fail(message: str) -> None:
    print(f"plainly: {message}", file=sys.stderr)


def _serve(arguments: list[str]) -> int:
    try:
        from api.serve import main as serve_main
    except ImportError as error:
        raise UsageError(f"'plainly serve' is not available here: {error}") from None
    code: int = serve_main(arguments)
    return code


# --- the command line ------------------------------------------------------------------------


def _flag(
    check: Callable[[object], object], convert: Callable[[str], object]
) -> Callable[[str], object]:
    """An argparse type that converts, then validates as the configuration does."""

    def parse(text: str) -> object:
        try:
            value: object = convert(text)
        except ValueError:
            value = text  # the check says what is expected
        try:
            return check(value)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return value


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class PlainlyParser(argparse.ArgumentParser):
    """The top-level parser, which keeps its subcommands' parsers by name."""

    commands: dict[str, argparse.ArgumentParser]


def parse_arguments(parser: PlainlyParser, arguments: Sequence[str]) -> argparse.Namespace:
    """``arguments`` parsed; an argument nobody knows is an error of the subcommand it
    follows, shown with that subcommand's usage (argparse leaves it to the top level, whose
    usage says nothing of the subcommand's options).  Paths may come after options, as in
    ``plainly check docs --jobs 2 leaflets`` (argparse alone stops reading them at the
    first option)."""
    options, unknown = parser.parse_known_args(arguments)
    if options.command == "check" and unknown and not any(
            item.startswith("-") for item in unknown):
        options.paths = [*options.paths, *unknown]
        unknown = []
    if unknown:
        command = options.command
        after = arguments[arguments.index(command) + 1:] if command in arguments else []
        owner = parser.commands.get(command, parser) if set(unknown) <= set(after) else parser
        owner.error(f"unrecognized arguments: {' '.join(unknown)}")
    return options


def build_parser() -> PlainlyParser:
    """The ``plainly`` argument parser, with its ``check`` and ``serve`` subcommands."""
    parser = PlainlyParser(
        prog="plainly", description="Plainly: a health-literacy checker for patient material."
    )
    parser.add_argument("--version", action="version", version=f"plainly {version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser(
        "serve", help="run the web service (its options: plainly serve --help)", add_help=False
    )
    check_parser = commands.add_parser(
        "check",
        help="check documents (Markdown, HTML, text) for CI and pre-commit",
        description="Check documents for reading grade, jargon and long sentences. "
        "Exit code 0: no error-level finding; 1: at least one; 2: usage or configuration "
        "error. Documents in languages Plainly cannot score (leaflet.fr.md, or French text: "
        "PL003, a warning) are not graded.",
        epilog=PRECEDENCE,
    )
    check_parser.add_argument(
        "paths", nargs="*", metavar="PATH",
        help="files, folders (searched recursively, honouring .gitignore) or quoted globs, "
        "each naming at least one document (else exit 2; under pre-commit, files that are "
        "not documents are skipped); default: the current folder",
    )
    check_parser.add_argument("--config", type=Path, metavar="FILE",
                              help="use this configuration file instead of searching for one")
    defaults, (low, high) = Settings(), TARGET_GRADES
    check_parser.add_argument("--target-grade", type=_flag(check_grade, float), metavar="N",
                              help=f"target reading grade, {low}-{high} "
                              f"(default {defaults.target_grade:g})")
    check_parser.add_argument("--max-jargon-density", type=_flag(check_density, float),
                              metavar="F", help="share of jargon words allowed, 0-1 "
                              f"(default {defaults.max_jargon_density:g})")
    check_parser.add_argument("--max-sentence-words", type=_flag(check_sentence_words, int),
                              metavar="N", help="longest sentence allowed, in words "
                              f"(default {defaults.max_sentence_words})")
    check_parser.add_argument("--variant", type=_flag(check_variant, str),
                              metavar="|".join(VARIANTS["en"]),
                              help="English variant: en-GB reads UK spellings and everyday UK "
                              f"words (GP, paracetamol) as known (default {VARIANTS['en'][0]})")
    check_parser.add_argument("--jargon-threshold", type=_flag(check_jargon_threshold, float),
                              metavar="F", help="word difficulty, 0-1, at which a term is "
                              f"flagged (default {defaults.jargon_threshold:g})")
    check_parser.add_argument("--format", choices=sorted(FORMATTERS), default="text",
                              help="output format (default: text)")
    check_parser.add_argument("--output", type=Path, metavar="FILE",
                              help="write the report to FILE instead of standard output")
    check_parser.add_argument("--jobs", type=_jobs, default=None, metavar="N",
                              help="processes to use (default: the number of cores)")
    check_parser.add_argument(
        "--diff", metavar="BASE",
        help="check only documents changed since the Git revision BASE (committed, staged, "
        "unstaged and untracked-but-not-ignored files)",
    )
    check_parser.add_argument("--no-progress", action="store_true",
                              help="no progress bar (it is shown only on a terminal, "
                              "and never when CI=true)")
    parser.commands = {"check": check_parser}
    return parser


# --- plainly check -------------------------------------------------------------------------------


def check(options: argparse.Namespace) -> int:
    """Run ``plainly check`` with parsed ``options``; return the exit code."""
    cwd = Path.cwd()
    if options.output is not None and not options.output.absolute().parent.is_dir():
        raise UsageError(f"cannot write {options.output}: its folder does not exist")
    finder = ConfigFinder(options.config, cwd)
    candidates = discover(options.paths, cwd, finder, skip_named_files=_under_pre_commit())
    if options.diff is not None:
        changed = changed_files(options.diff, cwd)
        candidates = [c for c in candidates if os.path.realpath(c.path) in changed]
    elif not candidates:
        _fail("warning: no documents found to check")
    flags = Layer(
        target_grade=options.target_grade,
        max_jargon_density=options.max_jargon_density,
        max_sentence_words=options.max_sentence_words,
        variant=options.variant,
        jargon_threshold=options.jargon_threshold,
    )
    tasks = [make_task(candidate, cwd, flags) for candidate in candidates]
    jobs = options.jobs or default_jobs()
    results = run_tasks(tasks, jobs, progress=_show_progress(options.no_progress))
    results = add_translation_findings(
        [CheckedFile(c.path, result, c.config) for c, result in zip(candidates, results,
                                                                     strict=True)]
    )
    _write(options, results, cwd)
    return 1 if any(result.failed for result in results) else 0


def _under_pre_commit() -> bool:
    """Whether pre-commit runs us (it sets ``PRE_COMMIT=1``, since 2.5): it passes every
    staged text file, so files that are not documents are skipped rather than an error."""
    return os.environ.get("PRE_COMMIT", "").strip() == "1"


def _show_progress(disabled: bool) -> bool:
    in_ci = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
    return not disabled and not in_ci and sys.stderr.isatty()


def _write(options: argparse.Namespace, results: list[FileResult], cwd: Path) -> None:
    emit = FORMATTERS[options.format]
    with ExitStack() as stack:
        stream: TextIO = sys.stdout
        if options.output is not None:
            try:
                stream = stack.enter_context(
                    open(options.output, "w", encoding="utf-8", newline="\n")
                )
            except OSError as error:
                raise UsageError(f"cannot write {options.output}: {error.strerror}") from None
        color = (
            options.output is None
            and options.format == "text"
            and stream.isatty()
            and not os.environ.get("NO_COLOR")
        )
        emit(stream, results, EmitContext(version=version(), cwd=cwd, color=color))
    if options.output is not None:
        summary = Totals.of(results).describe().removesuffix(".")
        print(f"plainly: {summary}; report written to {options.output}", file=sys.stderr)
