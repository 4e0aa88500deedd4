"""``plainly check``: checking a repository of documents, as a CI job or a pre-commit hook.

The modules, in the order a run uses them:

- ``config``: ``[tool.plainly]`` / ``.plainly.toml``, overrides, and the precedence of settings;
- ``discovery``: paths, folders and globs to files, honouring ``.gitignore``; ``--diff``;
- ``frontmatter``: a document's own settings;
- ``languages``: the language a document's path names (``leaflet.fr.md``, ``fr/leaflet.md``);
- ``runner``: checking files, in a process pool;
- ``suppressions``: ``<!-- plainly-disable … -->`` comments;
- ``results``: ``FileResult`` and run totals, which ``literacy.formatters`` write out;
- ``codes``: the checker's own finding codes (PL0xx).
"""

from literacy.checker.codes import all_rules, rule_for
from literacy.checker.config import Config, ConfigError, Layer, Settings, load_config
from literacy.checker.discovery import Candidate, UsageError, discover
from literacy.checker.results import FileResult, Totals
from literacy.checker.runner import Checker, CheckError, FileTask, make_task, run_tasks

__all__ = [
    "Candidate",
    "CheckError",
    "Checker",
    "Config",
    "ConfigError",
    "FileResult",
    "FileTask",
    "Layer",
    "Settings",
    "Totals",
    "UsageError",
    "all_rules",
    "discover",
    "load_config",
    "make_task",
    "rule_for",
    "run_tasks",
]
