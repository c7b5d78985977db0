# How enums print in 3.11: str(), repr(), format() and f-strings for Enum, IntEnum and StrEnum.
from enum import Enum, IntEnum, StrEnum, IntFlag, ReprEnum, global_enum

class Color(Enum):
    RED = 1
    GREEN = 2

class Level(IntEnum):
    LOW = 10
    HIGH = 20

class Mode(StrEnum):
    READ = "r"
    WRITE = "w"

class Perm(IntFlag):
    R = 4
    W = 2

for member in (Color.RED, Level.LOW, Mode.READ, Perm.R | Perm.W):
    print(str(member), repr(member), format(member), f"{member}", f"{member!r}", "%s" % member)
print(f"{Level.HIGH:>6}|", f"{Level.HIGH:x}", f"{Mode.WRITE:>3}|", f"{Color.GREEN.name:>7}|")
try:
    f"{Color.RED:>10}"
    print("formatted", repr(f"{Color.RED:>10}"))
except TypeError as e:
    print("TypeError:", e)
print(Level.LOW + 1, Level.LOW * 2, Mode.READ + "b", Mode.READ.upper(), type(Mode.READ.upper()).__name__)
print(int(Level.HIGH), str(Mode.WRITE) == "w", Color.RED == 1, Level.LOW == 10)
print(Color["GREEN"], Color(2), Level(20), Mode("w"), Perm(6), Perm(0))
print(issubclass(IntEnum, ReprEnum), [m.name for m in Perm])
class Shade(Enum):
    DARK = "d"
    def __format__(self, spec):
        return f"<{self.name.lower():{spec}}>"
print(f"{Shade.DARK:^8}", str(Shade.DARK))
print(list(Color.__members__.items()))
