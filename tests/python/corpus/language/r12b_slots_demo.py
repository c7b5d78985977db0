class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = P(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(type(P.x).__name__)
del p.y
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)

class Q(P):
    pass
q = Q(1, 2)
q.z = 9
print(q.__dict__)

class R(P):
    __slots__ = ("z",)
r = R(1, 2)
r.z = 3
print(r.x, r.z, hasattr(r, "__dict__"))
print(P.__slots__, R.__slots__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
r.w = 1
