# class objects, instance/class attributes, property, classmethod, staticmethod, operator dunders
class MyClass:
    """A simple example class"""
    i = 12345
    def f(self):
        return 'hello world'
x = MyClass()
print(MyClass, type(x), type(x.f), type(MyClass.f), MyClass.__dict__['i'], '__module__' in MyClass.__dict__)
print(MyClass.__name__, MyClass.__qualname__, x.__class__.__name__, type(MyClass), type(type))
print(sorted(k for k in MyClass.__dict__), x.__dict__)
x.i += 1
print(x.i, MyClass.i, x.__dict__)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.id = Counter.count
a, b = Counter(), Counter()
print(Counter.count, a.id, b.id, a.count)
class Temp:
    def __init__(self, c): self._c = c
    @property
    def f(self): return self._c * 9 / 5 + 32
    @f.setter
    def f(self, v): self._c = (v - 32) * 5 / 9
    @classmethod
    def freezing(cls): return cls(0)
    @staticmethod
    def info(): return 'Temp class'
t = Temp.freezing(); t.f = 212
print(t.f, t._c, Temp.info(), t.info(), type(Temp.__dict__['info']).__name__, type(Temp.__dict__['f']).__name__)
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f'Vec({self.x}, {self.y})'
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
v = Vec(1, 2)
print(v + v, 3 * v, v * 3, v == Vec(1, 2), v != Vec(0, 0), len(v), list(v), v[-1], tuple(v))
try:
    hash(v)
except TypeError as e:
    print(e)
print(v - v)
