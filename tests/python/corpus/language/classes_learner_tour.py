class Animal:
    count = 0
    def __init__(self, name):
        self.name = name
        Animal.count += 1
    def speak(self):
        return f"{self.name} makes a sound"
    def __str__(self):
        return f"Animal({self.name})"
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    def __repr__(self):
        return f"Dog({self.name!r})"
d = Dog("rex")
print(d, str(d), repr(d), [d], f"{d}", f"{d!r}")
print(d.speak(), Animal.count, Dog.count, isinstance(d, Animal), issubclass(Dog, Animal))
print(Dog.__mro__, Dog.__name__, type(d).__name__, d.__class__.__bases__)
print(hasattr(d, "name"), getattr(d, "age", "n/a"), vars(d), d.__dict__)
class P:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
p = P(1)
p.x = 5
print(p.x)
try:
    p.x = -1
except ValueError as e:
    print("ValueError:", e)
class V:
    def __init__(self, a, b): self.a, self.b = a, b
    def __eq__(self, o): return (self.a, self.b) == (o.a, o.b)
    def __add__(self, o): return V(self.a + o.a, self.b + o.b)
    def __repr__(self): return f"V({self.a}, {self.b})"
    def __len__(self): return 2
    def __iter__(self): return iter((self.a, self.b))
    def __getitem__(self, i): return (self.a, self.b)[i]
v = V(1, 2) + V(3, 4)
print(v, v == V(4, 6), len(v), list(v), v[1], *v)
try:
    print({v})
except TypeError as e:
    print("TypeError:", e)
class E(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise E(42)
except E as e:
    print(e, e.code, e.args, repr(e))
raise E(7)
