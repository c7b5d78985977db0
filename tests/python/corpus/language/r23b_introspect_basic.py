class Shape:
    """A geometric shape."""
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        """Return the area."""
        return 0
    class Meta:
        pass

class Square(Shape):
    sides = 4
    def __init__(self, size):
        super().__init__("square")
        self.size = size
    def area(self):
        return self.size ** 2

sq = Square(3)
print(type(sq), type(sq).__name__, type(Square), type(type))
print(isinstance(sq, Shape), isinstance(sq, (int, Square)), type(sq) is Shape)
print(vars(sq), sq.__dict__ is vars(sq))
print([n for n in dir(sq) if not n.startswith("_")])
print(sorted(n for n in vars(Square) if not n.startswith("__")))
print(Square.__name__, Square.__qualname__, Square.__module__, Shape.Meta.__qualname__)
print(Shape.__doc__, Square.__doc__, Shape.area.__doc__, sq.area.__doc__)
print(Square.area.__qualname__, sq.area.__func__ is Square.area, sq.area.__self__ is sq)
print(Square.__bases__, Square.__base__.__name__, object.__bases__)
print(callable(sq), callable(sq.area), callable(Square))
print(hasattr(sq, "size"), getattr(sq, "sides"), getattr(Shape, "size", None))
setattr(sq, "color", "red")
print(sq.color, "color" in vars(sq))
delattr(sq, "color")
print(type(len).__name__, type(sq.area).__name__, type(Square.area).__name__)
print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer.__module__, __name__)
print(vars(42))
