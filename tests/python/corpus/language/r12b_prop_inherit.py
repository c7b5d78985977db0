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
        self._w = v

class Square(Shape):
    def __init__(self, s):
        super().__init__(s, s)
    @Shape.width.setter
    def width(self, v):
        self._w = self._h = v
    @property
    def area(self):
        return "square: " + str(super().area)

s = Square(3)
print(s.area, s.width)
s.width = 5
print(s.area, s._h)
sh = Shape(2, 3)
sh.width = 10
print(sh.area, sh._h)
print(Square.width is Shape.width, Square.width.fget is Shape.width.fget)
class NoSetter(Shape):
    @property
    def width(self):
        return -1
n = NoSetter(1, 2)
print(n.width)
n.width = 3
