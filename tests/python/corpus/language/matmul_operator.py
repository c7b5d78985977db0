# The @ operator and @=: a class's __matmul__/__rmatmul__/__imatmul__, CPython's TypeError without them, operator.matmul
class M:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, o):
        return M([[sum(a * b for a, b in zip(r, c)) for c in zip(*o.rows)] for r in self.rows])
    def __rmatmul__(self, o):
        return 'r' + str(o)
    def __repr__(self):
        return f'M({self.rows})'
a = M([[1, 2], [3, 4]])
print(a @ a, 5 @ a)
a @= M([[1, 0], [0, 1]])
print(a)
class V:
    pass
for x, y in [(V(), V()), (1, 2), ([1], [2]), (1.5, a)]:
    try:
        print(x @ y)
    except TypeError as e:
        print(e)
try:
    n = 3
    n @= 4
except TypeError as e:
    print(e)
import operator
print(operator.matmul(a, a))
