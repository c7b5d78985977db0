from enum import Enum, unique

@unique
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(f"{p.name:8} {p.gravity:.2f}")

class Shape(Enum):
    SQUARE = 2
    ALIAS = 2
    DIAMOND = 1

    def describe(self):
        return f"{self.name.lower()} = {self.value}"

print(list(Shape), Shape.ALIAS, Shape.ALIAS is Shape.SQUARE)
print(Shape.__members__.keys())
print(Shape.SQUARE.describe())

@unique
class Bad(Enum):
    ONE = 1
    UNO = 1
