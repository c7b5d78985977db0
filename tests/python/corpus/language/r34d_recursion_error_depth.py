# Recursion: raising the limit for a deep recursion, catching RecursionError, and the message
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

old = sys.getrecursionlimit()
print(old, depth(500))
try:
    depth(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit(), depth(2500))
sys.setrecursionlimit(old)

def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]
print(flatten([1, [2, [3, [4, [5]]]], 6]))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
def ping(n):
    return pong(n + 1)
def pong(n):
    return ping(n + 1)
ping(0)
