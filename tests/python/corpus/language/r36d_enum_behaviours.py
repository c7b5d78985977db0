# Enum with methods, _missing_, aliases, StrEnum and the unique/verify checks.
from enum import Enum, StrEnum, IntEnum, unique, auto, verify, CONTINUOUS

class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    gravity = property(lambda self: 6.673e-11 * self.mass / (self.radius ** 2))

print(Planet.EARTH, Planet.EARTH.value, f"{Planet.EARTH.gravity:.2f}")
class Status(Enum):
    ACTIVE = "active"
    ON = "active"
    OFF = "off"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    def __str__(self):
        return self.name.title()

print(Status("ACTIVE"), Status.ON is Status.ACTIVE, list(Status), list(Status.__members__))
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)

class Color(StrEnum):
    RED = auto()
    GREEN = "grn"

print(Color.RED, repr(Color.RED), Color.GREEN.upper(), Color.RED == "red", f"{Color.GREEN}")

Level = IntEnum("Level", {"LOW": 1, "HIGH": 3})

print(Level.LOW < Level.HIGH, Level.HIGH + 1, sorted([Level.HIGH, 2, Level.LOW]))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)
print(Planet["MERCURY"].name, Planet.MERCURY in Planet, len(Planet))
