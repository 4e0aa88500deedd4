"""The OpenAPI 3.1 document, generated, and the human docs page rendered from it.

Request and response bodies come from the pydantic models in ``api.models`` (the ones
that validate requests), the report from ``literacy/schema/report.schema.json``, and the
error responses of each operation from the error catalogue in ``api.errors``.  Nothing
here is hand-written JSON Schema.  ``GET /openapi.json`` serves it; ``GET /docs`` renders
it on the server (no JavaScript, nothing from a CDN).
"""

from __future__ import annotations

import importlib.resources
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, jsonify, render_template
from markupsafe import Markup, escape
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

import api.models as models
from api.engine import get_state
from api.errors import ERRORS

bp = Blueprint("docs", __name__)

COMPONENTS = "#/components/schemas/"
RETRY_AFTER_HEADER = {"description": "Seconds to wait.", "schema": {"type": "integer"}}
REPORT_SCHEMA = ("schema", "report.schema.json")

# Errors any /v1 route can answer, on top of its own (the framing errors gunicorn answers
# before the app sees the request are JSON too, and listed here).
COMMON_API_ERRORS = (
    "bad_request", "request_timeout", "uri_too_long", "headers_too_large", "unauthorized",
    "rate_limited", "internal_error", "unsupported_transfer_coding",
)
JSON_BODY_ERRORS = (
    "invalid_json",
    "payload_too_large",
    "unsupported_media_type",
    "validation_error",
)
# The work of one request is bounded: in characters before it starts, in time while it runs.
WORK_ERRORS = ("over_budget", "deadline_exceeded")
ANALYSIS_ERRORS = (
    "empty_text",
    "no_language",
    "unsupported_language",
    "unknown_format",
    "invalid_option",
    "invalid_encoding",
    "binary_input",
    "too_large",
    "pipeline_unavailable",
    "wordlists_unavailable",
)


@dataclass(frozen=True)
class Operation:
    """One route as the OpenAPI document describes it."""

    method: str
    path: str
    operation_id: str
    summary: str
    description: str
    tag: str
    response: str  # a component name
    request: type[BaseModel] | None = None
    multipart: bool = False
    errors: tuple[str, ...] = ()
    secured: bool = False
    # Answers other than 200 whose body is not an ErrorResponse: (status, description,
    # component name), such as /readyz's 503 with the ReadyResponse that says why.
    other_responses: tuple[tuple[int, str, str], ...] = ()


