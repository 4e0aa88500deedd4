"""The service's settings: documented defaults, read from ``PLAINLY_*`` environment variables.

``create_app`` applies ``DEFAULTS`` (``config.from_mapping``), then the environment
(``config.from_prefixed_env("PLAINLY")``: ``PLAINLY_RATE_LIMIT=60/minute``), then the
mapping it is given, and ``Settings.from_config`` checks and parses the result once, at
start-up, so a bad value stops the server with a message naming the variable instead of
failing on the first request.  There is no debug mode and no secret key by default.

| setting | default | meaning |
| --- | --- | --- |
| MAX_CONTENT_LENGTH | 1048576 | largest request body in bytes (413 above it) |
| API_KEYS | (empty) | accepted ``Authorization: Bearer`` keys, comma-separated; empty: no auth |
| CORS_ORIGINS | (empty) | origins allowed to call /v1 from a browser, comma-separated; ``*`` any |
| RATE_LIMIT | 120/minute | requests per API key (or client address without keys) per worker; |
|            |            | ``N/second``, ``N/minute``, ``N/hour``, ``N/day``; ``off`` disables |
| BATCH_MAX_DOCUMENTS | 50 | most documents in one /v1/analyze/batch request |
| REQUEST_MAX_CHARS | 250000 | most characters of text in one request, all documents together |
|                   |        | (413 over_budget above it): the work one request may ask for |
| REQUEST_DEADLINE | 45 | seconds a request may take (JSON 503 with Retry-After after it); |
|                  |    | below ``plainly serve --timeout`` |
| TRANSLATIONS_MAX_LANGUAGES | 10 | most languages in one /v1/translations/check bundle |
| TRANSLATIONS_MAX_CHARS | 20000 | most characters of one document of a translation bundle |
| TRANSLATIONS_MAX_PAIRS | 50000  | most sentence pairs one translation check may align: the |
|                        |        | source's sentences times those of every document, source too |
| AUTH_FAILURE_LIMIT | 10/minute | wrong or missing API keys per client address, per worker |
|                    |           | (429 instead of 401 after it; a right key still passes) |
| DEFAULT_TARGET_GRADE | 8.0 | target grade when a request names none (NIH: below grade 8) |
| DEFAULT_MAX_SENTENCE_WORDS | 20 | longest sentence, in words, before it is flagged |
| LOG_LEVEL | INFO | level of the ``plainly`` loggers |
| TRUSTED_PROXIES | 0 | proxies in front that set ``X-Forwarded-For`` (for per-address limits) |
| PRELOAD_PIPELINES | true | load every language pipeline when the app is created |
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from literacy.rules.context import TARGET_GRADES, Targets, is_number_in

ENV_PREFIX = "PLAINLY"

DEFAULTS: dict[str, Any] = {
    "MAX_CONTENT_LENGTH": 1024 * 1024,
    "API_KEYS": [],
    "CORS_ORIGINS": [],
    "RATE_LIMIT": "120/minute",
    "BATCH_MAX_DOCUMENTS": 50,
    "REQUEST_MAX_CHARS": 250_000,
    "REQUEST_DEADLINE": 45,
    "TRANSLATIONS_MAX_LANGUAGES": 10,
    "TRANSLATIONS_MAX_CHARS": 20_000,
    "TRANSLATIONS_MAX_PAIRS": 50_000,
    "AUTH_FAILURE_LIMIT": "10/minute",
    "DEFAULT_TARGET_GRADE": Targets.target_grade,
    "DEFAULT_MAX_SENTENCE_WORDS": Targets.max_sentence_words,
    "LOG_LEVEL": "INFO",
    "TRUSTED_PROXIES": 0,
    "PRELOAD_PIPELINES": True,
    # Flask's own: compact, ordered JSON; never debug or testing by default.
    "DEBUG": False,
    "TESTING": False,
}

_PERIODS = {"second": 1.0, "minute": 60.0, "hour": 3600.0, "day": 86400.0}
_OFF = {"", "0", "off", "none", "false", "unlimited"}


class ConfigError(ValueError):
    """A setting has a value the service cannot use; the message names the variable."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name} (environment variable {ENV_PREFIX}_{name}): {message}")
        self.name = name


@dataclass(frozen=True)
class RateLimit:
    """``count`` requests per ``period`` seconds, refilled continuously (a token bucket)."""

    count: int
    period: float

    @property
    def per_second(self) -> float:
        return self.count / self.period

    def __str__(self) -> str:
        name = next((k for k, v in _PERIODS.items() if v == self.period), f"{self.period:g}s")
        return f"{self.count}/{name}"


