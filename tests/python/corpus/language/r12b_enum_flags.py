from enum import Flag, IntFlag, IntEnum, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W

p = Perm.R | Perm.X
print(p, repr(p))
print(Perm.W in p, Perm.R in p, bool(Perm.R & Perm.W))
print(list(p), Perm.RW, ~Perm.R)
print(Perm(0), bool(Perm(0)))
print([m.name for m in Perm])

class Mode(IntFlag):
    A = 1
    B = 2
    C = 4
m = Mode.A | Mode.C
print(m, int(m), m + 1, m == 5, Mode(3))

class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
print(Level.MID > Level.LOW, Level.HIGH + 1, sorted([Level.HIGH, Level.LOW, 3]))
print(f"{Level.MID}", str(Level.MID), format(Level.HIGH, "04d"))
print(Level(5).name, max(Level).name)
print(Perm(8))
