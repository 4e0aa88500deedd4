"""Plainly's HTTP service: the JSON API for CMS plugins and the page for writers.

``create_app`` builds the Flask app: documented defaults (``api.config.DEFAULTS``), then
``PLAINLY_*`` environment variables, then the mapping it is given; the heavy state (one
spaCy pipeline per language, the word lists) is created once by ``api.engine.init_app``.
Run it in production with ``plainly serve`` (gunicorn, see ``api.serve``).
"""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from flask import Flask
from flask.json.provider import DefaultJSONProvider
from werkzeug.middleware.proxy_fix import ProxyFix

from api.config import DEFAULTS, ENV_PREFIX, ConfigError, Settings

if TYPE_CHECKING:
    from literacy.language import LanguageIdentifier

__all__ = ["ConfigError", "create_app"]


class _JSONProvider(DefaultJSONProvider):
    """Keys in the order the report defines them; UTF-8 rather than ``\\u`` escapes."""

    sort_keys = False
    ensure_ascii = False


class PlainlyFlask(Flask):
    """Flask with Plainly's JSON settings."""

    json_provider_class = _JSONProvider


def create_app(config: Mapping[str, Any] | None = None) -> Flask:
    """Build the app: defaults, then ``PLAINLY_*`` environment, then ``config``."""
    app = PlainlyFlask(__name__)
    # No redirects on API paths: "/v1//analyze" is a JSON 404 and "/v1/analyze/" is routed,
    # instead of werkzeug's 308 to the canonical path (which a POST client may not follow).
    app.url_map.merge_slashes = False
    app.url_map.strict_slashes = False
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env(ENV_PREFIX)
    if config:
        app.config.from_mapping(config)
    settings = Settings.from_config(app.config)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_content_length
    configure_logging(settings.log_level)
    if settings.trusted_proxies:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxies, x_proto=settings.trusted_proxies
        )

    from api import engine, errors, guard, health, openapi, v1, web

    state = engine.init_app(app, settings)
    if settings.preload_pipelines:
        _warm_language_detection(state.identifier)
        gc.freeze()  # the engines live as long as the process: see literacy.engine.Engine
    errors.register_error_handlers(app)
    guard.register_guards(app, settings)
    app.register_blueprint(v1.bp)
    app.register_blueprint(health.bp)
    app.register_blueprint(openapi.bp)
    app.register_blueprint(web.bp)
    return app


def _warm_language_detection(identifier: LanguageIdentifier) -> None:
    """Pay for ``lang: "auto"``'s first use (the language identifier's model is unpacked
    once per process, 5-25 s) here, before gunicorn forks, not in a client's request."""
    from api.engine import WARM_UP_TEXT
    from literacy.analysis import detect_document_language

    try:
        detect_document_language(WARM_UP_TEXT, identifier=identifier)
    except Exception:  # the server still starts; the first auto request pays instead
        logging.getLogger("plainly.api").exception("language detection could not be warmed")


def configure_logging(level: int) -> None:
    """Set the ``plainly`` loggers' level; give them a stderr handler if nothing else does."""
    logger = logging.getLogger("plainly")
    logger.setLevel(level)
    if not logger.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s")
        )
        logger.addHandler(handler)
