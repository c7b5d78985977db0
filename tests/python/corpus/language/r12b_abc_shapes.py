from abc import ABC, abstractmethod
import math

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    def __init__(self, r): self.r = r
    def area(self): return math.pi * self.r ** 2
    @property
    def name(self): return "circle"

class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2

print(Circle(1.5).describe())
print(sorted(Shape.__abstractmethods__), sorted(Square.__abstractmethods__))
print(Circle.__abstractmethods__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(isinstance(Circle(1), Shape), issubclass(Square, ABC))
Square(2)
