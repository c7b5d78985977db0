# summing numbers typed one per line; a blank line sneaks in
import sys

total = 0
for n, line in enumerate(sys.stdin.read().split("\n"), 1):
    total += float(line)
    print(f"line {n}: running total {total:g}")
