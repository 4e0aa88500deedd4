"""Every route and every error of the service, over HTTP, against real gunicorn workers."""

from __future__ import annotations

import codecs
import importlib.resources
import io
import json
import re
from typing import Any

import httpx
import jsonschema
import pytest
from _support import Server

from literacy import SUPPORTED_LANGUAGES


def assert_error(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The response is the JSON error ``code`` with ``status`` and a helpful message."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json"), response.text
    body: dict[str, Any] = response.json()
    assert set(body) == {"error"}
    error: dict[str, Any] = body["error"]
    assert error["code"] == code
    assert len(error["message"]) > 20
    return error


def report_validator() -> jsonschema.protocols.Validator:
    resource = importlib.resources.files("literacy") / "schema" / "report.schema.json"
    assert resource.is_file(), "literacy/schema/report.schema.json is missing"
    schema = json.loads(resource.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    return validator_class(schema)


# --- health ----------------------------------------------------------------------------


def test_healthz_answers_ok(http: httpx.Client) -> None:
    response = http.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_readyz_ready_with_every_language(http: httpx.Client) -> None:
    response = http.get("/readyz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ready"
    assert body["languages"] == list(SUPPORTED_LANGUAGES)
    assert all(body["pipelines"].values())


# --- analyze ---------------------------------------------------------------------------


def test_analyze_returns_report_matching_schema(http: httpx.Client, leaflet: str) -> None:
    response = http.post("/v1/analyze", json={"text": leaflet, "target_grade": 5})
    assert response.status_code == 200, response.text
    report = response.json()
    report_validator().validate(report)
    assert report["readability"]["target_grade"] == 5
    assert report["readability"]["grade"] > 5
    assert report["counts"]["words"] > 150
    codes = {finding["code"] for finding in report["findings"]}
    assert "PL301" in codes  # the long sentence
    for finding in report["findings"]:
        assert leaflet[finding["start"]:finding["end"]] == finding["text"]
    assert response.headers["cache-control"] == "no-store"


def test_analyze_options_are_applied(http: httpx.Client, leaflet: str) -> None:
    strict = http.post("/v1/analyze", json={"text": leaflet, "max_sentence_words": 8}).json()
    loose = http.post("/v1/analyze", json={"text": leaflet, "max_sentence_words": 80}).json()
    def count(report: dict[str, Any]) -> int:
        return sum(finding["code"] == "PL301" for finding in report["findings"])

    assert count(strict) > count(loose) == 0
    html = http.post("/v1/analyze", json={"text": "<p>Take one pill.</p>", "format": "html"})
    assert html.json()["format"] == "html"


def test_analyze_offsets_count_code_points(http: httpx.Client) -> None:
    text = "💊 Take it. " + "Your physician will administer the medication with the food. " * 3
    report = http.post("/v1/analyze", json={"text": text}).json()
    for finding in report["findings"]:
        assert text[finding["start"]:finding["end"]] == finding["text"]


# --- batch -----------------------------------------------------------------------------


def test_batch_mixes_reports_and_per_document_errors(http: httpx.Client, leaflet: str) -> None:
    response = http.post(
        "/v1/analyze/batch",
        json={
            "documents": [
                {"id": "leaflet", "text": leaflet},
                {"id": "empty", "text": "   "},
                {"id": "long", "text": "word " * 60, "max_sentence_words": 5},
                {"id": "binary", "text": "\u0000\u0001\u0002 bytes"},
                {"id": "easy", "text": "Take one pill a day.", "target_grade": 3},
            ],
            "defaults": {"target_grade": 7},
        },
    )
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["id"] for result in results] == ["leaflet", "empty", "long", "binary", "easy"]
    assert results[0]["report"]["readability"]["target_grade"] == 7
    assert results[1]["error"]["code"] == "empty_text"
    assert "report" in results[2]
    assert results[3]["error"]["code"] == "binary_input"
    assert results[4]["report"]["readability"]["target_grade"] == 3
    report_validator().validate(results[0]["report"])


GOOD_DOCUMENTS = ({"id": "a", "text": "Take your pills."},
                  {"id": "c", "text": "Rest at home and drink water."})


@pytest.mark.parametrize(
    ("bad", "field"),
    [
        ({"text": 5}, "text"),
        ({"text": "Rest.", "jargon_threshold": 3}, "jargon_threshold"),
        ({"text": "Rest.", "colour": "blue"}, "colour"),
        ({"text": "Rest.", "target_grade": "8"}, "target_grade"),
        ({"text": "Qapla'", "lang": "tlh"}, "lang"),
        ({"text": "Rest.", "allow": "ibuprofen"}, "allow"),
    ],
    ids=["text-not-a-string", "option-out-of-range", "unknown-field", "number-as-string",
         "unknown-language", "allow-not-a-list"],
)
def test_batch_bad_field_is_that_documents_error_as_in_analyze(
    http: httpx.Client, bad: dict[str, Any], field: str
) -> None:
    documents = [GOOD_DOCUMENTS[0], {"id": "d", **bad}, GOOD_DOCUMENTS[1]]
    response = http.post("/v1/analyze/batch", json={"documents": documents})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["id"] for result in results] == ["a", "d", "c"]
    for result in (results[0], results[2]):
        assert set(result) == {"id", "report"}
        report_validator().validate(result["report"])
    assert set(results[1]) == {"id", "error"}
    error = results[1]["error"]
    single = assert_error(http.post("/v1/analyze", json=bad), 422, "validation_error")
    assert error["code"] == single["code"] == "validation_error"
    assert error["message"] == f"documents[1].{single['message']}"
    assert error["message"].startswith(f"documents[1].{field}: ")
    assert error["details"] == [{**detail, "field": f"documents[1].{detail['field']}"}
                                for detail in single["details"]]


