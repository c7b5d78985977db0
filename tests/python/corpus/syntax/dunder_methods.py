# Classes that act like containers, numbers and functions: __getitem__, __len__, __call__, __bool__, __iter__, __hash__.
class Vector:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f'Vector{tuple(self.xs)}'
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __add__(self, other):
        return Vector(*(a + b for a, b in zip(self.xs, other.xs)))
    def __mul__(self, k):
        return Vector(*(a * k for a in self.xs))
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vector) and self.xs == other.xs
    def __hash__(self):
        return hash(tuple(self.xs))
    def __bool__(self):
        return any(self.xs)
    def __neg__(self):
        return self * -1

class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return f'call {self.calls} with {args}'

v = Vector(1, 2, 3)
print(v, len(v), v[0], v[-1], v[1:], list(v), 2 in v)
v[0] = 10
print(v + Vector(1, 1, 1), v * 2, 3 * v, -v)
print(v == Vector(10, 2, 3), v != v, bool(Vector(0, 0)), bool(v))
print({Vector(1): 'one'}[Vector(1)], len({Vector(1), Vector(1)}))
for x in Vector(7, 8):
    print('item', x)
c = Counter()
print(c(), c(1, 2), c.calls, callable(c))
print(sorted([Vector(3), Vector(1)], key=lambda w: w[0]))
