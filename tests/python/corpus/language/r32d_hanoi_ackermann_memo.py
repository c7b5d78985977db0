# Recursive classics: towers of Hanoi moves, Ackermann, memoized paths in a grid, binary search
from functools import cache


def hanoi(n, src="A", dst="C", via="B", moves=None):
    moves = [] if moves is None else moves
    if n:
        hanoi(n - 1, src, via, dst, moves)
        moves.append(f"{src}->{dst}")
        hanoi(n - 1, via, dst, src, moves)
    return moves


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


@cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def bsearch(xs, target, lo=0, hi=None):
    hi = len(xs) - 1 if hi is None else hi
    if lo > hi:
        return -1
    mid = (lo + hi) // 2
    if xs[mid] == target:
        return mid
    return bsearch(xs, target, mid + 1, hi) if xs[mid] < target else bsearch(xs, target, lo, mid - 1)


print(hanoi(3), len(hanoi(10)))
print([ack(m, n) for m in range(3) for n in range(3)], ack(2, 3))
print(paths(16, 16), paths.cache_info().currsize)
print([bsearch(list(range(0, 100, 3)), t) for t in (0, 33, 34, 99)])
