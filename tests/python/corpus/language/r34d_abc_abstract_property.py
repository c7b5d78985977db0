# abc: abstract properties, partial implementations, __abstractmethods__ and error messages
from abc import ABC, abstractmethod

class Shape(ABC):
    @property
    @abstractmethod
    def area(self): ...

    @abstractmethod
    def name(self): ...

    def describe(self):
        return f"{self.name()} with area {self.area:.2f}"

class Half(Shape):
    def name(self):
        return "half"

class Square(Half):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s ** 2

print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(Square(1.5).describe())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(Square(2), Shape), issubclass(Half, ABC), type(Shape).__name__)
