# Mistake: a subclass that does not implement the base's abstract method.
class Base:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Square(Base):
    def __init__(self, s): self.s = s
class Circle(Base):
    def __init__(self, r): self.r = r
    def area(self): return 3.14 * self.r ** 2
for shape in [Circle(1), Square(2)]:
    print(type(shape).__name__, shape.area())
