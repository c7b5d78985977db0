# Overriding and extending properties in subclasses, including a setter-only extension.
class Shape:
    def __init__(self, w, h):
        self._w, self._h = w, h

    @property
    def area(self):
        return self._w * self._h

    @property
    def width(self):
        return self._w

    @width.setter
    def width(self, v):
        print("Shape sets width")
        self._w = v

class Square(Shape):
    def __init__(self, side):
        super().__init__(side, side)

    @property
    def area(self):
        base = super().area
        print("Square.area using", base)
        return base

    @Shape.width.setter
    def width(self, v):
        print("Square keeps it square")
        Shape.width.fset(self, v)
        self._h = v

class Frozen(Shape):
    width = property(Shape.width.fget)

s = Square(3)
print(s.area)
s.width = 5
print(s.width, s.area, s._h)
f = Frozen(2, 4)
print(f.width)
try:
    f.width = 9
except AttributeError as e:
    print("AttributeError:", e)
print(Square.width.fget is Shape.width.fget, Square.width.fset is Shape.width.fset)
print(isinstance(Shape.area, property), Square.__dict__["area"].__isabstractmethod__)
class Counter:
    total = property(lambda self: 42, doc="always 42")
print(Counter().total, Counter.total.__doc__)
try:
    del Counter().total
except AttributeError as e:
    print("AttributeError:", e)
