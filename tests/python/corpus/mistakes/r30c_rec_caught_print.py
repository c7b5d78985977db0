# Catching a RecursionError and printing its message and depth hint.
import sys

def depth(n):
    return depth(n + 1) + 1

try:
    depth(0)
except RecursionError as e:
    print(type(e).__name__, "-", e)
print("limit", sys.getrecursionlimit())
