#!/usr/bin/env bash
# A running Docker Engine, or one sentence saying why there cannot be one (exit 1).
# Idempotent: an engine that answers is used as it is. Otherwise, as root on Debian, install
# Debian's docker.io and start dockerd in the background (log in $WIREWATCH_DOCKER_HOME).
set -euo pipefail

STATE="${WIREWATCH_DOCKER_HOME:-$(cd "$(dirname "$0")/../.." && pwd)/.wirewatch/docker}"
DEADLINE_S="${WIREWATCH_DOCKERD_TIMEOUT:-60}"
mkdir -p "$STATE"

fail() { echo "no Docker engine: $*" >&2; exit 1; }

engine_answers() { docker info --format '{{.ServerVersion}}' >/dev/null 2>&1; }

if command -v docker >/dev/null && engine_answers; then
    exit 0
fi

if ! command -v dockerd >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "dockerd is not installed and installing it needs root."
    command -v apt-get >/dev/null || fail "dockerd is not installed and this is not a Debian-like system."
    echo "installing Debian's docker.io (engine, containerd, runc, tini)..." >&2
    DEBIAN_FRONTEND=noninteractive apt-get update -qq -o DPkg::Lock::Timeout=300 >"$STATE/apt.log" 2>&1 \
        || fail "apt-get update failed (see $STATE/apt.log)."
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=300 \
        docker.io tini >>"$STATE/apt.log" 2>&1 \
        || fail "apt-get install docker.io failed (see $STATE/apt.log)."
fi

if ! pgrep -x dockerd >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "dockerd is not running and starting it needs root."
    echo "starting dockerd (log: $STATE/dockerd.log)..." >&2
    # setsid: the daemon outlives this script and the make or pytest run that called it.
    setsid dockerd >"$STATE/dockerd.log" 2>&1 < /dev/null &
fi

deadline=$((SECONDS + DEADLINE_S))
until engine_answers; do
    if (( SECONDS >= deadline )); then
        fail "dockerd did not answer within ${DEADLINE_S}s (see $STATE/dockerd.log)."
    fi
    sleep 1
done
