# __slots__ with inheritance, defaults via class attributes conflicts, __dict__ in slots.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class P3(P):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Loose(P):
    pass

class WithDict:
    __slots__ = ("a", "__dict__")

p = P3(1, 2, 3)
print(p.x, p.y, p.z, P3.__slots__, hasattr(p, "__dict__"))
l = Loose(1, 2)
l.extra = 5
print(vars(l), l.x)
w = WithDict()
w.a, w.b = 1, 2
print(w.a, vars(w))
q = P(1, 2)
try:
    q.w = 3
except AttributeError as e:
    print("AttributeError:", e)
del q.x
try:
    print(q.x)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print("ValueError:", e)
print(type(P.x).__name__, P.x.__name__)
