# Builtins about objects: type, isinstance, issubclass, id, hash, callable, getattr, hasattr, iter with a sentinel.
class Shape:
    sides = 0
    def area(self):
        return 0

class Square(Shape):
    sides = 4
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

sq = Square(3)
print(type(sq).__name__, type(sq) is Square, type(sq) == Shape, type(Square).__name__)
print(isinstance(sq, Shape), isinstance(sq, (int, str)), issubclass(Square, Shape), issubclass(bool, int))
print(id(sq) == id(sq), id(sq) != id(Square(3)), sq is sq)
print(hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')))
try:
    hash([1])
except TypeError as e:
    print('TypeError:', e)
print(callable(sq.area), callable(Square), callable(sq), callable(print))
print(getattr(sq, 'side'), getattr(sq, 'sides'), getattr(sq, 'color', 'none'), hasattr(sq, 'area'))
setattr(sq, 'color', 'red')
print(sq.color, vars(sq), sorted(vars(sq)))
delattr(sq, 'color')
print(hasattr(sq, 'color'))
data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
print(len([sq]), max([Square(2), Square(5)], key=Square.area).side, sum(s.area() for s in [Square(1), Square(2)]))
print(type(None).__name__, type(print).__name__, type(len).__name__, type(Square.area).__name__, type(sq.area).__name__)
print(isinstance(None, object), isinstance(Square, type), abs(-7), bool(sq))
