# wirewatch: `make demo` sets up and runs the pipeline; `make test` sets up and runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KAFKA_LIB := .wirewatch/kafka/lib
PY_STAMP := $(VENV)/.installed
KAFKA_STAMP := $(KAFKA_LIB)/.fetched

.PHONY: setup demo test lint typecheck unit integration e2e bench schemas clean help quality model docker-setup compose-check browser

help:
	@echo "make demo   - set up (first run only) and run the whole pipeline on seeds/"
	@echo "make test   - set up (first run only), lint, type-check and run every test"
	@echo "make setup  - create .venv, install wirewatch and fetch the Kafka jars (idempotent)"
	@echo "make bench  - throughput and latency benchmarks"
	@echo "make browser - Debian's chromium for the board's browser test (idempotent; root or sudo)"
	@echo "make docker-setup  - a Docker engine, Compose v2 and the images the compose stack needs"
	@echo "make compose-check - run the compose stack and the Docker test broker for real (slow)"

setup: $(PY_STAMP) $(KAFKA_STAMP)

$(PY_STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11+." >&2; exit 1; }
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

$(KAFKA_STAMP): ops/kafka/pom.xml
	@command -v java >/dev/null || { echo "error: java not found; install a JDK 17 or newer." >&2; exit 1; }
	@command -v mvn >/dev/null || { echo "error: mvn not found; install Maven 3." >&2; exit 1; }
	@rm -rf $(KAFKA_LIB) && mkdir -p $(KAFKA_LIB)
	mvn -B -q -f ops/kafka/pom.xml org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
		-DoutputDirectory=$(abspath $(KAFKA_LIB)) -DincludeScope=runtime
	@touch $@

demo: setup
	$(BIN)/wirewatch demo

lint: $(PY_STAMP)
	$(BIN)/ruff check pipeline schemas tests
	$(BIN)/mypy pipeline schemas tests

test: setup browser lint
	$(BIN)/wirewatch schemas check
	$(BIN)/pytest

unit: $(PY_STAMP)
	$(BIN)/pytest -m unit

integration: setup browser
	$(BIN)/pytest -m "integration or e2e"

# Debian's Chromium for the board's browser test: Playwright drives it by executable_path, so no
# browser is ever downloaded. Nothing happens when chromium is already installed.
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || { \
		if ! command -v apt-get >/dev/null 2>&1; then \
			echo "warning: no apt-get; install Chromium yourself (the browser test skips without it)." >&2; \
		elif [ "$$(id -u)" = 0 ]; then \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		elif command -v sudo >/dev/null 2>&1; then \
			sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
		else \
			echo "warning: chromium is missing and needs root to install (the browser test skips)." >&2; \
		fi; }

bench: setup
	$(BIN)/wirewatch bench

# Real labelled sets (ops/data/extract.sh fills WIREWATCH_DATA_DIR); absent sets are reported.
quality: $(PY_STAMP)
	$(BIN)/wirewatch eval --dataset all --mode fast

# Rebuild the escalation sentence model from the real sets (about ten minutes on 2 cores).
model: $(PY_STAMP)
	$(BIN)/wirewatch train escalation

schemas: $(PY_STAMP)
	$(BIN)/wirewatch schemas export

clean:
	-$(BIN)/wirewatch broker stop
	rm -rf .wirewatch/kafka/data .wirewatch/kafka/logs

# Docker: engine (Debian's docker.io), Compose v2 (built from the Go module proxy) and the
# images docker-compose.yml names (pulled, or local stand-ins where no registry answers).
# Idempotent and cached: a second run takes about a second. See docs/compose.md.
docker-setup:
	ops/images/engine.sh
	ops/images/compose-plugin.sh
	ops/images/standins.sh

compose-check: setup
	$(BIN)/python -m ops.compose.check
