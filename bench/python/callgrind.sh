#!/bin/bash
# bench/python/callgrind.sh -- the interpreter's work on the issue's Python
# workloads, counted in instructions by callgrind (stable on a loaded
# machine, where wall time is not), beside CPython 3.11's.
#
#   bench/python/callgrind.sh [casyncio-python binary] [python3 binary]
#
# Each program is given on stdin (`casyncio-python -`); spawn and ping-pong
# are bench/python/spawn.py and pingpong.py at 20,000 (the counts grow
# linearly).  "work" is the count minus the same interpreter's start-up
# (the hello line), so the ratio compares the workloads, not the start-ups.
set -eu
cd "$(dirname "$0")/../.."
BIN=${1:-build/native/casyncio-python}
PY=${2:-$(python3 -c 'import sys; print(sys.executable)')}
command -v valgrind >/dev/null || { echo "callgrind.sh: valgrind is not installed (make setup)" >&2; exit 2; }
[ -x "$BIN" ] || { echo "callgrind.sh: no $BIN (make $BIN)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

printf 'print("first line")\n' > "$tmp/hello.py"
printf 'import asyncio\nprint("first line")\n' > "$tmp/import_asyncio.py"
printf 's = sum(i * i for i in range(10 ** 6))\nprint(s)\n' > "$tmp/sum_squares.py"
printf 'r = 1\nfor i in range(2, 2001):\n    r *= i\nprint(r.bit_length())\n' > "$tmp/factorial_loop.py"
printf 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(22))\n' > "$tmp/fib22.py"
sed 's/^N = .*/N = 20_000/' bench/python/spawn.py | grep -v RESULT > "$tmp/spawn_20000.py"
sed 's/^M = .*/M = 20_000/' bench/python/pingpong.py | grep -v RESULT > "$tmp/pingpong_2x20000.py"

count() { # interpreter program -> instructions
  valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$1" - < "$2" 2>&1 >/dev/null |
    sed -n 's/.*refs: *//p' | tr -d ,
}

printf '%-22s %15s %15s %15s %15s %8s\n' workload casyncio CPython 'casyncio work' 'CPython work' ratio
h1=0 h2=0
for p in hello import_asyncio sum_squares factorial_loop fib22 spawn_20000 pingpong_2x20000; do
  a=$(count "$BIN" "$tmp/$p.py")
  b=$(count "$PY" "$tmp/$p.py")
  if [ "$p" = hello ]; then h1=$a h2=$b; fi
  wa=$((a - h1)) wb=$((b - h2))
  ratio=$(awk -v a="$wa" -v b="$wb" 'BEGIN { if (a > 0 && b > 0) printf "%.2f", a / b; else print "-" }')
  printf '%-22s %15d %15d %15d %15d %8s\n' "$p" "$a" "$b" "$wa" "$wb" "$ratio"
done
