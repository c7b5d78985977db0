# A 2-D vector class with operator overloading
import math

class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __sub__(self, o):
        return self + (-o)
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __round__(self, n=0):
        return Vector(round(self.x, n), round(self.y, n))
    def __format__(self, spec):
        return f"({format(self.x, spec)}, {format(self.y, spec)})"

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, -a, a * 2, 3 * a, a * b, abs(a), a / 3)
print(repr(a / 3), round(a / 3, 2), f"{a / 3:.3f}", f"{b:>5}")
print(bool(Vector()), bool(a), a == Vector(3, 4), a != b, len({a, Vector(3, 4), b}))
x, y = a
print(x, y, list(b), tuple(a + b), max([a, b, Vector(0, 9)], key=abs))
print(sum([a, b, Vector(1, 1)], Vector()))
total = Vector()
for v in (a, b):
    total += v
print(total, str([a, b]), [str(v) for v in (a, b)])
try:
    a.z = 1
except AttributeError as e:
    print(e)
print(a + 1)
