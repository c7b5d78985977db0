# Enum members, values, iteration, lookup by value and name, and auto()
from enum import Enum, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3


class Dir(Enum):
    NORTH = auto()
    EAST = auto()
    SOUTH = auto()
    WEST = auto()

    def turn_right(self):
        members = list(Dir)
        return members[(members.index(self) + 1) % len(members)]


print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print([c.name for c in Color], Color.RED.value, len(Color))
print(Dir.WEST.turn_right(), Dir.NORTH.value, Dir.SOUTH is Dir(3))
print(Color.RED == 1, isinstance(Color.RED, Color), f"{Color.BLUE}")
print(Dir.__members__.keys())
Color(7)