OPERATIONS: tuple[Operation, ...] = (
    Operation(
        "post", "/v1/analyze", "analyze", "Analyse one document",
        "Returns the readability report: the headline grade against the target, the "
        "classic scores, each sentence's grade, and findings with suggestions whose "
        "start/end are character offsets into the submitted text.",
        "analysis", "Report", models.AnalyzeRequest,
        errors=JSON_BODY_ERRORS + WORK_ERRORS + ANALYSIS_ERRORS + COMMON_API_ERRORS,
        secured=True,
    ),
    Operation(
        "post", "/v1/apply", "apply", "Apply suggestions to one document",
        "Takes the /v1/analyze body, analyses the text as /v1/analyze does, and answers the "
        "text with suggestions of that report applied by the library's rule "
        "(literacy.apply_suggestions): the ones in `suggestions` (each as the report gives "
        "it: same start, end and replacement, else 422 unknown_suggestion naming "
        "suggestions[i]; an unsafe one is applied too, as the writer chose it), or, without "
        "`suggestions`, every safe one (the page's Apply all safe suggestions). A suggestion "
        "that overlaps one applied before it in text order, or would drop a number or dose, "
        "a negation, a link or markup, is skipped, with its reason. Offsets refer to the "
        "text sent. Errors for the text and options are those of /v1/analyze.",
        "analysis", "ApplyResponse", models.ApplyRequest,
        errors=(*JSON_BODY_ERRORS, *WORK_ERRORS, *ANALYSIS_ERRORS, "unknown_suggestion",
                *COMMON_API_ERRORS),
        secured=True,
    ),
    Operation(
        "post", "/v1/analyze/batch", "analyzeBatch", "Analyse several documents",
        "Each document gets either a report or an error, with the code and message "
        "/v1/analyze gives for that document (empty_text, no_language, binary_input, "
        "invalid_encoding, or validation_error naming documents[i].field for a wrong type, an "
        "option out of range or an unknown field), so one bad document does not fail the "
        "batch. A document without a usable id gets its error with id null (results are in "
        "the order of the documents). A batch whose own fields are invalid (documents missing, "
        "empty or not an array, a bad defaults, an unknown top-level field), that has more "
        "than BATCH_MAX_DOCUMENTS documents or repeats an id is rejected whole with 422, one "
        "whose documents together exceed REQUEST_MAX_CHARS with 413; 503 when a pipeline is "
        "not loaded or the batch runs past REQUEST_DEADLINE.",
        "analysis", "BatchResponse", models.BatchRequest,
        errors=(*JSON_BODY_ERRORS, *WORK_ERRORS, "pipeline_unavailable", *COMMON_API_ERRORS),
        secured=True,
    ),
    Operation(
        "post", "/v1/extract", "extract", "Extract the text of a file",
        "Upload a .txt, .md, .html or .docx file as multipart/form-data in a field named "
        "`file`; the answer has its text (a .docx as Markdown) to send to /v1/analyze.",
        "analysis", "ExtractResponse", multipart=True,
        errors=(
            "payload_too_large", "unsupported_media_type", "validation_error",
            "unsupported_file_type", "invalid_document", "document_too_large",
            "invalid_encoding", "binary_input", *COMMON_API_ERRORS,
        ),
        secured=True,
    ),
    Operation(
        "post", "/v1/translations/check", "checkTranslations", "Check a bundle's translations",
        "Takes one document in several languages and flags what a reader of each "
        "translation is missing: a required language with no text, source passages with no "
        "counterpart, passages left in the source language, and numbers, doses, phone "
        "numbers, dates and addresses that differ (a patient-safety error). At most "
        "TRANSLATIONS_MAX_LANGUAGES languages (422) of TRANSLATIONS_MAX_CHARS characters "
        "each (413 over_budget); language codes are BCP 47 tags in the IANA registry (422 "
        "naming a bad one).",
        "translations", "TranslationCheckResponse", models.TranslationCheckRequest,
        errors=(*JSON_BODY_ERRORS, *WORK_ERRORS, "missing_source", "unknown_format",
                "binary_input", *COMMON_API_ERRORS),
        secured=True,
    ),
    Operation(
        "get", "/v1/wordlists", "wordlists", "Word lists in use",
        "The jargon and abbreviation lists loaded for each language, with a version hash "
        "that changes when their contents do.",
        "analysis", "WordlistsResponse",
        errors=("wordlists_unavailable", *COMMON_API_ERRORS), secured=True,
    ),
    Operation(
        "get", "/healthz", "healthz", "Liveness",
        "200 while the process answers.", "operations", "HealthResponse",
        errors=("internal_error",),
    ),
    Operation(
        "get", "/readyz", "readyz", "Readiness",
        "200 when every language pipeline is loaded; 503 (with Retry-After) until then.",
        "operations", "ReadyResponse",
        errors=("internal_error",),
        other_responses=((
            503, "Not ready: a language pipeline is still loading (status starting) or could "
            "not be loaded (status unavailable); error says why. Retry-After says when to ask "
            "again.", "ReadyResponse",
        ),),
    ),
)

# Routes that serve the page, the docs and static files: people's, not the API's.
UNDOCUMENTED_RULES = frozenset({"/", "/docs", "/openapi.json", "/static/<path:filename>"})


