# Mutual recursion (is_even/is_odd), memoisation with a dict, and counting calls with a decorator
import functools

calls = {"plain": 0, "memo": 0}


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def grid_paths(r, c):
    calls["plain"] += 1
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


memo = {}


def grid_paths_memo(r, c):
    calls["memo"] += 1
    if (r, c) not in memo:
        memo[(r, c)] = 1 if r == 0 or c == 0 else grid_paths_memo(r - 1, c) + grid_paths_memo(r, c - 1)
    return memo[(r, c)]


print(is_even(10), is_odd(7), is_even(99))
print(grid_paths(8, 8), grid_paths_memo(8, 8), calls, len(memo))
print(grid_paths_memo(60, 60))


@functools.lru_cache
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3), ackermann.cache_info().currsize)
print(is_even(5000))
