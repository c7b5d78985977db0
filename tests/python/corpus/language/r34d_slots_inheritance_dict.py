# __slots__ in a hierarchy: a subclass without slots gets a __dict__, conflicts and defaults
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __slots__ = ("z",)

class Loose(Point):
    pass

p = Point3(1, 2)
p.z = 3
print(p.x, p.y, p.z, hasattr(p, "__dict__"), Point3.__slots__)
try:
    p.w = 4
except AttributeError as e:
    print("AttributeError:", e)
l = Loose(1, 2)
l.extra = "ok"
print(l.__dict__, hasattr(l, "__dict__"))
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Clash:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
print(type(Point.x).__name__, Point.x.__name__, Point.__dict__.get("__dict__"))
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a, w.b = 1, 2
print(w.a, vars(w))
