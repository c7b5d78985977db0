from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

for shape in [Circle(1), Circle(2.5)]:
    print(shape.describe())
print(sorted(Shape.__abstractmethods__))
print(Square.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print(e)
print(isinstance(Circle(1), Shape), issubclass(Square, ABC))
Square(3)
