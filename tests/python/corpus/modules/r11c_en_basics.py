from enum import Enum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"])
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name)
print(list(Color), len(Color))
print(list(Color.__members__))
print(Color.RED.name, Color.RED.value, type(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PINK"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
print(Color.RED == 1, Color.RED in Color, isinstance(Color.RED, Color))
print(f"{Color.RED}", f"{Color.RED!r}", str(Color.BLUE), format(Color.BLUE))
