from enum import Enum, IntEnum, Flag, auto

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(Color(2), Color["BLUE"], list(Color))
print([c.name for c in Color], len(Color), Color.GREEN in Color)
print(Color.RED == 1, Color.RED is Color(1))

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, Priority.LOW == 1)
print(sorted([Priority.HIGH, Priority.LOW]), f"{Priority.HIGH}", str(Priority.LOW))

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw.value)
print(Perm(7), Perm(0), bool(Perm(0)), list(rw))

class Step(Enum):
    START = auto()
    RUN = auto()
    STOP = auto()

print([(s.name, s.value) for s in Step])
print(Color.RED.__class__.__name__, type(Color))
print(f"{Color.RED}", f"{Color.RED!r}", "%s" % Color.BLUE)
print(Color(5))
