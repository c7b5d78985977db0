# __slots__ with inheritance: where __dict__ comes back and what errors appear.
class Base:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

class Slotted(Base):
    __slots__ = ("y",)

class Loose(Base):
    pass

s = Slotted(1)
s.y = 2
print(s.x, s.y, hasattr(s, "__dict__"), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print("AttributeError:", e)
l = Loose(1)
l.z = 3
print(l.__dict__, hasattr(l, "__dict__"))
b = Base.__new__(Base)
try:
    b.x
except AttributeError as e:
    print("AttributeError:", e)
print(type(Base.__dict__["x"]).__name__, Base.x.__name__)
try:
    class Clash:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print("ValueError:", e)

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.b = 2
print(w.a, w.__dict__)
class Empty:
    __slots__ = ()
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)
import weakref
try:
    weakref.ref(s)
except TypeError as e:
    print("TypeError:", e)
class Point:
    __slots__ = "x", "y"
print(Point.__slots__, sorted(k for k in Point.__dict__ if not k.startswith("__")))
del s.y
print(s.y)
