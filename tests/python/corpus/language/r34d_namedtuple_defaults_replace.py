# namedtuple with defaults, _replace, _make, _asdict and subclassing to add a method
from collections import namedtuple

Point = namedtuple("Point", "x y z", defaults=[0])
print(Point(1, 2), Point._field_defaults)
p = Point._make([4, 5, 6])
print(p, p._asdict())
q = p._replace(z=-1)
print(q, p is q)

class Vec(namedtuple("Vec", ["x", "y"])):
    __slots__ = ()
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2

v = Vec(1, 2) + Vec(3, 4)
print(v, v.norm2, v[0], tuple(v))
print(Vec._fields, Vec.__mro__[1].__name__)
x, y = v
print(x * y)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
print(namedtuple("R", "def x", rename=True)._fields)
