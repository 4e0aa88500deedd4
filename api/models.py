"""The request and response models of the JSON API (pydantic v2).

The same classes validate incoming requests (``v1.py``) and generate the OpenAPI document
(``openapi.py``), so the documentation cannot drift from what the server accepts.
Requests are strict (``"8"`` is not a number, ``true`` is not a grade) and reject unknown
fields, so a misspelt option is an error instead of being silently ignored.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
)

from api.errors import ERRORS
from literacy import SUPPORTED_LANGUAGES
from literacy.analysis import AUTO
from literacy.findings import RULES, Applicability, Rule, Severity, SuggestionAction
from literacy.language import BCP47_PATTERN, canonical_tag, is_language_tag
from literacy.reading import BLANK_CHARACTERS
from literacy.reading import Format as TextFormat
from literacy.rules.context import TARGET_GRADES
from literacy.suggestions import SkipReason

# The report's schema is not a pydantic model (it is literacy's JSON Schema file), so fields
# that hold a report are marked here and ``api.openapi`` turns the mark into a ``$ref``.
REPORT_MARK = "x-plainly-report"

Format = Literal["auto", TextFormat]
LANGUAGES = (*SUPPORTED_LANGUAGES, AUTO)

# What a text must hold to be analysed: a visible character (else 422 empty_text; white space,
# control characters and invisible marks such as a byte-order mark are not, here as in
# ``literacy.reading.is_blank``, which the server asks) and no NUL (else 422 binary_input).
# Other control characters (a form feed from a PDF, an ESC) are accepted, unless they are over
# a tenth of the text (binary_input, which a pattern cannot say).  The part before the visible
# character holds none, so the match is linear.
TEXT_PATTERN = rf"^[{BLANK_CHARACTERS}]*[^{BLANK_CHARACTERS}\x00][^\x00]*$"
NO_NUL_PATTERN = r"^[^\x00]*$"


def _supported(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"{lang!r} is not a language Plainly analyses; use one of: "
                         f"{', '.join(LANGUAGES)}")
    return lang


def _bcp47(tag: str) -> str:
    if not is_language_tag(tag):
        raise ValueError(f"{tag!r} is not a BCP 47 language tag in the IANA registry (such "
                         "as en, es, pt-BR or zh-Hant)")
    return canonical_tag(tag)


def _one_case_per_language(documents: Any) -> Any:
    """422 for a bundle that gives one language twice under different cases ("en", "EN"),
    which would otherwise be one document silently dropped."""
    if isinstance(documents, dict):
        seen: dict[str, str] = {}
        for tag in documents:
            if isinstance(tag, str) and tag.lower() in seen:
                raise ValueError(
                    f"{seen[tag.lower()]!r} and {tag!r} are the same language (language "
                    "tags are case-insensitive); send each language's document once"
                )
            if isinstance(tag, str):
                seen[tag.lower()] = tag
    return documents


Lang = Annotated[
    str,
    AfterValidator(_supported),
    Field(
        description="Language of the text, or auto to detect it (422 no_language when the "
        "text has no letters, unsupported_language when it is in a language Plainly cannot "
        "score). Default: en.",
        examples=["en"],
        json_schema_extra={"enum": list(LANGUAGES)},
    ),
]
LanguageTag = Annotated[
    str,
    AfterValidator(_bcp47),
    Field(min_length=2, max_length=35, description="A BCP 47 language tag (en, es, pt-BR) "
          "whose subtags are in the IANA registry (sp is not: 422); case-insensitive, "
          "answered in its canonical case (EN and en are both en).",
          examples=["es"], json_schema_extra={"pattern": BCP47_PATTERN}),
]
DocumentFormat = Annotated[
    Format,
    Field(description="How to read the text; auto guesses HTML, Markdown or plain text."),
]
TargetGrade = Annotated[
    float,
    Field(
        ge=TARGET_GRADES[0],
        le=TARGET_GRADES[1],
        description="US school grade the text should not exceed. Default: the server's "
        "DEFAULT_TARGET_GRADE (8).",
        examples=[8],
    ),
]
MaxSentenceWords = Annotated[
    int,
    Field(
        ge=1,
        le=1000,
        description="Sentences with more words are flagged (PL301). Default: the server's "
        "DEFAULT_MAX_SENTENCE_WORDS (20).",
        examples=[20],
    ),
]
Variant = Annotated[
    Literal["en-US", "en-GB"],
    Field(description="English variant: en-GB counts UK spellings and everyday UK words (GP, "
          "A&E, paracetamol) as known, and suggests UK words. Default: en-US. Ignored for "
          "Spanish.", examples=["en-GB"]),
]
JargonThreshold = Annotated[
    float,
    Field(ge=0, le=1, description="Terms whose difficulty (0-1: how likely a lay adult is "
          "not to know them) is below this are reported but not flagged. Default: 0.5.",
          examples=[0.5]),
]
Allow = Annotated[
    list[Annotated[str, Field(min_length=1, max_length=100)]],
    Field(max_length=500, description="Terms your readers know (a product or team name): "
          "never flagged, and counted as known words in the grade and jargon density.",
          examples=[["ibuprofen"]]),
]
_TEXT_DESCRIPTION = (
    "The document: plain text, Markdown or HTML. Offsets in the report are character offsets "
    "into this string. All the documents of a request together at most REQUEST_MAX_CHARS "
    "characters (413 over_budget)."
)
Text = Annotated[
    str,
    Field(
        description=_TEXT_DESCRIPTION + " Must hold a visible character (else 422 empty_text) "
        "and no NUL character (else 422 binary_input); other control characters (a form feed, "
        "an ESC) are accepted unless they are over a tenth of the first 65,536 characters "
        "(422 binary_input: the text looks like a binary file).",
        examples=["Take one tablet twice a day with food."],
        json_schema_extra={"pattern": TEXT_PATTERN},
    ),
]
# In a batch any string is taken: one that cannot be analysed gets an error in its result.
BatchText = Annotated[
    str,
    Field(
        description=_TEXT_DESCRIPTION + " An empty one gets an empty_text error in its result, "
        "one with a NUL character or mostly control characters binary_input, one with an "
        "unpaired surrogate invalid_encoding.",
        examples=["Take one tablet twice a day with food."],
    ),
]
TranslationText = Annotated[
    str,
    Field(description="The document in this language; no NUL character (422 binary_input, "
          "as /v1/analyze answers).", json_schema_extra={"pattern": NO_NUL_PATTERN}),
]
ReportJson = Annotated[
    dict[str, Any],
    WithJsonSchema({"type": "object", REPORT_MARK: True}),
]


class _Request(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class AnalysisOptions(_Request):
    """Options shared by every document of a batch (each document may override them)."""

    lang: Lang | None = None
    format: DocumentFormat | None = None
    target_grade: TargetGrade | None = None
    max_sentence_words: MaxSentenceWords | None = None
    variant: Variant | None = None
    jargon_threshold: JargonThreshold | None = None
    allow: Allow | None = None


# A document's own fields come before its options (pydantic takes the fields of the bases last
# to first, so the options base is named first).
class _AnalyzeText(_Request):
    text: Text


class AnalyzeRequest(AnalysisOptions, _AnalyzeText):
    """Body of ``POST /v1/analyze``."""


# Most suggestions one /v1/apply request may choose (a long leaflet's report offers hundreds).
MAX_CHOSEN_SUGGESTIONS = 10_000


class SuggestionChoice(_Request):
    """A suggestion of the report, chosen to apply: its offsets and replacement exactly as
    ``POST /v1/analyze`` gave them for this text and these options."""

    start: int = Field(ge=0, description="Character offset in text where it starts.")
    end: int = Field(ge=0, description="Character offset in text where it ends.")
    replacement: str = Field(description="The text it puts in place of text[start:end].")
    # A suggestion may be sent as the report gives it: these two are the report's own and
    # change nothing (the report's, not the client's, are the ones that count).
    applicability: Applicability | None = Field(
        default=None, description="As the report gives it, if sent; not used.")
    action: SuggestionAction | None = Field(
        default=None, description="As the report gives it, if sent; not used.")


class ApplyRequest(AnalyzeRequest):
    """Body of ``POST /v1/apply``: the ``POST /v1/analyze`` body, and the suggestions of its
    report to apply (every safe one when there are none)."""

    suggestions: list[SuggestionChoice] | None = Field(
        default=None, max_length=MAX_CHOSEN_SUGGESTIONS,
        description="The suggestions to apply, each as the report of POST /v1/analyze gives "
        "it for this text and these options (start, end and replacement unchanged; any other "
        "is a 422 unknown_suggestion naming suggestions[i]); an unsafe one is applied too, "
        "as the writer chose it after reading it; one sent twice is applied once. Omitted "
        f"or null: every safe suggestion of the report. At most {MAX_CHOSEN_SUGGESTIONS:,}.",
        examples=[[{"start": 48, "end": 57, "replacement": "doctor"}]],
    )


DocumentId = Annotated[
    str,
    Field(min_length=1, max_length=200, description="Your id for the document; unique "
          "within the batch (a repeated id is a 422 for the whole batch). A document without "
          "a usable id (missing, not a string, empty, over 200 characters, not valid Unicode) "
          "gets a validation_error in its result, with id null.", examples=["leaflet-42"]),
]


class _BatchText(_Request):
    id: DocumentId
    text: BatchText


class BatchDocument(AnalysisOptions, _BatchText):
    """One document of a batch; ``id`` is yours and comes back with its result."""


_DOCUMENTS = Field(
    min_length=1,
    description="The documents, analysed in order. A document that cannot be analysed gets "
    "an error in its result, with the code and message /v1/analyze gives for it: its content "
    "(empty_text, binary_input, invalid_encoding, no_language...) or its fields "
    "(validation_error naming documents[i].field: a wrong type, an option out of range, an "
    "unknown field, an item that is not an object); the other documents are still analysed. "
    "The request is rejected whole (422) only for its own fields: documents missing, empty, "
    "not an array or over BATCH_MAX_DOCUMENTS, a bad defaults, an unknown top-level field, "
    "or an id used twice.",
)
_DEFAULTS = Field(
    default=None, description="Options for every document that does not set its own; a bad "
    "one is a 422 for the whole batch."
)


class BatchRequest(_Request):
    """Body of ``POST /v1/analyze/batch``: up to BATCH_MAX_DOCUMENTS documents."""

    documents: Annotated[list[BatchDocument], _DOCUMENTS]
    defaults: AnalysisOptions | None = _DEFAULTS


class BatchEnvelope(_Request):
    """What ``POST /v1/analyze/batch`` checks of the body as a whole: ``BatchRequest`` with
    its documents left unchecked, since each is checked on its own as a ``BatchDocument``
    and one bad document gets its own error instead of failing the batch."""

    documents: Annotated[list[Any], _DOCUMENTS]
    defaults: AnalysisOptions | None = _DEFAULTS


class TranslationCheckRequest(_Request):
    """Body of ``POST /v1/translations/check``: one document in several languages."""

    documents: Annotated[
        dict[LanguageTag, TranslationText],
        BeforeValidator(_one_case_per_language),
        Field(min_length=1, description="BCP 47 language tag → the document in that "
              "language (plain text, Markdown or HTML). Must include the source language, "
              "with text (422 missing_source), and each language once (EN and en are one). "
              "At most TRANSLATIONS_MAX_LANGUAGES languages (with the required ones) and "
              "TRANSLATIONS_MAX_CHARS characters per document.",
              examples=[{"en": "Take 2 tablets a day.", "es": "Tome 2 tabletas al día."}]),
    ]
    source: LanguageTag = "en"
    required: list[LanguageTag] | None = Field(
        default=None, description="Languages that must have a translation; each one "
        "missing gets a missing_language flag (and a machine draft when one can be made)."
    )
    format: DocumentFormat | None = None


# --- responses (for the OpenAPI document; the handlers build plain dicts) -----------------


class FieldError(BaseModel):
    """One problem with one field of the request."""

    field: str = Field(description="Path of the field, e.g. documents[2].text.")
    message: str
    type: str = Field(description="pydantic's error type, e.g. missing, string_type.")


class ErrorDetail(BaseModel):
    """What went wrong, with a stable code and a message that says what to do."""

    code: Annotated[str, Field(json_schema_extra={"enum": sorted(ERRORS)})]
    message: str
    details: list[FieldError] | None = Field(
        default=None, description="For validation_error: every bad field; for "
        "unknown_suggestion: every suggestion not offered (suggestions[i])."
    )


class ErrorResponse(BaseModel):
    """The body of every error response."""

    error: ErrorDetail


class BatchResultReport(BaseModel):
    """A document that was analysed."""

    id: str
    report: ReportJson


class BatchResultError(BaseModel):
    """A document that could not be analysed (the rest of the batch still was)."""

    id: str | None = Field(description="The document's id; null when it has none that is "
                           "usable (missing, not a string, empty, over 200 characters, not "
                           "valid Unicode): results are in the order of the documents, so "
                           "its place says which one it is.")
    error: ErrorDetail


class BatchResponse(BaseModel):
    """Results in the order of the request's documents."""

    results: list[BatchResultReport | BatchResultError]


