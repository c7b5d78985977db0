from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto

class C(Enum):
    A = "a"
class I(IntEnum):
    ONE = 1
class S(StrEnum):
    X = auto()
    Y = "why"
class F(Flag):
    P = 1
    Q = 2
class IF(IntFlag):
    U = 1
    V = 2

for m in [C.A, I.ONE, S.X, S.Y, F.P, F.P | F.Q, IF.U, IF.U | IF.V, IF(0), F(0)]:
    print(f"str={str(m)!s:<12} repr={m!r:<28} format={format(m)!s:<8} fstr={m}")
print(S.X == "x", S.Y.upper(), S.X + "!", I.ONE + I.ONE)
print("%s %d %r" % (I.ONE, I.ONE, I.ONE))
print(f"{I.ONE:>5}|{S.Y:^7}|{C.A!s:>8}")
