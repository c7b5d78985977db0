from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1])
print(p._replace(x=10))
print(p._asdict())
print(Point._fields)
print(Point._make([7, 8]))
x, y = p
print(x + y)
Color = namedtuple("Color", "r g b", defaults=[0])
print(Color(255, 128))
print(Color._field_defaults)
Row = namedtuple("Row", "id name class", rename=True)
print(Row._fields)
print(p == (3, 4), isinstance(p, tuple))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
p.x = 5
