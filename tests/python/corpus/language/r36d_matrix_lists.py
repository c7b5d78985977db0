# Matrices as nested lists: transpose, multiply, determinant and the aliasing trap.
def transpose(m):
    return [list(r) for r in zip(*m)]

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]

def det(m):
    if len(m) == 1:
        return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))

def show(m):
    w = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("[" + " ".join(str(x).rjust(w) for x in row) + "]")

a = [[1, 2, 3], [4, 5, 6]]
show(transpose(a))
show(matmul(a, transpose(a)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1, 2], [2, 4]]))
identity = [[int(i == j) for j in range(3)] for i in range(3)]
print(identity, matmul(identity, [[1], [2], [3]]))
grid = [[0] * 3] * 3
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 9
print(grid)
rotated = [list(r) for r in zip(*a[::-1])]
print(rotated, [row[::-1] for row in a], [x for row in a for x in row])
print(sum(map(sum, a)), max(map(max, a)), [sum(c) for c in zip(*a)])
diag = [a[i][i] for i in range(min(len(a), len(a[0])))]
print(diag)
print(matmul([[1, 2]], [[1, 2]]))
