#!/usr/bin/env bash
# Fetches libtommath's source from Debian's source package `libtommath`
# (bookworm, with Debian's security patch for CVE-2023-36328) into
# build/deps/tommath, through runtime/debian-source.sh as cJSON is fetched.
# Only the library's C sources and headers are copied (never committed);
# the Makefile builds the mp_ functions the numbers layer uses
# (python/python.mk).  Idempotent: does nothing when the pinned version is
# present.
set -euo pipefail

VERSION="1.2.0-6+deb12u1"
UPSTREAM="1.2.0"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$ROOT/build/deps"
DEST="$DEPS/tommath"

if [ -f "$DEST/VERSION" ] && [ "$(cat "$DEST/VERSION")" = "$VERSION" ] && [ -f "$DEST/tommath.h" ]; then
  exit 0
fi

. "$ROOT/runtime/debian-source.sh"
work="$DEPS/apt-work-tommath"
debian_source fetch-tommath libtommath "$VERSION" "$UPSTREAM" "$work"
src=$DEBIAN_SRC
[ -f "$src/tommath.h" ] && [ -f "$src/bn_mp_add.c" ] || { echo "fetch-tommath: libtommath $VERSION did not unpack" >&2; exit 1; }

rm -rf "$DEST"
mkdir -p "$DEST"
cp "$src"/bn_*.c "$src"/tommath.h "$src"/tommath_private.h "$src"/tommath_class.h "$src"/tommath_cutoffs.h \
   "$src"/tommath_superclass.h "$src/LICENSE" "$DEST/"
cp "$src/debian/patches/series" "$DEST/debian-patches"
echo "$VERSION" > "$DEST/VERSION"
rm -rf "$work"
echo "fetch-tommath: libtommath $VERSION (Debian, $(grep -c . "$DEST/debian-patches") patches applied) in build/deps/tommath"