def build_spec(
    languages: tuple[str, ...], max_content_length: int, batch_max: int
) -> dict[str, Any]:
    """The OpenAPI 3.1 document of this service."""
    schemas = _model_schemas()
    schemas.update(report_schemas())
    schemas["ErrorCode"] = {
        "type": "string",
        "enum": sorted(ERRORS),
        "description": "Stable error codes: "
        + "; ".join(f"{code} ({spec.status}): {spec.summary}" for code, spec in ERRORS.items()),
    }
    schemas["ExtractRequest"] = {
        "type": "object",
        "required": ["file"],
        "properties": {
            "file": {
                "type": "string",
                "contentMediaType": "application/octet-stream",
                "description": "A .txt, .md, .markdown, .html, .htm or .docx file.",
            }
        },
    }
    paths: dict[str, dict[str, Any]] = {}
    for operation in OPERATIONS:
        paths.setdefault(operation.path, {})[operation.method] = _operation(operation)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Plainly",
            "version": "1",
            "summary": "How hard a patient-education text is to read, and what to change.",
            "description": (
                "Send text, get a readability report with findings and plain alternatives. "
                f"Languages: {', '.join(languages)}. Bodies up to {max_content_length:,} "
                f"bytes; batches up to {batch_max} documents. Every error is "
                '`{"error": {"code", "message"}}` with a stable code (ErrorCode); an unknown '
                "route answers 404 not_found and a wrong method 405 method_not_allowed, as "
                "JSON. Rate limits are per API key (or client address) per worker process."
            ),
            "license": {"name": "Apache-2.0", "identifier": "Apache-2.0"},
        },
        "servers": [{"url": "/"}],
        "tags": [
            {"name": "analysis", "description": "Readability reports."},
            {"name": "translations", "description": "Missing and faulty translations."},
            {"name": "operations", "description": "Health checks for load balancers."},
        ],
        "paths": paths,
        "components": {
            "schemas": dict(sorted(schemas.items())),
            "securitySchemes": {
                "apiKey": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "Needed only when the server sets API_KEYS: "
                    "`Authorization: Bearer <key>`.",
                }
            },
        },
    }


def _model_schemas() -> dict[str, Any]:
    pairs: list[tuple[type[BaseModel], Any]] = [
        *((model, "validation") for model in models.REQUEST_MODELS),
        *((model, "serialization") for model in models.RESPONSE_MODELS),
    ]
    _, top = models_json_schema(pairs, ref_template=COMPONENTS + "{model}")
    defs: dict[str, Any] = _link_reports(top.get("$defs", {}))
    return defs


def _link_reports(node: Any) -> Any:
    """Replace the report mark that ``api.models`` leaves with a ``$ref`` to ``Report``."""
    if isinstance(node, dict):
        if node.get(models.REPORT_MARK):
            return {"$ref": COMPONENTS + "Report"}
        return {key: _link_reports(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_link_reports(item) for item in node]
    return node


def report_schemas() -> dict[str, Any]:
    """The report's JSON Schema as OpenAPI components: ``Report`` and its ``$defs``
    hoisted beside it (``ReportFinding``...), with their ``$ref``s rewritten."""
    schema = load_report_schema()
    if schema is None:
        return {
            "Report": {
                "type": "object",
                "description": "The readability report (literacy/schema/report.schema.json "
                "is not installed, so its fields are not listed here).",
            }
        }
    defs = schema.pop("$defs", {}) or schema.pop("definitions", {})
    schema.pop("$schema", None)
    schema.pop("$id", None)
    names = {name: "Report" + _pascal(name) for name in defs}

    def rewrite(node: Any) -> Any:
        if isinstance(node, dict):
            out = {key: rewrite(value) for key, value in node.items()}
            ref = out.get("$ref")
            if isinstance(ref, str):
                match = re.fullmatch(r"#/(?:\$defs|definitions)/(.+)", ref)
                if match and match.group(1) in names:
                    out["$ref"] = COMPONENTS + names[match.group(1)]
                elif ref == "#":
                    out["$ref"] = COMPONENTS + "Report"
            return out
        if isinstance(node, list):
            return [rewrite(item) for item in node]
        return node

    result = {"Report": rewrite(schema)}
    for name, definition in defs.items():
        result[names[name]] = rewrite(definition)
    return result


def load_report_schema() -> dict[str, Any] | None:
    """``literacy/schema/report.schema.json``, or None while it is not installed."""
    resource = importlib.resources.files("literacy").joinpath(*REPORT_SCHEMA)
    if not resource.is_file():
        return None
    loaded: dict[str, Any] = json.loads(resource.read_text(encoding="utf-8"))
    return loaded


def _pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\-\s]+", name))


