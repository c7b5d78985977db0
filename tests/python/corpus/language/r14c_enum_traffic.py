# An Enum traffic light: members, iteration, next state, value lookups and auto.
from enum import Enum, auto

class Light(Enum):
    RED = 1
    GREEN = 2
    YELLOW = 3

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

state = Light.RED
for _ in range(5):
    print(state, state.name, state.value)
    state = state.next()
print(Light(2), Light["YELLOW"], Light.RED is Light(1), repr(Light.GREEN))
print([l.name for l in Light], len(Light))
try:
    Light(7)
except ValueError as e:
    print("ValueError:", e)

class Day(Enum):
    MON = auto()
    TUE = auto()
    WED = auto()
print(list(Day), Day.WED.value)
print(Light.RED == 1, isinstance(Light.RED, Light), {Light.RED: "stop"}[Light.RED])
