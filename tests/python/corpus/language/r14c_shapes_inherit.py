# Shapes with inheritance and super(): area, perimeter, overriding and isinstance.
import math

class Shape:
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError
    def describe(self):
        return f"{self.name} with area {self.area():.2f}"

class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return math.pi * self.r ** 2

shapes = [Rectangle(3, 4), Square(5), Circle(1), Circle(2.5)]
for s in shapes:
    print(s.describe())
print(sum(s.area() for s in shapes))
print([type(s).__name__ for s in shapes], isinstance(shapes[1], Rectangle), issubclass(Circle, Rectangle))
print(Square.__mro__)
print(max(shapes, key=Shape.area).name)
try:
    Shape("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError", repr(e))
