from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p.x + p.y, p[0])
print(p._replace(x=10))
print(p._asdict())
print(Point._fields, Point._make([7, 8]))
Employee = namedtuple("Employee", ["name", "dept", "salary"], defaults=["eng", 1000])
print(Employee("ann"))
print(Employee("bob", salary=5))
print(Employee._field_defaults)
x, y = p
print(x, y, len(p), p == (3, 4))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point(1)
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
R = namedtuple("R", "a def class", rename=True)
print(R._fields)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(Point.__doc__, Point.x.__doc__)
