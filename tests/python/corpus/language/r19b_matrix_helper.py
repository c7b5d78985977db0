# Matrix helper: list-of-lists operations, transpose, determinant, pretty print
from fractions import Fraction
from functools import reduce
import operator

def transpose(m):
    return [list(r) for r in zip(*m)]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([r[:j] + r[j + 1:] for r in m[1:]]) for j in range(len(m)))

def inverse(m):
    n = len(m)
    a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(m)]
    for c in range(n):
        p = next(r for r in range(c, n) if a[r][c] != 0)
        a[c], a[p] = a[p], a[c]
        pv = a[c][c]
        a[c] = [x / pv for x in a[c]]
        for r in range(n):
            if r != c:
                f = a[r][c]
                a[r] = [x - f * y for x, y in zip(a[r], a[c])]
    return [row[n:] for row in a]

def show(m, w=6):
    for row in m:
        print(" ".join(f"{str(x):>{w}}" for x in row))

A = [[2, 1, 0], [1, 3, 1], [0, 1, 4]]
B = [[1, 2], [0, 1], [5, -1]]
show(transpose(B))
show(matmul(A, B))
print("det:", det(A))
inv = inverse(A)
show(inv, 8)
show(matmul(A, inv), 3)
I = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(matmul(A, inv) == I)
print(reduce(operator.mul, [row[i] for i, row in enumerate(A)]))
print([[0] * 2] * 2, [[x * y for x in range(1, 4)] for y in range(1, 4)])
grid = [[0] * 3] * 3
grid[0][0] = 9
print(grid)
print(matmul(A, [[1, 2, 3]]))
print(A[3][0])
