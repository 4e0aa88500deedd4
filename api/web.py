"""The page for writers: ``GET /``.

The page is a Jinja template with plain CSS and JavaScript from ``api/static`` (no build
step, nothing from a CDN).  It calls the JSON API (``/v1/analyze``, ``/v1/extract``) from
the browser; everything the writer typed is put into the page with ``textContent``.
"""

from __future__ import annotations

from flask import Blueprint, render_template

from api.config import Settings
from api.engine import get_state
from literacy.rules.context import Targets

bp = Blueprint("web", __name__)

# Room in a request body for what the page sends besides the text: the JSON around it and
# the options (about 200 bytes).
BODY_OVERHEAD = 1024

# Characters per word in running English or Spanish text, spaces and punctuation included:
# only to tell a writer roughly how many words the limit is.
CHARS_PER_WORD = 6


def page_max_chars(settings: Settings) -> int:
    """The longest text the page sends: the server's ``REQUEST_MAX_CHARS``, or fewer when
    ``MAX_CONTENT_LENGTH`` would refuse the body first (a character of plain English is a
    byte; the page checks the real size of each body before sending it)."""
    return max(1, min(settings.request_max_chars, settings.max_content_length - BODY_OVERHEAD))


@bp.get("/")
def index() -> str:
    """The checker page."""
    state = get_state()
    settings = state.settings
    max_chars = page_max_chars(settings)
    return render_template(
        "index.html",
        languages=state.languages,
        target_grade=settings.default_target_grade,
        max_sentence_words=settings.default_max_sentence_words,
        jargon_threshold=round(Targets.jargon_threshold * 100),
        max_upload=settings.max_content_length,
        max_chars=max_chars,
        max_words=max_chars // CHARS_PER_WORD // 1000 * 1000 or max_chars // CHARS_PER_WORD,
        needs_key=bool(settings.api_keys),
    )
