#!/usr/bin/env bash
# Builds MicroPython's webassembly port as a benchmark peer (issue 13), from
# Debian's source package `micropython` (trixie only; pinned below), with
# the project's Emscripten (Debian's emcc 3.1.6).  For the bench only:
# `make bench-micropython` or bench/run.mjs calls it, never `npm test`.
#
#   bench/micropython/build.sh      -> build/micropython/out/micropython.{mjs,wasm}
#
# Everything lands in build/micropython/ (ignored; nothing of MicroPython's
# is committed).  Idempotent: does nothing when out/BUILD-INFO names the
# same version and flags.  On failure it exits non-zero with the reason on
# its last stderr line (the bench reports MicroPython as unavailable).
#
# Fetching: runtime/debian-source.sh's debian_source (the private apt
# source list, the signed .dsc, dpkg-source applying Debian's patches, the
# check that every patch was applied), with its suite changed from bookworm
# to trixie on the fly; the machine's apt configuration is left alone.
#
# The build ("lean" variant, made here in build/micropython/lean):
#   - the port's `standard` variant (ROM level EXTRA_FEATURES, no frozen
#     library but the port's asyncio, which runs on the JS event loop;
#     -sASYNCIFY), minus its JS hook: the standard variant polls Node's
#     stdin every 10 VM branches for Ctrl-C at the REPL
#     (MICROPY_VARIANT_ENABLE_JS_HOOK), a system call the benchmark would
#     time;
#   - the standard variant's garbage collector, which scans the C stack
#     and registers with emscripten_scan_registers: an Asyncify unwind and
#     rewind, which only an async ccall survives, so bench/micropython/
#     run.mjs runs programs with one (the port's CLI, a plain runPython,
#     fails at its first collection with "Error: NULL object").  The
#     port's other collector (pyscript's split heap that grows, collected
#     only when JS calls in) was tried: with emcc 3.1.6, a program whose
#     heap outgrows its first area ran for minutes without finishing
#     (8,000 appends of a bytearray(16) to a list; 2,000 took 0.2 s).
#   - linked with -Os (the port's Makefile optimises its objects with -Os
#     but links without -O, leaving Asyncify's output unoptimised: 520 KB
#     gzip instead of about 200) and -sALLOW_MEMORY_GROWTH (the GC heap
#     is one malloc of the size the runner asks for).
# Fixes for emcc 3.1.6 (newer Emscripten accepts the code as it is):
#   1. library.js: its functions are arrow functions, which 3.1.6's JS
#      library loader pastes in without their names ("Malformed arrow
#      function parameter list" when loaded); rewritten as `function`s.
#   2. micropython.mjs: 3.1.6 emits an ES module (-o *.mjs) whose Node
#      branch still calls require() and reads __dirname; both are defined
#      at its top from import.meta.url (what later Emscripten emits); and
#      Node 20's fetch() is hidden from it (a module-scope `fetch`), so
#      that it reads micropython.wasm with fs rather than fetch() a file
#      path ("Failed to parse URL", as TOOLCHAIN.md notes).
set -euo pipefail

VERSION="1.25.0+ds-1"
UPSTREAM="1.25.0+ds"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$ROOT/build/micropython"
OUT="$WORK/out"
VARIANT="$WORK/lean"  # the variant is named after its folder; BUILD is build-lean
VARIANT_H='/* casyncio bench: the standard variant without its JS hook */
#define MICROPY_VARIANT_ENABLE_JS_HOOK (0)'
VARIANT_MK='JSFLAGS += -s ASYNCIFY -s ALLOW_MEMORY_GROWTH -Os'
INFO="micropython $VERSION (Debian trixie source), ports/webassembly, variant lean: $VARIANT_MK; $(grep -o 'MICROPY_[A-Z_]* ([0-9]*)' <<<"$VARIANT_H" | tr '\n' ' ')"

die() { echo "build-micropython: $*" >&2; exit 1; }

if [ -f "$OUT/BUILD-INFO" ] && [ "$(cat "$OUT/BUILD-INFO")" = "$INFO" ] && [ -f "$OUT/micropython.mjs" ] && [ -f "$OUT/micropython.wasm" ]; then
  exit 0
fi
for tool in emcc node make cc python3 perl dpkg-source dpkg-parsechangelog apt-get; do
  command -v "$tool" >/dev/null || die "$tool is missing"
done

