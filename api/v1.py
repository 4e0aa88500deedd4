"""The JSON API for CMS plugins and the web page: ``/v1/...``.

Requests are validated by the pydantic models in ``api.models`` (the same ones the OpenAPI
document is generated from); every error is an ``ApiError`` with a stable code.  The work a
request may ask for is bounded before it starts: ``REQUEST_MAX_CHARS`` characters of text in
all, and for a translation bundle ``TRANSLATIONS_MAX_LANGUAGES`` languages of at most
``TRANSLATIONS_MAX_CHARS`` characters each and ``TRANSLATIONS_MAX_PAIRS`` sentence pairs to
align (the alignment's time grows with the product of two documents' sentence counts:
300 one-word sentences against 300 took 6.7 s, and ten languages at 92,000 pairs 29 s on a
busy machine); this bounds the response too (that bundle: 865 flags, 328 KB).  The work
then runs in ``api.guard.analysis_slot``.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from typing import Any, NoReturn, TypeVar

from flask import Blueprint, Response, jsonify, request
from pydantic import BaseModel

from api.engine import DocumentRequest, analyze_document, analyze_documents, get_state
from api.errors import ApiError, field_path
from api.extract import extract
from api.guard import analysis_slot
from api.models import (
    AnalysisOptions,
    AnalyzeRequest,
    BatchRequest,
    TranslationCheckRequest,
    flag_code,
)
from literacy import Finding, InputError
from literacy.machine_translation import draft_translation, how_to_install
from literacy.translations import check_translations

bp = Blueprint("v1", __name__, url_prefix="/v1")
logger = logging.getLogger("plainly.api")

Model = TypeVar("Model", bound=BaseModel)
T = TypeVar("T")
# Where a sentence may end: a generous count of a document's sentences, made before reading it.
_SENTENCE_END = re.compile(r"[.!?;:。！？\n]+")


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not valid JSON")


def read_json(model: type[Model]) -> Model:
    """The request body as ``model``: 415 if not JSON, 400 if malformed, 422 if invalid."""
    if not request.is_json:
        raise ApiError(
            "unsupported_media_type",
            f"This route takes JSON; send the body with `Content-Type: application/json` "
            f"(got {request.mimetype or 'none'!r}).",
        )
    raw = request.get_data(cache=False)
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except UnicodeDecodeError as error:
        raise ApiError(
            "invalid_json",
            f"The body is not UTF-8 (byte {error.start}); send JSON encoded as UTF-8.",
        ) from None
    except json.JSONDecodeError as error:
        raise ApiError(
            "invalid_json",
            f"The body is not valid JSON: {error.msg} at line {error.lineno} column "
            f"{error.colno}. Check quotes, commas and escapes (a newline in a string is \\n).",
        ) from None
    except (ValueError, RecursionError) as error:
        raise ApiError("invalid_json", f"The body is not valid JSON: {error}.") from None
    _check_unicode(data, ())
    return model.model_validate(data)


def _check_unicode(value: object, path: tuple[str | int, ...]) -> None:
    """422 for a string with an unpaired surrogate (``"\\ud800"``): valid JSON, not text."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            where = field_path(path) or "(body)"
            raise ApiError(
                "invalid_encoding",
                f"{where}: the string has an unpaired UTF-16 surrogate at character "
                f"{error.start}; send valid Unicode text.",
            ) from None
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_unicode(key, path)
            _check_unicode(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_unicode(item, (*path, index))


def check_budget(texts: Iterable[str]) -> None:
    """413 ``over_budget`` when the texts together are longer than ``REQUEST_MAX_CHARS``."""
    budget = get_state().settings.request_max_chars
    total = sum(len(text) for text in texts)
    if total > budget:
        raise ApiError(
            "over_budget",
            f"The request's text is {total:,} characters in all, more than the server's limit "
            f"of {budget:,} per request; send the documents in several requests.",
        )


@bp.post("/analyze")
def analyze() -> Response:
    """Analyse one document; the body of the answer is the report."""
    body = read_json(AnalyzeRequest)
    check_budget([body.text])
    with analysis_slot():
        report = analyze_document(_document(body.text, body))
    return jsonify(report)


@bp.post("/analyze/batch")
def analyze_batch() -> Response:
    """Analyse several documents; a document that cannot be analysed gets its own error."""
    body = read_json(BatchRequest)
    limit = get_state().settings.batch_max_documents
    if len(body.documents) > limit:
        raise ApiError(
            "validation_error",
            f"documents: the batch has {len(body.documents)} documents, more than the limit "
            f"of {limit}; send them in several requests.",
            details=[{"field": "documents", "message": f"at most {limit} documents",
                      "type": "too_long"}],
        )
    seen: dict[str, int] = {}
    for index, document in enumerate(body.documents):
        if document.id in seen:
            raise ApiError(
                "validation_error",
                f"documents[{index}].id: the id {document.id!r} is also used by "
                f"documents[{seen[document.id]}]; ids must be unique within a batch.",
                details=[{"field": f"documents[{index}].id", "message": "duplicate id",
                          "type": "duplicate"}],
            )
        seen[document.id] = index
    check_budget(document.text for document in body.documents)
    requests = [_document(document.text, document, body.defaults) for document in body.documents]
    with analysis_slot():
        analysed = analyze_documents(requests)
    results: list[dict[str, Any]] = [
        {"id": document.id, **result.to_dict()} if isinstance(result, ApiError)
        else {"id": document.id, "report": result}
        for document, result in zip(body.documents, analysed, strict=True)
    ]
    return jsonify({"results": results})


def _document(
    text: str, options: AnalysisOptions, defaults: AnalysisOptions | None = None
) -> DocumentRequest:
    """``text`` with each of ``AnalysisOptions`` from its own ``options``, else the batch's
    ``defaults`` (None: the server's default)."""
    fallback = defaults or AnalysisOptions()
    values: dict[str, Any] = {name: _first(getattr(options, name), getattr(fallback, name))
                              for name in AnalysisOptions.model_fields}
    return DocumentRequest(text, AnalysisOptions.model_construct(**values))  # checked already


def _first(value: T | None, default: T | None) -> T | None:
    """The document's own option, else the batch's default."""
    return value if value is not None else default


@bp.post("/translations/check")
def translations_check() -> Response:
    """Flags for each translation in a bundle, and machine drafts for missing languages."""
    body = read_json(TranslationCheckRequest)
    _check_bundle(body)
    check_budget(body.documents.values())
    drafts: dict[str, Any] = {}
    how_to: dict[str, str] = {}
    with analysis_slot():
        try:
            flags = check_translations(
                body.documents, source=body.source, required=body.required,
                format=body.format or "auto", lexicons=get_state().lexicons,
            )
        except InputError as error:
            raise ApiError(error.code, error.message) from None
        for flag in flags:
            if flag.code != "PL401":
                continue
            lang = flag.data["lang"]
            draft = draft_translation(body.documents[body.source], body.source, lang)
            if draft is None:
                how_to[lang] = how_to_install(body.source, lang)
            else:
                drafts[lang] = {"text": draft.text, "label": draft.label,
                                "engine": draft.engine, "package": draft.package}
    return jsonify(
        {
            "ok": not any(flag.level == "error" for flag in flags),
            "flags": [_flag_json(flag) for flag in flags],
            "drafts": drafts,
            "machine_translation": how_to,
        }
    )


def _check_bundle(body: TranslationCheckRequest) -> None:
    """422 for more languages than ``TRANSLATIONS_MAX_LANGUAGES``; 413 for a document longer
    than ``TRANSLATIONS_MAX_CHARS``."""
    settings = get_state().settings
    languages = {*body.documents, body.source, *(body.required or ())}
    if len(languages) > settings.translations_max_languages:
        raise ApiError(
            "validation_error",
            f"documents: the bundle names {len(languages)} languages (documents, source and "
            f"required together), more than the limit of {settings.translations_max_languages}"
            "; check the translations in several requests, each with the source.",
            details=[{"field": "documents", "message": "at most "
                      f"{settings.translations_max_languages} languages", "type": "too_long"}],
        )
    for lang, text in body.documents.items():
        if len(text) > settings.translations_max_chars:
            raise ApiError(
                "over_budget",
                f"documents.{lang}: the document has {len(text):,} characters, more than the "
                f"limit of {settings.translations_max_chars:,} for a translation check; check "
                "the document section by section.",
            )
    source = body.documents.get(body.source, "")
    pairs = _sentences(source) * sum(_sentences(text) for text in body.documents.values())
    if pairs > settings.translations_max_pairs:
        raise ApiError(
            "over_budget",
            f"documents: aligning the bundle means comparing up to {pairs:,} pairs of "
            f"sentences, more than the limit of {settings.translations_max_pairs:,} per request"
            "; send fewer languages per request, or check the document section by section.",
        )


def _sentences(text: str) -> int:
    return 1 + len(_SENTENCE_END.findall(text))


def _flag_json(finding: Finding) -> dict[str, Any]:
    """A translation finding in this route's JSON shape: the rule's name as ``code``
    ("number_mismatch"), its PL4xx code as ``rule``, offsets in the translation (null for
    a missing language) and in the source."""
    whole = finding.code == "PL401"
    return {
        "code": flag_code(finding.rule),
        "rule": finding.code,
        "severity": finding.level,
        "message": finding.message,
        "start": None if whole else finding.span.start,
        "end": None if whole else finding.span.end,
        "text": finding.text,
        **finding.data,
    }


@bp.get("/wordlists")
def wordlists() -> Response:
    """The word lists loaded for each language, with their versions."""
    state = get_state()
    loaded = [status for status in state.wordlists.values() if status.version is not None]
    if not loaded:
        reasons = "; ".join(
            status.error or status.lang for status in state.wordlists.values()
        ) or "no language is configured"
        raise ApiError(
            "wordlists_unavailable",
            f"No word lists are available: {reasons}.",
        )
    return jsonify(
        {
            "wordlists": [
                {"lang": status.lang, "version": status.version, "counts": status.counts}
                for status in loaded
            ],
            "unavailable": {
                status.lang: status.error
                for status in state.wordlists.values()
                if status.version is None
            },
        }
    )


@bp.post("/extract")
def extract_file() -> Response:
    """The text of an uploaded .txt, .md, .html or .docx file (multipart field ``file``)."""
    if request.mimetype != "multipart/form-data":
        raise ApiError(
            "unsupported_media_type",
            "Upload the file as multipart/form-data in a field named `file` "
            f"(got {request.mimetype or 'none'!r}).",
        )
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise ApiError(
            "validation_error",
            "file: no file was uploaded; send it in a multipart field named `file`.",
            details=[{"field": "file", "message": "Field required", "type": "missing"}],
        )
    data = upload.read()
    extracted = extract(upload.filename, data)
    return jsonify(
        {
            "filename": upload.filename,
            "format": extracted.format,
            "text": extracted.text,
            "characters": len(extracted.text),
        }
    )

