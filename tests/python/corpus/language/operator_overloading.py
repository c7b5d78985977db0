# Language: a Vector with arithmetic operators, reflected ones, abs, neg and comparisons.
import math

class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Vector({self.x}, {self.y})'

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

v, w = Vector(3, 4), Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), v == Vector(3, 4), v != w)
total = Vector(0, 0)
for vec in [v, w, v]:
    total += vec
print(total, sum([v.x, w.x]))
try:
    v * w
except TypeError as e:
    print(e)
print(v * 0.5)
