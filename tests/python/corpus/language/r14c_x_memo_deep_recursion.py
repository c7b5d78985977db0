# Memoised recursion with lru_cache past the default limit, after sys.setrecursionlimit (a C call at every level).
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@lru_cache(maxsize=None)
def stairs(n):
    # ways to climb n steps taking 1, 2 or 3 at a time
    if n < 0:
        return 0
    if n == 0:
        return 1
    return stairs(n - 1) + stairs(n - 2) + stairs(n - 3)

print(str(fib(2500))[:20], len(str(fib(2500))))
print(stairs(3000) % 1_000_000_007)
print(fib.cache_info().currsize, stairs.cache_info().misses)
a, b = "kitten" * 50, "sitting" * 50

@lru_cache(maxsize=None)
def edit(i, j):
    if i == len(a) or j == len(b):
        return len(a) - i + len(b) - j
    if a[i] == b[j]:
        return edit(i + 1, j + 1)
    return 1 + min(edit(i + 1, j), edit(i, j + 1), edit(i + 1, j + 1))

print(edit(0, 0))
