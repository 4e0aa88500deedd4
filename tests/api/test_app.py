"""``create_app`` in-process: configuration, keys, CORS, rate limits, readiness and the
errors that cannot be provoked from outside (an unexpected exception, a missing model)."""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from typing import Any

import pytest
from flask import Flask

import api.engine
import literacy
from api import ConfigError, create_app
from api.config import DEFAULTS, RateLimit, Settings, parse_rate_limit
from api.engine import get_state
from api.errors import is_api_path
from api.guard import TokenBucketLimiter
from literacy import PipelineError

# --- configuration -------------------------------------------------------------------------


def test_defaults_are_documented_and_safe(make_app: Callable[..., Flask]) -> None:
    app = make_app()
    assert app.config["MAX_CONTENT_LENGTH"] == 1024 * 1024
    assert app.debug is False
    assert not app.config.get("SECRET_KEY")
    with app.app_context():
        settings = get_state().settings
    assert settings.api_keys == ()
    assert settings.cors_origins == ()
    assert settings.rate_limit == RateLimit(120, 60.0)
    assert settings.batch_max_documents == DEFAULTS["BATCH_MAX_DOCUMENTS"]
    assert settings.default_target_grade == 8.0


def test_environment_overrides_defaults_and_mapping_overrides_environment(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PLAINLY_DEFAULT_TARGET_GRADE", "6")
    monkeypatch.setenv("PLAINLY_BATCH_MAX_DOCUMENTS", "5")
    monkeypatch.setenv("PLAINLY_API_KEYS", "alpha, beta")
    app = make_app(BATCH_MAX_DOCUMENTS=3)
    with app.app_context():
        settings = get_state().settings
    assert settings.default_target_grade == 6.0
    assert settings.batch_max_documents == 3
    assert settings.api_keys == ("alpha", "beta")


def test_default_target_grade_is_used(make_app: Callable[..., Flask]) -> None:
    client = make_app(DEFAULT_TARGET_GRADE=5).test_client()
    report = client.post("/v1/analyze", json={"text": "Take one pill."}).get_json()
    assert report["readability"]["target_grade"] == 5


@pytest.mark.parametrize(
    ("settings", "name"),
    [
        ({"RATE_LIMIT": "lots"}, "RATE_LIMIT"),
        ({"RATE_LIMIT": "10/fortnight"}, "RATE_LIMIT"),
        ({"DEFAULT_TARGET_GRADE": 40}, "DEFAULT_TARGET_GRADE"),
        ({"BATCH_MAX_DOCUMENTS": 0}, "BATCH_MAX_DOCUMENTS"),
        ({"MAX_CONTENT_LENGTH": "big"}, "MAX_CONTENT_LENGTH"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"API_KEYS": 42}, "API_KEYS"),
    ],
)
def test_bad_settings_stop_the_app_with_the_variable_named(
    make_app: Callable[..., Flask], settings: dict[str, object], name: str
) -> None:
    with pytest.raises(ConfigError, match=f"PLAINLY_{name}"):
        make_app(**settings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120/minute", RateLimit(120, 60.0)),
        ("5/second", RateLimit(5, 1.0)),
        ("1000/hours", RateLimit(1000, 3600.0)),
        ("30", RateLimit(30, 60.0)),
        ("off", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_rate_limit(text: str | None, expected: RateLimit | None) -> None:
    assert parse_rate_limit(text) == expected


def test_settings_reject_unknown_types() -> None:
    with pytest.raises(ConfigError):
        Settings.from_config({**DEFAULTS, "PRELOAD_PIPELINES": "maybe"})


# --- keys and CORS -------------------------------------------------------------------------


def test_keys_are_checked_against_every_key(make_app: Callable[..., Flask]) -> None:
    client = make_app(API_KEYS=["first-key", "second-key"], RATE_LIMIT="off").test_client()
    body = {"text": "Take one pill."}
    missing = client.post("/v1/analyze", json=body)
    assert missing.status_code == 401
    assert missing.headers["WWW-Authenticate"] == 'Bearer realm="plainly"'
    wrong = client.post("/v1/analyze", json=body, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert 'error="invalid_token"' in wrong.headers["WWW-Authenticate"]
    for key in ("first-key", "second-key"):
        ok = client.post("/v1/analyze", json=body, headers={"Authorization": f"Bearer {key}"})
        assert ok.status_code == 200


def test_cors_wildcard_allows_any_origin(make_app: Callable[..., Flask]) -> None:
    client = make_app(CORS_ORIGINS="*").test_client()
    response = client.get("/v1/wordlists", headers={"Origin": "https://any.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "https://any.example"


def test_no_cors_by_default(make_app: Callable[..., Flask]) -> None:
    client = make_app().test_client()
    response = client.get("/v1/wordlists", headers={"Origin": "https://any.example"})
    assert "Access-Control-Allow-Origin" not in response.headers


# --- rate limits ---------------------------------------------------------------------------


def test_tiny_rate_limit_per_client_address(make_app: Callable[..., Flask]) -> None:
    client = make_app(RATE_LIMIT="2/minute").test_client()
    started = time.monotonic()
    first = client.get("/v1/wordlists", environ_base={"REMOTE_ADDR": "10.0.0.1"})
    second = client.get("/v1/wordlists", environ_base={"REMOTE_ADDR": "10.0.0.1"})
    third = client.get("/v1/wordlists", environ_base={"REMOTE_ADDR": "10.0.0.1"})
    elapsed = time.monotonic() - started
    other = client.get("/v1/wordlists", environ_base={"REMOTE_ADDR": "10.0.0.2"})
    assert [first.status_code, second.status_code, third.status_code] == [200, 200, 429]
    error = third.get_json()["error"]
    assert error["code"] == "rate_limited"
    # A token comes back every 30 s; the wait is what remains of it, rounded up to a second.
    retry_after = int(third.headers["Retry-After"])
    assert max(1, math.ceil(30 - elapsed)) <= retry_after <= 30
    assert f"Wait {retry_after} s" in error["message"]
    assert other.status_code == 200
    assert client.get("/healthz", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code == 200


def test_token_bucket_refills_over_time() -> None:
    now = [0.0]
    limiter = TokenBucketLimiter(RateLimit(2, 10.0), clock=lambda: now[0])
    assert limiter.take("a") is None
    assert limiter.take("a") is None
    wait = limiter.take("a")
    assert wait == pytest.approx(5.0)
    now[0] = 5.0
    assert limiter.take("a") is None
    assert limiter.take("a") == pytest.approx(5.0)


def test_token_bucket_forgets_full_buckets() -> None:
    now = [0.0]
    limiter = TokenBucketLimiter(RateLimit(1, 1.0), max_clients=3, clock=lambda: now[0])
    for client in "abc":
        limiter.take(client)
    now[0] = 100.0
    limiter.take("d")
    limiter.take("e")
    assert len(limiter._buckets) <= 3


# --- readiness and failures ------------------------------------------------------------------


def test_readyz_is_503_until_the_pipeline_is_loaded(make_app: Callable[..., Flask]) -> None:
    app = make_app(PRELOAD_PIPELINES=False)
    client = app.test_client()
    with app.app_context():
        get_state().engines.clear()
    starting = client.get("/readyz")
    assert starting.status_code == 503
    assert starting.get_json()["status"] == "starting"
    assert starting.headers["Retry-After"]
    assert client.get("/healthz").status_code == 200
    with app.app_context():
        get_state().load_engines()
    assert client.get("/readyz").status_code == 200


def test_a_deadline_shorter_than_the_load_stops_the_request_not_the_load(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading takes 2.5 s here, the deadline is 1 s: the first request runs out of time while
    # the engine loads (pipelines not preloaded), and a later one finds it loaded.  Had the
    # deadline stopped the load, every request would start it again and none would finish.
    load = api.engine.Engine.load

    def slow(lang: str, **options: Any) -> literacy.Engine:
        time.sleep(2.5)
        return load(lang, **options)

    monkeypatch.setattr(api.engine.Engine, "load", slow)
    client = make_app(PRELOAD_PIPELINES=False, REQUEST_DEADLINE=1).test_client()
    first = client.post("/v1/analyze", json={"text": "Take one pill.", "lang": "en"})
    assert first.status_code == 503
    assert first.get_json()["error"]["code"] == "deadline_exceeded"
    ended = time.monotonic() + 60
    while not client.get("/readyz").get_json()["pipelines"]["en"]:
        assert time.monotonic() < ended, "the engine never loaded"
        time.sleep(0.2)
    later = client.post("/v1/analyze", json={"text": "Take one pill.", "lang": "en"})
    assert later.status_code == 200, later.get_data(as_text=True)


def test_missing_model_gives_503_not_500(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(lang: str, **options: Any) -> object:
        raise PipelineError("the spaCy pipeline 'x' is not installed; run make install")

    monkeypatch.setattr(api.engine.Engine, "load", missing)
    app = make_app(PRELOAD_PIPELINES=True)
    client = app.test_client()
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert ready.get_json()["status"] == "unavailable"
    assert "make install" in ready.get_json()["error"]["message"]
    response = client.post("/v1/analyze", json={"text": "Take one pill."})
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "pipeline_unavailable"


def test_engine_failing_at_start_keeps_the_server_up(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> object:
        raise ValueError("jargon.csv line 7: no term")

    monkeypatch.setattr(literacy.Engine, "analyze_with", broken)
    client = make_app(PRELOAD_PIPELINES=True).test_client()
    assert client.get("/healthz").status_code == 200
    ready = client.get("/readyz")
    assert ready.status_code == 503
    assert "jargon.csv line 7" in ready.get_json()["error"]["message"]
    response = client.post("/v1/analyze", json={"text": "Take one pill."})
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "pipeline_unavailable"


def test_unexpected_error_is_json_500_logged_without_the_body(
    make_app: Callable[..., Flask],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = make_app(RATE_LIMIT="off")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(literacy.Engine, "analyze_with", broken)
    secret = "Mrs Example has a confidential diagnosis"
    with caplog.at_level(logging.INFO, logger="plainly"):
        response = app.test_client().post("/v1/analyze", json={"text": secret})
    assert response.status_code == 500
    assert response.get_json()["error"]["code"] == "internal_error"
    assert "engine exploded" not in response.get_data(as_text=True)
    errors = [record for record in caplog.records if record.levelno >= logging.ERROR]
    assert errors and errors[0].exc_info is not None
    assert "RuntimeError" in caplog.text and "engine exploded" in caplog.text
    assert secret not in caplog.text


def test_wordlists_unavailable_is_503(
    make_app: Callable[..., Flask], monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app()
    with app.app_context():
        state = get_state()
        for lang in list(state.wordlists):
            state.wordlists[lang] = api.engine.WordlistStatus(lang, None, error="files missing")
    response = app.test_client().get("/v1/wordlists")
    assert response.status_code == 503
    assert response.get_json()["error"]["code"] == "wordlists_unavailable"
    assert "files missing" in response.get_json()["error"]["message"]


def test_batch_limit_from_settings(make_app: Callable[..., Flask]) -> None:
    client = make_app(BATCH_MAX_DOCUMENTS=2).test_client()
    documents = [{"id": str(i), "text": "Take one pill."} for i in range(3)]
    response = client.post("/v1/analyze/batch", json={"documents": documents})
    assert response.status_code == 422
    assert response.get_json()["error"]["details"][0]["field"] == "documents"


@pytest.mark.parametrize(
    ("path", "is_api"),
    [
        ("/v1", True), ("/v1/", True), ("/v1/anything/else", True), ("/healthz", True),
        ("/readyz/", True), ("/openapi.json", True), ("/", False), ("/docs", False),
        ("/static/app.js", False), ("/v1x", False), ("/healthzz", False),
    ],
)
def test_which_paths_get_json_errors(path: str, is_api: bool) -> None:
    assert is_api_path(path) is is_api


def test_every_route_is_documented(shared_app: Flask) -> None:
    from api.openapi import OPERATIONS, UNDOCUMENTED_RULES

    documented = {(op.path, op.method.upper()) for op in OPERATIONS}
    for rule in shared_app.url_map.iter_rules():
        if rule.rule in UNDOCUMENTED_RULES:
            continue
        for method in (rule.methods or set()) - {"HEAD", "OPTIONS"}:
            assert (rule.rule, method) in documented, f"{method} {rule.rule} is not in the spec"


def test_each_app_loads_its_engines_once_and_reuses_them() -> None:
    app = create_app({"RATE_LIMIT": "off"})
    with app.app_context():
        loaded = get_state().engines["en"]
    client = app.test_client()
    assert client.post("/v1/analyze", json={"text": "Take one pill."}).status_code == 200
    assert client.post("/v1/analyze", json={"text": "Take two pills."}).status_code == 200
    with app.app_context():
        assert get_state().engines["en"] is loaded
