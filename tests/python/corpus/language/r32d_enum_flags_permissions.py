# Flag enums for file permissions: combining, testing membership, iteration and names
from enum import Flag, IntFlag, auto, Enum, unique


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


p = Perm.R | Perm.X
print(p, repr(p), Perm.W in p, Perm.R in p, bool(Perm(0)), Perm.RW, Perm.RW.value)
print(list(Perm), [m.name for m in Perm.RW], ~Perm.R, Perm(7))
m = Mode.READ | Mode.WRITE
print(m, int(m), m == 6, m & 4, Mode(5), repr(Mode(5)), Mode.READ + 1)
print(f"{m}", format(m, "03b"), str(Perm.X))


class Color(Enum):
    RED = "r"
    CRIMSON = "r"
    BLUE = "b"


print(Color.CRIMSON, Color("r"), list(Color), Color.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
Perm.R < Perm.W
