# Python 3.11 enum features: StrEnum, verify(UNIQUE/CONTINUOUS), member/nonmember, global_enum-free repr
from enum import Enum, IntEnum, StrEnum, verify, UNIQUE, CONTINUOUS, member, nonmember, auto, EnumCheck


class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404


class Level(StrEnum):
    LOW = auto()
    HIGH = auto()


class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    LIMIT = nonmember(10)

    def __call__(self, *args):
        return self.value(*args)


print(Http.OK, repr(Http.NOT_FOUND), f"{Http.OK}", str(Http.OK), Http(404).name, Http.OK + 1)
print(Level.LOW, repr(Level.HIGH), Level.LOW.value, Level("high"), list(Level))
print(Ops.ADD(2, 3), Ops.LIMIT, list(Ops.__members__))
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        C = 3
except ValueError as e:
    print("ValueError:", e)


@verify(UNIQUE)
class Twice(Enum):
    X = 1
    Y = 1