def test_batch_document_without_a_usable_id_gets_its_error_with_id_null(
    http: httpx.Client,
) -> None:
    documents = [GOOD_DOCUMENTS[0], {"id": 7, "text": "Rest."}, {"text": "Rest."},
                 "Rest at home.", {"id": "", "text": "Rest."}, {"id": "x" * 201, "text": 5},
                 GOOD_DOCUMENTS[1]]
    response = http.post("/v1/analyze/batch", json={"documents": documents})
    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [result["id"] for result in results] == ["a", None, None, None, None, None, "c"]
    assert "report" in results[0] and "report" in results[-1]
    fields = [[detail["field"] for detail in result["error"]["details"]]
              for result in results[1:-1]]
    assert fields == [["documents[1].id"], ["documents[2].id"], ["documents[3]"],
                      ["documents[4].id"], ["documents[5].id", "documents[5].text"]]
    assert {result["error"]["code"] for result in results[1:-1]} == {"validation_error"}
    not_an_object = results[3]["error"]["message"]
    assert not_an_object.startswith("documents[3]: a document is an object with an id and a "
                                    "text") and "not a string" in not_an_object
    assert "BatchDocument" not in not_an_object


def test_batch_errors_and_null_ids_agree_with_the_openapi_schema(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    schema = {**spec["components"]["schemas"]["BatchResponse"], "components": spec["components"]}
    validator = jsonschema.Draft202012Validator(schema, registry=_registry(spec))
    documents = [GOOD_DOCUMENTS[0], {"id": 7, "text": "Rest."}, {"id": "e", "text": "  "},
                 {"id": "d", "text": "Rest.", "colour": "blue"}]
    response = http.post("/v1/analyze/batch", json={"documents": documents})
    assert response.status_code == 200, response.text
    validator.validate(response.json())
    error = spec["components"]["schemas"]["BatchResultError"]["properties"]["id"]
    assert {"type": "null"} in error["anyOf"] and "null" in error["description"]


@pytest.mark.parametrize(
    ("body", "status", "code", "field"),
    [
        ({"documents": [{"id": "a", "text": "One."}, {"id": "a", "text": 2}]}, 422,
         "validation_error", "documents[1].id"),
        ({"documents": []}, 422, "validation_error", "documents"),
        ({}, 422, "validation_error", "documents"),
        ({"documents": {"id": "a", "text": "One."}}, 422, "validation_error", "documents"),
        ({"documents": "Take one pill."}, 422, "validation_error", "documents"),
        ({"documents": [{"id": "a", "text": "One."}], "defaults": {"jargon_threshold": 3}},
         422, "validation_error", "defaults.jargon_threshold"),
        ({"documents": [{"id": "a", "text": "One."}], "defaults": {"colour": "blue"}},
         422, "validation_error", "defaults.colour"),
        ({"documents": [{"id": "a", "text": "One."}], "defaults": "en"},
         422, "validation_error", "defaults"),
        ({"documents": [{"id": "a", "text": "One."}], "lang": "en"},
         422, "validation_error", "lang"),
        ([{"id": "a", "text": "One."}], 422, "validation_error", "(body)"),
    ],
    ids=["duplicate-id", "no-documents", "documents-missing", "documents-an-object",
         "documents-a-string", "bad-default", "unknown-default", "defaults-not-an-object",
         "unknown-top-level-field", "body-a-list"],
)
def test_batch_own_faults_still_fail_it_whole(
    http: httpx.Client, body: Any, status: int, code: str, field: str
) -> None:
    error = assert_error(http.post("/v1/analyze/batch", json=body), status, code)
    assert error["details"][0]["field"] == field


@pytest.mark.parametrize(
    ("content", "content_type", "status", "code"),
    [
        (b'{"documents": [{"id": "a", "text": "One."}', "application/json", 400,
         "invalid_json"),
        (b'{"documents": [{"id": "a", "text": "One."}]}', "text/plain", 415,
         "unsupported_media_type"),
        (json.dumps({"documents": [{"id": "a", "text": "Take one. " * 120_000},
                                   {"id": "b", "text": 5}]}).encode(),
         "application/json", 413, "payload_too_large"),
    ],
    ids=["invalid-json", "wrong-content-type", "over-the-body-limit"],
)
def test_batch_unreadable_body_still_fails_it_whole(
    http: httpx.Client, content: bytes, content_type: str, status: int, code: str
) -> None:
    response = http.post("/v1/analyze/batch", content=content,
                         headers={"Content-Type": content_type})
    assert_error(response, status, code)


def test_batch_over_the_document_limit(http: httpx.Client) -> None:
    documents = [{"id": str(i), "text": "Take one."} for i in range(51)]
    response = http.post("/v1/analyze/batch", json={"documents": documents})
    assert "50" in assert_error(response, 422, "validation_error")["message"]


# --- wordlists, extract ------------------------------------------------------------------


def test_wordlists_lists_versions(http: httpx.Client) -> None:
    response = http.get("/v1/wordlists")
    assert response.status_code == 200, response.text
    body = response.json()
    assert {item["lang"] for item in body["wordlists"]} <= set(SUPPORTED_LANGUAGES)
    english = next(item for item in body["wordlists"] if item["lang"] == "en")
    assert re.fullmatch(r"[0-9a-f]{8,64}", english["version"])
    assert sum(english["counts"].values()) > 100
    assert english["counts"]["names.csv"] >= 40  # organisations named by their initials


@pytest.mark.parametrize(
    ("name", "content", "expected_format"),
    [
        ("leaflet.txt", "Take one pill.\n", "plain"),
        ("leaflet.md", "# Your pills\n\nTake one.\n", "markdown"),
        ("leaflet.html", "<p>Take one.</p>", "html"),
    ],
)
def test_extract_text_files(
    http: httpx.Client, name: str, content: str, expected_format: str
) -> None:
    response = http.post("/v1/extract", files={"file": (name, content.encode(), "text/plain")})
    assert response.status_code == 200, response.text
    assert response.json() == {
        "filename": name, "format": expected_format, "text": content, "characters": len(content)
    }


def test_extract_docx_as_markdown(http: httpx.Client) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Your new medicine", level=1)
    document.add_paragraph("Take one tablet every morning.")
    document.add_paragraph("Drink water", style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    upload = ("leaflet.docx", buffer.getvalue(), "application/octet-stream")
    response = http.post("/v1/extract", files={"file": upload})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["format"] == "markdown"
    assert body["text"] == (
        "# Your new medicine\n\nTake one tablet every morning.\n\n- Drink water\n"
    )


@pytest.mark.parametrize(
    ("name", "content", "status", "code"),
    [
        ("photo.png", b"\x89PNG\r\n", 422, "unsupported_file_type"),
        ("broken.docx", b"PK\x03\x04 not really a zip", 422, "invalid_document"),
        ("latin1.txt", "caf\u00e9".encode("latin-1"), 422, "invalid_encoding"),
        ("nul.txt", b"abc\x00def", 422, "binary_input"),
        ("broken16.txt", b"\xff\xfeT\x00\x00\xd8", 422, "invalid_encoding"),
    ],
)
def test_extract_rejects_unreadable_files(
    http: httpx.Client, name: str, content: bytes, status: int, code: str
) -> None:
    response = http.post("/v1/extract", files={"file": (name, content, "application/octet-stream")})
    assert_error(response, status, code)


@pytest.mark.parametrize(("mark", "encoding"), [
    (b"", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be"), (b"", "utf-8-sig"),
])
def test_extract_reads_text_files_with_a_byte_order_mark(http: httpx.Client, mark: bytes,
                                                         encoding: str) -> None:
    text = "Take 5 mg of warfarin every morning.\nDo not skip a dose.\n"
    upload = ("leaflet.txt", mark + text.encode(encoding), "text/plain")
    response = http.post("/v1/extract", files={"file": upload})
    assert response.status_code == 200, response.text
    assert response.json()["text"] == text


def test_extract_needs_multipart_with_a_file(http: httpx.Client) -> None:
    assert_error(http.post("/v1/extract", json={"file": "x"}), 415, "unsupported_media_type")
    missing = http.post("/v1/extract", files={"other": ("a.txt", b"x", "text/plain")})
    assert assert_error(missing, 422, "validation_error")["details"][0]["field"] == "file"


# --- errors on the JSON routes -----------------------------------------------------------


def test_malformed_json_is_400(http: httpx.Client) -> None:
    response = http.post(
        "/v1/analyze", content=b'{"text": "a', headers={"Content-Type": "application/json"}
    )
    assert "line 1" in assert_error(response, 400, "invalid_json")["message"]


@pytest.mark.parametrize(
    "raw",
    [b"", b"{", b"NaN", b'{"text": NaN}', b"\xff\xfe", b"[" * 100_000, b'{"text": "\\ud800"}'],
)
def test_unreadable_bodies_are_never_500(http: httpx.Client, raw: bytes) -> None:
    response = http.post("/v1/analyze", content=raw, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500, response.text
    assert response.json()["error"]["code"] in {
        "invalid_json", "validation_error", "empty_text", "invalid_encoding"
    }


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "text"),
        ({"text": 5}, "text"),
        ({"text": "Hi.", "target_grade": "8"}, "target_grade"),
        ({"text": "Hi.", "target_grade": True}, "target_grade"),
        ({"text": "Hi.", "target_grade": 99}, "target_grade"),
        ({"text": "Hi.", "max_sentence_words": 0}, "max_sentence_words"),
        ({"text": "Hi.", "format": "pdf"}, "format"),
        ({"text": "Hi.", "targte_grade": 6}, "targte_grade"),
        (["not", "an", "object"], "(body)"),
    ],
)
def test_wrong_fields_are_422_with_their_path(
    http: httpx.Client, body: object, field: str
) -> None:
    error = assert_error(http.post("/v1/analyze", json=body), 422, "validation_error")
    assert error["details"][0]["field"] == field
    assert field in error["message"]


def test_unknown_language_is_422_naming_the_field_and_the_choices(http: httpx.Client) -> None:
    error = assert_error(
        http.post("/v1/analyze", json={"text": "Hola.", "lang": "xx"}), 422, "validation_error"
    )
    assert error["details"][0]["field"] == "lang"
    assert "'xx'" in error["message"] and "en, es, auto" in error["message"]


def test_unknown_language_in_a_batch_is_that_documents_error(http: httpx.Client) -> None:
    documents = [{"id": "a", "text": "Take one."}, {"id": "b", "text": "Qapla'", "lang": "tlh"}]
    response = http.post("/v1/analyze/batch", json={"documents": documents})
    assert response.status_code == 200, response.text
    first, second = response.json()["results"]
    assert first["id"] == "a" and "report" in first
    assert second["id"] == "b" and second["error"]["code"] == "validation_error"
    assert second["error"]["details"][0]["field"] == "documents[1].lang"
    assert "'tlh'" in second["error"]["message"] and "en, es, auto" in second["error"]["message"]


@pytest.mark.parametrize("text", ["", "   \n\t "])
def test_empty_text_is_422(http: httpx.Client, text: str) -> None:
    assert_error(http.post("/v1/analyze", json={"text": text}), 422, "empty_text")


def test_body_over_the_limit_is_413(http: httpx.Client) -> None:
    body = json.dumps({"text": "word " * 300_000}).encode()
    assert len(body) > 1024 * 1024
    response = http.post(
        "/v1/analyze", content=body, headers={"Content-Type": "application/json"}
    )
    assert "1,048,576" in assert_error(response, 413, "payload_too_large")["message"]


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded"])
def test_wrong_content_type_is_415(http: httpx.Client, content_type: str | None) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = http.post("/v1/analyze", content=b'{"text": "Hi."}', headers=headers)
    assert_error(response, 415, "unsupported_media_type")


def test_unknown_api_route_is_json_404(http: httpx.Client) -> None:
    assert_error(http.get("/v1/analyse"), 404, "not_found")
    assert_error(http.post("/v1/nothing/here", json={}), 404, "not_found")


def test_wrong_method_is_json_405(http: httpx.Client) -> None:
    response = http.get("/v1/analyze")
    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["allow"]
    assert_error(http.delete("/healthz"), 405, "method_not_allowed")


def test_page_routes_get_html_errors(http: httpx.Client) -> None:
    response = http.get("/no-such-page")
    assert response.status_code == 404
    assert response.headers["content-type"].startswith("text/html")
    assert "<script" not in response.text


# --- documentation -----------------------------------------------------------------------


def _resolve(spec: dict[str, Any], ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _refs(node: Any) -> list[str]:
    if isinstance(node, dict):
        found = [node["$ref"]] if isinstance(node.get("$ref"), str) else []
        return found + [ref for value in node.values() for ref in _refs(value)]
    if isinstance(node, list):
        return [ref for item in node for ref in _refs(item)]
    return []


def test_openapi_is_generated_and_complete(http: httpx.Client) -> None:
    response = http.get("/openapi.json")
    assert response.status_code == 200
    spec = response.json()
    assert spec["openapi"] == "3.1.0"
    for ref in _refs(spec):
        _resolve(spec, ref)  # every $ref points inside the document
    schemas = spec["components"]["schemas"]
    assert "Report" in schemas and "properties" in schemas["Report"]
    assert schemas["AnalyzeRequest"]["required"] == ["text"]
    assert schemas["AnalyzeRequest"]["additionalProperties"] is False
    analyze = spec["paths"]["/v1/analyze"]["post"]
    assert analyze["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/Report"
    }
    codes = {
        code
        for response in analyze["responses"].values()
        for code in response.get("content", {}).get("application/json", {}).get("examples", {})
    }
    assert {
        "invalid_json", "validation_error", "no_language", "unsupported_language", "empty_text",
        "over_budget", "deadline_exceeded",
        "payload_too_large", "unsupported_media_type", "unauthorized", "rate_limited",
        "internal_error",
    } <= codes
    assert set(analyze["responses"]) >= {"200", "400", "401", "413", "415", "422", "429", "500"}
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)


def test_openapi_request_schemas_agree_with_the_server(http: httpx.Client) -> None:
    spec = http.get("/openapi.json").json()
    schema = {**spec["components"]["schemas"]["AnalyzeRequest"], "components": spec["components"]}
    validator = jsonschema.Draft202012Validator(
        schema, registry=_registry(spec)
    )
    good = {"text": "Take one pill.", "target_grade": 6, "format": "plain"}
    bad = {"text": "Take one pill.", "target_grade": 60}
    assert validator.is_valid(good) and http.post("/v1/analyze", json=good).status_code == 200
    assert not validator.is_valid(bad) and http.post("/v1/analyze", json=bad).status_code == 422


def _registry(spec: dict[str, Any]) -> Any:
    from referencing import Registry, Resource

    resource = Resource.from_contents(spec, default_specification=_draft())
    return Registry().with_resource("", resource)


def _draft() -> Any:
    from referencing.jsonschema import DRAFT202012

    return DRAFT202012


def test_docs_page_is_rendered_from_the_spec(http: httpx.Client) -> None:
    response = http.get("/docs")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    page = response.text
    for path in ("/v1/analyze", "/v1/analyze/batch", "/v1/extract", "/v1/wordlists", "/readyz"):
        assert f"<code>{path}</code>" in page
    assert "payload_too_large" in page and "ReportFinding" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no external resources"
    assert "<script" not in page


def test_page_and_static_files_are_served_with_security_headers(http: httpx.Client) -> None:
    page = http.get("/")
    assert page.status_code == 200
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "no-referrer"
    assert not re.search(r"<script(?![^>]*\bsrc=)", page.text), "no inline scripts"
    assert " style=" not in page.text, "no inline styles"
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page.text)
    for path in ("/static/app.js", "/static/app.css"):
        asset = http.get(path)
        assert asset.status_code == 200 and len(asset.content) > 1000
    assert "innerHTML" not in http.get("/static/app.js").text


# --- logging -----------------------------------------------------------------------------


def test_request_log_names_routes_not_text(http: httpx.Client, server: Server) -> None:
    marker = "Zyxwvutsrqp unique leaflet words"
    http.post("/v1/analyze", json={"text": marker + ". Take one pill."})
    http.get("/v1/nowhere/secret-path-segment")
    log = server.log_text()
    lines = [line for line in log.splitlines() if "route=" in line]
    assert any(
        re.search(r"method=POST route=/v1/analyze status=200 duration_ms=[\d.]+ "
                  r"request_bytes=\d+", line)
        for line in lines
    ), log[-2000:]
    assert marker not in log
    assert "secret-path-segment" not in log
