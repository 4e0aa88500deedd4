"""plainly check does not grade documents in languages it cannot score: those whose path
names such a language (``leaflet.fr.md``, ``fr/leaflet.md``) are still checked as
translations, and those whose text is clearly in one get PL003 (a warning) instead."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from cli_support import DATA, JsonRun, Run

from literacy.checker.languages import PATH_LANGUAGES, path_language
from literacy.language import LanguageIdentifier

ENGLISH = (
    "# Your blood pressure medicine\n\n"
    "Your doctor has given you a medicine to lower your blood pressure. Take one tablet every "
    "morning with a glass of water, at the same time each day.\n\n"
    "Do not stop taking it without talking to your doctor, even if you feel well. If you "
    "forget a dose, take it when you remember, but never take two tablets on the same day.\n\n"
    "Call your doctor if you feel dizzy, have a bad headache or your ankles swell. In an "
    "emergency, call 911.\n"
)
# The same French leaflet as the page tests use (tests/data/languages/).
FRENCH = (Path(__file__).resolve().parents[1] / "data" / "languages"
          / "fr-hypertension.md").read_text(encoding="utf-8")
CHINESE = (
    "# 您的高血压治疗\n\n"
    "您的医生给您开了一种降低血压的药物。每天早上用一杯水服用一片药，每天在同一时间服用。\n\n"
    "即使您感觉良好，也不要在未咨询医生的情况下停止治疗。如果您忘记服用一剂，请在想起时立即服用，"
    "但不要在同一天服用两片。\n\n"
    "如果您感到头晕、剧烈头痛或脚踝肿胀，请致电您的医生。紧急情况下，请拨打911。\n"
)
SPANISH = (
    "# Su medicamento para la presión arterial\n\n"
    "Su médico le ha recetado un medicamento para bajar la presión arterial. Tome una "
    "pastilla cada mañana con un vaso de agua, a la misma hora todos los días.\n\n"
    "No deje de tomarlo sin hablar con su médico, aunque se sienta bien. Si olvida una dosis, "
    "tómela cuando se acuerde, pero nunca tome dos pastillas el mismo día.\n"
)
GRADED = {"PL101", "PL201", "PL202", "PL203", "PL204", "PL205", "PL301", "PL302", "PL303"}

CheckJson = Callable[..., JsonRun]


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository with a French and a Chinese text in files that name no language, an
    English leaflet with French and Chinese translations by name, and one by folder."""
    return _write(tmp_path_factory.mktemp("unscored"), {
        "french.md": FRENCH, "zh.md": CHINESE, "leaflet.md": ENGLISH,
        "leaflet.fr.md": FRENCH, "leaflet.zh-Hant.md": CHINESE,
        "en/leaflet.md": ENGLISH, "fr/leaflet.md": FRENCH,
    })


@pytest.fixture(scope="module")
def mixed_json(check_json: CheckJson, mixed: Path) -> JsonRun:
    return check_json("--jobs", "1", cwd=mixed)


def test_french_text_in_a_file_naming_no_language_is_pl003_not_a_grade(
        mixed_json: JsonRun) -> None:
    entry = mixed_json.files["french.md"]
    assert mixed_json.codes("french.md") == ["PL003"]
    assert entry["grade"] is None and entry["jargon_density"] is None
    assert entry["unscored_language"] == "fr"
    finding = entry["findings"][0]
    assert finding["severity"] == "warning"
    assert finding["name"] == "unscored-language"
    assert "French (fr)" in finding["message"]
    assert "french.fr.md or fr/french.md" in finding["message"]
    assert "exclude" in finding["message"]
    assert "lang=" not in finding["message"]
    assert finding["data"] == {}  # the language is in unscored_language (data: numbers only)


def test_chinese_text_in_a_file_naming_no_language_is_pl003(mixed_json: JsonRun) -> None:
    entry = mixed_json.files["zh.md"]
    assert mixed_json.codes("zh.md") == ["PL003"]
    assert entry["grade"] is None and entry["unscored_language"] == "zh"
    assert "Chinese (zh)" in entry["findings"][0]["message"]


@pytest.mark.parametrize(("path", "lang"), [
    ("leaflet.fr.md", "fr"), ("leaflet.zh-Hant.md", "zh-Hant"), ("fr/leaflet.md", "fr"),
])
def test_a_path_naming_an_unscored_language_is_not_graded(mixed_json: JsonRun, path: str,
                                                           lang: str) -> None:
    entry = mixed_json.files[path]
    assert entry["grade"] is None and entry["jargon_density"] is None
    assert entry["unscored_language"] == lang
    assert not GRADED & set(mixed_json.codes(path))
    assert "PL003" not in mixed_json.codes(path)
    assert any("its path names" in note for note in entry["notes"])
    assert not any("lang=" in note for note in entry["notes"])


