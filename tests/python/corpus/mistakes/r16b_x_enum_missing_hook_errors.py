# Enum's _missing_ hook written wrong: returning a str, raising, and a Flag out of range
from enum import Enum, Flag, auto

class Size(Enum):
    SMALL = "s"
    LARGE = "l"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() != value:
            return cls(value.lower())
        if value == "m":
            return "medium"
        return None

class Perm(Flag):
    R = auto()
    W = auto()

print(Size("S"), Size("l"))
for v in ["m", "x", 3]:
    try:
        Size(v)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, "| context:", repr(e.__context__))
print(Perm(3))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e.args[0].splitlines()[0])
Size("m")
