from collections import namedtuple, OrderedDict

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p.x)
print(Point.x)
print(Point.x.__doc__)
od = OrderedDict(a=1, b=2)
rev = reversed(od)
print(type(rev).__name__, list(rev))
print(type(reversed(od.items())).__name__)
print(Point.x(p))
