from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)

class HalfDone(Shape):
    def area(self):
        return 0

print(Rect(2, 3).describe())
for cls in (Shape, HalfDone):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(sorted(Shape.__abstractmethods__), sorted(HalfDone.__abstractmethods__))
print(isinstance(Rect(1, 1), Shape), issubclass(Rect, ABC))

class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__") or NotImplemented
print(isinstance([], Sized), isinstance(3, Sized))

class Base(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Impl(Base):
    name = "impl"
print(Impl().name)
Shape.register(int)
print(isinstance(5, Shape), issubclass(bool, Shape))

class Single(ABC):
    @abstractmethod
    def run(self): ...
Single()
