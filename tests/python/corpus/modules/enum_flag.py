# enum.Flag: combined members, containment, iteration, inversion, pseudo-members, a value out of range
from enum import Flag, auto
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W
    NONE = 0
print(list(Perm), Perm.RW, repr(Perm.RW), Perm.NONE, repr(Perm.NONE), Perm(3) is Perm.RW)
print(Perm.__members__)
print(Perm.R | Perm.X, repr(Perm.R | Perm.X), list(Perm.R | Perm.X), len(Perm.RW), Perm(7))
print(~Perm.RW, Perm.R ^ Perm.RW, Perm.W in Perm.RW, Perm.X in Perm.RW, bool(Perm.NONE), bool(Perm.R))
print(repr(Perm), (Perm.R | Perm.W | Perm.X).name, Perm["W"], Perm.R & Perm.W)
class Style(Flag):
    BOLD = 1
    ITALIC = 2
print(Style(0), repr(Style(0)), Style.BOLD | Style.ITALIC, ~Style.BOLD)
wanted = Perm.R | Perm.W
for p in Perm:
    print(p.name, "yes" if p in wanted else "no")
for bad in (lambda: Perm.R | 1, lambda: 1 in Perm.R, lambda: Perm("r")):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    Perm(8)
except ValueError as e:
    print(e)
