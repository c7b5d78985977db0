# Fibonacci: naive, memoised with a dict, with lru_cache, and iterative with big numbers.
from functools import lru_cache

calls = 0
def fib_naive(n):
    global calls
    calls += 1
    return n if n < 2 else fib_naive(n - 1) + fib_naive(n - 2)

memo = {0: 0, 1: 1}
def fib_memo(n):
    if n not in memo:
        memo[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return memo[n]

@lru_cache(maxsize=None)
def fib_cache(n):
    return n if n < 2 else fib_cache(n - 1) + fib_cache(n - 2)

print(fib_naive(20), "calls:", calls)
print(fib_memo(90))
print(fib_cache(300))
print(fib_cache.cache_info())
a, b = 0, 1
for _ in range(500):
    a, b = b, a + b
print(len(str(a)), str(a)[:20])
