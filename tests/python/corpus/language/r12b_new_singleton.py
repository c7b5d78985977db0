class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            print("creating instance")
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value):
        print(f"__init__({value})")
        self.value = value

a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)

class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
p = Point(3, 4)
print(p, p.x, len(p), p + (5,), isinstance(p, tuple), hash(p) == hash((3, 4)))

class NotInit:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never printed")
print(NotInit())

class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = Upper("hello")
print(u, type(u).__name__, u + "!", type(u + "!").__name__)
class Bad:
    def __new__(cls, x):
        return super().__new__(cls, x)
Bad(1)