class AppliedSuggestionJson(BaseModel):
    """A suggestion of the report, as /v1/apply applied it: offsets into the text sent."""

    start: int
    end: int
    replacement: str
    code: str = Field(description="The code of the finding that offers it, e.g. PL202.")
    action: SuggestionAction
    applicability: Applicability


class SkippedSuggestionJson(AppliedSuggestionJson):
    """A suggestion /v1/apply left out, and why."""

    reason: SkipReason = Field(
        description="overlaps: it overlaps a suggestion applied before it in text order (the "
        "first wins; analyse the new text for advice on that passage); loses_number, "
        "loses_negation, loses_link, loses_markup: it would drop a number or dose, a "
        "negation, a link or markup of the passage it replaces."
    )
    message: str = Field(description="The reason in words.")


class ApplyResponse(BaseModel):
    """Body of ``POST /v1/apply``: the text with the suggestions applied, and which were."""

    text: str = Field(description="The text sent, with the applied suggestions in place.")
    applied: list[AppliedSuggestionJson] = Field(description="In text order.")
    skipped: list[SkippedSuggestionJson] = Field(description="In text order.")


def flag_code(rule: Rule) -> str:
    """A translation finding's ``code`` in ``/v1/translations/check``: its rule's name as an
    identifier ("number-mismatch" gives "number_mismatch")."""
    return rule.name.replace("-", "_")