def _operation(operation: Operation) -> dict[str, Any]:
    body: dict[str, Any] = {
        "operationId": operation.operation_id,
        "summary": operation.summary,
        "description": operation.description,
        "tags": [operation.tag],
        "responses": {
            "200": {
                "description": "OK",
                "content": {
                    "application/json": {"schema": {"$ref": COMPONENTS + operation.response}}
                },
            },
            **_error_responses(operation.errors),
        },
    }
    for status, description, component in operation.other_responses:
        response: dict[str, Any] = {
            "description": description,
            "content": {"application/json": {"schema": {"$ref": COMPONENTS + component}}},
        }
        if status == 503:
            response["headers"] = {"Retry-After": RETRY_AFTER_HEADER}
        body["responses"][str(status)] = response
    body["responses"] = dict(sorted(body["responses"].items()))
    if operation.request is not None:
        body["requestBody"] = {
            "required": True,
            "content": {
                "application/json": {
                    "schema": {"$ref": COMPONENTS + operation.request.__name__}
                }
            },
        }
    elif operation.multipart:
        body["requestBody"] = {
            "required": True,
            "content": {"multipart/form-data": {"schema": {"$ref": COMPONENTS + "ExtractRequest"}}},
        }
    if operation.secured:
        # Either a bearer key or nothing: keys are needed only when API_KEYS is set.
        body["security"] = [{"apiKey": []}, {}]
    return body


def _error_responses(codes: tuple[str, ...]) -> dict[str, Any]:
    by_status: dict[int, list[str]] = {}
    for code in codes:
        by_status.setdefault(ERRORS[code].status, []).append(code)
    responses: dict[str, Any] = {}
    for status in sorted(by_status):
        listed = by_status[status]
        response: dict[str, Any] = {
            "description": " ".join(f"`{code}`: {ERRORS[code].summary}" for code in listed),
            "content": {
                "application/json": {
                    "schema": {"$ref": COMPONENTS + "ErrorResponse"},
                    "examples": {
                        code: {
                            "summary": ERRORS[code].summary,
                            "value": {"error": {"code": code, "message": ERRORS[code].summary}},
                        }
                        for code in listed
                    },
                }
            },
        }
        headers = {}
        if "unauthorized" in listed:
            headers["WWW-Authenticate"] = {
                "description": 'Bearer realm="plainly"', "schema": {"type": "string"}
            }
        if "rate_limited" in listed or status == 503:
            headers["Retry-After"] = RETRY_AFTER_HEADER
        if headers:
            response["headers"] = headers
        responses[str(status)] = response
    return responses


def current_spec() -> dict[str, Any]:
    """The spec of the running app (built once per worker)."""
    state = get_state()
    if state.spec is None:
        settings = state.settings
        state.spec = build_spec(
            state.languages, settings.max_content_length, settings.batch_max_documents
        )
    return state.spec


@bp.app_template_filter("inline_code")
def inline_code(text: str) -> Markup:
    """Escape ``text`` and show its `backticked` parts as code."""
    escaped = str(escape(text))
    return Markup(re.sub(r"`([^`]+)`", r"<code>\1</code>", escaped))


@bp.get("/openapi.json")
def openapi_json() -> Response:
    """The OpenAPI 3.1 document."""
    return jsonify(current_spec())


