"""A document's settings come from the block the reader sets aside as front matter, so the
settings and the prose never disagree about where the front matter ends."""

from __future__ import annotations

from literacy.checker.frontmatter import front_matter_settings
from literacy.reading import read_document


def test_settings_come_from_the_front_matter_block() -> None:
    text = "---\ntitle: Flu\nplainly:\n  target_grade: 6\n---\nGet a flu shot each year.\n"
    layer, problems = front_matter_settings(text)
    assert (layer.target_grade, problems) == (6.0, [])


def test_the_settings_and_the_prose_agree_where_the_front_matter_ends() -> None:
    """YAML's "..." end marker closes front matter too (as Pandoc reads it): its settings are
    used, and the prose starts after it."""
    text = "---\ntarget_grade: 6\n...\nGet a flu shot each year.\n"
    document = read_document(text, "markdown")
    assert document.front_matter == "target_grade: 6"
    assert [segment.text for segment in document.segments] == ["Get a flu shot each year."]
    assert front_matter_settings(text)[0].target_grade == 6.0


def test_a_problem_names_the_file_line_of_its_key() -> None:
    text = "---\ntitle: Flu\nplainly:\n  colour: blue\n---\nText.\n"
    _, problems = front_matter_settings(text)
    assert [problem.line for problem in problems] == [4]
    assert "Unknown key 'colour'" in problems[0].message
