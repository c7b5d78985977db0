# IntEnum, StrEnum, IntFlag and an enum mixing in str: members that are ints and strs too
# (casyncio's Python runs it once int and str can be subclassed: until then a todo)
import json
from enum import Enum, IntEnum, IntFlag, StrEnum, auto
class Priority(IntEnum):
    LOW = 1
    MEDIUM = auto()
    HIGH = auto()
print(Priority.LOW, repr(Priority.HIGH), f"{Priority.MEDIUM}", f"{Priority.HIGH:03d}", str(Priority.LOW))
print(Priority.LOW + 1, Priority.LOW < Priority.HIGH, Priority.HIGH == 3, isinstance(Priority.LOW, int))
print(sorted([Priority.HIGH, 2, Priority.LOW]), Priority(2), max(Priority), [1, 2, 3][Priority.LOW])
print(json.dumps({"p": Priority.HIGH}), hash(Priority.LOW) == hash(1), {1: "one"}[Priority.LOW])
class Colour(StrEnum):
    RED = auto()
    GREEN = "green"
print(Colour.RED, repr(Colour.RED), f"{Colour.GREEN}", Colour.RED == "red", Colour.RED.upper(), Colour("green"))
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R | 8, repr(Perm.R | 8), Perm(7), Perm.R + 1, ~Perm.R)
class Mode(str, Enum):
    FAST = "fast"
    SLOW = "slow"
print(Mode.FAST, repr(Mode.FAST), f"{Mode.SLOW}", Mode("slow"), Mode.FAST == "fast", Mode.FAST.upper())
for bad in (lambda: Priority(7), lambda: Colour("blue")):
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
