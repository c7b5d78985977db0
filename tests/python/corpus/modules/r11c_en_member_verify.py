from enum import Enum, IntEnum, Flag, member, nonmember, verify, UNIQUE, CONTINUOUS, EnumCheck, auto
class Op(Enum):
    ADD = member(lambda a, b: a + b)
    MUL = member(lambda a, b: a * b)
    LIMIT = nonmember(100)
    def __call__(self, *args):
        return self.value(*args)
print(list(Op.__members__), Op.ADD(2, 3), Op.MUL(2, 3), Op.LIMIT)
@verify(UNIQUE)
class Color(Enum):
    RED = 1
    GREEN = 2
print(list(Color))
try:
    @verify(UNIQUE)
    class Bad(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class Gap(IntEnum):
        A = 1
        B = 2
        D = 5
except ValueError as e:
    print("ValueError:", e)
try:
    @verify(CONTINUOUS)
    class FGap(Flag):
        A = 1
        C = 4
        E = 16
except ValueError as e:
    print("ValueError:", e)
@verify(CONTINUOUS, UNIQUE)
class Ok(IntEnum):
    X = 3
    Y = 4
print(Ok.Y, list(EnumCheck), repr(UNIQUE), str(CONTINUOUS))
import enum
for name in ["global_enum", "show_flag_values"]:
    print(name in enum.__all__)
