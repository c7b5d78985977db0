# Reading numbers from standard input with sys.stdin, summarising them, and a bad line at the end
import sys
import statistics

header = sys.stdin.readline().strip()
print("header:", header)
values = []
for lineno, line in enumerate(sys.stdin, start=2):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        values.append(float(line))
    except ValueError:
        print(f"line {lineno}: skipping {line!r}", file=sys.stderr)
print(len(values), min(values), max(values), round(statistics.mean(values), 3))
print(sys.stdin.read() == "", sys.stdin.readline() == "")
print(sys.stdin.isatty(), sys.stdout.isatty())
