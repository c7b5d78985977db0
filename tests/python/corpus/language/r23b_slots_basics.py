class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, Point.__slots__)
print(hasattr(p, "__dict__"))
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

q = Point3(1, 2, 3)
print(q, q.z, hasattr(q, "__dict__"))

class Loose(Point):
    pass
l = Loose(5, 6)
l.extra = "ok"
print(l, vars(l))

empty = Point.__new__(Point)
try:
    print(empty.x)
except AttributeError as e:
    print("AttributeError:", e)
print(type(Point.x).__name__)
del p.x
print(p)
