# Plainly: the JSON API and the page for writers, served by gunicorn.
#   docker build -t plainly .
#   docker run --rm -p 8000:8000 -e PLAINLY_API_KEYS=change-me plainly
# Settings are PLAINLY_* environment variables (see the README's service section).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_ROOT_USER_ACTION=ignore

# A system user with no login shell and no home of its own to write to.
RUN groupadd --system --gid 10001 plainly \
    && useradd --system --uid 10001 --gid plainly --no-create-home \
       --home-dir /nonexistent --shell /usr/sbin/nologin plainly

WORKDIR /app

# The spaCy model, pinned by version and hash, first: it changes least often.
COPY requirements/ requirements/
RUN pip install --require-hashes --no-deps -r requirements/model.txt

# The project, with every dependency held to the tested versions.
COPY pyproject.toml README.md ./
COPY literacy/ literacy/
COPY wordlists/ wordlists/
COPY api/ api/
RUN pip install -c requirements/constraints.txt . \
    && rm -rf /app/literacy /app/wordlists /app/api /app/build

USER 10001:10001

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/readyz', timeout=4).status == 200 else 1)"]

CMD ["plainly", "serve", "--host", "0.0.0.0", "--port", "8000"]
