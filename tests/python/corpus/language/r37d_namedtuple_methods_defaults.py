# namedtuple helpers: _make, _replace, _asdict, _fields, defaults, rename and subclassing with methods.
from collections import namedtuple

Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._asdict(), Point._fields, Point._field_defaults)
print(Point._make([4, 5, 6]), p._replace(z=9), p + (7,))
x, *rest = p
print(x, rest, p[1:], p.index(2), p.count(0))
Rec = namedtuple("Rec", ["id", "class", "id", "_x"], rename=True)
print(Rec._fields)

class Money(namedtuple("Money", "amount currency")):
    __slots__ = ()
    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"
    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return Money(self.amount + other.amount, self.currency)

m = Money(3.5, "EUR") + Money(1.25, "EUR")
print(m, repr(m), isinstance(m, tuple))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2, -1)]))
try:
    Point(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    p._replace(w=1)
except ValueError as e:
    print(e)
Money(1, "USD") + Money(2, "EUR")
