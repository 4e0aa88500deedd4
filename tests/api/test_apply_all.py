"""Apply all on real public medicine leaflets, through the library (``apply_suggestions``)
and the JSON API of the real server (the report's suggestions applied by the client, and
``POST /v1/apply``); ``test_browser.py`` does the same in the page.

Each leaflet of ``tests/data/leaflets/medicines`` must get at least one safe suggestion (an
explanation at first use), and applying them all must keep every medicine and drug name,
number, negation and link of the page (``leaflet_support.lost``).
"""

from __future__ import annotations

import csv

import httpx
import pytest
from leaflet_support import (
    LINK,
    MEDICINES,
    NEGATION,
    NUMBER,
    MedicineLeaflet,
    apply_from_the_end,
    lost,
    medicine_leaflets,
    safe_suggestions,
)

from literacy import Suggestion, analyze, apply_suggestions

LEAFLETS = medicine_leaflets()


def test_the_leaflets_are_public_domain_and_hold_what_the_check_needs() -> None:
    with (MEDICINES / "SOURCES.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and len(rows) == len(LEAFLETS)
    for row, leaflet in zip(rows, LEAFLETS, strict=True):
        assert row["licence"].startswith("Public domain")
        assert row["retrieved"] and row["url"].startswith("https://")
        assert all(name in leaflet.text for name in leaflet.drug_names), leaflet.id
        for pattern in (NUMBER, NEGATION, LINK):
            assert pattern.search(leaflet.text), (leaflet.id, pattern.pattern)


@pytest.mark.parametrize("leaflet", LEAFLETS, ids=[leaflet.id for leaflet in LEAFLETS])
def test_library_apply_all_keeps_names_numbers_negations_and_links(
    leaflet: MedicineLeaflet,
) -> None:
    report = analyze(leaflet.text, lang=leaflet.lang, format=leaflet.format)
    safe = [s for f in report.findings for s in f.suggestions if s.applicability == "safe"]
    assert safe, f"{leaflet.id}: no safe suggestion to apply"
    after = apply_suggestions(leaflet.text, safe)
    assert lost(leaflet.text, after, leaflet.drug_names) == []
    missing = [s.replacement for s in safe if s.replacement not in after]
    assert missing == [], "explanations not added"
    assert after == apply_from_the_end(
        leaflet.text,
        [{"start": s.start, "end": s.end, "replacement": s.replacement} for s in safe],
    ), "the library and the page apply the same suggestions differently"


@pytest.mark.parametrize("leaflet", LEAFLETS, ids=[leaflet.id for leaflet in LEAFLETS])
def test_api_suggestions_applied_keep_names_numbers_negations_and_links(
    http: httpx.Client, leaflet: MedicineLeaflet
) -> None:
    response = http.post("/v1/analyze", json={
        "text": leaflet.text, "lang": leaflet.lang, "format": leaflet.format,
    })
    assert response.status_code == 200, response.text
    safe = safe_suggestions(response.json())
    assert safe, f"{leaflet.id}: no safe suggestion to apply"
    after = apply_from_the_end(leaflet.text, safe)
    assert lost(leaflet.text, after, leaflet.drug_names) == []
    assert [s["replacement"] for s in safe if s["replacement"] not in after] == []


def test_api_spanish_leaflet_explains_after_links_and_finds_the_911_call(
    http: httpx.Client,
) -> None:
    """Issues 10 and 13 on the Spanish leaflet through the server: the explanation of a
    link's words follows the link, none splits a noun from its adjective, and "Llame al
    911" counts as an action.  A low threshold flags "analgésicos" too, as the writer saw
    it."""
    leaflet = next(case for case in LEAFLETS if case.lang == "es")
    response = http.post("/v1/analyze", json={
        "text": leaflet.text, "lang": "es", "format": leaflet.format, "jargon_threshold": 0.2,
    })
    assert response.status_code == 200, response.text
    report = response.json()
    after = apply_from_the_end(leaflet.text, safe_suggestions(report))
    assert ("[apnea del sueño](https://medlineplus.gov/spanish/sleepapnea.html) "
            "(pausas al respirar dormido)") in after
    # no bracket between the plural noun and its adjective: "analgésicos (…) fuertes"
    assert ("[analgésicos](https://medlineplus.gov/spanish/painrelievers.html) fuertes"
            in after)
    assert lost(leaflet.text, after, leaflet.drug_names) == []
    action = next(i for i in report["communication"]["items"] if i["id"] == "action")
    assert action["status"] == "met"
    assert "Llame al 911 de inmediato" in [evidence["text"] for evidence in action["evidence"]]


@pytest.mark.parametrize("leaflet", LEAFLETS, ids=[leaflet.id for leaflet in LEAFLETS])
def test_api_apply_all_safe_is_the_library_and_keeps_names_numbers_negations_and_links(
    http: httpx.Client, leaflet: MedicineLeaflet
) -> None:
    """``POST /v1/apply`` without ``suggestions`` answers what ``apply_suggestions`` makes of
    the report's safe suggestions (and the page's Apply all), and loses nothing."""
    options = {"text": leaflet.text, "lang": leaflet.lang, "format": leaflet.format}
    report = http.post("/v1/analyze", json=options)
    assert report.status_code == 200, report.text
    safe = [
        Suggestion(s["replacement"], s["start"], s["end"], s["applicability"], s["action"])
        for finding in report.json()["findings"] for s in finding["suggestions"]
        if s["applicability"] == "safe"
    ]
    assert safe, f"{leaflet.id}: no safe suggestion to apply"
    response = http.post("/v1/apply", json=options)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["text"] == apply_suggestions(leaflet.text, safe)
    assert body["text"] == apply_from_the_end(leaflet.text, safe_suggestions(report.json()))
    assert lost(leaflet.text, body["text"], leaflet.drug_names) == []
    assert [s.replacement for s in safe if s.replacement not in body["text"]] == []
    listed = body["applied"] + body["skipped"]
    assert {(s["start"], s["end"], s["replacement"]) for s in listed} == {
        (s.start, s.end, s.replacement) for s in safe}
    assert {s["applicability"] for s in listed} == {"safe"}
    assert all(s["code"].startswith("PL2") and s["action"] == "explain" for s in listed)
    assert body["skipped"] == [], "an engine's safe suggestion was skipped"


def test_api_apply_spanish_leaflet_explains_after_links(http: httpx.Client) -> None:
    """The Spanish leaflet with a low threshold, through ``POST /v1/apply``: each explanation
    of a link's words follows the link, and the links stay whole."""
    leaflet = next(case for case in LEAFLETS if case.lang == "es")
    response = http.post("/v1/apply", json={
        "text": leaflet.text, "lang": "es", "format": leaflet.format, "jargon_threshold": 0.2,
    })
    assert response.status_code == 200, response.text
    after = response.json()["text"]
    assert ("[apnea del sueño](https://medlineplus.gov/spanish/sleepapnea.html) "
            "(pausas al respirar dormido)") in after
    assert lost(leaflet.text, after, leaflet.drug_names) == []
