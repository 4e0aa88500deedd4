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
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, NoReturn, TypeVar

from flask import Blueprint, Response, jsonify, request
from pydantic import BaseModel, ConfigDict, TypeAdapter, ValidationError
from werkzeug.datastructures import FileStorage, MultiDict

from api.engine import DocumentRequest, analyze_document, analyze_documents, get_state
from api.errors import ApiError, field_path, from_validation_error
from api.extract import extract
from api.guard import analysis_slot
from api.models import (
    AnalysisOptions,
    AnalyzeRequest,
    ApplyRequest,
    BatchDocument,
    BatchEnvelope,
    DocumentId,
    SuggestionChoice,
    TranslationCheckRequest,
    flag_code,
)
from literacy import (
    Finding,
    InputError,
    SkippedSuggestion,
    Suggestion,
    apply_suggestions,
    select_suggestions,
)
from literacy.machine_translation import draft_translation, how_to_install
from literacy.reading import is_blank
from literacy.translations import check_translations

bp = Blueprint("v1", __name__, url_prefix="/v1")
logger = logging.getLogger("plainly.api")

Model = TypeVar("Model", bound=BaseModel)
T = TypeVar("T")
# Where a sentence may end: a generous count of a document's sentences, made before reading it.
_SENTENCE_END = re.compile(r"[.!?;:。！？\n]+")


# Where a value is in the body: ("documents", 2, "text") is documents[2].text.
Location = tuple[str | int, ...]
# An integer longer than this (Python's own limit) is no number any field takes.
_MAX_DIGITS = 4_300
_GZIP_MAGIC = b"\x1f\x8b"


class _Unreadable(ValueError):
    """A JSON body the parser stopped on; the message is the whole answer."""


def _reject_constant(name: str) -> NoReturn:
    raise _Unreadable(f"The body is not valid JSON: {name} is not a JSON number; send a "
                      "number, or null.")


def _parse_int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise _Unreadable(
            f"The body holds a number with {len(digits.lstrip('-')):,} digits, more than the "
            f"server reads ({_MAX_DIGITS:,}); no field takes such a number, so send the one "
            "/docs lists for the field."
        )
    return int(digits)


def _no_path(path: Location) -> bool:
    """No location: every string is checked where it is read."""
    return False


def read_json(model: type[Model], *, checked_later: Callable[[Location], bool] = _no_path) -> Model:
    """The request body as ``model``: 415 if not JSON (or compressed), 400 if malformed,
    422 if invalid.  A string with bad Unicode is a 422 unless ``checked_later(path)``."""
    return model.model_validate(read_body(checked_later=checked_later))


def read_body(*, checked_later: Callable[[Location], bool] = _no_path) -> Any:
    """The request body's JSON value, not yet validated: 415 if not JSON (or compressed),
    400 if malformed, 422 for a string with bad Unicode unless ``checked_later(path)`` (a
    key of an object at ``path`` counts as at ``path``)."""
    if not request.is_json:
        raise ApiError(
            "unsupported_media_type",
            f"This route takes JSON; send the body with `Content-Type: application/json` "
            f"(got {request.mimetype or 'none'!r}).",
        )
    _refuse_content_coding()
    raw = request.get_data(cache=False)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        if raw.startswith(_GZIP_MAGIC):
            raise _compressed("gzip") from None
        raise ApiError(
            "invalid_json",
            f"The body is not UTF-8 (byte {error.start}); send JSON encoded as UTF-8.",
        ) from None
    if text.startswith("\ufeff"):
        raise ApiError(
            "invalid_json",
            "The body starts with a byte-order mark (BOM); send the JSON as UTF-8 without "
            "one (JSON must not start with a BOM).",
        )
    try:
        data = json.loads(text, parse_constant=_reject_constant, parse_int=_parse_int)
        _check_unicode(data, (), checked_later)
    except json.JSONDecodeError as error:
        raise ApiError(
            "invalid_json",
            f"The body is not valid JSON: {error.msg.removesuffix(' at')} at line "
            f"{error.lineno} column {error.colno}. Check quotes, commas and escapes (a "
            "newline in a string is \\n).",
        ) from None
    except _Unreadable as error:
        raise ApiError("invalid_json", str(error)) from None
    except RecursionError:
        raise ApiError(
            "invalid_json",
            "The body is nested too deeply (arrays or objects inside each other); send the "
            "request as /docs shows it, a few levels deep at most.",
        ) from None
    return data


