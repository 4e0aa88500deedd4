"""The page for writers: ``GET /``.

The page is a Jinja template with plain CSS and JavaScript from ``api/static`` (no build
step, nothing from a CDN).  It calls the JSON API (``/v1/analyze``, ``/v1/extract``) from
the browser; everything the writer typed is put into the page with ``textContent``.
"""

from __future__ import annotations

from flask import Blueprint, render_template

from api.engine import get_state

bp = Blueprint("web", __name__)


@bp.get("/")
def index() -> str:
    """The checker page."""
    state = get_state()
    settings = state.settings
    return render_template(
        "index.html",
        languages=state.languages,
        target_grade=settings.default_target_grade,
        max_sentence_words=settings.default_max_sentence_words,
        max_upload=settings.max_content_length,
        needs_key=bool(settings.api_keys),
    )
