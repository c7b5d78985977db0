# File permission flags with enum.Flag: combining, testing, iterating members and printing names.
from enum import Flag, IntFlag, auto

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE
    ALL = READ | WRITE | EXEC

p = Perm.READ | Perm.EXEC
print(p, repr(p), p.value, Perm.READ in p, Perm.WRITE in p, bool(Perm(0)))
print(list(p), list(Perm), Perm.RW, Perm.ALL & ~Perm.WRITE)
print(Perm(3), Perm(7).name, Perm(5).name, len(Perm.ALL))
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
m = Mode.R | Mode.W
print(m, repr(m), m == 6, m | 1, int(m), Mode(7), Mode(8) if hasattr(Mode, "_missing_") else "")
print(format(Mode.R, "d"), f"{m!s}", oct(Mode.R | Mode.X))
for flag in Perm:
    print(f"{flag.name:5} {flag.value:03b} {flag in Perm.RW}")
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print(Perm.READ | 1)
