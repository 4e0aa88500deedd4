"""Liveness and readiness for load balancers and orchestrators.

``GET /healthz``: the process answers (no work done).  ``GET /readyz``: every supported
language's pipeline is loaded, so an analysis will not wait for one; 503 until then.
"""

from __future__ import annotations

from typing import Any

from flask import Blueprint, Response, jsonify

from api.engine import get_state

bp = Blueprint("health", __name__)


@bp.get("/healthz")
def healthz() -> Response:
    """Alive."""
    return jsonify({"status": "ok"})


@bp.get("/readyz")
def readyz() -> Response:
    """Ready to analyse: 200 when every pipeline is loaded, 503 (with why) until then."""
    state = get_state()
    body: dict[str, Any] = {
        "status": (
            "ready" if state.ready else "unavailable" if state.pipeline_errors else "starting"
        ),
        "languages": list(state.languages),
        "pipelines": {lang: lang in state.engines for lang in state.languages},
        "wordlists": {lang: status.version for lang, status in state.wordlists.items()},
    }
    if not state.ready:
        reasons = "; ".join(f"{lang}: {msg}" for lang, msg in state.pipeline_errors.items())
        body["error"] = {
            "code": "pipeline_unavailable",
            "message": reasons
            or "The language pipelines are still loading; try again in a few seconds.",
        }
    response = jsonify(body)
    response.status_code = 200 if state.ready else 503
    if not state.ready:
        response.headers["Retry-After"] = "5"
    response.headers["Cache-Control"] = "no-store"
    return response
