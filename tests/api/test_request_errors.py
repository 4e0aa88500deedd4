"""Requests the API must answer with a plain, fitting error, in-process: wrong keys from a
shared address, bad documents in a batch, unreadable bodies, preflight, the OpenAPI document
against behaviour, broken multipart bodies and language tags in translation checks."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from api_support import error_of
from flask import Flask
from flask.testing import FlaskClient

from api.models import BatchEnvelope, BatchRequest
from literacy.language import canonical_tag

EN = "# Your flu shot\n\nTake 2 tablets a day.\n\nCall 1-800-232-4636 with questions.\n"
ES = "# Su vacuna\n\nTome 2 tabletas al día.\n\nLlame al 1-800-232-4636 si tiene preguntas.\n"
JSON = {"Content-Type": "application/json"}




# --- 1. a right key is never delayed by others' wrong keys ---------------------------------


def test_auth_right_key_passes_after_wrong_keys_from_the_same_address(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(API_KEYS="k1,k2", AUTH_FAILURE_LIMIT="3/minute", RATE_LIMIT="off",
                   PRELOAD_PIPELINES=False)
    client = app.test_client()
    wrong = [client.post("/v1/analyze", json={}, headers={"Authorization": "Bearer nope"})
             for _ in range(4)]
    assert [response.status_code for response in wrong] == [401, 401, 401, 429]
    assert int(wrong[-1].headers["Retry-After"]) >= 1
    # Same address, right key: authenticated (422: the body is empty), not 429.
    right = client.post("/v1/analyze", json={}, headers={"Authorization": "Bearer k2"})
    error_of(right, 422, "validation_error")
    # Wrong and missing keys from that address are still limited.
    assert client.post("/v1/analyze", json={}).status_code == 429
    assert client.post("/v1/analyze", json={},
                       headers={"Authorization": "Bearer k3"}).status_code == 429


# --- 2. one bad document does not fail the batch -------------------------------------------


def test_batch_lone_surrogate_is_that_documents_error(client: FlaskClient) -> None:
    raw = ('{"documents": [{"id": "a", "text": "Take one pill a day."},'
           ' {"id": "b", "text": "bad \\ud83d here"},'
           ' {"id": "c", "text": "a NUL \\u0000 here"},'
           ' {"id": "d", "text": "Take two pills a day."}]}')
    response = client.post("/v1/analyze/batch", data=raw, headers=JSON)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    results = response.get_json()["results"]
    assert [result["id"] for result in results] == ["a", "b", "c", "d"]
    assert "report" in results[0] and "report" in results[3]
    assert results[1]["error"]["code"] == "invalid_encoding"
    assert "documents[1].text" in results[1]["error"]["message"]
    assert results[2]["error"]["code"] == "binary_input"


def test_batch_lone_surrogate_in_an_id_is_that_documents_error_with_id_null(
    client: FlaskClient,
) -> None:
    raw = ('{"documents": [{"id": "\\ud83d", "text": "Take one pill."},'
           ' {"id": "b", "text": "Rest.", "allow": ["bad \\udc00"]},'
           ' {"id": "c", "text": "Take two pills a day."}]}')
    response = client.post("/v1/analyze/batch", data=raw, headers=JSON)
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    first, second, third = response.get_json()["results"]
    assert first["id"] is None and first["error"]["code"] == "invalid_encoding"
    assert "documents[0].id" in first["error"]["message"]
    assert second["id"] == "b" and second["error"]["code"] == "invalid_encoding"
    assert "documents[1].allow[0]" in second["error"]["message"]
    assert third["id"] == "c" and "report" in third


def test_batch_lone_surrogate_outside_the_documents_still_fails_the_batch(
    client: FlaskClient,
) -> None:
    raw = ('{"documents": [{"id": "a", "text": "Take one pill."}],'
           ' "defaults": {"allow": ["\\ud83d"]}}')
    error = error_of(client.post("/v1/analyze/batch", data=raw, headers=JSON), 422,
                     "invalid_encoding")
    assert "defaults.allow[0]" in error["message"]


def test_batch_bad_document_field_answers_as_analyze_does(client: FlaskClient) -> None:
    """The CMS developer's case from the audit: one document's text is a number."""
    response = client.post("/v1/analyze/batch", json={"documents": [
        {"id": "a", "text": "Take your pills."}, {"id": "d", "text": 5}]})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    good, bad = response.get_json()["results"]
    assert good["id"] == "a" and good["report"]["counts"]["words"] == 3
    single = error_of(client.post("/v1/analyze", json={"text": 5}), 422, "validation_error")
    assert bad == {"id": "d", "error": {
        "code": "validation_error",
        "message": "documents[1]." + single["message"],
        "details": [{"field": "documents[1].text", "message": "Input should be a valid string",
                     "type": "string_type"}],
    }}
    assert "Fix the field" in bad["error"]["message"]


# --- 3. error messages say what is wrong in plain words ------------------------------------

PYTHON_TALK = ("at at", "sys.", "set_int_max_str_digits", "recursion", "utf-8-sig",
               "Value error", "Traceback")


@pytest.mark.parametrize(
    ("raw", "headers", "status", "code", "says"),
    [
        (b'{"text": "abc', JSON, 400, "invalid_json", "Unterminated string starting at line 1"),
        (b'{"text": ' + b"1" * 5000 + b"}", JSON, 400, "invalid_json", "5,000 digits"),
        (b"[" * 100_000 + b"]" * 100_000, JSON, 400, "invalid_json", "nested too deeply"),
        (b'{"text": ' + b"[" * 995 + b"]" * 995 + b"}", JSON, 400, "invalid_json",
         "nested too deeply"),
        ("\ufeff" + json.dumps({"text": "Take one pill."}), JSON, 400, "invalid_json",
         "byte-order mark"),
        (gzip.compress(json.dumps({"text": "Take one pill."}).encode()),
         {**JSON, "Content-Encoding": "gzip"}, 415, "unsupported_media_type",
         "Compressed request bodies are not supported"),
        (gzip.compress(json.dumps({"text": "Take one pill."}).encode()), JSON, 415,
         "unsupported_media_type", "send the body uncompressed"),
        (b'{"text": NaN}', JSON, 400, "invalid_json", "NaN is not a JSON number"),
    ],
    ids=["unterminated", "long-integer", "deep", "deep-near-limit", "bom", "gzip",
         "gzip-undeclared", "nan"],
)
def test_unreadable_body_message_is_plain(
    client: FlaskClient, raw: bytes | str, headers: dict[str, str], status: int, code: str,
    says: str,
) -> None:
    error = error_of(client.post("/v1/analyze", data=raw, headers=headers), status, code)
    assert says in error["message"]
    for words in PYTHON_TALK:
        assert words not in error["message"]


@pytest.mark.parametrize(
    ("route", "body", "field"),
    [
        ("/v1/analyze", {"text": "Take one pill.", "lang": "fr"}, "lang"),
        ("/v1/translations/check", {"documents": {"en": EN}, "source": "en-"}, "source"),
    ],
)
def test_validation_message_has_no_pydantic_prefix(
    client: FlaskClient, route: str, body: dict[str, Any], field: str
) -> None:
    error = error_of(client.post(route, json=body), 422, "validation_error")
    assert error["message"].startswith(f"{field}: '")
    assert "Value error" not in error["message"]
    assert not error["details"][0]["message"].startswith("Value error")


# --- 4. a preflight has no body and no HTML type --------------------------------------------


def test_preflight_is_204_with_allow_and_no_content_type(client: FlaskClient) -> None:
    response = client.options("/v1/analyze")
    assert response.status_code == 204
    assert response.get_data() == b""
    assert "Content-Type" not in response.headers
    assert {method.strip() for method in response.headers["Allow"].split(",")} >= {
        "POST", "OPTIONS"
    }


# --- 5. the OpenAPI document says what the server does --------------------------------------


def test_batch_envelope_is_the_documented_request_less_its_documents_checks() -> None:
    """The batch is checked whole by ``BatchEnvelope`` and each document as a
    ``BatchDocument``; ``BatchRequest`` (in the OpenAPI document) must name the same fields."""
    assert list(BatchEnvelope.model_fields) == list(BatchRequest.model_fields)
    assert BatchEnvelope.model_config == BatchRequest.model_config
    for name, field in BatchEnvelope.model_fields.items():
        assert field.description == BatchRequest.model_fields[name].description
    assert BatchEnvelope.model_fields["defaults"].annotation == (
        BatchRequest.model_fields["defaults"].annotation)


def test_openapi_readyz_documents_its_503(client: FlaskClient) -> None:
    responses = client.get("/openapi.json").get_json()["paths"]["/readyz"]["get"]["responses"]
    assert "503" in responses
    schema = responses["503"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ReadyResponse"}
    assert "Retry-After" in responses["503"]["headers"]


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("Take one pill.\x1b\x0c Then rest.", True),  # ESC and a form feed (PDF page break)
        ("Page one.\x0c\nPage two.", True),
        ("Take one pill.\x00", False),  # binary_input
        ("  \x0c\x1c\x85 ", False),  # nothing visible: empty_text
        ("\ufeff", False),  # a file that is only a byte-order mark is empty too
        ("\ufeff\u200b \u2060\n", False),
        ("\ufeffTake one pill.", True),
        ("", False),
    ],
)
def test_openapi_text_pattern_agrees_with_the_server(
    client: FlaskClient, text: str, accepted: bool
) -> None:
    spec = client.get("/openapi.json").get_json()
    pattern = spec["components"]["schemas"]["AnalyzeRequest"]["properties"]["text"]["pattern"]
    assert bool(re.fullmatch(pattern, text)) is accepted
    response = client.post("/v1/analyze", json={"text": text})
    assert (response.status_code == 200) is accepted, response.get_data(as_text=True)[:300]


def test_translation_document_with_nul_is_binary_input_as_in_analyze(
    client: FlaskClient,
) -> None:
    analyze = error_of(client.post("/v1/analyze", json={"text": "Take 2 pills.\x00"}), 422,
                       "binary_input")
    assert "NUL" in analyze["message"]
    for documents in ({"en": EN, "es": ES + "\x00"}, {"en": EN + "\x00", "es": ES}):
        error = error_of(client.post("/v1/translations/check", json={"documents": documents}),
                         422, "binary_input")
        assert "NUL" in error["message"]
    spec = client.get("/openapi.json").get_json()
    operation = spec["paths"]["/v1/translations/check"]["post"]
    assert "binary_input" in operation["responses"]["422"]["content"]["application/json"][
        "examples"]


# --- 6. a broken multipart body is the client's framing, not a missing field ----------------

UPLOAD = (b'--XYZ\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
          b"Content-Type: text/plain\r\n\r\nTake one pill a day.")


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (UPLOAD, "multipart/form-data; boundary=XYZ"),  # cut short: no closing boundary
        (UPLOAD + b"\r\n--XYZ--\r\n", "multipart/form-data"),  # no boundary parameter
        (b"garbage", "multipart/form-data; boundary=XYZ"),
    ],
    ids=["truncated", "no-boundary", "garbage"],
)
def test_extract_broken_multipart_is_400_bad_request(
    client: FlaskClient, body: bytes, content_type: str
) -> None:
    error = error_of(client.post("/v1/extract", data=body,
                                 headers={"Content-Type": content_type}), 400, "bad_request")
    assert "multipart body is malformed" in error["message"]


def test_extract_whole_multipart_still_reads_and_a_missing_field_is_422(
    client: FlaskClient,
) -> None:
    headers = {"Content-Type": "multipart/form-data; boundary=XYZ"}
    whole = client.post("/v1/extract", data=UPLOAD + b"\r\n--XYZ--\r\n", headers=headers)
    assert whole.status_code == 200
    assert whole.get_json()["text"] == "Take one pill a day."
    other = (b'--XYZ\r\nContent-Disposition: form-data; name="other"\r\n\r\nhi\r\n'
             b"--XYZ--\r\n")
    error_of(client.post("/v1/extract", data=other, headers=headers), 422, "validation_error")


# --- 7. language tags are case-insensitive ---------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "canonical"),
    [("en", "en"), ("EN", "en"), ("pt-br", "pt-BR"), ("ZH-hant-tw", "zh-Hant-TW"),
     ("sgn-be-fr", "sgn-BE-FR"), ("EN-ca-X-CA", "en-CA-x-ca"), ("X-Private", "x-private"),
     ("es-419", "es-419"), ("AZ-latn-x-LATN", "az-Latn-x-latn")],
)
def test_canonical_tag_follows_rfc_5646(tag: str, canonical: str) -> None:
    assert canonical_tag(tag) == canonical


def test_translation_tags_in_upper_case_are_the_same_languages(client: FlaskClient) -> None:
    upper = client.post("/v1/translations/check",
                        json={"documents": {"EN": EN, "ES": ES}, "required": ["Es"]})
    lower = client.post("/v1/translations/check", json={"documents": {"en": EN, "es": ES}})
    assert upper.status_code == 200, upper.get_data(as_text=True)[:300]
    assert upper.get_json() == lower.get_json()
    required = client.post("/v1/translations/check",
                           json={"documents": {"en": EN}, "required": ["EN", "PT-br"]})
    flags = required.get_json()["flags"]
    assert [flag["lang"] for flag in flags if flag["code"] == "missing_language"] == ["pt-BR"]
    source = client.post("/v1/translations/check",
                         json={"documents": {"en": EN, "es": ES}, "source": "EN"})
    assert source.status_code == 200, source.get_data(as_text=True)[:300]


def test_translation_language_given_twice_in_two_cases_is_422(client: FlaskClient) -> None:
    response = client.post("/v1/translations/check",
                           json={"documents": {"en": EN, "EN": EN, "es": ES}})
    error = error_of(response, 422, "validation_error")
    assert "'en' and 'EN' are the same language" in error["message"]
    assert error["details"][0]["field"] == "documents"


# --- 8. an empty source is called empty -------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "  \n\t ", "\ufeff\n"])
def test_translation_empty_source_is_called_empty(client: FlaskClient, empty: str) -> None:
    response = client.post("/v1/translations/check",
                           json={"documents": {"en": empty, "es": ES}})
    error = error_of(response, 422, "missing_source")
    assert "documents.en: the source document is empty" in error["message"]
    assert "pass it as" not in error["message"]