def _refuse_content_coding() -> None:
    """415 for a compressed body (``Content-Encoding: gzip``): bodies are read as sent."""
    coding = (request.content_encoding or "").strip().lower()
    if coding and coding != "identity":
        raise _compressed(coding)


def _compressed(coding: str) -> ApiError:
    return ApiError(
        "unsupported_media_type",
        f"Compressed request bodies are not supported (Content-Encoding: {coding}); send "
        "the body uncompressed, without a Content-Encoding header.",
    )


def _check_unicode(
    value: object, path: Location, checked_later: Callable[[Location], bool]
) -> None:
    """422 for a string with an unpaired surrogate (``"\\ud800"``): valid JSON, not text."""
    if isinstance(value, str):
        if not checked_later(path):
            error = encoding_error(value, path)
            if error is not None:
                raise error
    elif isinstance(value, dict):
        for key, item in value.items():
            _check_unicode(key, path, checked_later)
            _check_unicode(item, (*path, key), checked_later)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_unicode(item, (*path, index), checked_later)


def encoding_error(text: str, path: Location) -> ApiError | None:
    """``invalid_encoding`` when ``text`` holds an unpaired UTF-16 surrogate, else None."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        where = field_path(path) or "(body)"
        return ApiError(
            "invalid_encoding",
            f"{where}: the string has an unpaired UTF-16 surrogate at character "
            f"{error.start}; send valid Unicode text.",
        )
    return None


def nul_error(text: str, path: Location) -> ApiError | None:
    """``binary_input`` when ``text`` holds a NUL character (never part of a text), else
    None; the same code the engine gives (it looks at the first 65,536 characters only)."""
    at = text.find("\x00")
    if at < 0:
        return None
    return ApiError(
        "binary_input",
        f"{field_path(path)}: the text holds a NUL character (at character {at}), so it looks "
        "like a binary file, not text; send the document's text (plain, Markdown or HTML).",
    )


def _in_a_document(path: Location) -> bool:
    """``documents[i]`` or inside it: a batch document, whose problems are its own."""
    return len(path) >= 2 and path[0] == "documents" and isinstance(path[1], int)


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
    return jsonify(_report(read_json(AnalyzeRequest)))


def _report(body: AnalyzeRequest) -> dict[str, Any]:
    """The report of one document as ``/v1/analyze`` answers it: 422 for a NUL in the text,
    413 over the request's budget, and the analysis in this worker's slot."""
    error = nul_error(body.text, ("text",))
    if error is not None:
        raise error
    check_budget([body.text])
    with analysis_slot():
        return analyze_document(_document(body.text, body))


# A suggestion as the report gives it and a client sends it back: (start, end, replacement).
SuggestionKey = tuple[int, int, str]
# Why a suggestion was skipped, in words (``overlaps`` names the one applied before it).
_SKIP_MESSAGES = {
    "loses_number": "It would drop a number or dose of the passage it replaces.",
    "loses_negation": "It would drop a negation (not, no, never, without...) of the passage "
                      "it replaces.",
    "loses_link": "It would drop a link (its address or its Markdown link marks) of the "
                  "passage it replaces.",
    "loses_markup": "It would drop markup (a bracket, an HTML tag, or an emphasis, heading, "
                    "code or table mark) of the passage it replaces.",
}


@bp.post("/apply")
def apply() -> Response:
    """The text with suggestions of its report applied (``literacy.apply_suggestions``):
    those chosen in ``suggestions``, each one the report offers, else every safe one; which
    were applied, and why each other one was skipped."""
    body = read_json(ApplyRequest)
    offered = _offered(_report(body))
    if body.suggestions is None:
        chosen = [suggestion for suggestion, _ in offered.values()
                  if suggestion.applicability == "safe"]
    else:
        chosen = _chosen(body.suggestions, offered)
    selection = select_suggestions(body.text, chosen)
    return jsonify(
        {
            "text": apply_suggestions(body.text, selection.applied),
            "applied": [_applied_json(suggestion, offered)
                        for suggestion in selection.applied],
            "skipped": [_skipped_json(skipped, offered) for skipped in selection.skipped],
        }
    )


def _offered(report: dict[str, Any]) -> dict[SuggestionKey, tuple[Suggestion, str]]:
    """Every suggestion of the report, by (start, end, replacement), with the code of the
    first finding that offers it."""
    offered: dict[SuggestionKey, tuple[Suggestion, str]] = {}
    for finding in report["findings"]:
        for item in finding["suggestions"]:
            suggestion = Suggestion(item["replacement"], item["start"], item["end"],
                                    item["applicability"], item["action"])
            offered.setdefault(_key(suggestion), (suggestion, finding["code"]))
    return offered


def _key(suggestion: Suggestion | SuggestionChoice) -> SuggestionKey:
    return suggestion.start, suggestion.end, suggestion.replacement


def _chosen(
    choices: list[SuggestionChoice], offered: dict[SuggestionKey, tuple[Suggestion, str]]
) -> list[Suggestion]:
    """The report's suggestions the client chose, each once; 422 ``unknown_suggestion``
    naming every choice the report does not offer."""
    unknown = [index for index, choice in enumerate(choices) if _key(choice) not in offered]
    if unknown:
        first = choices[unknown[0]]
        replacement = first.replacement if len(first.replacement) <= 80 else (
            first.replacement[:77] + "...")
        more = f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""
        raise ApiError(
            "unknown_suggestion",
            f"suggestions[{unknown[0]}]: Plainly does not offer this suggestion (start "
            f"{first.start}, end {first.end}, replacement {replacement!r}) for this text with "
            f"these options{more}. Analyse the text again with the same options (POST "
            "/v1/analyze) and send suggestions from that report, their start, end and "
            "replacement unchanged.",
            details=[{"field": f"suggestions[{index}]", "type": "unknown_suggestion",
                      "message": "not a suggestion of the report for this text and options"}
                     for index in unknown],
        )
    keys = dict.fromkeys(_key(choice) for choice in choices)  # in order, each once
    return [offered[key][0] for key in keys]


def _applied_json(
    suggestion: Suggestion, offered: dict[SuggestionKey, tuple[Suggestion, str]]
) -> dict[str, Any]:
    """An applied suggestion in ``/v1/apply``'s JSON: its offsets, replacement, finding code,
    action and applicability."""
    return {
        "start": suggestion.start,
        "end": suggestion.end,
        "replacement": suggestion.replacement,
        "code": offered[_key(suggestion)][1],
        "action": suggestion.action,
        "applicability": suggestion.applicability,
    }


def _skipped_json(
    skipped: SkippedSuggestion, offered: dict[SuggestionKey, tuple[Suggestion, str]]
) -> dict[str, Any]:
    """A skipped suggestion in ``/v1/apply``'s JSON: as applied ones are, with its reason."""
    first = skipped.overlapped
    message = _SKIP_MESSAGES.get(skipped.reason, "") if first is None else (
        f"It overlaps the suggestion at {first.start}-{first.end} (replacement "
        f"{first.replacement!r}), applied before it: the first in text order wins. Analyse "
        "the new text for advice on this passage."
    )
    return {**_applied_json(skipped.suggestion, offered), "reason": skipped.reason,
            "message": message}


