# classmethods and class attributes through inheritance; staticmethod called both ways.
class Shape:
    created = 0
    sides = 0

    def __init__(self):
        type(self).created += 1

    @classmethod
    def make(cls, n=1):
        return [cls() for _ in range(n)]

    @classmethod
    def describe(cls):
        return f"{cls.__name__} with {cls.sides} sides, {cls.created} made"

    @staticmethod
    def area_unit():
        return "cm²"

class Triangle(Shape):
    sides = 3

class Square(Shape):
    sides = 4

Triangle.make(2)
Square.make()
Shape()
print(Shape.describe(), Triangle.describe(), Square.describe(), sep="\n")
print(Shape.created, Triangle.created, Square.created, "created" in vars(Square))
print(Square().area_unit(), Square.area_unit(), type(vars(Shape)["make"]).__name__)
m = Triangle.make
print(m.__self__.__name__, m.__func__.__name__, Triangle.make.__qualname__)
print(type(vars(Shape)["area_unit"]).__name__, callable(vars(Shape)["area_unit"]))
