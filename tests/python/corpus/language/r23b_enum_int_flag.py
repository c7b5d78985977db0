from enum import IntEnum, Flag, IntFlag, auto

class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10

print(Priority.HIGH > Priority.LOW, Priority.MEDIUM + 1, Priority.LOW == 1)
print(sorted([Priority.HIGH, 3, Priority.LOW]))
print(str(Priority.HIGH), repr(Priority.HIGH), f"{Priority.HIGH}", format(Priority.LOW, "03d"))
print(Priority(5), int(Priority.HIGH), [p.name for p in Priority])

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE

rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw.value, rw is Perm.RW)
print(Perm.READ in rw, Perm.EXEC in rw, bool(Perm.READ & Perm.EXEC))
print(list(Perm), list(rw))
print(Perm(0), repr(Perm(7)), ~Perm.READ)
print(Perm.RW.name, (Perm.READ | Perm.EXEC).name)

class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.X
print(m, repr(m), m + 0, Mode(6), Mode(8) if False else Mode(7))
print(oct(Mode.R | Mode.W | Mode.X))
try:
    Priority(2)
except ValueError as e:
    print("ValueError:", e)
Perm(8)
