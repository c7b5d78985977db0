# enum.Flag and IntFlag: combining, testing, iterating, negating, repr and str of combinations.
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(rw & Perm.X))
print(~Perm.R, Perm(0), repr(Perm(0)), Perm(7), Perm.R ^ rw, rw.value, len(rw))
m = Mode.READ | Mode.EXEC
print(m, repr(m), int(m), m == 5, m | 2, Mode(6), Mode.WRITE + 1, f"{m}")
print([p.name for p in Perm], rw.name, (Perm.R | Perm.W | Perm.X).name)
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
print(Mode(8), repr(Mode(9)))
