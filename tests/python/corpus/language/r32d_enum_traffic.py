# Enums for a traffic light: auto values, iteration, lookup by value and name, methods
from enum import Enum, auto, IntEnum


class Light(Enum):
    RED = auto()
    YELLOW = auto()
    GREEN = auto()

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]

    @property
    def wait(self):
        return {"RED": 30, "YELLOW": 5, "GREEN": 25}[self.name]


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


state = Light.RED
for _ in range(4):
    print(state, state.value, state.wait, repr(state))
    state = state.next()
print(Light(2), Light["GREEN"], Light.RED in Light, len(Light))
print(Priority.HIGH > Priority.LOW, Priority.HIGH + 1, sorted([Priority.HIGH, 2, Priority.LOW]))
print(f"{Priority.LOW}", str(Priority.LOW), format(Light.RED), f"{Light.RED!r}")
print(list(Light.__members__), Light.RED is Light(1))
Light(7)
