# Reads "name score" lines from sys.stdin, reports per-person bests; learners' sys.stdin usage
import sys
from collections import defaultdict

first = sys.stdin.readline()
print("header:", first.rstrip("\n").split("|"))
scores = defaultdict(list)
problems = []
for lineno, raw in enumerate(sys.stdin, start=2):
    line = raw.strip()
    if not line or line.startswith("#"):
        continue
    try:
        name, score = line.rsplit(maxsplit=1)
        scores[name.title()].append(int(score))
    except ValueError as e:
        problems.append((lineno, str(e)))
for name in sorted(scores, key=lambda n: (-max(scores[n]), n)):
    s = scores[name]
    print(f"{name:<12} best={max(s):>3} avg={sum(s)/len(s):6.2f} tries={len(s)} {s}")
print("problems:")
for p in problems:
    print("  line %d: %s" % p)
print(sys.stdin.read() == "", sys.stdin.readline() == "")
