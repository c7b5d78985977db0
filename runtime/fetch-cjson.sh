#!/usr/bin/env bash
# Fetches cJSON's source from Debian's source package `cjson` (which
# carries Debian's security patches) into build/deps/cjson, through
# runtime/debian-source.sh.  Idempotent: does nothing when the pinned
# version is present.
set -euo pipefail

VERSION="1.7.15-1+deb12u4"
UPSTREAM="1.7.15"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$ROOT/build/deps"
DEST="$DEPS/cjson"

if [ -f "$DEST/VERSION" ] && [ "$(cat "$DEST/VERSION")" = "$VERSION" ] && [ -f "$DEST/cJSON.c" ]; then
  exit 0
fi

. "$ROOT/runtime/debian-source.sh"
work="$DEPS/apt-work-cjson"
debian_source fetch-cjson cjson "$VERSION" "$UPSTREAM" "$work"
[ -f "$DEBIAN_SRC/cJSON.c" ] || { echo "fetch-cjson: cjson $VERSION did not unpack" >&2; exit 1; }

rm -rf "$DEST"
mkdir -p "$DEST"
cp "$DEBIAN_SRC/cJSON.c" "$DEBIAN_SRC/cJSON.h" "$DEBIAN_SRC/LICENSE" "$DEST/"
cp "$DEBIAN_SRC/debian/patches/series" "$DEST/debian-patches"
echo "$VERSION" > "$DEST/VERSION"
rm -rf "$work"
echo "fetch-cjson: cJSON $VERSION (Debian, $(grep -c . "$DEST/debian-patches") patches applied) in build/deps/cjson"
