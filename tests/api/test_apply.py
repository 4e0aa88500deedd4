"""``POST /v1/apply``: suggestions of a report applied by the library's rule, in-process and
over HTTP; and the library function that splits a set into applied and skipped
(``literacy.select_suggestions``), for the reasons the engine's own suggestions never give.

Apply all safe suggestions on the real medicine leaflets is in ``test_apply_all.py``.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from typing import Any

import httpx
import jsonschema
import pytest
from api_support import LEAFLET, error_of
from flask import Flask
from flask.testing import FlaskClient

from literacy import Suggestion, apply_suggestions, select_suggestions
from literacy.suggestions import what_is_lost


def report_of(client: FlaskClient, body: dict[str, Any]) -> dict[str, Any]:
    """The report ``POST /v1/analyze`` gives for ``body``."""
    response = client.post("/v1/analyze", json=body)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    report: dict[str, Any] = response.get_json()
    return report


def offered(report: dict[str, Any], original: str, text: str) -> list[dict[str, Any]]:
    """The report's suggestions for ``original`` (the words they replace), each with its
    finding's code, in the report's order."""
    return [
        {**suggestion, "code": finding["code"]}
        for finding in report["findings"]
        for suggestion in finding["suggestions"]
        if text[suggestion["start"] : suggestion["end"]] == original
    ]


def choice(suggestion: dict[str, Any]) -> dict[str, Any]:
    """A suggestion as a client sends it back: start, end and replacement."""
    return {key: suggestion[key] for key in ("start", "end", "replacement")}


def entry(suggestion: dict[str, Any]) -> dict[str, Any]:
    """A suggestion as ``/v1/apply`` lists it."""
    return {key: suggestion[key]
            for key in ("start", "end", "replacement", "code", "action", "applicability")}


def test_apply_without_suggestions_applies_every_safe_one_only(client: FlaskClient) -> None:
    report = report_of(client, {"text": LEAFLET})
    safe = [entry({**s, "code": f["code"]}) for f in report["findings"]
            for s in f["suggestions"] if s["applicability"] == "safe"]
    assert safe and any(
        s["applicability"] == "unsafe" for f in report["findings"] for s in f["suggestions"])
    response = client.post("/v1/apply", json={"text": LEAFLET})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"text", "applied", "skipped"}
    assert body["applied"] == sorted(safe, key=lambda s: (s["start"], s["end"]))
    assert body["skipped"] == []
    assert body["text"] == apply_suggestions(LEAFLET, [
        Suggestion(s["replacement"], s["start"], s["end"], "safe", s["action"]) for s in safe])
    assert "an ECG (heart tracing)." in body["text"]
    assert "Your physician has prescribed" in body["text"]  # an unsafe one is not applied


def test_apply_chosen_unsafe_suggestion_is_applied(client: FlaskClient) -> None:
    report = report_of(client, {"text": LEAFLET})
    doctor = next(s for s in offered(report, "physician", LEAFLET) if s["replacement"] == "doctor")
    assert doctor["applicability"] == "unsafe"
    response = client.post("/v1/apply", json={"text": LEAFLET, "suggestions": [choice(doctor)]})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert body["applied"] == [entry(doctor)]
    assert body["skipped"] == []
    start, end = doctor["start"], doctor["end"]
    assert body["text"] == LEAFLET[:start] + "doctor" + LEAFLET[end:]
    assert "ECG." in body["text"]  # the safe explanation was not chosen, so not applied


def test_apply_overlapping_pair_applies_the_first_and_skips_the_other(
    client: FlaskClient,
) -> None:
    report = report_of(client, {"text": LEAFLET})
    pair = offered(report, "Managing", LEAFLET)
    assert len(pair) == 2, pair  # "Handling", "Controlling": one span, two rewrites
    response = client.post("/v1/apply", json={
        "text": LEAFLET, "suggestions": [choice(pair[1]), choice(pair[0])]})
    assert response.status_code == 200, response.get_data(as_text=True)
    body = response.get_json()
    assert len(body["applied"]) == 1 and len(body["skipped"]) == 1
    kept, skipped = body["applied"][0], body["skipped"][0]
    assert skipped["reason"] == "overlaps"
    assert f"{kept['start']}-{kept['end']}" in skipped["message"]
    assert kept["replacement"] in skipped["message"]
    assert kept == entry(pair[1])  # one span: the first sent wins
    assert body["text"] == kept["replacement"] + LEAFLET[len("Managing"):]
    assert body["text"] == apply_suggestions(LEAFLET, [
        Suggestion(s["replacement"], s["start"], s["end"]) for s in (pair[1], pair[0])])


def test_apply_the_same_suggestion_twice_applies_it_once(client: FlaskClient) -> None:
    report = report_of(client, {"text": LEAFLET})
    ecg = offered(report, "ECG", LEAFLET)[0]
    response = client.post("/v1/apply", json={
        "text": LEAFLET, "suggestions": [choice(ecg), choice(ecg)]})
    body = response.get_json()
    assert body["applied"] == [entry(ecg)] and body["skipped"] == []
    assert body["text"].count("(heart tracing)") == 1


def test_apply_an_empty_choice_changes_nothing(client: FlaskClient) -> None:
    response = client.post("/v1/apply", json={"text": LEAFLET, "suggestions": []})
    assert response.get_json() == {"text": LEAFLET, "applied": [], "skipped": []}


@pytest.mark.parametrize(
    ("change", "at"),
    [
        ({"replacement": "Handling something"}, 0),  # a forged replacement
        ({"start": 1}, 1),  # offsets moved
        ({"end": 9}, 2),
    ],
)
def test_apply_forged_suggestion_is_422_naming_the_item(
    client: FlaskClient, change: dict[str, Any], at: int
) -> None:
    report = report_of(client, {"text": LEAFLET})
    real = [choice(s) for s in offered(report, "Managing", LEAFLET)]
    real += [choice(offered(report, "ECG", LEAFLET)[0])]
    chosen = [*real[:at], {**real[at], **change}, *real[at + 1 :]]
    error = error_of(client.post("/v1/apply", json={"text": LEAFLET, "suggestions": chosen}),
                     422, "unknown_suggestion")
    assert error["message"].startswith(f"suggestions[{at}]: ")
    assert "Analyse the text again with the same options" in error["message"]
    assert "POST /v1/analyze" in error["message"]
    assert [detail["field"] for detail in error["details"]] == [f"suggestions[{at}]"]


def test_apply_names_every_forged_item(client: FlaskClient) -> None:
    chosen = [{"start": 0, "end": 8, "replacement": "Running"},
              {"start": 0, "end": 1, "replacement": "m"}]
    error = error_of(client.post("/v1/apply", json={"text": LEAFLET, "suggestions": chosen}),
                     422, "unknown_suggestion")
    assert error["message"].startswith("suggestions[0]: ") and "(and 1 more)" in error["message"]
    assert [detail["field"] for detail in error["details"]] == ["suggestions[0]",
                                                               "suggestions[1]"]


def test_apply_takes_only_suggestions_of_the_same_options(client: FlaskClient) -> None:
    """"ibuprofen" (difficulty about 0.65) is flagged and explained at the default jargon
    threshold, not at 0.9: its explanation is no suggestion of the report at 0.9, so it is
    refused there."""
    options = {"text": "Take ibuprofen every day."}
    report = report_of(client, options)
    explained = next(s for f in report["findings"] for s in f["suggestions"]
                     if s["replacement"] == "ibuprofen (a pain medicine)")
    refused = client.post("/v1/apply", json={
        **options, "jargon_threshold": 0.9, "suggestions": [choice(explained)]})
    assert error_of(refused, 422, "unknown_suggestion")["message"].startswith("suggestions[0]")
    applied = client.post("/v1/apply", json={**options, "suggestions": [choice(explained)]})
    assert applied.status_code == 200, applied.get_data(as_text=True)
    assert applied.get_json()["text"] == "Take ibuprofen (a pain medicine) every day."


# --- bad input: what /v1/analyze answers ------------------------------------------------------


BAD_BODIES: list[tuple[str, bytes, str]] = [
    ("empty text", json.dumps({"text": ""}).encode(), "application/json"),
    ("blank text", json.dumps({"text": " \n\ufeff "}).encode(), "application/json"),
    ("NUL", json.dumps({"text": "Take\x00 one."}).encode(), "application/json"),
    ("lang", json.dumps({"text": "Take one.", "lang": "fr"}).encode(), "application/json"),
    ("no language", json.dumps({"text": "12 34 !!", "lang": "auto"}).encode(),
     "application/json"),
    ("unsupported language", json.dumps({
        "text": "Nehmen Sie zweimal täglich eine Tablette mit Wasser nach dem Essen ein.",
        "lang": "auto"}).encode(), "application/json"),
    ("unknown field", json.dumps({"text": "Take one.", "colour": "blue"}).encode(),
     "application/json"),
    ("text type", json.dumps({"text": 5}).encode(), "application/json"),
    ("option range", json.dumps({"text": "Take one.", "target_grade": 60}).encode(),
     "application/json"),
    ("surrogate", b'{"text": "Take \\ud800 one."}', "application/json"),
    ("invalid JSON", b'{"text": "Take one.",}', "application/json"),
    ("BOM", b'\xef\xbb\xbf{"text": "Take one."}', "application/json"),
    ("not JSON", b"text=Take one.", "application/x-www-form-urlencoded"),
    ("not an object", b'["Take one."]', "application/json"),
]


@pytest.mark.parametrize(("name", "data", "content_type"), BAD_BODIES,
                         ids=[name for name, _, _ in BAD_BODIES])
def test_apply_bad_input_is_answered_as_analyze_answers_it(
    client: FlaskClient, name: str, data: bytes, content_type: str
) -> None:
    analyze = client.post("/v1/analyze", data=data, content_type=content_type)
    apply = client.post("/v1/apply", data=data, content_type=content_type)
    assert 400 <= analyze.status_code < 500, (name, analyze.get_data(as_text=True))
    assert apply.status_code == analyze.status_code
    # pydantic names the model of a body that is no object ("instance of AnalyzeRequest")
    same = apply.get_data(as_text=True).replace("ApplyRequest", "AnalyzeRequest")
    assert json.loads(same) == analyze.get_json()


def test_apply_bad_suggestion_fields_are_validation_errors(client: FlaskClient) -> None:
    for item, field in [({"start": 0, "end": 8}, "suggestions[0].replacement"),
                        ({"start": "0", "end": 8, "replacement": "x"}, "suggestions[0].start"),
                        ({"start": -1, "end": 8, "replacement": "x"}, "suggestions[0].start"),
                        ({"start": 0, "end": 8, "replacement": "x", "code": "PL205"},
                         "suggestions[0].code")]:
        error = error_of(client.post("/v1/apply", json={"text": LEAFLET, "suggestions": [item]}),
                         422, "validation_error")
        assert error["message"].startswith(f"{field}: "), error
    error = error_of(client.post("/v1/apply", json={"text": LEAFLET, "suggestions": {}}),
                     422, "validation_error")
    assert error["details"][0]["field"] == "suggestions"


def test_apply_gzip_body_is_415_as_in_analyze(client: FlaskClient) -> None:
    data = gzip.compress(b'{"text": "Take one."}')
    headers = {"Content-Encoding": "gzip"}
    analyze = client.post("/v1/analyze", data=data, content_type="application/json",
                          headers=headers)
    apply = client.post("/v1/apply", data=data, content_type="application/json",
                        headers=headers)
    error_of(apply, 415, "unsupported_media_type")
    assert apply.get_json() == analyze.get_json()


def test_apply_over_the_budget_or_the_body_limit_is_413(make_app: Callable[..., Flask]) -> None:
    client = make_app(REQUEST_MAX_CHARS=1000, MAX_CONTENT_LENGTH=4096,
                      RATE_LIMIT="off").test_client()
    for route in ("/v1/analyze", "/v1/apply"):
        error_of(client.post(route, json={"text": "Rest. " * 200}), 413, "over_budget")
        error_of(client.post(route, json={"text": "Rest. " * 1000}), 413, "payload_too_large")
    assert client.post("/v1/apply", json={"text": "Rest. " * 100}).status_code == 200


def test_apply_wrong_method_is_405(client: FlaskClient) -> None:
    error = error_of(client.get("/v1/apply"), 405, "method_not_allowed")
    assert "POST" in error["message"]


# --- the real server ---------------------------------------------------------------------------


def test_apply_over_http_agrees_with_the_openapi_schema(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    operation = spec["paths"]["/v1/apply"]["post"]
    assert operation["requestBody"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ApplyRequest"}
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/ApplyResponse"}
    codes = set(operation["responses"]["422"]["content"]["application/json"]["examples"])
    assert {"unknown_suggestion", "validation_error", "empty_text", "no_language"} <= codes
    schemas = spec["components"]["schemas"]
    assert schemas["ApplyRequest"]["required"] == ["text"]
    assert schemas["ApplyRequest"]["additionalProperties"] is False
    assert set(schemas["AnalyzeRequest"]["properties"]) < set(
        schemas["ApplyRequest"]["properties"])
    assert "unknown_suggestion" in schemas["ErrorCode"]["enum"]
    registry = _registry(spec)

    def validator(name: str) -> jsonschema.Draft202012Validator:
        schema = {**schemas[name], "components": spec["components"]}
        return jsonschema.Draft202012Validator(schema, registry=registry)

    report = http.post("/v1/analyze", json={"text": LEAFLET}).json()
    pair = offered(report, "Managing", LEAFLET)
    request = {"text": LEAFLET, "suggestions": [choice(s) for s in pair]}
    validator("ApplyRequest").validate(request)
    response = http.post("/v1/apply", json=request)
    assert response.status_code == 200, response.text
    body = response.json()
    validator("ApplyResponse").validate(body)
    assert len(body["applied"]) == 1 and body["skipped"][0]["reason"] == "overlaps"
    forged = http.post("/v1/apply", json={
        "text": LEAFLET, "suggestions": [{"start": 0, "end": 8, "replacement": "Running"}]})
    assert forged.status_code == 422
    validator("ErrorResponse").validate(forged.json())
    assert forged.json()["error"]["code"] == "unknown_suggestion"
    assert http.get("/docs").text.count("/v1/apply") >= 1


def test_apply_over_http_bad_input_is_as_analyze(http: httpx.Client) -> None:
    for body in ({"text": "  "}, {"text": "Take one.", "suggestions": [{"start": 0}]}):
        analyze = http.post("/v1/analyze", json={"text": body["text"]})
        apply = http.post("/v1/apply", json=body)
        assert apply.status_code == 422, apply.text
        if "suggestions" not in body:
            assert apply.json() == analyze.json()
    broken = http.post("/v1/apply", content=b'{"text": ', headers={
        "Content-Type": "application/json"})
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "invalid_json"


def _registry(spec: dict[str, Any]) -> Any:
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    return Registry().with_resource("", Resource.from_contents(
        spec, default_specification=DRAFT202012))


# --- the library's rule: select_suggestions ---------------------------------------------------


CALL = "call 911 right away"
LOSSES = [
    ("number", CALL, "call right away", "loses_number"),
    ("dose", "Take 2.5 mg twice a day.", "Take some twice a day.", "loses_number"),
    ("negation", "Do not stop taking it.", "Do stop taking it.", "loses_negation"),
    ("contraction", "You don't need food.", "You do need food.", "loses_negation"),
    ("link", "See [the leaflet](https://example.org/a).", "See the leaflet.", "loses_link"),
    ("markup", "Take **one** tablet.", "Take one tablet.", "loses_markup"),
]


@pytest.mark.parametrize(("name", "original", "replacement", "reason"), LOSSES,
                         ids=[name for name, *_ in LOSSES])
def test_select_suggestions_skips_one_that_loses_what_matters(
    name: str, original: str, replacement: str, reason: str
) -> None:
    text = f"Intro. {original} End."
    start = text.index(original)
    losing = Suggestion(replacement, start, start + len(original))
    keeping = Suggestion("Start.", 0, len("Intro."))
    selection = select_suggestions(text, [losing, keeping])
    assert selection.applied == (keeping,)
    assert [(s.suggestion, s.reason, s.overlapped) for s in selection.skipped] == [
        (losing, reason, None)]
    assert apply_suggestions(text, [losing, keeping]) == text.replace("Intro.", "Start.")
    assert what_is_lost(original, replacement) is not None
    assert what_is_lost(original, original) is None


def test_select_suggestions_on_a_real_report_skips_a_suggestion_that_drops_911(
    client: FlaskClient,
) -> None:
    """The engine offers nothing that drops a number, so one is made from a real suggestion
    of the report: its replacement put over the emergency number's sentence."""
    report = report_of(client, {"text": LEAFLET})
    ecg = offered(report, "ECG", LEAFLET)[0]
    start = LEAFLET.index(CALL)
    dropping = Suggestion("call right away", start, start + len(CALL), "unsafe", "rewrite")
    real = Suggestion(ecg["replacement"], ecg["start"], ecg["end"], "safe", "explain")
    selection = select_suggestions(LEAFLET, [dropping, real])
    assert selection.applied == (real,)
    assert [(s.suggestion, s.reason) for s in selection.skipped] == [(dropping, "loses_number")]
    assert "call 911 right away" in apply_suggestions(LEAFLET, [dropping, real])


