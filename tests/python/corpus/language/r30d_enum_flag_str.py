# IntEnum, StrEnum-like str mixin and Flag combinations as a course shows them
from enum import Enum, IntEnum, Flag, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()


class Mode(str, Enum):
    FAST = "fast"
    SAFE = "safe"


print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, sorted([Priority.HIGH, Priority.LOW]))
rw = Perm.READ | Perm.WRITE
print(rw, Perm.READ in rw, Perm.EXEC in rw, bool(Perm(0)))
print(rw & Perm.WRITE, ~Perm.READ)
print(Mode.FAST == "fast", Mode("safe"), Mode.SAFE.value.upper())
print(f"{Priority.LOW}", f"{Mode.FAST}", str(Mode.FAST))
print([p.name for p in Priority])
