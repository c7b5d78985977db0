# Enum features of 3.11: StrEnum, verify(UNIQUE/CONTINUOUS), member/nonmember, property, show_flag_values
from enum import Enum, StrEnum, IntEnum, verify, UNIQUE, CONTINUOUS, member, nonmember, auto, Flag

class Method(StrEnum):
    GET = auto()
    POST = auto()

print(Method.GET, repr(Method.POST), Method.GET == "get", f"{Method.POST}", Method.GET.upper())

@verify(CONTINUOUS)
class Step(IntEnum):
    ONE = 1
    TWO = 2
    THREE = 3
print(list(Step), str(Step.TWO), format(Step.THREE), Step.ONE + 1)

try:
    @verify(UNIQUE)
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

class Ops(Enum):
    ADD = member(lambda a, b: a + b)
    scale = nonmember(10)
    def __call__(self, *args):
        return self.value(*args)

print(list(Ops.__members__), Ops.scale, Ops.ADD(2, 3))

class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, list(rw), len(rw), Perm.R in rw, ~Perm.X, Perm(0))