@bp.post("/analyze/batch")
def analyze_batch() -> Response:
    """Analyse several documents; a document that cannot be analysed gets its own error (bad
    fields, Unicode, a NUL or an empty text: what ``/v1/analyze`` answers for it), and the
    others are still analysed.  Only the batch's own faults fail it whole."""
    body = BatchEnvelope.model_validate(read_body(checked_later=_in_a_document))
    limit = get_state().settings.batch_max_documents
    if len(body.documents) > limit:
        raise ApiError(
            "validation_error",
            f"documents: the batch has {len(body.documents)} documents, more than the limit "
            f"of {limit}; send them in several requests.",
            details=[{"field": "documents", "message": f"at most {limit} documents",
                      "type": "too_long"}],
        )
    ids = [_usable_id(document) for document in body.documents]
    seen: dict[str, int] = {}
    for index, document_id in enumerate(ids):
        if document_id is None:
            continue
        if document_id in seen:
            raise ApiError(
                "validation_error",
                f"documents[{index}].id: the id {document_id!r} is also used by "
                f"documents[{seen[document_id]}]; ids must be unique within a batch.",
                details=[{"field": f"documents[{index}].id", "message": "duplicate id",
                          "type": "duplicate"}],
            )
        seen[document_id] = index
    check_budget(_text_of(document) for document in body.documents)
    checked = [_check_document(document, index) for index, document in enumerate(body.documents)]
    analysed: list[dict[str, Any] | ApiError | None] = [
        result if isinstance(result, ApiError) else None for result in checked
    ]
    readable = [(index, result) for index, result in enumerate(checked)
                if isinstance(result, BatchDocument)]
    requests = [_document(document.text, document, body.defaults) for _, document in readable]
    reports: list[dict[str, Any] | ApiError] = []
    if requests:  # no slot to wait for when every document has its error already
        with analysis_slot():
            reports = analyze_documents(requests)
    for (index, _), report in zip(readable, reports, strict=True):
        analysed[index] = report
    results: list[dict[str, Any]] = [
        {"id": document_id, **result.to_dict()} if isinstance(result, ApiError)
        else {"id": document_id, "report": result}
        for document_id, result in zip(ids, analysed, strict=True)
    ]
    return jsonify({"results": results})


