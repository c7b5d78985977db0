# Cooperative super() with **kwargs through a diamond; super() with explicit arguments.
class Base:
    def __init__(self, **kwargs):
        print("Base", sorted(kwargs))
        super().__init__()

class Named(Base):
    def __init__(self, name="?", **kwargs):
        self.name = name
        print("Named", name)
        super().__init__(**kwargs)

class Sized(Base):
    def __init__(self, size=0, **kwargs):
        self.size = size
        print("Sized", size)
        super().__init__(**kwargs)

class Box(Named, Sized):
    def __init__(self, **kwargs):
        print("Box")
        super().__init__(**kwargs)

    def __repr__(self):
        return f"Box({self.name!r}, {self.size})"

b = Box(name="crate", size=3)
print(b, [c.__name__ for c in Box.__mro__])
print(super(Named, b).__init__.__qualname__)
try:
    Box(colour="red")
except TypeError as e:
    print("TypeError:", e)

class Loud(str):
    def upper(self):
        return super().upper() + "!"
print(Loud("hi").upper(), super(Loud, Loud("x")).upper())