def test_select_suggestions_names_the_overlapped_one_and_keeps_apply_suggestions_unchanged(
) -> None:
    text = "Take the medication every day."
    word = Suggestion("medicine", 9, 19)
    longer = Suggestion("medicine daily", 9, 29)  # starts where the word does, ends later
    later = Suggestion("daily", 20, 29)
    selection = select_suggestions(text, [later, longer, word])
    assert selection.applied == (word, later)
    assert [(s.suggestion, s.reason, s.overlapped) for s in selection.skipped] == [
        (longer, "overlaps", word)]
    assert apply_suggestions(text, [later, longer, word]) == "Take the medicine daily."
    with pytest.raises(ValueError, match="outside the text"):
        select_suggestions(text, [Suggestion("x", 5, 99)])


def test_apply_takes_suggestions_copied_whole_from_the_report(client: FlaskClient) -> None:
    """A CMS may send a suggestion exactly as the report gave it, with its applicability and
    action (a user audit found that refused as extra fields)."""
    options = {"text": "Take ibuprofen every day."}
    copied = [s for f in report_of(client, options)["findings"] for s in f["suggestions"]]
    assert copied and set(copied[0]) >= {"applicability", "action"}
    applied = client.post("/v1/apply", json={**options, "suggestions": copied})
    assert applied.status_code == 200, applied.get_data(as_text=True)
    assert applied.get_json()["text"] == "Take ibuprofen (a pain medicine) every day."
