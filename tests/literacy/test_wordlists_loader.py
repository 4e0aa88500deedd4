"""literacy.wordlists: loading, validation errors that name file and line, version, cache."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from literacy.errors import PlainlyError
from literacy.wordlists import (
    JargonEntry,
    WordListError,
    available_languages,
    load_wordlists,
)

SOURCES = (
    "id,title,publisher,licence,notice\n"
    'plainly,Plainly word lists,The Plainly project,Apache-2.0,"Written by the project."\n'
    "nci_cancer,NCI Dictionary of Cancer Terms,NCI,Public domain,US Government work.\n"
)
JARGON = (
    "term,category,plain,definition,source\n"
    "administer,bureaucratic,give,,plainly\n"
    "myocardial infarction,condition,heart attack,,plainly\n"
    'renal,latin,kidney,"having to do with the kidneys",plainly\n'
    "biopsy,test,,removing a small piece of tissue to check it,nci_cancer\n"
    "utilize,bureaucratic,use;make use of,,plainly\n"
)
ABBREVIATIONS = (
    "abbreviation,expansion,plain,source\n"
    "PRN,pro re nata,as needed,plainly\n"
    "NPO,nil per os,nothing by mouth,plainly\n"
)


def write_lists(
    folder: Path,
    *,
    sources: str = SOURCES,
    jargon: str = JARGON,
    abbreviations: str = ABBREVIATIONS,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.csv").write_text(sources, encoding="utf-8")
    (folder / "jargon.csv").write_text(jargon, encoding="utf-8")
    (folder / "abbreviations.csv").write_text(abbreviations, encoding="utf-8")
    return folder


def load_error(folder: Path) -> WordListError:
    with pytest.raises(WordListError) as info:
        load_wordlists("en", folder)
    return info.value


def test_load_wordlists_valid_directory(tmp_path: Path) -> None:
    lists = load_wordlists("en", write_lists(tmp_path))
    assert lists.lang == "en"
    assert lists.counts == {"jargon.csv": 5, "abbreviations.csv": 2, "sources.csv": 2}
    assert lists.jargon["utilize"] == JargonEntry(
        "utilize", "bureaucratic", ("use", "make use of"), "", "plainly"
    )
    assert lists.jargon["biopsy"].plain == ()
    assert lists.abbreviations["PRN"].plain == "as needed"
    assert lists.sources["nci_cancer"].licence == "Public domain"
    assert len(lists.version) == 12
    int(lists.version, 16)


def test_load_wordlists_packaged_english() -> None:
    lists = load_wordlists()
    assert lists.lang == "en"
    assert "en" in available_languages()
    assert lists.counts["jargon.csv"] == len(lists.jargon) > 0


def test_load_wordlists_equal_per_contents(tmp_path: Path) -> None:
    folder = write_lists(tmp_path / "a")
    other = load_wordlists("en", write_lists(tmp_path / "b"))
    assert other is not load_wordlists("en", folder)
    assert other == load_wordlists("en", folder)  # same contents, same version


def test_version_changes_when_a_file_changes(tmp_path: Path) -> None:
    folder = write_lists(tmp_path)
    before = load_wordlists("en", folder).version
    assert load_wordlists("en", folder).version == before
    (folder / "abbreviations.csv").write_text(
        ABBREVIATIONS + "BID,bis in die,twice a day,plainly\n", encoding="utf-8"
    )
    after = load_wordlists("en", folder)
    assert after.version != before
    assert after.counts["abbreviations.csv"] == 3


def test_missing_column_names_file_and_line(tmp_path: Path) -> None:
    jargon = "term,category,plain,source\nadminister,bureaucratic,give,plainly\n"
    error = load_error(write_lists(tmp_path, jargon=jargon))
    assert error.path.endswith("jargon.csv")
    assert error.line == 1
    assert "missing column(s) definition" in str(error)
    assert "jargon.csv, line 1" in str(error)
    assert "term,category,plain,definition,source" in str(error)  # how to fix


def test_unknown_source_names_file_and_line(tmp_path: Path) -> None:
    jargon = JARGON + "acute,clinical,sudden,,cdc\n"
    error = load_error(write_lists(tmp_path, jargon=jargon))
    assert error.path.endswith("jargon.csv")
    assert error.line == 7
    assert "unknown source 'cdc'" in str(error)
    assert "nci_cancer, plainly" in str(error)
    assert "jargon.csv, line 7" in str(error)


def test_unknown_source_in_abbreviations(tmp_path: Path) -> None:
    abbreviations = ABBREVIATIONS + "BID,bis in die,twice a day,nowhere\n"
    error = load_error(write_lists(tmp_path, abbreviations=abbreviations))
    assert error.path.endswith("abbreviations.csv")
    assert error.line == 4


def test_duplicate_term_names_both_lines(tmp_path: Path) -> None:
    jargon = JARGON + "utilize,bureaucratic,use,,plainly\n"
    error = load_error(write_lists(tmp_path, jargon=jargon))
    assert error.line == 7
    assert "duplicate term 'utilize' (first on line 6)" in str(error)
    assert "merge the rows" in str(error)


def test_duplicate_term_with_extra_spaces(tmp_path: Path) -> None:
    jargon = JARGON + "myocardial  infarction,condition,heart attack,,plainly\n"
    error = load_error(write_lists(tmp_path, jargon=jargon))
    assert error.line == 7
    assert "duplicate term" in str(error)


def test_duplicate_abbreviation(tmp_path: Path) -> None:
    abbreviations = ABBREVIATIONS + "PRN,pro re nata,when needed,plainly\n"
    error = load_error(write_lists(tmp_path, abbreviations=abbreviations))
    assert error.path.endswith("abbreviations.csv")
    assert error.line == 4
    assert "duplicate abbreviation 'PRN'" in str(error)


def test_names_are_read_and_kept_apart_from_abbreviations(tmp_path: Path) -> None:
    folder = write_lists(tmp_path)
    (folder / "names.csv").write_text(
        "name,full_name,source\nNIH,National Institutes of Health,plainly\n", encoding="utf-8"
    )
    assert load_wordlists("en", folder).names["NIH"].full_name == "National Institutes of Health"
    (folder / "names.csv").write_text(
        "name,full_name,source\nNIH,National Institutes of Health,plainly\n"
        "PRN,pro re nata,plainly\n", encoding="utf-8"
    )
    error = load_error(folder)
    assert error.path.endswith("names.csv")
    assert error.line == 3
    assert "'PRN' is already in abbreviations.csv" in str(error)


@pytest.mark.parametrize(("row", "message"), [
    ("administer,verb,plainly", None),
    ("give,verb,plainly", "'give' is not in jargon.csv"),
    ("administer,adverb,plainly", "unknown word class 'adverb'"),
    ("administer,verb,nobody", "unknown source 'nobody'"),
])
def test_word_classes_name_terms_of_the_list(tmp_path: Path, row: str,
                                             message: str | None) -> None:
    folder = write_lists(tmp_path)
    (folder / "word_classes.csv").write_text(f"term,word_class,source\n{row}\n",
                                             encoding="utf-8")
    if message is None:
        assert load_wordlists("en", folder).word_classes == {"administer": "verb"}
        return
    error = load_error(folder)
    assert error.path.endswith("word_classes.csv")
    assert error.line == 2
    assert message in str(error)


@pytest.mark.parametrize(("rows", "message"), [
    ("utilize,,use,,plainly\nutilize,study;trial,,to apply a method,plainly\n", None),
    ("utilize,,use,,plainly\nutilize,,make use of,,plainly\n",
     "'utilize' already has a usual sense (no cues)"),
])
def test_a_term_has_at_most_one_usual_sense(tmp_path: Path, rows: str,
                                            message: str | None) -> None:
    folder = write_lists(tmp_path)
    (folder / "senses.csv").write_text(f"term,cues,plain,definition,source\n{rows}",
                                       encoding="utf-8")
    if message is None:
        usual, cued = load_wordlists("en", folder).senses["utilize"]
        assert (usual.cues, usual.plain) == ((), ("use",))
        assert cued.cues == ("study", "trial")
        return
    error = load_error(folder)
    assert error.path.endswith("senses.csv")
    assert error.line == 3
    assert message in str(error)


def test_empty_plain_and_definition(tmp_path: Path) -> None:
    jargon = JARGON + "prognosis,clinical,,,plainly\n"
    error = load_error(write_lists(tmp_path, jargon=jargon))
    assert error.line == 7
    assert "neither plain words nor a definition" in str(error)
    assert "fill in at least one" in str(error)


def test_empty_term(tmp_path: Path) -> None:
    error = load_error(write_lists(tmp_path, jargon=JARGON + ",clinical,sudden,,plainly\n"))
    assert error.line == 7
    assert "empty 'term'" in str(error)


def test_unknown_category(tmp_path: Path) -> None:
    error = load_error(write_lists(tmp_path, jargon=JARGON + "acute,medical,sudden,,plainly\n"))
    assert error.line == 7
    assert "unknown category 'medical'" in str(error)
    assert "clinical" in str(error)


def test_term_must_be_lowercase(tmp_path: Path) -> None:
    error = load_error(write_lists(tmp_path, jargon=JARGON + "Acute,clinical,sudden,,plainly\n"))
    assert error.line == 7
    assert "must be lowercase" in str(error)


def test_line_numbers_count_quoted_line_breaks(tmp_path: Path) -> None:
    jargon = JARGON + 'acute,clinical,sudden,"starts suddenly\nand lasts a short time",plainly\n'
    jargon += "chronic,clinical,,,plainly\n"
    error = load_error(write_lists(tmp_path, jargon=jargon))
    assert error.line == 9


def test_wrong_number_of_fields(tmp_path: Path) -> None:
    error = load_error(write_lists(tmp_path, jargon=JARGON + "acute,clinical,sudden,plainly\n"))
    assert error.line == 7
    assert "expected 5 fields but found 4" in str(error)


def test_source_without_notice(tmp_path: Path) -> None:
    sources = SOURCES + "cdc_thesaurus,Thesaurus,CDC,Public domain,\n"
    error = load_error(write_lists(tmp_path, sources=sources))
    assert error.path.endswith("sources.csv")
    assert error.line == 4
    assert "notice" in str(error)


def test_missing_file(tmp_path: Path) -> None:
    folder = write_lists(tmp_path)
    (folder / "abbreviations.csv").unlink()
    error = load_error(folder)
    assert error.path.endswith("abbreviations.csv")
    assert error.line is None
    assert "file not found" in str(error)


def test_missing_directory(tmp_path: Path) -> None:
    error = load_error(tmp_path / "nowhere")
    assert "folder not found" in str(error)


def test_not_utf8(tmp_path: Path) -> None:
    folder = write_lists(tmp_path)
    (folder / "jargon.csv").write_bytes(JARGON.encode() + "caf\xe9,clinical,x,,plainly\n".encode(
        "latin-1"))
    error = load_error(folder)
    assert error.line == 7
    assert "UTF-8" in str(error)


def test_unknown_language_lists_available_languages() -> None:
    with pytest.raises(WordListError) as info:
        load_wordlists("xx")
    message = str(info.value)
    assert "'xx'" in message
    assert "available languages: en" in message


def test_language_code_cannot_escape_the_package() -> None:
    with pytest.raises(WordListError):
        load_wordlists("../en")


def test_wordlist_error_is_value_error_and_plainly_error(tmp_path: Path) -> None:
    error = WordListError(tmp_path / "jargon.csv", 3, "bad row")
    assert isinstance(error, ValueError)
    assert isinstance(error, PlainlyError)
    assert error.code == "wordlist_invalid"
    assert str(error) == f"word list {tmp_path / 'jargon.csv'}, line 3: bad row"
    assert error.detail == "bad row"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.line, str(copy)) == (error.path, 3, str(error))
