#!/usr/bin/env bash
# Fetches cJSON's source from Debian's source package `cjson` (which
# carries Debian's security patches) into build/deps/cjson, with a private
# apt source list so the machine's apt configuration is left alone.  The
# mirror is read from the machine's own apt sources; no address is written
# here.  Idempotent: does nothing when the pinned version is present.
set -euo pipefail

VERSION="1.7.15-1+deb12u4"
UPSTREAM="1.7.15"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEPS="$ROOT/build/deps"
DEST="$DEPS/cjson"

if [ -f "$DEST/VERSION" ] && [ "$(cat "$DEST/VERSION")" = "$VERSION" ] && [ -f "$DEST/cJSON.c" ]; then
  exit 0
fi

command -v dpkg-source >/dev/null || { echo "fetch-cjson: dpkg-source is missing (apt-get install dpkg-dev)" >&2; exit 1; }

mirror=""
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
fi
if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
  mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
fi
[ -n "$mirror" ] || { echo "fetch-cjson: no Debian mirror found in the apt configuration" >&2; exit 1; }

work="$DEPS/apt-work"
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
(cd "$work/src" && apt-get "${APT[@]}" -qq source "cjson=$VERSION" >/dev/null)

src="$work/src/cjson-$UPSTREAM"
[ -f "$src/cJSON.c" ] || { echo "fetch-cjson: cjson $VERSION did not unpack" >&2; exit 1; }
# The Debian patches must be applied: check the series against the tree.
[ -f "$src/debian/patches/series" ] && [ -d "$src/.pc" ] || { echo "fetch-cjson: Debian patches were not applied" >&2; exit 1; }

rm -rf "$DEST"
mkdir -p "$DEST"
cp "$src/cJSON.c" "$src/cJSON.h" "$src/LICENSE" "$DEST/"
cp "$src/debian/patches/series" "$DEST/debian-patches"
echo "$VERSION" > "$DEST/VERSION"
rm -rf "$work"
echo "fetch-cjson: cJSON $VERSION (Debian, $(grep -c . "$DEST/debian-patches") patches applied) in build/deps/cjson"
