# __new__ versus __init__: immutable subclasses, caching instances and skipping __init__.
class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32

    def __repr__(self):
        return f"Celsius({float(self)})"

t = Celsius(25)
print(t, repr(t), t.to_f(), t + 1, type(t + 1).__name__, isinstance(t, float))
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)

class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

u = Upper("hello")
print(u, type(u).__name__, type(u + "!").__name__, type(u.lower()).__name__, u == "HELLO")

class Interned:
    _cache = {}
    def __new__(cls, name):
        if name in cls._cache:
            print("reuse", name)
            return cls._cache[name]
        obj = super().__new__(cls)
        cls._cache[name] = obj
        return obj
    def __init__(self, name):
        print("init", name)
        self.name = name

a = Interned("x")
b = Interned("x")
print(a is b)

class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")

print(Weird(), type(Weird()))
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    x = property(lambda self: self[0])
print(Point(1, 2), Point(1, 2).x, Point(3, 4) == (3, 4))
class Bad:
    def __init__(self):
        return 1
Bad()
