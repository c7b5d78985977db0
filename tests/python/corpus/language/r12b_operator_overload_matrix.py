class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} not aligned")
        return Matrix([[sum(self.rows[i][k] * other.rows[k][j] for k in range(m)) for j in range(p)] for i in range(n)])
    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])
    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows
    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]
    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v
    def __pow__(self, n):
        result = Matrix([[int(i == j) for j in range(self.shape[0])] for i in range(self.shape[0])])
        for _ in range(n):
            result = result @ self
        return result

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A @ B, A + B, A ** 3)
print(A[1, 0], A == Matrix([[1, 2], [3, 4]]))
A[0, 0] = 10
print(A, Matrix([[1, 1], [1, 0]]) ** 10)
A @= B
print(A)
print(A @ Matrix([[1, 2, 3]]))
