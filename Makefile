# newsfix — the two commands: `make run` (app with demo data) and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
# The test suite runs with a throwaway key; DEBUG only loosens host checks for the
# test client. Production settings are tested separately (check --deploy).
TEST_ENV := DEBUG=1 SECRET_KEY=insecure-test-only-key TASKS_BACKEND=immediate

.PHONY: run test lint format bench venv chromium check-python clean

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' || { \
	  echo "newsfix needs Python 3.12 or newer; '$(PYTHON)' is $$($(PYTHON) --version 2>&1)."; \
	  echo "Install Python 3.12 (pyenv reads .python-version) or run: make PYTHON=python3.12 ..."; \
	  exit 1; }

$(STAMP): requirements.txt requirements-dev.txt | check-python
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	@touch $(STAMP)

venv: $(STAMP)

chromium:
	@if ! command -v chromium >/dev/null 2>&1; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's chromium for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "The browser tests need Debian's chromium: run 'sudo apt-get install -y chromium' and retry."; \
	    exit 1; \
	  fi; \
	fi

run: $(STAMP)
	@set -e; export DEBUG=1; \
	$(PY) manage.py migrate --no-input; \
	$(PY) manage.py demo; \
	$(PY) manage.py db_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	echo; echo "newsfix is at http://$(HOST):$(PORT)/  (task worker pid $$worker)"; \
	echo "Demo logins: editor / editor    admin / admin"; echo; \
	$(PY) manage.py runserver --noreload $(HOST):$(PORT)

test: $(STAMP) chromium
	$(VENV)/bin/ruff check .
	$(TEST_ENV) $(VENV)/bin/pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(STAMP)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

# Benchmarks print ratios measured side by side in one run. BENCH_ARGS passes
# options; BENCH_FILE, a JSON Lines file of articles, goes to the text engine's
# (e.g. make bench BENCH_FILE=../shared/eval/dev/damaged.jsonl).
bench: $(STAMP)
	@for script in bench/*.py; do \
	  case $$script in */_*) continue;; esac; \
	  file=; case $$script in */text_engine.py) file="$(BENCH_FILE)";; esac; \
	  echo "== $$script"; $(PY) $$script $${file:+"$$file"} $(BENCH_ARGS) || exit 1; echo; \
	done

clean:
	rm -rf $(VENV) staticfiles
