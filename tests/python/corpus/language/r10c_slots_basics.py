class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

v = Vec(1, 2)
print(v, v.x + v.y)
v.x = 10
print(v)
try:
    v.z = 3
except AttributeError as e:
    print(e)
print(hasattr(v, "__dict__"))
print(Vec.__slots__)
del v.y
try:
    print(v.y)
except AttributeError as e:
    print(e)

class Vec3(Vec):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

w = Vec3(1, 2, 3)
print(w.z, w)

class Loose(Vec):
    pass

l = Loose(0, 0)
l.extra = "ok"
print(l.extra, l.__dict__)
