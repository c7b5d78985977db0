from enum import IntEnum, Flag, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority.LOW == 1)
print(sorted([Priority.HIGH, 3, Priority.LOW]), str(Priority.HIGH), repr(Priority.HIGH), f"{Priority.MEDIUM}")
print(Priority(5), int(Priority.HIGH), [p.name for p in Priority])

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw)
print(rw & Perm.R, rw ^ Perm.R, ~Perm.R)
print(Perm(0), bool(Perm(0)), Perm(7))
print(list(rw), len(rw))
print([m.name for m in Perm])

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, repr(m), int(m), m == 6, m | 1, repr(Mode(8)))
print(Mode.READ & 6, Mode(7), str(Mode.EXEC), format(Mode.READ | Mode.EXEC))
