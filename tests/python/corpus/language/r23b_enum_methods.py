from enum import Enum

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius ** 2), 2)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

print(Planet.EARTH.value, Planet.EARTH.mass, Planet.EARTH.gravity)
print(Planet.heaviest())

class Shape(str, Enum):
    CIRCLE = "circle"
    SQUARE = "square"

    def __str__(self):
        return self.value.title()

print(Shape.CIRCLE, repr(Shape.SQUARE), Shape("square"), Shape.CIRCLE == "circle")
print(Shape.CIRCLE.upper(), "-".join(Shape))

class Status(Enum):
    OK = 200
    NOT_FOUND = 404
    @classmethod
    def _missing_(cls, value):
        print("  _missing_", value)
        if isinstance(value, str) and value.isdigit():
            return cls(int(value))
        return None
print(Status("404"))
print(Status.OK.__class__.__name__, Status.__name__, Status.OK.__module__)
try:
    Status("oops")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))

class Empty(Enum):
    pass
class Sub(Empty):
    A = 1
print(list(Sub))
class Extend(Status):
    OTHER = 1
