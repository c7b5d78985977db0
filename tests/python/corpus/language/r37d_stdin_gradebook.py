# A gradebook that reads "name score" lines from standard input until a blank line, then reports.
import sys
from statistics import mean

scores = {}
while True:
    try:
        line = input("entry> ")
    except EOFError:
        print("\n(end of input)")
        break
    if not line.strip():
        break
    name, _, raw = line.partition(" ")
    try:
        scores.setdefault(name.title(), []).append(float(raw))
    except ValueError:
        print(f"skipping bad score {raw!r} for {name}", file=sys.stderr)
for name, vals in sorted(scores.items()):
    print(f"{name:<8}{len(vals):>3} {mean(vals):6.1f} {'*' * int(mean(vals) // 10)}")
rest = sys.stdin.read()
print(repr(rest))
