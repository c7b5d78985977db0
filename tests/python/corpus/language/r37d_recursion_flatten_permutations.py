# Recursive helpers: flatten nested lists, all subsets, permutations, and a depth counter.
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x

def subsets(items):
    if not items:
        return [[]]
    rest = subsets(items[1:])
    return rest + [[items[0]] + s for s in rest]

def perms(s):
    if len(s) <= 1:
        return [s]
    return [c + p for i, c in enumerate(s) for p in perms(s[:i] + s[i + 1:])]

def depth(x):
    return 1 + max(map(depth, x), default=0) if isinstance(x, list) else 0

nested = [1, [2, [3, [4, (5, 6)]], 7], [], "ab"]
print(list(flatten(nested)))
print(subsets([1, 2, 3]))
print(perms("abc"), len(perms("abcd")), len(set(perms("aabb"))))
print(depth(nested), depth([]), depth(5))
def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print([ackermann(2, n) for n in range(5)], ackermann(3, 3))
def hanoi(n, a="A", b="B", c="C"):
    return [] if n == 0 else hanoi(n - 1, a, c, b) + [(a, c)] + hanoi(n - 1, b, a, c)
print(len(hanoi(10)), hanoi(2))
