# abc.ABCMeta as a metaclass: abstract methods and properties, register() and virtual subclasses
from abc import ABC, ABCMeta, abstractmethod
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name()} of area {self.area()}"
class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2
    def name(self):
        return "square"
print(Square(3).describe(), type(Shape), type(ABC), isinstance(Square(1), Shape))
print(sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Sized(ABC):
    @property
    @abstractmethod
    def size(self): ...
class Box(Sized):
    @property
    def size(self):
        return 5
print(Box().size, Sized.__abstractmethods__, type(Sized).__name__)
class Duck:
    def area(self):
        return 1
print(Shape.register(Duck) is Duck, isinstance(Duck(), Shape), issubclass(Duck, Shape), issubclass(Duck, Square))
print(isinstance(3, Shape), issubclass(Square, Shape), isinstance(Box(), ABC), issubclass(Duck, ABC))
ABC.register(int)
print(isinstance(3, ABC), isinstance(3, Sized), issubclass(bool, ABC))
for bad in (lambda: Shape.register(3), lambda: Sized(), lambda: issubclass(3, Shape)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
class Half(Shape):
    def area(self):
        return 1
print("making a Half")
Half()
