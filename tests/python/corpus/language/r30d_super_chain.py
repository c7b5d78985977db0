# A hierarchy of shapes with super().__init__ and overridden methods calling super()
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} has no area")

    def describe(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, name="square")

    def describe(self):
        return super().describe() + f" (side {self.w})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


for s in [Rect(2, 3), Square(4), Circle(1.5)]:
    print(s.describe())
print([c.__name__ for c in Square.__mro__])
print(isinstance(Square(1), Rect), issubclass(Circle, Rect))
Shape("blob").describe()
