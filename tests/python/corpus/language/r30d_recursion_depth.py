# Recursion: factorial, flattening nested lists, permutations, and hitting the recursion limit
import sys


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]


print(fact(25), list(flatten([1, [2, [3, [4, []]], 5]])), perms("abc"))
print(sys.getrecursionlimit())


def countdown(n):
    return n if n == 0 else countdown(n - 1)


print(countdown(500))
try:
    countdown(100000)
except RecursionError as e:
    print("RecursionError:", e)


def forever(n):
    return forever(n + 1)


forever(0)
