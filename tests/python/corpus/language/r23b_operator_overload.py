import math

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, other):
        if isinstance(other, Vector):
            return Vector(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)
    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vector(self.x * k, self.y * k)
        return NotImplemented
    __rmul__ = __mul__
    def __matmul__(self, other):
        return self.x * other.x + self.y * other.y
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __iter__(self):
        yield self.x
        yield self.y

v, w = Vector(3, 4), Vector(1, -1)
print(v + w, v - w, v * 2, 3 * w, v @ w, -v, abs(v), bool(Vector()))
print(sum([v, w, Vector(1, 1)]), v == Vector(3, 4), v != w, tuple(v))
u = v
u += w
print(u, v, u is v)
u *= 10
print(u)
for expr in ["v + 1", "v * 'a'", "v @ 2", "1 - v", "v < w"]:
    try:
        eval(expr)
    except TypeError as e:
        print(f"{expr}: TypeError: {e}")
print(hash(v))
