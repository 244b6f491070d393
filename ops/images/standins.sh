#!/usr/bin/env bash
# The third-party images docker-compose.yml names, on this machine: python:3.11-slim (the base
# of the project's Dockerfile) and apache/kafka:4.1.1. An image already present is used as it is;
# a missing one is pulled; where nothing can be pulled (no registry), a local stand-in is built
# under the same name from Debian packages and Maven Central jars (ops/images/python,
# ops/images/kafka). A stand-in carries a label with the hash of its inputs and is rebuilt when
# they change, never otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
STATE="${WIREWATCH_DOCKER_HOME:-$ROOT/.wirewatch/docker}"
BASE_IMAGE="${WIREWATCH_BASE_IMAGE:-wirewatch-local/debian:bookworm}"
PULL_TIMEOUT_S="${WIREWATCH_PULL_TIMEOUT:-60}"
LABEL=dev.wirewatch.standin-inputs
export BASE_IMAGE

fail() { echo "cannot provide $1: $2" >&2; exit 1; }

inputs_hash() {  # the hash of every file under the given folders (names and contents)
    (cd "$ROOT" && find "$@" -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) \
        | sha256sum | cut -c1-16
}

label_of() {
    docker image inspect --format "{{ index .Config.Labels \"$LABEL\" }}" "$1" 2>/dev/null || true
}

# ensure IMAGE HASH BUILD-FUNCTION: present and current, pulled, or built.
ensure() {
    local image=$1 hash=$2 build=$3 found
    if docker image inspect "$image" >/dev/null 2>&1; then
        found=$(label_of "$image")
        # A pulled image has no stand-in label: it is the real thing; keep it.
        if [ -z "$found" ] || [ "$found" = "<no value>" ] || [ "$found" = "$hash" ]; then
            return 0
        fi
        echo "$image: stand-in inputs changed, rebuilding" >&2
    elif timeout "$PULL_TIMEOUT_S" docker pull -q "$image" >/dev/null 2>&1; then
        echo "$image: pulled" >&2
        return 0
    else
        echo "$image: cannot be pulled here, building a local stand-in" >&2
    fi
    "$ROOT/ops/images/base.sh"
    "$build" "$image" "$hash"
}

# Built through Compose v2 (BuildKit, with its cache mounts) from ops/images/standins.yml.
compose_build() {
    local service=$1 image=$2 hash=$3
    STANDIN_LABEL="$hash" STANDIN_IMAGE="$image" KAFKA_CONTEXT="$STATE/kafka-context" \
        nice -n 10 docker compose -f "$ROOT/ops/images/standins.yml" --progress plain \
        build "$service" >"$STATE/build-$service.log" 2>&1 \
        || { tail -n 20 "$STATE/build-$service.log" >&2; fail "$image" "the stand-in build failed (log above)."; }
    echo "$image: stand-in built" >&2
}

build_python() { compose_build python "$1" "$2"; }

build_kafka() {
    # Stage the jars (from Maven Central, through the host's Maven and its ~/.m2 cache) and the
    # image's own files into one build context.
    local context="$STATE/kafka-context"
    command -v mvn >/dev/null || fail "$1" "mvn is not installed (it fetches the Kafka jars)."
    rm -rf "$context" && mkdir -p "$context"
    cp -r "$ROOT/ops/images/kafka/." "$context/"
    nice -n 10 mvn -B -q -f "$ROOT/ops/images/kafka/pom.xml" \
        org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
        -DoutputDirectory="$context/lib" -DincludeScope=runtime >"$STATE/mvn-kafka.log" 2>&1 \
        || fail "$1" "Maven could not fetch the Kafka jars (see $STATE/mvn-kafka.log)."
    compose_build kafka "$1" "$2"
}

mkdir -p "$STATE"
ensure python:3.11-slim "$(inputs_hash ops/images/python)" build_python
ensure apache/kafka:4.1.1 "$(inputs_hash ops/images/kafka ops/kafka/pom.xml)" build_kafka
