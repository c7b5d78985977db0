# Reading numbers from stdin with sys.stdin, skipping bad lines and printing statistics
import sys
import statistics

values, bad = [], []
for lineno, line in enumerate(sys.stdin, start=1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    try:
        values.append(float(line))
    except ValueError:
        bad.append((lineno, line))
print(f"read {len(values)} numbers, {len(bad)} bad: {bad}")
print(f"min={min(values)} max={max(values)} mean={statistics.mean(values):.3f}")
print(f"sorted: {sorted(values)}")
print(sys.stdin.read() == "", sys.stdin.closed)
print(max(bad))
print(float("nan") in values, values.index(max(values)))
