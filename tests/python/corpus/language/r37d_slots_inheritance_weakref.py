# __slots__ in a class hierarchy: memory-free instances, __dict__ coming back in a subclass, slot errors.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x}, {self.y})"

class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Tagged(Point):
    pass

p, q, t = Point(1, 2), Point3(1, 2, 3), Tagged(0, 0)
print(p, q, t, hasattr(p, "__dict__"), hasattr(q, "__dict__"), hasattr(t, "__dict__"))
t.label = "free"
print(t.__dict__, Point.__slots__, Point3.__slots__, type(Point.x).__name__)
for obj in (p, q):
    try:
        obj.color = "red"
    except AttributeError as e:
        print("AttributeError:", e)
empty = Point.__new__(Point)
try:
    empty.x
except AttributeError as e:
    print("AttributeError:", e)
del p.y
print(hasattr(p, "y"), [s for s in dir(q) if not s.startswith("__")])
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
import weakref
weakref.ref(p)
