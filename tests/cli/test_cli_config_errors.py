"""Configuration mistakes ``plainly check`` must refuse, naming the file (exit 2): a file
that is not UTF-8, a severity for a code no rule has, a translation language that is no
BCP 47 tag; and tags that differ only in case are read as one."""

from __future__ import annotations

from pathlib import Path

import pytest

from literacy.checker.config import load_config
from literacy.cli import main


def _check_in(root: Path, monkeypatch: pytest.MonkeyPatch,
              capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``plainly check`` run in-process in ``root``: the exit code and standard error (no
    pipeline is loaded before the configuration is read)."""
    (root / "a.md").write_text("Short text.\n", "utf-8")
    monkeypatch.chdir(root)
    code = main(["check"])
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err


@pytest.mark.parametrize("name", [".plainly.toml", "pyproject.toml"])
def test_config_not_utf8_is_exit_2_naming_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    name: str,
) -> None:
    config = tmp_path / name
    config.write_bytes("[tool.plainly]\ntarget_grade = 6\n".encode("utf-16"))  # \xff\xfe…
    code, err = _check_in(tmp_path, monkeypatch, capsys)
    assert code == 2
    assert err == (f"plainly: {config}: not UTF-8 (byte 0xFF at offset 0); a configuration "
                   "file must be UTF-8 TOML: save it as UTF-8\n")


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        ('[severity]\nPL999 = "error"\n',
         "'severity' at the top level names an unknown code 'PL999'; use one of: PL001, "),
        ('[[overrides]]\npaths = ["a/**"]\nseverity = {pl998 = "off"}\n',
         "'severity' in [[overrides]] number 1 names an unknown code 'pl998'"),
        ('[translations]\nrequired = ["xx-!!"]\n',
         "'required' in [translations] has 'xx-!!', which is not a BCP 47 language tag in "
         "the IANA registry; write one such as en, es, pt-BR or zh-Hant"),
        ('[translations]\nrequired = ["sp"]\n', "has 'sp', which is not a BCP 47"),
        ('[translations]\nrequired = ["es", "pt_BR"]\n', "has 'pt_BR', which is not"),
        ('[translations]\nsource = "en_US"\n', "'source' in [translations] has 'en_US'"),
        ('[translations]\nrequired = "es"\n', "'required' in [translations] must be a list"),
    ],
)
def test_unknown_code_and_bad_language_tag_are_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    config: str, expected: str,
) -> None:
    (tmp_path / ".plainly.toml").write_text(config, "utf-8")
    code, err = _check_in(tmp_path, monkeypatch, capsys)
    assert code == 2
    assert err.startswith(f"plainly: {tmp_path / '.plainly.toml'}: ")
    assert expected in err
    assert err.count("\n") == 1


def test_known_codes_any_case_and_names_still_accepted(tmp_path: Path) -> None:
    path = tmp_path / ".plainly.toml"
    path.write_text('[severity]\npl201 = "error"\nPL511 = "off"\njargon = "warning"\n',
                    "utf-8")
    assert load_config(path).base.severity == {"PL201": "warning", "PL511": "off"}


def test_language_tags_in_the_configuration_are_read_in_any_case(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.plainly.translations]\nsource = "EN"\n'
                    'required = ["ES", "es-mx", "es-MX", "zh-hant-tw"]\n', "utf-8")
    rules = load_config(path).translations
    assert rules.source == "en"
    assert rules.required == ("es", "es-MX", "zh-Hant-TW")

