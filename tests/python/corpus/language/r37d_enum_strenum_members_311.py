# Python 3.11 enum features: StrEnum, verify(UNIQUE/CONTINUOUS), member/nonmember, global_enum-free names.
from enum import StrEnum, Enum, IntEnum, auto, verify, UNIQUE, CONTINUOUS, member, nonmember, property as enum_property

class Color(StrEnum):
    RED = auto()
    GREEN = auto()
    BLUE = "b"

print(list(Color), Color.RED, repr(Color.RED), Color.RED == "red", Color.RED.upper(), f"{Color.BLUE}")
print(str(Color.GREEN), format(Color.GREEN), Color("b"), "-".join(Color))

class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    MUL = member(lambda a, b: a * b)
    description = nonmember("binary operators")
    def __call__(self, *args):
        return self.value(*args)

print(list(Ops.__members__), Ops.ADD(2, 3), Ops.MUL(2, 3), Ops.description)

@verify(CONTINUOUS)
class Day(IntEnum):
    MON = 1
    TUE = 2
    WED = 3
print(list(Day), Day.TUE + 0, str(Day.TUE), repr(Day.TUE))
try:
    @verify(UNIQUE)
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
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @enum_property
    def gravity(self):
        return round(6.674e-11 * self.mass / self.radius ** 2, 2)
print(Planet.EARTH.gravity, Planet.EARTH.value)
class Bad(StrEnum):
    X = 1
