#!/usr/bin/env bash
# Docker Compose v2 (`docker compose`), built from the Go module proxy when it is missing.
# Debian ships only Compose v1 (docker-compose 1.29); v2 is a CLI plugin: one Go binary in
# ~/.docker/cli-plugins. The build (about two minutes on two cores) is cached in
# $WIREWATCH_DOCKER_HOME/bin, so a second run only copies it.
set -euo pipefail

VERSION="${WIREWATCH_COMPOSE_VERSION:-v2.29.7}"
STATE="${WIREWATCH_DOCKER_HOME:-$(cd "$(dirname "$0")/../.." && pwd)/.wirewatch/docker}"
PLUGINS="${DOCKER_CONFIG:-$HOME/.docker}/cli-plugins"
BUILT="$STATE/bin/compose-$VERSION"

fail() { echo "no Docker Compose v2: $*" >&2; exit 1; }

if docker compose version --short 2>/dev/null | grep -Eq '^v?2\.'; then
    exit 0
fi

if [ ! -x "$BUILT" ]; then
    command -v go >/dev/null || fail "it is not installed and Go (to build it) is not on PATH."
    echo "building Docker Compose $VERSION from the Go module proxy (about two minutes)..." >&2
    mkdir -p "$STATE/bin" "$STATE/gobin"
    # -X sets the version `docker compose version` reports (a plain go install says "dev").
    GOBIN="$STATE/gobin" nice -n 10 go install \
        -ldflags "-X github.com/docker/compose/v2/internal.Version=$VERSION" \
        "github.com/docker/compose/v2/cmd@$VERSION" \
        >"$STATE/compose-build.log" 2>&1 || fail "go install failed (see $STATE/compose-build.log)."
    mv "$STATE/gobin/cmd" "$BUILT"
fi

mkdir -p "$PLUGINS"
install -m 0755 "$BUILT" "$PLUGINS/docker-compose"
docker compose version --short | grep -Eq '^v?2\.' || fail "the plugin in $PLUGINS does not run."
