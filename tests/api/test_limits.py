"""The limits on what one request may ask for, in-process: the per-request character budget,
the translation bundle's languages, tags and alignment work, the wrong-key limit per
address, ``lang: "auto"`` on text with no language Plainly can score, and the deadline."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import Any

import pytest
from api_support import error_of
from flask import Flask, g
from flask.testing import FlaskClient

from api.config import DEFAULTS
from api.guard import DeadlineExceeded, analysis_slot

KEY = "limits-key-3Fv8Qz"




# --- the per-request character budget ------------------------------------------------------


def test_batch_over_the_character_budget_is_413_before_any_work(client: FlaskClient) -> None:
    budget = DEFAULTS["REQUEST_MAX_CHARS"]
    half = "Rest. " * (budget // 12 + 1000)
    started = time.monotonic()
    response = client.post("/v1/analyze/batch", json={"documents": [
        {"id": "a", "text": half}, {"id": "b", "text": half}]})
    assert time.monotonic() - started < 5.0
    error = error_of(response, 413, "over_budget")
    assert f"{budget:,}" in error["message"] and f"{2 * len(half):,}" in error["message"]


def test_analyze_over_the_character_budget_is_413(make_app: Callable[..., Flask]) -> None:
    client = make_app(REQUEST_MAX_CHARS=1000, RATE_LIMIT="off").test_client()
    error_of(client.post("/v1/analyze", json={"text": "Rest. " * 200}), 413, "over_budget")
    assert client.post("/v1/analyze", json={"text": "Rest. " * 100}).status_code == 200


# --- translation bundles ---------------------------------------------------------------------


def test_more_languages_than_the_limit_is_422(client: FlaskClient) -> None:
    limit = DEFAULTS["TRANSLATIONS_MAX_LANGUAGES"]
    codes = ["en", "es", "fr", "de", "it", "pt", "nl", "sv", "da", "fi", "pl", "cs"][:limit + 1]
    documents = {code: "Take 2 tablets." for code in codes}
    error = error_of(client.post("/v1/translations/check", json={"documents": documents}),
                     422, "validation_error")
    assert f"{limit + 1} languages" in error["message"] and str(limit) in error["message"]


def test_required_languages_count_towards_the_limit(client: FlaskClient) -> None:
    limit = DEFAULTS["TRANSLATIONS_MAX_LANGUAGES"]
    required = [f"x-q{n:02d}" for n in range(limit)]
    body = {"documents": {"en": "Take 2 tablets."}, "required": required}
    error = error_of(client.post("/v1/translations/check", json=body), 422, "validation_error")
    assert f"{limit + 1} languages" in error["message"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"documents": {"en": "Take one.", "en_US": "Take one."}}, "documents.en_US (the key)"),
        ({"documents": {"en": "Take one.", "español": "Tome una."}},
         "documents.español (the key)"),
        ({"documents": {"en": "Take one."}, "source": "e"}, "source"),
        ({"documents": {"en": "Take one."}, "required": ["es", "es--MX"]}, "required[1]"),
        # well-formed, but no language: "sp" is a typo for "es", "xx" and "es-SP" (Spain is
        # ES) are not in the registry
        ({"documents": {"en": "Take one.", "sp": "Tome una."}}, "documents.sp (the key)"),
        ({"documents": {"en": "Take one."}, "required": ["xx"]}, "required[0]"),
        ({"documents": {"en": "Take one."}, "source": "es-SP"}, "source"),
    ],
)
def test_language_codes_must_be_bcp47(client: FlaskClient, body: dict[str, Any],
                                      field: str) -> None:
    error = error_of(client.post("/v1/translations/check", json=body), 422, "validation_error")
    assert error["details"][0]["field"] == field
    assert "BCP 47" in error["message"]


def test_well_formed_tags_are_accepted(client: FlaskClient) -> None:
    body = {"documents": {"en": "Take 2 tablets a day.", "pt-BR": "Tome 2 comprimidos por dia.",
                          "zh-Hant": "每天服用2片。"},
            "required": ["es-419", "fil", "ht", "x-klingon"]}
    assert client.post("/v1/translations/check", json=body).status_code == 200


def test_document_over_the_translation_character_limit_is_413(client: FlaskClient) -> None:
    limit = DEFAULTS["TRANSLATIONS_MAX_CHARS"]
    body = {"documents": {"en": "a." * 12_000, "es": "b."}}  # the 19.9 s request
    error = error_of(client.post("/v1/translations/check", json=body), 413, "over_budget")
    assert "documents.en" in error["message"] and f"{limit:,}" in error["message"]


def test_alignment_work_over_the_limit_is_413_before_any_work(client: FlaskClient) -> None:
    body = {"documents": {"en": "a." * 600, "es": "b." * 600}}  # 2,400 characters, 722,402 pairs
    started = time.monotonic()
    error = error_of(client.post("/v1/translations/check", json=body), 413, "over_budget")
    assert time.monotonic() - started < 2.0
    assert "pairs of sentences" in error["message"]


# --- wrong API keys -------------------------------------------------------------------------


def test_wrong_keys_spend_the_address_limit_and_a_right_key_elsewhere_is_not_slowed(
    make_app: Callable[..., Flask],
) -> None:
    app = make_app(API_KEYS=[KEY], AUTH_FAILURE_LIMIT="3/minute", RATE_LIMIT="off")
    guesser = app.test_client()
    guesser.environ_base["REMOTE_ADDR"] = "203.0.113.7"
    writer = app.test_client()
    writer.environ_base["REMOTE_ADDR"] = "198.51.100.2"
    wrong = {"Authorization": "Bearer not-the-key"}
    assert [guesser.get("/v1/wordlists", headers=wrong).status_code for _ in range(3)] == [401] * 3
    refused = guesser.get("/v1/wordlists", headers=wrong)
    error = error_of(refused, 429, "rate_limited")
    assert int(refused.headers["Retry-After"]) >= 1 and "3/minute" in error["message"]
    missing = guesser.get("/v1/wordlists")
    assert missing.status_code == 429  # no key at all counts as a wrong one
    started = time.monotonic()
    right = writer.get("/v1/wordlists", headers={"Authorization": f"Bearer {KEY}"})
    assert right.status_code == 200 and "Retry-After" not in right.headers
    assert time.monotonic() - started < 1.0


def test_right_keys_do_not_spend_the_failure_limit(make_app: Callable[..., Flask]) -> None:
    app = make_app(API_KEYS=[KEY], AUTH_FAILURE_LIMIT="1/minute", RATE_LIMIT="off")
    client = app.test_client()
    statuses = {client.get("/v1/wordlists", headers={"Authorization": f"Bearer {KEY}"})
                .status_code for _ in range(5)}
    assert statuses == {200}


# --- lang auto on text with no language Plainly can score -----------------------------------


@pytest.mark.parametrize(
    ("text", "code", "named"),
    [
        ("12345 678 90", "no_language", None),
        ("!!! ??? ... --- ***", "no_language", None),
        ("🙂🙂 \u200b\u200b", "no_language", None),
        ("Prenez un comprimé chaque matin avec un verre d'eau. Appelez votre médecin si vous "
         "avez des vertiges.", "unsupported_language", "French"),
        ("每天早上用一杯水服用一片药。如果您感到头晕，请打电话给您的医生。",
         "unsupported_language", "Chinese"),
    ],
    ids=["digits", "punctuation", "emoji-zero-width", "french", "chinese"],
)
def test_auto_without_a_language_to_score_is_a_clear_422(
    client: FlaskClient, text: str, code: str, named: str | None
) -> None:
    error = error_of(client.post("/v1/analyze", json={"text": text, "lang": "auto"}), 422, code)
    if named is not None:
        assert named in error["message"]


def test_one_document_without_a_language_does_not_fail_the_batch(client: FlaskClient) -> None:
    response = client.post("/v1/analyze/batch", json={"documents": [
        {"id": "leaflet", "text": "Take one tablet every morning.", "lang": "auto"},
        {"id": "digits", "text": "12345 678", "lang": "auto"},
        {"id": "easy", "text": "Rest at home."},
    ]})
    assert response.status_code == 200, response.get_data(as_text=True)[:500]
    results = response.get_json()["results"]
    assert [result["id"] for result in results] == ["leaflet", "digits", "easy"]
    assert "report" in results[0] and "report" in results[2]
    assert results[1]["error"]["code"] and results[1]["error"]["message"]


def test_batch_document_without_a_language_gets_no_language(client: FlaskClient) -> None:
    response = client.post("/v1/analyze/batch", json={"documents": [
        {"id": "digits", "text": "12345 678", "lang": "auto"}]})
    assert response.get_json()["results"][0]["error"]["code"] == "no_language"


# --- the deadline ---------------------------------------------------------------------------


def test_work_past_its_deadline_is_interrupted_and_the_slot_freed(shared_app: Flask) -> None:
    with shared_app.test_request_context("/v1/analyze"):
        g.deadline = time.monotonic() + 0.3
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded) as stopped, analysis_slot():
            while time.monotonic() - started < 10:
                sum(range(1000))
        assert time.monotonic() - started < 2.0
        assert stopped.value.status_code == 503 and stopped.value.headers["Retry-After"]
        # Blocks that end just as their timer fires leave no exception pending behind them.
        for _ in range(200):
            g.deadline = time.monotonic() + 0.001
            with contextlib.suppress(DeadlineExceeded), analysis_slot():
                sum(range(200))
        quiet = time.monotonic()
        while time.monotonic() - quiet < 0.3:
            sum(range(1000))
        g.deadline = time.monotonic() + 5
        with analysis_slot():  # the slot is free again
            pass
