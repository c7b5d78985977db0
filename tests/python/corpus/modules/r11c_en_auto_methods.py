from enum import Enum, auto

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

for p in Planet:
    print(p.name, f"{p.surface_gravity:.2f}", p.value)

class Weekday(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
    def is_start(self):
        return self is Weekday.MON
    @classmethod
    def first(cls):
        return next(iter(cls))
print([d.value for d in Weekday], Weekday.first(), Weekday.TUE.is_start())

class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Status("ACTIVE"), Status("Inactive"))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape), [n for n in Shape.__members__])