@dataclass(frozen=True)
class Settings:
    """The checked, parsed settings the service runs with."""

    max_content_length: int
    api_keys: tuple[str, ...]
    cors_origins: tuple[str, ...]
    rate_limit: RateLimit | None
    batch_max_documents: int
    request_max_chars: int
    request_deadline: float
    translations_max_languages: int
    translations_max_chars: int
    translations_max_pairs: int
    auth_failure_limit: RateLimit | None
    default_target_grade: float
    default_max_sentence_words: int
    log_level: int
    trusted_proxies: int
    preload_pipelines: bool

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> Settings:
        """Check every setting; raise ``ConfigError`` naming the first bad one."""
        grade = _number(config, "DEFAULT_TARGET_GRADE")
        if not is_number_in(grade, *TARGET_GRADES):
            low, high = TARGET_GRADES
            raise ConfigError("DEFAULT_TARGET_GRADE", f"must be a number from {low} to {high}")
        deadline = _number(config, "REQUEST_DEADLINE")
        if not 1 <= deadline <= 3600:
            raise ConfigError("REQUEST_DEADLINE", "must be a number of seconds from 1 to 3600")
        return cls(
            max_content_length=_whole(config, "MAX_CONTENT_LENGTH", minimum=1024),
            api_keys=_strings(config, "API_KEYS"),
            cors_origins=tuple(origin.rstrip("/") for origin in _strings(config, "CORS_ORIGINS")),
            rate_limit=parse_rate_limit(config.get("RATE_LIMIT"), "RATE_LIMIT"),
            batch_max_documents=_whole(config, "BATCH_MAX_DOCUMENTS", minimum=1),
            request_max_chars=_whole(config, "REQUEST_MAX_CHARS", minimum=1000),
            request_deadline=deadline,
            translations_max_languages=_whole(config, "TRANSLATIONS_MAX_LANGUAGES", minimum=2),
            translations_max_chars=_whole(config, "TRANSLATIONS_MAX_CHARS", minimum=1000),
            translations_max_pairs=_whole(config, "TRANSLATIONS_MAX_PAIRS", minimum=100),
            auth_failure_limit=parse_rate_limit(config.get("AUTH_FAILURE_LIMIT"),
                                                "AUTH_FAILURE_LIMIT"),
            default_target_grade=grade,
            default_max_sentence_words=_whole(config, "DEFAULT_MAX_SENTENCE_WORDS", minimum=1),
            log_level=_log_level(config.get("LOG_LEVEL", "INFO")),
            trusted_proxies=_whole(config, "TRUSTED_PROXIES", minimum=0),
            preload_pipelines=_boolean(config, "PRELOAD_PIPELINES"),
        )


def parse_rate_limit(value: object, name: str = "RATE_LIMIT") -> RateLimit | None:
    """``"120/minute"`` → ``RateLimit(120, 60.0)``; ``"off"``, ``""``, ``0`` or ``None`` → None."""
    if value is None or value is False or str(value).strip().lower() in _OFF:
        return None
    text = str(value).strip().lower()
    count_text, _, period_text = text.partition("/")
    period = _PERIODS.get(period_text.strip().removesuffix("s") or "minute")
    try:
        count = int(count_text)
    except ValueError:
        count = 0
    if period is None or count < 1:
        raise ConfigError(
            name,
            f"{value!r} is not a rate; write it as N/second, N/minute, N/hour or N/day "
            "(for example 120/minute), or off",
        )
    return RateLimit(count, period)


def _strings(config: Mapping[str, Any], name: str) -> tuple[str, ...]:
    value = config.get(name)
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        items = value.split(",")
    elif isinstance(value, list | tuple | set | frozenset):
        items = [str(item) for item in value]
    else:
        raise ConfigError(name, "must be a comma-separated string or a list of strings")
    return tuple(item.strip() for item in items if item.strip())


def _number(config: Mapping[str, Any], name: str) -> float:
    value = config.get(name)
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        raise ConfigError(name, f"{value!r} is not a number") from None
    if isinstance(value, bool) or not math.isfinite(number):
        raise ConfigError(name, f"{value!r} is not a number")
    return number


def _whole(config: Mapping[str, Any], name: str, *, minimum: int) -> int:
    value = config.get(name)
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError:
        raise ConfigError(name, f"{value!r} is not a whole number") from None
    if isinstance(value, bool) or number < minimum:
        raise ConfigError(name, f"must be a whole number of {minimum} or more, not {value!r}")
    return number


def _boolean(config: Mapping[str, Any], name: str) -> bool:
    value = config.get(name)
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in {"1", "true", "yes", "on"}:
        return True
    if text in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(name, f"{value!r} is not true or false")


def _log_level(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    level = logging.getLevelName(str(value).strip().upper())
    if not isinstance(level, int):
        raise ConfigError("LOG_LEVEL", f"{value!r} is not DEBUG, INFO, WARNING or ERROR")
    return level
