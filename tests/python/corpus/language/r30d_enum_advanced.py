# Enum extras: _missing_, methods and properties on members, StrEnum, aliases, Flag iteration
from enum import Enum, StrEnum, Flag, IntFlag, auto, unique


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2


class Size(StrEnum):
    SMALL = auto()
    LARGE = auto()

    @classmethod
    def _missing_(cls, value):
        return cls.__members__.get(str(value).upper())


class Shade(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = 2


class Access(IntFlag):
    R = 4
    W = 2
    X = 1


print(f"{Planet.EARTH.gravity:.2f}", Planet.EARTH.value, Planet.MERCURY.name)
print(Size("small"), Size("LARGE") is Size.LARGE, Size.SMALL.upper(), repr(Size.SMALL), Size.SMALL == "small")
print(Shade.CRIMSON, Shade(1), list(Shade), list(Shade.__members__))
rw = Access.R | Access.W
print(rw, repr(rw), int(rw), list(rw), Access(7), Access(0), rw | 8)
print(repr(Access.R | Access.X), ~Access.R, format(Access.W), f"{rw:d}")
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Size("medium"))
