# Enum mistakes: reassigning members, duplicate names, extending, comparing to values.
from enum import Enum, IntEnum, auto

class Color(Enum):
    RED = 1
    GREEN = 2

print(Color.RED == 1, Color.RED.value == 1, IntEnum("P", "A B").A == 1)
attempts = {
    "reassign": lambda: setattr(Color, "RED", 5),
    "value": lambda: setattr(Color.RED, "value", 3),
    "delete": lambda: delattr(Color, "GREEN"),
    "extend": lambda: type("More", (Color,), {"BLUE": 3}),
    "dup": lambda: Enum("Dup", [("A", 1), ("A", 2)]),
    "call-name": lambda: Color("RED"),
    "lt": lambda: Color.RED < Color.GREEN,
}
for label, fn in attempts.items():
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class Dup(Enum):
    A = auto()
    A = auto()
