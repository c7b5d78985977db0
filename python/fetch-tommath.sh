#!/usr/bin/env bash
# Fetches libtommath's source from Debian's source package `libtommath`
# (bookworm, with Debian's security patch for CVE-2023-36328) into
# build/deps/tommath, exactly as runtime/fetch-cjson.sh fetches cJSON: a
# private apt source list leaves the machine's apt configuration alone, and
# the mirror is read from the machine's own apt sources.  Only the library's
# C sources and headers are copied (never committed); the Makefile builds
# the mp_ functions the numbers layer uses (python/python.mk).  Idempotent:
# does nothing when the pinned version is present.
set -euo pipefail

VERSION="1.2.0-6+deb12u1"
UPSTREAM="1.2.0"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$ROOT/build/deps"
DEST="$DEPS/tommath"

if [ -f "$DEST/VERSION" ] && [ "$(cat "$DEST/VERSION")" = "$VERSION" ] && [ -f "$DEST/tommath.h" ]; then
  exit 0
fi

command -v dpkg-source >/dev/null || { echo "fetch-tommath: dpkg-source is missing (apt-get install dpkg-dev)" >&2; exit 1; }

mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "fetch-tommath: no Debian mirror found in the apt configuration" >&2; exit 1; }

work="$DEPS/apt-work-tommath"
rm -rf "$work"
mkdir -p "$work/apt/lists/partial" "$work/src"
cat > "$work/apt/src.sources" <<SRC
Types: deb-src
URIs: $mirror
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
APT=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/apt" -o "Dir::State::Lists=$work/apt/lists"
     -o "Debug::NoLocking=1")
apt-get "${APT[@]}" -qq update
(cd "$work/src" && apt-get "${APT[@]}" -qq source "libtommath=$VERSION" >/dev/null)

src="$work/src/libtommath-$UPSTREAM"
[ -f "$src/tommath.h" ] && [ -f "$src/bn_mp_add.c" ] || { echo "fetch-tommath: libtommath $VERSION did not unpack" >&2; exit 1; }
# The Debian patches must be applied: check the series against the tree.
[ -f "$src/debian/patches/series" ] && [ -d "$src/.pc" ] || { echo "fetch-tommath: Debian patches were not applied" >&2; exit 1; }
while read -r p; do
  [ -z "$p" ] || [ "${p#\#}" != "$p" ] || [ -d "$src/.pc/$p" ] || { echo "fetch-tommath: Debian patch $p was not applied" >&2; exit 1; }
done < "$src/debian/patches/series"

rm -rf "$DEST"
mkdir -p "$DEST"
cp "$src"/bn_*.c "$src"/tommath.h "$src"/tommath_private.h "$src"/tommath_class.h "$src"/tommath_cutoffs.h \
   "$src"/tommath_superclass.h "$src/LICENSE" "$DEST/"
cp "$src/debian/patches/series" "$DEST/debian-patches"
echo "$VERSION" > "$DEST/VERSION"
rm -rf "$work"
echo "fetch-tommath: libtommath $VERSION (Debian, $(grep -c . "$DEST/debian-patches") patches applied) in build/deps/tommath"
