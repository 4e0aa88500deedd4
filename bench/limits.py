"""Time to process adversarial inputs, each beside a normal text of the same size.

Each input once held a worker for seconds to minutes: spaCy's tokenizer is quadratic on runs
of punctuation, ``html.parser`` on unclosed tags, the syllable estimator on very long words.
Every case is timed in one run beside a normal leaflet of the same size (same format, same
stage), and the ratio is what counts: the goal is at most ``GOAL`` times the normal text.

usage: python bench/limits.py [--short]

``--short`` uses smaller inputs (a few seconds in all) for CI; the exit status is 1 when a
ratio is above the goal (``--goal``), else 0.
"""

from __future__ import annotations

import argparse
import io
import sys
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

from _support import seconds

from literacy import analyze, check_translations

GOAL = 3.0
LEAFLET = (
    "Take one tablet each morning with food. If you feel dizzy, sit down and call your "
    "doctor or nurse. Do not drive until you know how the medicine affects you. "
)
FOLLETO = (
    "Tome una pastilla cada mañana con comida. Si se siente mareado, siéntese y llame a su "
    "médico o enfermera. No maneje hasta saber cómo le afecta el medicamento. "
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


@dataclass(frozen=True)
class Case:
    """An adversarial input and a normal one of the same size, and what to run on each."""

    name: str
    adversarial: object
    normal: object
    run: Callable[[object], object]


@dataclass(frozen=True)
class Timing:
    name: str
    size: int
    adversarial: float
    normal: float

    @property
    def ratio(self) -> float:
        return self.adversarial / self.normal


def normal_text(size: int, text: str = LEAFLET) -> str:
    """Leaflet prose cut to ``size`` characters."""
    return (text * (size // len(text) + 1))[:size]


def docx(paragraphs: Sequence[str] = (), body: str | None = None) -> bytes:
    """A minimal .docx whose body is ``body`` (WordprocessingML) or one ``w:p`` per paragraph."""
    if body is None:
        body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats'
            '.org/package/2006/content-types"><Default Extension="rels" ContentType="application'
            '/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
            'ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType='
            '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
            "/></Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
            'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http:'
            '//schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}'
            "</w:body></w:document>"
        ),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def cases(short: bool) -> list[Case]:
    """The adversarial inputs of the hardening issue; ``short`` divides their sizes."""
    scale = 4 if short else 1

    def text_case(name: str, text: str, normal: str | None = None) -> Case:
        return Case(name, text, normal or normal_text(len(text)), lambda value: analyze(value))

    runs, entities, marks = 16_000 // scale, 8_000 // scale, 4_000 // scale
    words, letters, sentences = 5 if short else 50, 100_000 // scale, 12_000 // scale
    html = "<p>" + "&amp;" * entities + "</p>"
    source = "a." * sentences
    clauses, names = 2_000 // scale, 5_000 // scale
    terms = " ".join(["patients with sarcoidosis, nephritis and hepatitis"] * clauses) + "."
    called = "It is called " + ", ".join(["sarcoidosis"] * names) + " or nephritis."
    found: list[Case] = [
        text_case(f'"Call us. " + "]" x {runs:,} + "z"', "Call us. " + "]" * runs + "z"),
        text_case(f"&amp; x {entities:,} in HTML", html, f"<p>{normal_text(len(html) - 7)}</p>"),
        text_case(f'"?" x {marks:,}', "?" * marks),
        text_case(f"{words} words of 20,000 letters", " ".join(["ab" * 10_000] * words)),
        text_case(f"a {letters:,}-letter word", "a" * letters),
        # the explanation rules read around each term: one sentence full of terms, and one
        # long list of names after "called", must not be read once per term
        text_case(f"one sentence of {clauses * 3:,} terms", terms),
        text_case(f'"called" and {names:,} names in one sentence', called),
        Case(
            f'"a." x {sentences:,} as a translation source',
            {"en": source, "es": normal_text(len(source), FOLLETO)},
            {"en": normal_text(len(source)), "es": normal_text(len(source), FOLLETO)},
            lambda documents: check_translations(documents),  # type: ignore[arg-type]
        ),
    ]
    try:
        from api.extract import extract
    except ImportError:  # the service's extras are not installed
        return found
    paragraphs = 160_000  # the upload: refused by its paragraph count before parsing
    many = docx(["Take one."] * paragraphs)  # the same text in paragraphs of 900 characters:
    few = docx([normal_text(900)] * (paragraphs // 100))
    found.append(Case(f".docx with {paragraphs:,} paragraphs (refused)", many, few,
                      lambda data: _extracted(extract, data)))  # type: ignore[arg-type]
    return found


def _extracted(extract: Callable[[str, bytes], object], data: bytes) -> object:
    """The upload's text, or the clear error that refuses it (the outcome the issue asks
    for when a .docx has more paragraphs than the server reads)."""
    from api.errors import ApiError

    try:
        return extract("leaflet.docx", data)
    except ApiError as error:
        return error


def time_case(case: Case, repeats: int = 1) -> Timing:
    """Time ``case``'s adversarial input and its normal one, in this process."""
    analyze(LEAFLET)  # load the pipelines and word lists before timing
    analyze(FOLLETO, lang="es")
    adversarial = seconds(lambda: case.run(case.adversarial), repeats)
    normal = seconds(lambda: case.run(case.normal), repeats)
    size = len(case.adversarial) if isinstance(case.adversarial, str | bytes) else sum(
        len(text) for text in case.adversarial.values()  # type: ignore[attr-defined]
    )
    return Timing(case.name, size, adversarial, normal)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--short", action="store_true", help="smaller inputs, for CI")
    parser.add_argument("--goal", type=float, default=GOAL, help="highest ratio that passes")
    args = parser.parse_args(argv)
    print(f"{'input':40} {'size':>11} {'adversarial':>12} {'normal':>9} {'ratio':>7}")
    worst = 0.0
    for case in cases(args.short):
        timing = time_case(case, repeats=3 if args.short else 1)
        worst = max(worst, timing.ratio)
        print(f"{timing.name:40} {timing.size:>11,} {timing.adversarial:>11.2f}s "
              f"{timing.normal:>8.2f}s {timing.ratio:>6.1f}x")
    print(f"worst ratio {worst:.1f}x (goal {args.goal:g}x)")
    return 1 if worst > args.goal else 0


if __name__ == "__main__":
    sys.exit(main())
