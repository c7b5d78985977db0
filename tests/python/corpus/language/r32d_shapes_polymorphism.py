# Polymorphism with shapes: an abstract base, overridden area/perimeter, sorting by area and __lt__ via key
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def perimeter(self): ...

    def __str__(self):
        return f"{type(self).__name__:<9} area={self.area():8.3f} perimeter={self.perimeter():7.3f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Circle(1), Rect(2, 5), Square(3), Circle(0.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print(sum(s.area() for s in shapes) > 20, [type(s).__name__ for s in shapes if isinstance(s, Rect)])
print(Square.__mro__[1:3], max(shapes, key=Shape.perimeter).__class__.__name__)
sorted(shapes)
