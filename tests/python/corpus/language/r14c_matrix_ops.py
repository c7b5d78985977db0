# Matrices as lists of lists: transpose, multiply, identity, determinant and pretty printing.
def mat_mul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def identity(n):
    return [[int(i == j) for j in range(n)] for i in range(n)]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** c * m[0][c] * det([row[:c] + row[c+1:] for row in m[1:]]) for c in range(len(m)))

def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("[" + " ".join(f"{x:>{w}}" for x in row) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B))
show([list(r) for r in zip(*A)])
show(identity(3))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), mat_mul(M, identity(3)) == M)
P = [[1, 1], [1, 0]]
R = identity(2)
for _ in range(30):
    R = mat_mul(R, P)
print(R)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
