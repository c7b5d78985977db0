from enum import Enum, auto, IntEnum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()

class Level(IntEnum):
    LOW = 1
    HIGH = 10

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.RED.name, Color.RED.value, list(Color))
print(Status.INACTIVE.value, len(Status))
print(Level.HIGH > Level.LOW, Level.LOW + 1, f"{Level.HIGH}")
print(Color.RED == 1, Level.LOW == 1)
print(Color.RED in Color, isinstance(Color.RED, Color))
print({c: c.value for c in Color})
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
print(f"{Color.RED}", f"{Color.RED!r}", str(Status.ACTIVE))
Color["PURPLE"]
