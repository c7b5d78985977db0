# An ordered enum for priority levels with auto(), a custom _generate_next_value_ and comparisons.
from enum import Enum, auto, IntEnum
from functools import total_ordering

@total_ordering
class Priority(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return count * 10
    LOW = auto()
    MEDIUM = auto()
    HIGH = auto()
    def __lt__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.value < other.value

print(list(Priority), [p.value for p in Priority])
print(Priority.LOW < Priority.HIGH, max(Priority).name, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(10), Priority["HIGH"], repr(Priority.MEDIUM))
class Level(IntEnum):
    DEBUG = auto()
    INFO = auto()
    ERROR = auto()
print(list(Level), Level.INFO + 1, Level.ERROR > 2, f"{Level.INFO}", str(Level.INFO))
print(Level.INFO == 2, Level(3).name, [l for l in Level if l >= Level.INFO])
try:
    Priority.LOW < 5
except TypeError as e:
    print(e)
try:
    Priority(15)
except ValueError as e:
    print(e)
