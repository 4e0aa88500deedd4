"""Language tags in ``plainly check`` are case-insensitive, as BCP 47 tags are: ``EN`` is
``en`` and ``es-mx`` is ``es-MX``, in the configuration and in the paths of documents."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import Run

from literacy.checker.translations import find_translation_pairs

EN = "# Your flu shot\n\nTake 2 tablets a day with food.\n"
ES = "# Su vacuna contra la gripe\n\nTome 2 tabletas al día con comida.\n"


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, "utf-8")


def test_translation_pairs_match_the_source_tag_in_any_case(tmp_path: Path) -> None:
    _write(tmp_path, {"EN/flu.md": EN, "es/flu.md": ES, "docs/a.EN.md": EN, "docs/a.es.md": ES,
                      "en/b.md": EN, "ES/b.md": ES, "Guides/en/c.md": EN, "guides/es/c.md": ES})
    for source in ("en", "EN"):
        pairs = find_translation_pairs([tmp_path], languages=("es",), source=source)
        # only the tag's case is ignored: Guides/en/c.md is not the source of guides/es/c.md
        assert [(s.relative_to(tmp_path).as_posix(), t.relative_to(tmp_path).as_posix())
                for s, t in pairs] == [("EN/flu.md", "es/flu.md"),
                                       ("docs/a.EN.md", "docs/a.es.md"), ("en/b.md", "ES/b.md")]


def test_required_translations_found_whatever_the_case(plainly: Run, tmp_path: Path) -> None:
    _write(tmp_path, {
        ".plainly.toml": ('target_grade = 12\n[translations]\nsource = "EN"\n'
                          'required = ["ES", "es-mx"]\n'),
        "EN/flu.md": EN, "es/flu.md": ES, "es-MX/flu.md": ES,  # folders
        "dose.md": EN, "dose.Es.md": ES, "dose.ES-mx.md": ES,  # suffixes
        "rest.md": EN, "rest.es.md": ES,  # no Mexican Spanish version
    })
    completed = plainly("check", "--format", "json", "--jobs", "1", cwd=tmp_path)
    report = json.loads(completed.stdout)
    missing = {entry["path"]: [f["message"] for f in entry["findings"] if f["code"] == "PL401"]
               for entry in report["files"]}
    assert missing == {
        "EN/flu.md": [], "es/flu.md": [], "es-MX/flu.md": [],
        "dose.md": [], "dose.Es.md": [], "dose.ES-mx.md": [],
        "rest.es.md": [],
        "rest.md": ["There is no 'es-MX' translation of this document: expected rest.es-MX.md "
                    "beside it, or the same path under an 'es-MX/' folder."],
    }
    assert completed.returncode == 1
