"""Machine-translated drafts, offline, with Argos Translate (optional).

A draft is a starting point for a qualified translator, never a translation to publish:
every :class:`Draft` carries the label "machine draft — needs review by a qualified
translator".

Argos Translate (argosopentech/argos-translate, MIT licence) runs OpenNMT models converted
to CTranslate2, with SentencePiece tokenisation.  Nothing is downloaded at run time: a
language pair works only when its package is already installed (``argospm install
translate-en_es`` run by a person beforehand), or when a ``.argosmodel`` file is given
(``package=`` or the ``PLAINLY_ARGOS_PACKAGE`` setting), which is installed from that file
with ``argostranslate.package.install_from_path``.  Sentences are split here, by Plainly's
own rules, rather than by Argos Translate's default splitter (MiniSBD), which fetches its
model from the network when a package does not ship one.

When Argos Translate or the package is missing, :func:`draft_translation` returns ``None``
and :func:`how_to_install` says what to install.
"""

from __future__ import annotations

import importlib.util
import os
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "DRAFT_LABEL",
    "PACKAGE_SETTING",
    "Draft",
    "available",
    "draft_translation",
    "how_to_install",
]

DRAFT_LABEL = "machine draft — needs review by a qualified translator"
PACKAGE_SETTING = "PLAINLY_ARGOS_PACKAGE"
INSTALL_COMMAND = "pip install 'plainly[translate]'"

_LOCK = threading.Lock()
_TRANSLATORS: dict[Path, Any] = {}


@dataclass(frozen=True)
class Draft:
    """A machine translation of ``source_text``, to be reviewed before any use."""

    text: str
    source_text: str
    source: str
    target: str
    engine: str  # "argostranslate <version>"
    package: str  # the Argos package: "translate-en_es 1.0"
    label: str = DRAFT_LABEL


def how_to_install(source: str = "en", target: str = "es") -> str:
    """What a person must run to get drafts for ``source`` → ``target``."""
    return (
        f"{INSTALL_COMMAND}\n"
        f"then install the {source}→{target} model once, either with "
        f"`argospm install translate-{source}_{target}` (downloads it) or by pointing "
        f"{PACKAGE_SETTING} at a translate-{source}_{target}.argosmodel file you have."
    )


def available(source: str = "en", target: str = "es", package: Path | str | None = None) -> bool:
    """Whether :func:`draft_translation` can translate ``source`` → ``target`` here."""
    return _package_for(source, target, package) is not None


def draft_translation(
    text: str, source: str = "en", target: str = "es", *, package: Path | str | None = None
) -> Draft | None:
    """A machine draft of ``text`` from ``source`` into ``target``, or ``None`` when Argos
    Translate or a package for the pair is not installed (see :func:`how_to_install`).

    ``package`` (or the ``PLAINLY_ARGOS_PACKAGE`` setting) names a ``.argosmodel`` file to
    install first, if the pair is not installed yet.  Paragraphs (blank-line separated) and
    line breaks are kept; each sentence is translated on its own.
    """
    found = _package_for(source, target, package)
    if found is None:
        return None
    import argostranslate

    translator = _translator(found)
    out_paragraphs = []
    for paragraph in re.split(r"(\n\s*\n)", text):
        if not paragraph.strip() or re.fullmatch(r"\n\s*\n", paragraph):
            out_paragraphs.append(paragraph)
            continue
        lines = [
            _translate_block(found, translator, line) if line.strip() else line
            for line in paragraph.split("\n")
        ]
        out_paragraphs.append("\n".join(lines))
    version = getattr(argostranslate, "__version__", None) or _distribution_version()
    return Draft(
        text="".join(out_paragraphs),
        source_text=text,
        source=source,
        target=target,
        engine=f"argostranslate {version}",
        package=f"translate-{found.from_code}_{found.to_code} {found.package_version}",
    )


def _distribution_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("argostranslate")
    except PackageNotFoundError:  # pragma: no cover - imported but not installed as a dist
        return "unknown"


def _package_for(source: str, target: str, package: Path | str | None) -> Any | None:
    """The installed Argos package for the pair, installing ``package`` first if given."""
    if importlib.util.find_spec("argostranslate") is None:
        return None
    from argostranslate import package as argos_package

    def installed() -> Any | None:
        for candidate in argos_package.get_installed_packages():
            if (
                getattr(candidate, "type", "translate") == "translate"
                and candidate.from_code == source
                and candidate.to_code == target
            ):
                return candidate
        return None

    with _LOCK:
        found = installed()
        path = package or os.environ.get(PACKAGE_SETTING)
        if found is None and path:
            archive = Path(path)
            if not archive.is_file():
                raise FileNotFoundError(
                    f"Argos package {archive} not found; set {PACKAGE_SETTING} to a "
                    f".argosmodel file, or unset it"
                )
            argos_package.install_from_path(archive)
            found = installed()
        return found


def _translator(found: Any) -> Any:
    """The CTranslate2 translator of a package, loaded once per process."""
    import ctranslate2

    path = Path(found.package_path) / "model"
    with _LOCK:
        if path not in _TRANSLATORS:
            _TRANSLATORS[path] = ctranslate2.Translator(str(path), device="cpu")
        return _TRANSLATORS[path]


class _Sentences:
    """A sentence splitter with Argos Translate's interface (``split_sentences``), so that
    no sentence model is fetched: sentence ends are ., !, ? or … followed by a space and a
    capital, opening mark or digit."""

    _END = re.compile(r"(?<=[.!?…])[\"”’»)\]]*\s+(?=[\"“«¿¡(\[]?[^\W_a-z])")

    def split_sentences(self, text: str) -> list[str]:
        parts = [part for part in self._END.split(text) if part.strip()]
        return parts or [text]


def _translate_block(found: Any, translator: Any, text: str) -> str:
    from argostranslate.translate import apply_packaged_translation

    hypotheses = apply_packaged_translation(found, text, translator, _Sentences(), 1)
    return str(hypotheses[0].value) if hypotheses else ""