_DOCUMENT_ID: TypeAdapter[str] = TypeAdapter(DocumentId, config=ConfigDict(strict=True))


def _usable_id(document: object) -> str | None:
    """The document's ``id`` when it is one ``BatchDocument`` takes (and valid Unicode), to
    answer its result with; else None."""
    if not isinstance(document, dict):
        return None
    try:
        document_id = _DOCUMENT_ID.validate_python(document.get("id"))
    except ValidationError:
        return None
    return document_id if encoding_error(document_id, ()) is None else None


def _text_of(document: object) -> str:
    """The document's ``text`` when it is a string, for the request's character budget."""
    text = document.get("text") if isinstance(document, dict) else None
    return text if isinstance(text, str) else ""


def _check_document(document: object, index: int) -> BatchDocument | ApiError:
    """``documents[index]`` as a ``BatchDocument``, or the error ``/v1/analyze`` would give
    for it as a body (bad Unicode, then a bad field, then a NUL in the text), its fields named
    from the batch (``documents[2].text``)."""
    where: Location = ("documents", index)
    if not isinstance(document, dict):
        message = (f"a document is an object with an id and a text, such as "
                   f'{{"id": "a", "text": "Take one pill."}}, not {_json_kind(document)}')
        return ApiError(
            "validation_error",
            f"{field_path(where)}: {message}. Fix it and send the batch again; /docs lists "
            "every field and its type.",
            details=[{"field": field_path(where), "message": message, "type": "model_type"}],
        )
    try:
        _check_unicode(document, where, _no_path)
        checked = BatchDocument.model_validate(document)
    except ApiError as error:
        return error
    except ValidationError as error:
        return from_validation_error(error, prefix=where)
    return nul_error(checked.text, (*where, "text")) or checked


def _json_kind(value: object) -> str:
    """What a JSON value is, in words: ``a string``, ``an array``, ``null``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array"


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
    _check_source(body)
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


def _check_source(body: TranslationCheckRequest) -> None:
    """422 ``missing_source`` when the source document is absent or empty; 422
    ``binary_input`` for a document with a NUL character (as ``/v1/analyze`` answers)."""
    source = body.documents.get(body.source)
    if source is None:
        raise ApiError(
            "missing_source",
            f"documents: there is no {body.source!r} document, the source language, to check "
            f"the translations against; add it as documents.{body.source}, or name the "
            "source language in `source`.",
        )
    if is_blank(source):
        raise ApiError(
            "missing_source",
            f"documents.{body.source}: the source document is empty; send its text, the one "
            "the translations are checked against.",
        )
    for lang, text in body.documents.items():
        error = nul_error(text, ("documents", lang))
        if error is not None:
            raise error


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
    _refuse_content_coding()
    with _uploaded_files() as files:
        upload = files.get("file")
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


@contextmanager
def _uploaded_files() -> Iterator[MultiDict[str, FileStorage]]:
    """The multipart body's files, closed after the block; 400 ``bad_request`` when the body
    cannot be parsed (cut short, or no boundary), which werkzeug on its own would answer as
    no files at all."""
    parser = request.make_form_data_parser()
    parser.silent = False
    make_stream = parser.stream_factory
    opened: list[IO[bytes]] = []

    def keep_stream(total_content_length: int | None, content_type: str | None,
                    filename: str | None, content_length: int | None = None) -> IO[bytes]:
        stream = make_stream(total_content_length, content_type, filename, content_length)
        opened.append(stream)  # closed below, a part cut short too
        return stream

    parser.stream_factory = keep_stream
    try:
        try:
            _, _, files = parser.parse(
                request.stream, request.mimetype, request.content_length,
                request.mimetype_params,
            )
        except ValueError:
            raise ApiError(
                "bad_request",
                "The multipart body is malformed (cut short, or its boundary is missing or "
                "does not match the Content-Type's); send the whole file as "
                "multipart/form-data in a field named `file`, as `curl -F file=@leaflet.docx` "
                "does.",
            ) from None
        yield files
    finally:
        for stream in opened:
            stream.close()
