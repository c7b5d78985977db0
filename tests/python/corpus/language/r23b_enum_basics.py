from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color))
print(Color.CRIMSON is Color.RED, Color(1), Color["BLUE"])
print(list(Color.__members__))
print(len(Color), Color.RED in Color, type(Color.RED))
print(Color.RED == 1, Color.RED is Color(1))
print(f"{Color.RED}", f"{Color.RED!r}", f"{Color.GREEN:>10}|")
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Step(Enum):
    START = auto()
    MIDDLE = auto()
    END = auto()
print([(s.name, s.value) for s in Step])
print({Step.START: "go"}[Step.START])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Color.RED.purple)
