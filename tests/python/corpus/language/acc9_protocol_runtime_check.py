# typing.Protocol with runtime_checkable, structural checks, and an error for a plain Protocol.
from typing import Protocol, runtime_checkable

@runtime_checkable
class Shape(Protocol):
    def area(self) -> float: ...

class Sized(Protocol):
    def size(self) -> int: ...

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2

class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Text:
    pass

shapes = [Square(2), Circle(1), Text()]
for s in shapes:
    print(type(s).__name__, isinstance(s, Shape))
print(sum(s.area() for s in shapes if isinstance(s, Shape)))
print(issubclass(Square, Shape), issubclass(Text, Shape))
try:
    isinstance(Square(1), Sized)
except TypeError as e:
    print("TypeError:", e)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
