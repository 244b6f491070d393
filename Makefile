# wirewatch: `make demo` sets up and runs the pipeline; `make test` sets up and runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
KAFKA_LIB := .wirewatch/kafka/lib
PY_STAMP := $(VENV)/.installed
KAFKA_STAMP := $(KAFKA_LIB)/.fetched

.PHONY: setup demo test lint typecheck unit integration e2e bench schemas clean help quality model

help:
	@echo "make demo   - set up (first run only) and run the whole pipeline on seeds/"
	@echo "make test   - set up (first run only), lint, type-check and run every test"
	@echo "make setup  - create .venv, install wirewatch and fetch the Kafka jars (idempotent)"
	@echo "make bench  - throughput and latency benchmarks"

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

test: setup lint
	$(BIN)/wirewatch schemas check
	$(BIN)/pytest

unit: $(PY_STAMP)
	$(BIN)/pytest -m unit

integration: setup
	$(BIN)/pytest -m "integration or e2e"

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
