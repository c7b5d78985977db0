# debian-source.sh -- sourced by the fetch scripts (runtime/fetch-cjson.sh,
# python/fetch-tommath.sh): fetches one of Debian bookworm's source packages
# with its patches applied, through a private apt source list, so the
# machine's apt configuration is left alone.  The mirror is read from the
# machine's own apt sources; no address is written here.
#
#   debian_source TOOL PACKAGE VERSION UPSTREAM WORK
#
# unpacks PACKAGE=VERSION into WORK/src/PACKAGE-UPSTREAM (WORK is emptied
# first), checks that every patch of Debian's series was applied, and sets
# DEBIAN_SRC to that folder.  TOOL names the caller in messages.  The
# caller copies what it needs and removes WORK.

debian_source() {
  local tool=$1 package=$2 version=$3 upstream=$4 work=$5 mirror=""
  command -v dpkg-source >/dev/null || { echo "$tool: dpkg-source is missing (apt-get install dpkg-dev)" >&2; return 1; }
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$mirror" ] && [ -f /etc/apt/sources.list ]; then
    mirror=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^[a-z]+:\/\//) { print $i; exit } }' /etc/apt/sources.list)
  fi
  [ -n "$mirror" ] || { echo "$tool: no Debian mirror found in the apt configuration" >&2; return 1; }

  rm -rf "$work"
  mkdir -p "$work/apt/lists/partial" "$work/src"
  cat > "$work/apt/src.sources" <<SRC
Types: deb-src
URIs: $mirror
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  local apt=(-o "Dir::Etc::SourceList=/dev/null" -o "Dir::Etc::SourceParts=$work/apt" -o "Dir::State::Lists=$work/apt/lists"
             -o "Debug::NoLocking=1")
  apt-get "${apt[@]}" -qq update
  (cd "$work/src" && apt-get "${apt[@]}" -qq source "$package=$version" >/dev/null)

  DEBIAN_SRC="$work/src/$package-$upstream"
  [ -d "$DEBIAN_SRC" ] || { echo "$tool: $package $version did not unpack" >&2; return 1; }
  # Debian's patches must be applied: check the series against the tree.
  [ -f "$DEBIAN_SRC/debian/patches/series" ] && [ -d "$DEBIAN_SRC/.pc" ] || { echo "$tool: Debian patches were not applied" >&2; return 1; }
  local p
  while read -r p; do
    [ -z "$p" ] || [ "${p#\#}" != "$p" ] || [ -d "$DEBIAN_SRC/.pc/$p" ] || { echo "$tool: Debian patch $p was not applied" >&2; return 1; }
  done < "$DEBIAN_SRC/debian/patches/series"
}
