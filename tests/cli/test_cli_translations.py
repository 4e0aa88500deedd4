"""plainly check finds missing, stale and faulty translations in a Git repository."""

import json
import os
import subprocess
from pathlib import Path

EN = "# Your flu shot\n\nTake 2 tablets a day with food.\n\nCall 1-800-232-4636 with questions.\n"
ES = ("# Su vacuna contra la gripe\n\nTome 2 tabletas al día con comida.\n\n"
      "Llame al 1-800-232-4636 si tiene preguntas o cefalea.\n")


def _git(root: Path, *args: str, date: str = "2026-01-01T00:00:00") -> None:
    environment = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
                   "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
                   "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    subprocess.run(["git", *args], cwd=root, env=environment, check=True, capture_output=True)


def _repository(root: Path) -> None:
    root.mkdir()
    (root / ".plainly.toml").write_text(
        'target_grade = 12\n[translations]\nrequired = ["es"]\n', "utf-8"
    )
    (root / "flu.md").write_text(EN, "utf-8")
    (root / "flu.es.md").write_text(ES, "utf-8")
    (root / "dose.md").write_text(EN, "utf-8")
    (root / "dose.es.md").write_text(ES.replace("Tome 2", "Tome 3"), "utf-8")
    (root / "consent.md").write_text(EN, "utf-8")  # no Spanish version at all
    (root / "stale.md").write_text(EN, "utf-8")
    (root / "stale.es.md").write_text(ES, "utf-8")
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-qm", "first")
    (root / "stale.md").write_text(EN + "\nRest for one day.\n", "utf-8")
    _git(root, "commit", "-qam", "source changed later", date="2026-03-01T00:00:00")


def test_translation_findings_land_on_the_right_files(plainly, tmp_path):
    root = tmp_path / "repo"
    _repository(root)
    completed = plainly("check", "--format", "json", "--jobs", "1", cwd=root)
    report = json.loads(completed.stdout)
    codes = {
        entry["path"]: {finding["code"] for finding in entry["findings"]}
        for entry in report["files"]
    }
    assert "PL405" in codes["dose.es.md"]  # 2 tablets became 3: a patient-safety error
    assert "PL401" in codes["consent.md"]  # required Spanish version missing
    assert "PL406" in codes["stale.es.md"]  # source committed after the translation
    assert not {"PL401", "PL402", "PL404", "PL405"} & codes["flu.es.md"]
    assert not {"PL401"} & codes["flu.md"]
    assert completed.returncode == 1
    flu_es = next(entry for entry in report["files"] if entry["path"] == "flu.es.md")
    assert any(f["code"] == "PL201" and f["text"] == "cefalea" for f in flu_es["findings"])
    dose = next(entry for entry in report["files"] if entry["path"] == "dose.es.md")
    mismatch = next(f for f in dose["findings"] if f["code"] == "PL405")
    line = (root / "dose.es.md").read_text("utf-8").splitlines()[mismatch["line"] - 1]
    assert "3" in line[mismatch["column"] - 1 :]
