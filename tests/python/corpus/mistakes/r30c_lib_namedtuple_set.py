# Assigning to a namedtuple field.
from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p._replace(x=5))
p.x = 10
