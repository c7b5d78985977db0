# enum module: Enum with values, IntEnum comparisons, Flag combinations, iteration
from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 'r'
    GREEN = 'g'

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

print(Color.RED, repr(Color.GREEN), Color('g'), Color.RED.value, [c.name for c in Color])
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]))
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, rw & Perm.WRITE, Perm(5))
print(len(Perm), Priority(3).name, Color.RED is Color('r'))
print(Color('blue'))
