class Base:
    def __init__(self):
        self._name = "base"
    @property
    def name(self):
        return self._name.upper()
    @name.setter
    def name(self, v):
        self._name = v

class Child(Base):
    @Base.name.getter
    def name(self):
        return "child:" + self._name

class Other(Base):
    @property
    def name(self):
        return "other:" + super().name

c = Child()
c.name = "kid"
print(c.name)
o = Other()
print(o.name)
try:
    o.name = "x"
except AttributeError as e:
    print("AttributeError:", e)

class Lazy:
    def __init__(self):
        self._data = None
    @property
    def data(self):
        if self._data is None:
            print("  loading")
            self._data = [1, 2, 3]
        return self._data
l = Lazy()
print(l.data, l.data)

class Temp:
    def get_c(self):
        return self._c
    def set_c(self, v):
        self._c = v
    c = property(get_c, set_c, None, "celsius")
    f = property(lambda self: self._c * 9 / 5 + 32)
t = Temp()
t.c = 100
print(t.c, t.f, Temp.c.__doc__, Temp.f.fset)
try:
    del t.c
except AttributeError as e:
    print("AttributeError:", e)
print(isinstance(Temp.c, property), Temp.c.fget.__name__)
print(Temp().f)
