# Enum customisations: _generate_next_value_, __str__ and __format__, membership tests, IntEnum formatting
from enum import Enum, IntEnum, auto


class Lower(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    RED = auto()
    DARK_BLUE = auto()


class Pretty(Enum):
    LOW = 1
    HIGH = 2

    def __str__(self):
        return self.name.title()


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404


print(Lower.RED.value, Lower("dark_blue"), [m.value for m in Lower])
print(Pretty.LOW, f"{Pretty.HIGH}", f"{Pretty.HIGH!r}", format(Pretty.LOW), "%s" % Pretty.LOW, [str(p) for p in Pretty])
print(f"{Http.OK:>6}|{Http.NOT_FOUND:#x}|{Http.OK:d}|{Http.OK}", Http.OK == 200, Http(404) in Http)
print(Pretty.LOW in Pretty, Lower.RED in Pretty, "RED" in Lower.__members__)
print(1 in Pretty)
