# The Enum functional API, iteration over aliases, and members compared by identity
from enum import Enum, IntEnum, Flag

Color = Enum("Color", "RED GREEN BLUE")
Status = Enum("Status", [("ACTIVE", "a"), ("INACTIVE", "i")])
Level = IntEnum("Level", {"LOW": 10, "HIGH": 20})
Perm = Flag("Perm", ["R", "W", "X"])
print(list(Color), Color.GREEN.value, Status("i"), Level.HIGH + 1, Perm.R | Perm.X)
print(Color.RED is Color["RED"], Color.RED == Color.RED, Color.RED != Status.ACTIVE)
print(repr(Perm(7)), Perm(0), list(Perm), [m.name for m in Perm.W | Perm.X])
print({c: c.name.lower() for c in Color}, sorted(Level), max(Level).name)
print(type(Color).__name__, Color.__name__, Color.RED.__class__.__name__)
print(Color.RED < Color.GREEN)
