"""The checker's own finding codes, and lookups over every known code.

Every code lives in ``literacy.findings.RULES``; the engine's are documented in their rule
modules, the checker's own (PL0xx, problems with a file itself rather than its prose) in
``CHECKER_HELP`` here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache

from literacy.communication import ITEMS
from literacy.findings import RULES, Rule

CHECKER_HELP: dict[str, str] = {
    "PL001": """PL001 unreadable-file.

What it does: reports a file that cannot be read as UTF-8 text: a binary file, a file in
another encoding (Latin-1, UTF-16), one without read permission, a broken symbolic link or a
symbolic-link loop.
Why it matters: a document the checker cannot read is a document nobody checked; the build
should say so rather than pass.  The other files are still checked.
Example: ``leaflet.md`` saved as Windows-1252 by a word processor.  Fix: save it as UTF-8.
""",
    "PL002": """PL002 invalid-front-matter.

What it does: reports YAML front matter that cannot be parsed, or Plainly settings in it
(``plainly: {target_grade: 6}`` or a top-level ``target_grade``) that are unknown or out of
range.
Why it matters: the document asked for a target the checker could not apply, so it was
checked against its folder's or the project's target instead.
Example: ``target_grade: six``.  Fix: ``target_grade: 6``.
""",
    "PL003": """PL003 unscored-language.

What it does: reports a document whose path names no language but whose text is clearly in
one Plainly cannot score (French, Chinese, …): the language identifier behind the API's
``unsupported_language`` (``literacy.language.LanguageIdentifier.scored``) rules out
English and Spanish.  The document is not graded and gets no other prose findings.
Why it matters: graded as English, a French leaflet is all "rare words" and fails the build
for nothing; skipped silently, a leaflet saved in the wrong language would go unnoticed.
Example: ``leaflet.md`` holding a French leaflet.  Fix: name its language in its path
(``leaflet.fr.md`` or ``fr/leaflet.md``: it is then not graded, still checked as a
translation of its source, and not reported), or list it under ``exclude``.
Options: a warning by default (the build does not fail);
``severity = {PL003 = "error"}`` makes it fail, ``"off"`` hides it (still not graded).
""",
}

CHECKER_HELP["PL511"] = """PL511 communication-below-minimum.

What it does: reports a document whose clear-communication checklist (``literacy.communication``:
items from PEMAT-P and the CDC Clear Communication Index) scores below ``communication_min``,
or does not meet an item named in ``require``.
Why it matters: a lower grade alone does not make patients understand more; a main message up
front, usable numbers and clear actions do.  The score is an automated estimate, not the
official score of either instrument.
Example: ``communication_min = 0.7`` and a leaflet meeting 6 of 10 applicable items (60%).
Fix: act on the items not met (turn on their findings with ``severity = {PL507 = "warning"}``).
"""

CODE_PATTERN = re.compile(r"PL\d{3}")


def all_rules() -> dict[str, Rule]:
    """Every known rule, engine and checker, ordered by code."""
    return {code: RULES[code] for code in sorted(RULES)}


def rule_for(code: str) -> Rule:
    """The rule of ``code``; an unknown code (a newer engine's) gets a neutral stand-in."""
    return RULES.get(code) or Rule(code, code.lower(), "warning", "")


def resolve_code(token: str) -> str | None:
    """The code named by ``token``: a code (``PL201``, any case) or a rule name (``jargon``).

    Any well-formed code is accepted, so settings for codes a newer engine adds work before
    this table knows them; an unknown name gives ``None``.
    """
    upper = token.strip().upper()
    if CODE_PATTERN.fullmatch(upper):
        return upper
    name = token.strip().lower()
    for rule in all_rules().values():
        if rule.name == name:
            return rule.code
    return None


def rule_help(code: str) -> str:
    """The long help of ``code``: its rule module's docstring, else its summary."""
    if code in CHECKER_HELP:
        return CHECKER_HELP[code].strip()
    item = next((item for item in ITEMS if item.code == code), None)
    if item is not None:
        return (f"{code} {rule_for(code).name}.\n\nWhat it does: flags where the "
                f"clear-communication item “{item.id}” ({item.source}) is not met: {item.help}\n"
                "Options: off by default in plainly check; turn on with "
                f'severity = {{{code} = "warning"}}.')
    for doc in _rule_docstrings():
        if doc.startswith(code):
            return doc.strip()
    return rule_for(code).summary


@lru_cache(maxsize=1)
def _rule_docstrings() -> tuple[str, ...]:
    import literacy.rules

    docs = []
    for module in pkgutil.iter_modules(literacy.rules.__path__):
        doc = importlib.import_module(f"literacy.rules.{module.name}").__doc__
        if doc:
            docs.append(doc)
    return tuple(docs)


def rule_names() -> list[str]:
    """The names of every known rule, for messages that list what may be written."""
    return [rule.name for rule in all_rules().values()]
