# Lowering the recursion limit to see RecursionError sooner, and the traceback's repeated-line summary
import sys

sys.setrecursionlimit(60)


def depth(n):
    return 1 if n == 0 else 1 + depth(n - 1)


print(depth(40))
try:
    depth(100)
except RecursionError as e:
    print("RecursionError:", e)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)


def walk(tree):
    return [walk(child) for child in tree]


t = []
t.append(t)
walk(t)