def test_the_english_sources_are_still_graded_and_the_run_passes(mixed_json: JsonRun) -> None:
    for path in ("leaflet.md", "en/leaflet.md"):
        assert mixed_json.files[path]["grade"] is not None
        assert mixed_json.files[path]["unscored_language"] is None
    assert mixed_json.report["summary"]["unscored"] == 5
    assert mixed_json.report["summary"]["errors"] == 0, mixed_json.report
    assert mixed_json.completed.returncode == 0, mixed_json.completed.stderr


@pytest.mark.parametrize("translation", ["leaflet.fr.md", "fr/leaflet.md"])
def test_translation_checks_still_run_on_an_unscored_translation(
        check_json: CheckJson, tmp_path: Path, translation: str) -> None:
    source = "leaflet.md" if translation == "leaflet.fr.md" else "en/leaflet.md"
    root = _write(tmp_path, {source: ENGLISH,
                             translation: FRENCH.replace("appelez le 911", "appelez le 112")})
    run = check_json("--jobs", "1", cwd=root)
    assert "PL405" in run.codes(translation)  # 911 became 112: a patient-safety error
    assert not GRADED & set(run.codes(translation))
    assert run.files[translation]["grade"] is None
    assert run.completed.returncode == 1  # the translation's error, not its language


@pytest.mark.parametrize(("level", "exit_code", "codes"), [
    ("error", 1, ["PL003"]), ("off", 0, []),
])
def test_pl003_severity_is_configurable(check_json: CheckJson, tmp_path: Path, level: str,
                                        exit_code: int, codes: list[str]) -> None:
    root = _write(tmp_path, {"french.md": FRENCH,
                             ".plainly.toml": f'[severity]\nPL003 = "{level}"\n'})
    run = check_json("--jobs", "1", cwd=root)
    assert run.completed.returncode == exit_code, run.completed.stderr
    assert run.codes("french.md") == codes
    assert run.files["french.md"]["grade"] is None  # off hides the warning, not the skip


def test_spanish_in_a_file_naming_no_language_is_still_checked_as_english(
        check_json: CheckJson, tmp_path: Path) -> None:
    run = check_json("--jobs", "1", cwd=_write(tmp_path, {"leaflet.md": SPANISH}))
    entry = run.files["leaflet.md"]
    assert entry["grade"] is not None and entry["unscored_language"] is None
    assert "PL003" not in run.codes("leaflet.md")
    note = next(note for note in entry["notes"] if "looks like Spanish" in note)
    assert "lang=" not in note
    assert "leaflet.es.md or es/leaflet.md" in note


def test_text_output_shows_not_scored_and_no_fake_grade(plainly: Run, mixed: Path) -> None:
    completed = plainly("check", "--jobs", "1", "french.md", "leaflet.fr.md", "leaflet.md",
                        cwd=mixed)
    assert completed.returncode == 0, completed.stderr
    lines = completed.stdout.splitlines()
    assert any(line.startswith("french.md:1:1: PL003 The text looks like French (fr)")
               for line in lines)
    assert "leaflet.fr.md: note: Not graded: its path names French (fr)" in completed.stdout
    rows = {line.split()[0]: line.split()[1:] for line in lines
            if line.startswith(("french.md ", "leaflet.fr.md ", "leaflet.md "))}
    assert rows["french.md"] == ["not", "scored", "0", "1", "0"]
    assert rows["leaflet.fr.md"] == ["not", "scored", "0", "0", "0"]
    assert rows["leaflet.md"][0] != "not"
    assert lines[-1].startswith("Checked 3 documents (2 not scored): 0 errors, 1 warning")
    assert "lang=" not in completed.stdout


