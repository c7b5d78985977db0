# Flag boundaries in 3.11: STRICT, CONFORM, EJECT and KEEP for out-of-range values, and _ignore_
from enum import Flag, IntFlag, Enum, STRICT, CONFORM, EJECT, KEEP, auto


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(IntFlag):
    A = 1
    B = 2


print(Conform(7), Eject(7), type(Eject(7)).__name__, Keep(7), repr(Keep(8)), Keep.A | 16)
print(list(Keep(7)), Keep(7).value, Strict(3), ~Strict.A, Strict.A ^ Strict.B)


class Weekday(Enum):
    _ignore_ = ["i"]
    MON = 1
    TUE = 2
    for i in range(3):
        pass


print(list(Weekday), Weekday._value2member_map_, Weekday._member_names_)
print(Strict(5))
