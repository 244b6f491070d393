#!/usr/bin/env bash
# The local Debian base image that the stand-ins for python:3.11-slim and apache/kafka are built
# from, for machines that cannot pull from a container registry: `debootstrap --variant=minbase`
# from the Debian mirror this machine's apt already uses, imported as $BASE_IMAGE. Skipped when
# the image exists.
set -euo pipefail

BASE_IMAGE="${WIREWATCH_BASE_IMAGE:-wirewatch-local/debian:bookworm}"
SUITE="${WIREWATCH_BASE_SUITE:-bookworm}"

fail() { echo "cannot build the base image: $*" >&2; exit 1; }

if docker image inspect "$BASE_IMAGE" >/dev/null 2>&1; then
    exit 0
fi

# The first Debian archive URI apt is configured with (deb822 .sources or one-line .list).
mirror() {
    local uri
    uri=$(grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
          | awk '{print $2}' | grep -E '/debian/?$' | head -n1 || true)
    if [ -z "$uri" ]; then
        uri=$(grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null \
              | awk '{for (i = 2; i <= NF; i++) if ($i ~ /^https?:/) {print $i; exit}}' \
              | grep -E '/debian/?$' | head -n1 || true)
    fi
    echo "${WIREWATCH_DEBIAN_MIRROR:-${uri:-http://deb.debian.org/debian}}"
}

[ "$(id -u)" = 0 ] || fail "debootstrap needs root."
if ! command -v debootstrap >/dev/null; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        -o DPkg::Lock::Timeout=300 debootstrap >/dev/null || fail "apt-get install debootstrap failed."
fi

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
url=$(mirror)
echo "debootstrap $SUITE from $url into a temporary root..." >&2
nice -n 10 debootstrap --variant=minbase "$SUITE" "$root" "$url" >"$root.log" 2>&1 \
    || { tail -n 5 "$root.log" >&2; fail "debootstrap failed (log above)."; }
rm -f "$root.log"
# Leave no package lists or caches in the image; apt-get update rebuilds them when needed.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | docker import \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'CMD ["bash"]' - "$BASE_IMAGE" >/dev/null
echo "imported $BASE_IMAGE" >&2