def test_sarif_github_and_junit_show_unscored_files(plainly: Run, mixed: Path) -> None:
    arguments = ("--jobs", "1", "french.md", "leaflet.fr.md", "leaflet.md")
    sarif = json.loads(plainly("check", "--format", "sarif", *arguments, cwd=mixed).stdout)
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [error.message for error in validator.iter_errors(sarif)] == []
    results = sarif["runs"][0]["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [("PL003", "warning")]
    rules = {rule["id"]: rule for rule in sarif["runs"][0]["tool"]["driver"]["rules"]}
    assert rules["PL003"]["defaultConfiguration"]["level"] == "warning"
    github = plainly("check", "--format", "github", *arguments, cwd=mixed)
    assert github.returncode == 0
    assert github.stdout.startswith("::warning file=french.md,line=1,col=1,")
    assert "title=PL003 unscored-language::" in github.stdout
    junit = plainly("check", "--format", "junit", *arguments, cwd=mixed).stdout
    assert 'tests="3" failures="0" errors="0" skipped="2"' in junit
    assert junit.count("<skipped message=\"not scored: in a language Plainly cannot score") == 2


@pytest.mark.parametrize(("relative", "expected"), [
    ("leaflet.md", None), ("leaflet.fr.md", "fr"), ("fr/leaflet.md", "fr"),
    ("leaflet.zh-Hant.md", "zh-Hant"), ("leaflet.ZH-HANT.md", "zh-Hant"),
    ("leaflet.pt_BR.md", "pt-BR"), ("leaflet.es.md", "es"), ("EN/leaflet.md", "en"),
    ("es/fr/leaflet.md", "fr"), ("fr/leaflet.es.md", "es"), ("leaflet.es-419.md", "es-419"),
    ("api/leaflet.md", None), ("new/leaflet.md", None), ("leaflet.v2.md", None),
    ("notes.old.md", None), ("leaflet.fil.md", None), ("leaflet.nl.md", "nl"),
    ("nl/leaflet.md", None), ("uk/leaflet.md", None), ("ca/leaflet.md", None),
    ("zh-Hant/leaflet.md", "zh-Hant"),
])
def test_path_language(relative: str, expected: str | None) -> None:
    assert path_language(relative) == expected


def test_path_language_knows_languages_required_by_the_configuration() -> None:
    assert path_language("leaflet.fil.md", also=("fil",)) == "fil"
    assert path_language("nl/leaflet.md", also=("nl-BE",)) == "nl"


def test_path_languages_are_the_identifiers_languages() -> None:
    assert LanguageIdentifier().known_languages() == PATH_LANGUAGES


# --- required translations are asked of source documents only (PL401) ---------------------------

REQUIRE_SPANISH = '[translations]\nrequired = ["es"]\n'


@pytest.mark.parametrize("files", [
    {"notes.md": ENGLISH, "fr/notes.md": FRENCH},
    {"en/notes.md": ENGLISH, "fr/notes.md": FRENCH},
    {"docs/notes.md": ENGLISH, "docs/notes.fr.md": FRENCH},
], ids=["folder-beside-plain", "folder-beside-en", "suffix"])
def test_required_translation_is_asked_of_the_english_source_only(
        check_json: CheckJson, tmp_path: Path, files: dict[str, str]) -> None:
    run = check_json("--jobs", "1", cwd=_write(tmp_path, {".plainly.toml": REQUIRE_SPANISH,
                                                          **files}))
    source, translation = files
    assert run.codes(source) == ["PL401"]
    assert "no 'es' translation" in run.files[source]["findings"][0]["message"]
    assert "PL401" not in run.codes(translation)  # a French translation: not a source
    assert run.files[translation]["unscored_language"] == "fr"
    assert run.completed.returncode == 1  # the source's missing Spanish version


@pytest.mark.parametrize("path", ["docs/notes.fr.md", "fr/notes.md", "docs/notes.md"])
def test_a_french_document_alone_is_not_asked_for_spanish(
        check_json: CheckJson, tmp_path: Path, path: str) -> None:
    run = check_json("--jobs", "1", cwd=_write(tmp_path, {".plainly.toml": REQUIRE_SPANISH,
                                                          path: FRENCH}))
    # docs/notes.md names no language: its text is French, PL003 (a warning) and no more.
    assert run.codes(path) == ([] if path != "docs/notes.md" else ["PL003"])
    assert run.files[path]["unscored_language"] == "fr"
    assert run.report["summary"]["errors"] == 0, run.report
    assert run.completed.returncode == 0, run.completed.stderr


def test_a_spanish_translation_is_not_asked_for_other_required_languages(
        check_json: CheckJson, tmp_path: Path) -> None:
    root = _write(tmp_path, {".plainly.toml": '[translations]\nrequired = ["es", "zh"]\n',
                             "leaflet.md": ENGLISH, "leaflet.es.md": SPANISH,
                             "es/notes.md": SPANISH})
    run = check_json("--jobs", "1", cwd=root)
    missing = {path: [f["message"] for f in entry["findings"] if f["code"] == "PL401"]
               for path, entry in run.files.items()}
    assert [("'zh'" in message) for message in missing["leaflet.md"]] == [True]
    assert missing["leaflet.es.md"] == [] and missing["es/notes.md"] == []
