# a Point namedtuple treated like a normal class
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(x=5))
for call in (lambda: Point(1), lambda: p._replace(z=1), lambda: Point._make([1, 2, 3]),
             lambda: Point(1, 2, x=3)):
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
p.x = 10
