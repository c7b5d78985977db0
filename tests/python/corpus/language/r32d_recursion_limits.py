# Recursion: factorial, flattening nested lists, power set, and hitting the recursion limit
import sys


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


def flatten(x):
    if isinstance(x, list):
        return [y for item in x for y in flatten(item)]
    return [x]


def powerset(s):
    if not s:
        return [[]]
    rest = powerset(s[1:])
    return rest + [[s[0]] + r for r in rest]


print(fact(25), flatten([1, [2, [3, [4, []]], 5]]), powerset("abc"))
print(sys.getrecursionlimit())
depth = 0


def dive():
    global depth
    depth += 1
    dive()


try:
    dive()
except RecursionError as e:
    print(type(e).__name__, e, depth > 900)


def forever(n):
    return forever(n + 1)


forever(0)