# ---- fetch: Debian's source package, trixie --------------------------------
src="$WORK/src/micropython-$UPSTREAM"
if [ ! -f "$WORK/src.version" ] || [ "$(cat "$WORK/src.version")" != "$VERSION" ] || [ ! -d "$src/ports/webassembly" ]; then
  rm -rf "$WORK"
  mkdir -p "$WORK"
  fetcher=$(sed 's/^Suites: bookworm$/Suites: trixie/' "$ROOT/runtime/debian-source.sh")
  grep -q '^Suites: trixie$' <<<"$fetcher" || die "runtime/debian-source.sh no longer names its suite as 'Suites: bookworm'"
  eval "$fetcher"
  apt_work="$WORK/apt-work"
  debian_source build-micropython micropython "$VERSION" "$UPSTREAM" "$apt_work" ||
    die "cannot fetch Debian's micropython $VERSION from trixie (no network, or the package changed)"
  mv "$DEBIAN_SRC" "$WORK/src-tmp"
  rm -rf "$apt_work"
  mkdir -p "$WORK/src"
  mv "$WORK/src-tmp" "$src"
  echo "$VERSION" > "$WORK/src.version"
fi
port="$src/ports/webassembly"

# ---- fixes for emcc 3.1.6 (see the head of this file) -----------------------
lib="$port/library.js"
perl -0pi -e '
  s/(mp_js_ticks_ms): \(\) => (Date\.now\(\) - MP_JS_EPOCH),/$1: function () { return $2; },/;
  s/(mp_js_hook): \(\) => \{/$1: function () {/;
  s/(mp_js_time_ms): \(\) => (Date\.now\(\)),/$1: function () { return $2; },/;
  s/(mp_js_random_u32): \(\) =>\s*(globalThis\.crypto\.getRandomValues\(new Uint32Array\(1\)\)\[0\]),/$1: function () { return $2; },/;
' "$lib"
if grep -q '^    mp_js_[a-z0-9_]*: (.*) =>' "$lib"; then
  die "library.js still has arrow functions emcc 3.1.6 cannot load: $(grep -o '^    mp_js_[a-z0-9_]*: (.*) =>' "$lib" | head -1)"
fi

# ---- build ------------------------------------------------------------------
mkdir -p "$VARIANT"
# Written only when changed: the objects depend on the header's time.
[ "$(cat "$VARIANT/mpconfigvariant.h" 2>/dev/null)" = "$VARIANT_H" ] || echo "$VARIANT_H" > "$VARIANT/mpconfigvariant.h"
[ "$(cat "$VARIANT/mpconfigvariant.mk" 2>/dev/null)" = "$VARIANT_MK" ] || echo "$VARIANT_MK" > "$VARIANT/mpconfigvariant.mk"
rm -f "$port/build-lean/micropython.mjs" # linked again, with the flags of now
export NODE_PATH=/usr/share/nodejs
log="$WORK/build.log"
echo "build-micropython: building $INFO (a few minutes; log in ${log#"$ROOT"/})" >&2
# (no BUILD= here: make passes it down to mpy-cross's own build, which then
# lands where the port does not look for it)
make -C "$port" -j2 VARIANT_DIR="$VARIANT" >"$log" 2>&1 ||
  die "make failed: $(grep -m1 -E 'error|Error' "$log" || tail -1 "$log")"
built="$port/build-lean"
[ -f "$built/micropython.mjs" ] && [ -f "$built/micropython.wasm" ] || die "the build made no micropython.mjs/.wasm"

mkdir -p "$OUT"
{
  echo "import { createRequire as __casCreateRequire } from 'module';"
  echo "const require = __casCreateRequire(import.meta.url);"
  echo "const __dirname = new URL('.', import.meta.url).pathname;"
  echo "const fetch = undefined;"
  cat "$built/micropython.mjs"
} > "$OUT/micropython.mjs"
cp "$built/micropython.wasm" "$OUT/micropython.wasm"
echo 'print("micropython ok")' > "$WORK/check.py"
check=$(cd "$WORK" && node "$OUT/micropython.mjs" check.py 2>&1) || true
[ "$check" = "micropython ok" ] || die "the built micropython.mjs does not run in Node: $(grep -m1 -E 'Error|error' <<<"$check" | cut -c1-200)"
echo "$INFO" > "$OUT/BUILD-INFO"
echo "build-micropython: $INFO -> ${OUT#"$ROOT"/}/micropython.{mjs,wasm}" >&2
