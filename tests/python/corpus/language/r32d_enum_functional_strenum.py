# Enum's functional API, StrEnum from 3.11, custom __str__ and members with several values
from enum import Enum, StrEnum, IntEnum, auto


Color = Enum("Color", "RED GREEN BLUE")
Size = Enum("Size", [("S", 1), ("M", 2), ("L", 3)])
print(list(Color), Color.GREEN.value, Size["M"], Size(3).name, Color.__name__)


class Method(StrEnum):
    GET = auto()
    POST = auto()


print(Method.GET, repr(Method.POST), Method.GET == "get", Method("post"), f"{Method.GET}", Method.GET.upper())


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / self.radius ** 2

    def __str__(self):
        return self.name.title()


for p in Planet:
    print(f"{p}: {p.gravity:.2f} m/s², {p.value}")


class Level(IntEnum):
    LOW = 1
    HIGH = 2


print(Level.HIGH * 2, Level(1), [l for l in Level if l >= 2], max(Level), Level.LOW.name)
print(Color.RED < Color.BLUE)
