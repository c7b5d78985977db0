# Mistake: raising the recursion limit for a deep recursion that still fails at the bottom: the traceback keeps its last 1000 entries.
import sys

sys.setrecursionlimit(2500)

def depth_sum(n):
    if n == 0:
        return undefined_total
    return n + depth_sum(n - 1)

def main():
    print(depth_sum(10))

try:
    main()
except NameError as e:
    print("caught:", e)
print(depth_sum(1200))
