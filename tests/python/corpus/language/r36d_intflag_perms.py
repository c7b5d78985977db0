# Unix-style permission bits with enum.IntFlag: combining, testing and iterating.
from enum import IntFlag, Flag, auto

class Perm(IntFlag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), int(rw))
print(Perm.W in rw, Perm.X in rw, bool(rw & Perm.X))
print(list(rw), len(rw))
print(Perm(7), repr(Perm(0)))
print(~Perm.R, rw ^ Perm.R, rw | 8)
mode = "".join(p.name.lower() if p in rw else "-" for p in Perm)
print(mode)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(Color.WHITE, list(Color.WHITE), [c.name for c in Color])
print(Color.RED | Color.BLUE, Color(3))
print(repr(Color.WHITE & ~Color.GREEN))
try:
    Color(8)
except ValueError as e:
    print("ValueError:", e)
print(format(Perm.R, "03b"), f"{rw:d}", f"{rw}")
