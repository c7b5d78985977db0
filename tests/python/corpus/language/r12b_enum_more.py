from enum import Enum, unique

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(f"{p.name:<8} {p.surface_gravity:6.2f}")
print(Planet.EARTH.value, Planet((5.976e+24, 6.37814e6)))

class Shape(str, Enum):
    SQUARE = "square"
    CIRCLE = "circle"
    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m
        return None
print(Shape("CIRCLE"), Shape.SQUARE == "square", Shape.SQUARE.upper(), f"{Shape.CIRCLE}")
print(Shape("Square").name, sorted(Shape, key=lambda s: s.value))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print({Planet.EARTH: "home"}[Planet.EARTH], Planet.EARTH is Planet["EARTH"])
Shape("triangle")
