"""Pathological documents finish with a consistent report (their time is in bench/limits.py)."""

from literacy import analyze


def test_one_sentence_of_200000_characters():
    text = ("the patient " * 16_667)[:200_000]
    report = analyze(text)
    assert report.counts.words == len(text.split())
    assert report.counts.sentences >= 1
    assert report.readability.grade is not None


def test_ten_thousand_list_items():
    text = "".join(f"- item number {n} is here\n" for n in range(10_000))
    report = analyze(text)
    assert report.counts.sentences == 10_000
    assert report.format == "markdown"


def test_deeply_nested_html():
    text = "<div>" * 20_000 + "<p>Take one pill.</p>" + "</div>" * 20_000
    report = analyze(text)
    assert [s.text for s in report.sentences] == ["Take one pill."]
