# A small Matrix class with __matmul__, __getitem__ with tuples, __eq__ and a pretty __str__
class Matrix:
    def __init__(self, rows):
        if len({len(r) for r in rows}) != 1:
            raise ValueError("ragged rows")
        self.rows = [list(r) for r in rows]

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} do not align")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def T(self):
        return Matrix(zip(*self.rows))

    def __eq__(self, other):
        return self.rows == other.rows

    def __str__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{w}}" for x in r) for r in self.rows)


a = Matrix([[1, 2, 3], [4, 5, 6]])
b = a.T()
print(a, b, a @ b, sep="\n--\n")
print(a.shape, b.shape, a[1, 2], (a @ b) == Matrix([[14, 32], [32, 77]]))
print(a @ a)
