# Operator overloading on a 2-D Vector: +, -, *, abs, ==, bool, iteration and reflected ops.
import math

class Vector:
    def __init__(self, x=0, y=0):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if isinstance(k, Vector):
            return self.x * k.x + self.y * k.y
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __abs__(self):
        return math.hypot(self.x, self.y)
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __iter__(self):
        yield self.x
        yield self.y

a, b = Vector(3, 4), Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a, abs(a))
print(a == Vector(3, 4), bool(Vector()), list(a), tuple(b))
x, y = a
print(x, y, sum([a, b, Vector(1, 1)], Vector()))
v = a
v += b
print(v, a, v is a)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
