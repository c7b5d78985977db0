# Abstract base classes and polymorphism: shapes with area/perimeter
from abc import ABC, abstractmethod
import math

class Shape(ABC):
    def __init__(self, name):
        self.name = name
    @abstractmethod
    def area(self) -> float: ...
    @abstractmethod
    def perimeter(self) -> float: ...
    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"
    def __lt__(self, other):
        return self.area() < other.area()

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2
    def perimeter(self):
        return 2 * math.pi * self.r

class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")

class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.sides = (a, b, c)
    def perimeter(self):
        return sum(self.sides)

shapes = [Circle(1), Rect(2, 3.5), Square(2), Circle(0.5)]
for s in sorted(shapes):
    print(s.describe())
print(max(shapes).name, sum(s.area() for s in shapes).__round__(3))
print(isinstance(Square(1), Rect), isinstance(Square(1), Shape), issubclass(Rect, ABC), Shape.__abstractmethods__ == {"area", "perimeter"})
print(sorted(Triangle.__abstractmethods__), type(Shape).__name__)
try:
    Shape("generic")
except TypeError as e:
    print(e)
t = Triangle(3, 4, 5)
