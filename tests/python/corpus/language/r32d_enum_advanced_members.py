# Enum members that are not plain values: _generate_next_value_, _ignore_, member/nonmember, verify
from enum import Enum, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, IntEnum, property as enum_property


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


class Week(Enum):
    _ignore_ = ["i"]
    MON = 1
    TUE = 2
    HELPER = nonmember(99)

    @member
    def special():
        return "fn"


print(list(Auto), Auto.SOUTH.value, [w.name for w in Week], Week.HELPER, Week.special.value())


@verify(UNIQUE)
class Ok(Enum):
    A = 1
    B = 2


print(list(Ok), Ok.A._name_, Ok.B._value_, Ok._member_map_.keys())
try:
    @verify(CONTINUOUS)
    class Gappy(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print(e)
print(Ok.A.__class__.__mro__, isinstance(Ok.A, Ok), Ok["A"] is Ok(1), Ok.A == 1)
Ok.A.value = 5
