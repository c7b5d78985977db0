# Enum aliases, __members__, unique, a value-less member list, str/format of members, comparisons.
from enum import Enum, IntEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1
    BLUE = 3

print(list(Color), Color.CRIMSON, Color.CRIMSON is Color.RED, Color(1))
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(f"{Color.RED}", format(Color.GREEN), str(Color.BLUE), repr(Color.BLUE), Color.RED.value)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED < Color.BLUE
except TypeError as e:
    print("TypeError:", e)

class Size(IntEnum):
    S = auto()
    M = auto()
    L = auto()

print(Size.S < Size.L, sorted([Size.L, 2, Size.S]), Size.M * 10, f"{Size.L}", f"{Size.L:>4}|", [int(s) for s in Size])
print(Color.RED in Color, len(Color), Color["GREEN"].name, hash(Color.RED) == hash(Color.RED))
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
print(Planet.EARTH.mass, Planet.EARTH.value, Planet((5.97e24, 6.37e6)))
