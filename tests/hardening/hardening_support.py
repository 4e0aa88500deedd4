"""What the hardening tests share: secrets that must never leak, and a poll with a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

# An open server: no keys, no rate limit, the request log at INFO.
OPEN_SETTINGS = {"PLAINLY_RATE_LIMIT": "off", "PLAINLY_LOG_LEVEL": "INFO"}
HARD_KEYS = ("hk-Zqx1-5pR9wLm2Tq", "hk-Zqx2-8vN4cYb7Ke")
WRONG_KEY = "hk-Zqx9-wrongKey3Hd"
MARKER = "Zqxmarker patient Jane Roe MRN 12345"
# Every piece of the marker that would identify the patient if it reached a log.
MARKER_PARTS = ("Zqxmarker", "Jane Roe", "MRN 12345")


def poll(check: Callable[[], T | None], seconds: float, interval: float = 0.05) -> T | None:
    """``check()`` until it returns something truthy or ``seconds`` pass; its last value."""
    deadline = time.monotonic() + seconds
    value = check()
    while not value and time.monotonic() < deadline:
        time.sleep(interval)
        value = check()
    return value


def csp_directives(header: str) -> dict[str, list[str]]:
    """``"default-src 'none'; script-src 'self'"`` -> ``{"default-src": ["'none'"], ...}``."""
    directives: dict[str, list[str]] = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    return directives
