# A 2D vector: iteration, unpacking, abs, bool, negation, indexing and equality with tuples
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __bool__(self):
        return bool(self.x or self.y)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "Vec({}, {})".format(*self)


v = Vec(3, 4)
x, y = v
print(x, y, abs(v), bool(v), bool(Vec(0, 0)), -v)
print(v @ Vec(1, 2), v == (3, 4), v[-1], v[0:1], list(reversed(v)))
print(dict(zip("xy", v)), max(v), 4 in v)
print(hash(v) if v.__hash__ else "unhashable")
v.z = 5