@bp.get("/docs")
def docs() -> str:
    """The API reference for people, rendered from the OpenAPI document."""
    spec = current_spec()
    return render_template("docs.html", spec=spec, **docs_context(spec))


# --- turning the spec into what the docs template shows -----------------------------------


def docs_context(spec: Mapping[str, Any]) -> dict[str, Any]:
    """Operations and schemas flattened into rows the template can print."""
    schemas: Mapping[str, Any] = spec["components"]["schemas"]
    operations = []
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            request_schema = None
            content = operation.get("requestBody", {}).get("content", {})
            for media_type, media in content.items():
                request_schema = {
                    "media_type": media_type,
                    "name": _ref_name(media["schema"]),
                }
            responses = []
            for status, response in operation["responses"].items():
                media = response.get("content", {}).get("application/json", {})
                responses.append(
                    {
                        "status": status,
                        "description": response["description"],
                        "schema": _ref_name(media.get("schema", {})),
                        "codes": list(media.get("examples", {})),
                    }
                )
            operations.append(
                {
                    "id": operation["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "summary": operation["summary"],
                    "description": operation["description"],
                    "secured": "security" in operation,
                    "request": request_schema,
                    "responses": responses,
                    "example": _curl(method, path, request_schema),
                }
            )
    schema_rows = [
        {
            "name": name,
            "description": schema.get("description", ""),
            "fields": [
                {
                    "name": field,
                    "type": type_label(definition),
                    "link": _ref_name(definition) or _ref_name(definition.get("items", {})),
                    "required": field in schema.get("required", []),
                    "description": definition.get("description", ""),
                }
                for field, definition in schema.get("properties", {}).items()
            ],
            "enum": schema.get("enum"),
        }
        for name, schema in schemas.items()
    ]
    errors = [
        {"code": code, "status": error.status, "summary": error.summary}
        for code, error in sorted(ERRORS.items(), key=lambda item: (item[1].status, item[0]))
    ]
    return {"operations": operations, "schemas": schema_rows, "errors": errors}


def _ref_name(schema: Mapping[str, Any]) -> str | None:
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(COMPONENTS):
        return ref[len(COMPONENTS):]
    return None


def type_label(schema: Mapping[str, Any]) -> str:
    """A short, readable type: ``string``, ``array of BatchDocument``, ``number | null``."""
    name = _ref_name(schema)
    if name:
        return name
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return " | ".join(type_label(option) for option in schema[key])
    if "const" in schema:
        return json.dumps(schema["const"])
    if "enum" in schema:
        return "one of " + ", ".join(json.dumps(value) for value in schema["enum"])
    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(str(item) for item in kind)
    if kind == "array":
        return "array of " + type_label(schema.get("items", {}))
    if kind == "object" and "additionalProperties" in schema:
        extra = schema["additionalProperties"]
        if isinstance(extra, Mapping):
            return "object of " + type_label(extra)
    limits = [
        f"{symbol} {schema[key]:g}"
        for key, symbol in (("minimum", "≥"), ("maximum", "≤"), ("minLength", "length ≥"),
                            ("maxLength", "length ≤"))
        if key in schema
    ]
    return str(kind or "any") + (f" ({', '.join(limits)})" if limits else "")


def _curl(method: str, path: str, request: Mapping[str, Any] | None) -> str:
    auth = ' -H "Authorization: Bearer $PLAINLY_KEY"' if path.startswith("/v1/") else ""
    if request is None:
        return f"curl -s{auth} http://localhost:8000{path}"
    if request["media_type"] == "multipart/form-data":
        return f"curl -s{auth} -F file=@leaflet.docx http://localhost:8000{path}"
    body = (
        '{"documents": [{"id": "a", "text": "Take one tablet a day."}]}'
        if "batch" in path
        else '{"text": "Take one tablet twice a day with food.", "target_grade": 6}'
    )
    return (
        f"curl -s -X {method.upper()}{auth} -H 'Content-Type: application/json' "
        f"-d '{body}' http://localhost:8000{path}"
    )
