# __new__ versus __init__: an immutable Point subclassing tuple, a cached factory and validation
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"


class Color:
    _cache = {}

    def __new__(cls, name):
        if name in cls._cache:
            return cls._cache[name]
        print("new color", name)
        inst = super().__new__(cls)
        cls._cache[name] = inst
        return inst

    def __init__(self, name):
        print("init", name)
        self.name = name


p = Point(1, 2)
print(p, p.x, p + (3,), p == (1, 2), isinstance(p, tuple), hash(p) == hash((1, 2)), sorted([Point(2, 0), p]))
a, b, c = Color("red"), Color("blue"), Color("red")
print(a is c, a is b, len(Color._cache))


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())


u = UpperStr("hello")
print(u, type(u).__name__, u + "!", type(u + "!").__name__, u.lower(), repr(u))
Point(1, 2, 3)
