# A namedtuple made with the wrong number of values.
from collections import namedtuple

Point = namedtuple("Point", "x y")
print(Point(1, 2))
print(Point(1, 2, 3))
