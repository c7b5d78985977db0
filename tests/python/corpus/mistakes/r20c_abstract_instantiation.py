# TypeError instantiating an abstract class with several abstract methods
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...

class Square(Shape):
    def area(self):
        return 1

try:
    Shape()
except TypeError as e:
    print(e)
Square()