FLAG_CODES = [flag_code(rule) for code, rule in RULES.items() if code.startswith("PL4")]


class TranslationFlagJson(BaseModel):
    """One thing a reviewer must check in a translation."""

    model_config = ConfigDict(extra="allow")

    code: Annotated[str, WithJsonSchema({"enum": FLAG_CODES, "type": "string"})]
    rule: str = Field(description="The PL4xx finding code of this kind of flag.")
    lang: str
    severity: Severity
    message: str
    start: int | None = Field(description="Offset in the translation (null: the whole one).")
    end: int | None
    source_start: int | None = Field(description="Offset in the source (null: no source).")
    source_end: int | None
    text: str


class MachineDraft(BaseModel):
    """A machine translation offered for a missing language: a draft, never a translation."""

    text: str
    label: str
    engine: str
    package: str


class TranslationCheckResponse(BaseModel):
    """Body of ``POST /v1/translations/check``."""

    ok: bool = Field(description="True when no flag is an error.")
    flags: list[TranslationFlagJson]
    drafts: dict[str, MachineDraft] = Field(
        description="Machine drafts for missing languages, where a translation package is "
        "installed. Each needs review by a qualified translator."
    )
    machine_translation: dict[str, str] = Field(
        description="For missing languages with no draft: how to install a package."
    )


