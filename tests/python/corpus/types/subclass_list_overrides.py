# list subclasses overriding append, __setitem__, __getitem__, __contains__, __iter__, __len__ (which built-ins call which); a subclass of a subclass, list.__new__, a mixin first.
class Checked(list):
    def append(self, x):
        if not isinstance(x, int):
            raise TypeError(f"only ints, not {type(x).__name__}")
        super().append(x)

    def __setitem__(self, i, x):
        print("set", i, x)
        super().__setitem__(i, x)

    def __getitem__(self, i):
        v = super().__getitem__(i)
        return v * 100 if isinstance(i, int) else v

c = Checked([1, 2])
c.append(3)
try:
    c.append("x")
except TypeError as e:
    print("TypeError:", e)
c[0] = 10
print(c, c[0], c[1:], list(c), [x for x in c], c.index(2))
c.extend([4])
c.insert(0, 0)
print(c, sorted(c), max(c), min(c))
del c[0]
print(c)

class Unique(list):
    def __contains__(self, x):
        print("contains", x)
        return super().__contains__(x)
    def __iter__(self):
        print("iter")
        return super().__iter__()
    def __len__(self):
        return super().__len__() * 10

u = Unique([1, 2])
print(1 in u, list(u), len(u), bool(u), u)

class Stack(list):
    top = property(lambda self: self[-1])
class Sub(Stack):
    pass
x = Sub([3, 4])
print(x, type(x).__mro__, isinstance(x, Stack), x.top, list.__new__(Sub), type(list.__new__(Sub)), Sub.__base__)
class Mixin:
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"
class Mixed(Mixin, list):
    pass
m = Mixed([1, 2, 3])
print(m.describe(), m, Mixed.__base__, Mixed.__mro__)
