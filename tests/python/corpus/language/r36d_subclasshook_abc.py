# ABCs with __subclasshook__, abstract class/static methods and explicit ABCMeta.
from abc import ABCMeta, ABC, abstractmethod

class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented

class Circle:
    def draw(self):
        return "()"

class Square(Circle):
    pass

class Text:
    pass

print(issubclass(Circle, Drawable), isinstance(Square(), Drawable), isinstance(Text(), Drawable))

class Shape(ABC):
    @classmethod
    @abstractmethod
    def unit(cls): ...

    @staticmethod
    @abstractmethod
    def sides(): ...

    def describe(self):
        return f"{type(self).__name__} with {self.sides()} sides, unit {self.unit().area()}"

class Tri(Shape):
    @classmethod
    def unit(cls):
        return cls()
    @staticmethod
    def sides():
        return 3
    def area(self):
        return 0.433

print(Tri().describe(), sorted(Shape.__abstractmethods__))
try:
    Shape.unit()
except Exception as e:
    print(type(e).__name__, e)
print(Shape.unit(), Shape.sides())
print(type(Shape) is ABCMeta, isinstance(Tri, ABCMeta), ABC.__abstractmethods__ if hasattr(ABC, "__abstractmethods__") else "none")
class Partial(Shape):
    @staticmethod
    def sides():
        return 4
Partial()