class WordlistInfo(BaseModel):
    """The word lists loaded for one language."""

    lang: str
    version: str = Field(description="Short hash of the lists' contents.")
    counts: dict[str, int] = Field(description="Entries per file.")


class WordlistsResponse(BaseModel):
    """Body of ``GET /v1/wordlists``."""

    wordlists: list[WordlistInfo]
    unavailable: dict[str, str] = Field(
        default_factory=dict,
        description="Languages whose word lists could not be loaded, and why.",
    )


class ExtractResponse(BaseModel):
    """Body of ``POST /v1/extract``: the text of an uploaded file, ready to analyse."""

    filename: str
    format: TextFormat
    text: str
    characters: int


class HealthResponse(BaseModel):
    """Body of ``GET /healthz``: the process answers."""

    status: Literal["ok"]


class ReadyResponse(BaseModel):
    """Body of ``GET /readyz``: whether every language pipeline is loaded."""

    status: Literal["ready", "starting", "unavailable"]
    languages: list[str]
    pipelines: dict[str, bool]
    wordlists: dict[str, str | None] = Field(
        description="Word-list version per language, or null when they are not available."
    )
    error: ErrorDetail | None = Field(
        default=None, description="When not ready: pipeline_unavailable and why."
    )


REQUEST_MODELS: tuple[type[BaseModel], ...] = (
    AnalyzeRequest, ApplyRequest, BatchRequest, TranslationCheckRequest,
)
RESPONSE_MODELS: tuple[type[BaseModel], ...] = (
    ErrorResponse,
    ApplyResponse,
    BatchResponse,
    TranslationCheckResponse,
    WordlistsResponse,
    ExtractResponse,
    HealthResponse,
    ReadyResponse,
)
