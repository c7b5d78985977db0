# Enum with auto(), _generate_next_value_, ordering by a custom method
from enum import Enum, auto
from functools import total_ordering

@total_ordering
class Level(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    DEBUG = auto()
    INFO = auto()
    WARNING = auto()
    ERROR = auto()

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            order = list(self.__class__)
            return order.index(self) < order.index(other)
        return NotImplemented

print([m.value for m in Level])
print(Level.INFO < Level.ERROR, Level.ERROR >= Level.WARNING)
print(sorted([Level.ERROR, Level.DEBUG, Level.WARNING]))
print(max(Level), min(Level).name)
print(Level("warning"), Level["INFO"])
try:
    Level.INFO < 3
except TypeError as e:
    print(e)
print(Level.DEBUG in Level, len(Level))
