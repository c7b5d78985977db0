# Updating a field of a namedtuple in place
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p._replace(x=5))
p.x = 5
